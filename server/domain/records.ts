/**
 * The records the graph stores: one schema per node kind and one for relationships. The same
 * schemas validate the seed files, store writes and (later) mutations, so a fact is checked the
 * same way wherever it enters.
 */
import { z } from 'zod';
import { isPartialDate, latestDay, earliestDay } from './partial-date.js';
import {
  AGREEMENT_KINDS,
  AGREEMENT_SCOPES,
  AGREEMENT_STATUSES,
  CASE_STATUSES,
  CASE_TYPES,
  MEETING_KINDS,
  ORGANIZATION_KINDS,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  ROLES,
  SECTORS,
  SENSITIVITIES,
  TOPICS,
} from './vocabulary.js';

const text = z.string().trim().min(1, 'must not be empty');
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens');
/** YAML turns an unquoted 2013 into a number; accept it as the year it is. */
export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine(isPartialDate, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as TH');
const count = z.number().int().nonnegative();

export const citationSchema = z.strictObject({
  source: slug,
  locator: text,
  quote: text.optional(),
});
export type CitationRecord = z.infer<typeof citationSchema>;

const baseNode = {
  id: slug,
  name: text,
  aliases: z.array(text).default([]),
  description: text.optional(),
  sources: z.array(citationSchema).min(1, 'every node cites at least one source'),
};

export const organizationFields = {
  ...baseNode,
  kind: z.enum(ORGANIZATION_KINDS),
  acronym: text.optional(),
  nameLocal: text.optional(),
  countryCode: countryCode.optional(),
  sector: z.enum(SECTORS).optional(),
};
export const organizationSchema = z.strictObject({ nodeKind: z.literal('ORGANIZATION'), ...organizationFields });
export type OrganizationRecord = z.infer<typeof organizationSchema>;

export const countryFields = { ...baseNode, code: countryCode };
export const countrySchema = z.strictObject({ nodeKind: z.literal('COUNTRY'), ...countryFields });
export type CountryRecord = z.infer<typeof countrySchema>;

export const agreementFields = {
  ...baseNode,
  kind: z.enum(AGREEMENT_KINDS),
  scope: z.enum(AGREEMENT_SCOPES),
  signedOn: partialDate.optional(),
  validFrom: partialDate.optional(),
  validUntil: partialDate.optional(),
  status: z.enum(AGREEMENT_STATUSES),
  topics: z.array(z.enum(TOPICS)).default([]),
};
export const agreementDates = endNotBeforeStart('validFrom', 'validUntil');
export const agreementSchema = z
  .strictObject({ nodeKind: z.literal('AGREEMENT'), ...agreementFields })
  .superRefine(agreementDates);
export type AgreementRecord = z.infer<typeof agreementSchema>;

export const meetingFields = {
  ...baseNode,
  kind: z.enum(MEETING_KINDS),
  startDate: partialDate.optional(),
  endDate: partialDate.optional(),
  city: text.optional(),
  countryCode: countryCode.optional(),
  series: text.optional(),
  sequence: z.number().int().positive().optional(),
  participantCount: count.optional(),
  topics: z.array(z.enum(TOPICS)).default([]),
  outcomes: z.array(text).default([]),
};
export const meetingDates = endNotBeforeStart('startDate', 'endDate');
export const meetingSchema = z
  .strictObject({ nodeKind: z.literal('MEETING'), ...meetingFields })
  .superRefine(meetingDates);
export type MeetingRecord = z.infer<typeof meetingSchema>;

export const jointCaseFields = {
  ...baseNode,
  caseType: z.enum(CASE_TYPES),
  status: z.enum(CASE_STATUSES),
  openedOn: partialDate.optional(),
  closedOn: partialDate.optional(),
  jurisdictions: z.array(countryCode).default([]),
  victimCount: count.optional(),
  offenderCount: count.optional(),
  sensitivity: z.enum(SENSITIVITIES),
  topics: z.array(z.enum(TOPICS)).default([]),
};
export const jointCaseDates = endNotBeforeStart('openedOn', 'closedOn');
export const jointCaseSchema = z
  .strictObject({ nodeKind: z.literal('JOINT_CASE'), ...jointCaseFields })
  .superRefine(jointCaseDates);
export type JointCaseRecord = z.infer<typeof jointCaseSchema>;

export const sourceFields = {
  ...baseNode,
  publisher: text,
  publishedOn: partialDate.optional(),
  url: z.url().optional(),
  documentId: text,
  /** The document's full text, for the evidence reader at /sources/<id> (bounded: a long report is ~100k characters). */
  text: z.string().max(5_000_000, 'must be at most 5,000,000 characters').optional(),
};
export const sourceSchema = z.strictObject({ nodeKind: z.literal('SOURCE'), ...sourceFields });
export type SourceRecord = z.infer<typeof sourceSchema>;

export const nodeSchema = z.discriminatedUnion('nodeKind', [
  organizationSchema,
  countrySchema,
  agreementSchema,
  meetingSchema,
  jointCaseSchema,
  sourceSchema,
]);
export type NodeRecord = z.infer<typeof nodeSchema>;
export type NodeKindOf<K extends NodeRecord['nodeKind']> = Extract<NodeRecord, { nodeKind: K }>;

export const relationshipSchema = z
  .strictObject({
    type: z.enum(RELATIONSHIP_TYPES),
    start: slug,
    end: slug,
    role: z.enum(ROLES).optional(),
    from: partialDate.optional(),
    until: partialDate.optional(),
    sources: z.array(citationSchema).min(1, 'every relationship cites at least one source'),
  })
  .superRefine(endNotBeforeStart('from', 'until'))
  .superRefine((rel, ctx) => {
    const allowed = RELATIONSHIP_RULES[rel.type].roles;
    if (rel.role !== undefined && !allowed.includes(rel.role)) {
      ctx.addIssue({
        code: 'custom',
        path: ['role'],
        message: allowed.length
          ? `${rel.type} takes one of the roles ${allowed.join(', ')}, not ${rel.role}`
          : `${rel.type} takes no role`,
      });
    }
  })
  .transform((rel) => ({ id: relationshipId(rel), ...rel }));
export type RelationshipRecord = z.output<typeof relationshipSchema>;

/** One relationship of a type between two nodes: its id says which. */
export function relationshipId(rel: { type: string; start: string; end: string }): string {
  return `${rel.type}:${rel.start}:${rel.end}`;
}

function endNotBeforeStart<K extends string>(startKey: K, endKey: K) {
  return (value: Partial<Record<K, string>>, ctx: z.RefinementCtx) => {
    const start = value[startKey];
    const end = value[endKey];
    if (start !== undefined && end !== undefined && latestDay(end) < earliestDay(start)) {
      ctx.addIssue({ code: 'custom', path: [endKey], message: `${endKey} ${end} is before ${startKey} ${start}` });
    }
  };
}
