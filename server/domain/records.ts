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

/**
 * Bounds on every text a record holds: a length cap per kind of field, and no control characters
 * (they make exports invalid XML and hide text from readers); long text may keep line breaks and
 * tabs. Unpaired surrogates (not text in any encoding) are refused too.
 */
export const TEXT_LIMITS = {
  id: 100,
  name: 300,
  short: 200,
  acronym: 40,
  locator: 300,
  quote: 2000,
  description: 10_000,
  url: 2000,
  listItems: 100,
  sources: 200,
  count: 100_000_000,
} as const;

// eslint-disable-next-line no-control-regex -- control characters are what these refuse
const CONTROL = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- control characters are what these refuse
const CONTROL_BUT_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** One line of text, at most `max` characters. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(
      (v) => !CONTROL.test(v) && !LONE_SURROGATE.test(v),
      'must not hold control characters (line breaks, tabs…)',
    );
}

/** Text that may run over lines (descriptions, quotes, outcomes): line breaks and tabs allowed. */
export function longText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(
      (v) => !CONTROL_BUT_BREAKS.test(v) && !LONE_SURROGATE.test(v),
      'must not hold control characters other than line breaks and tabs',
    );
}

const text = line(TEXT_LIMITS.short);
const list = <T extends z.ZodType>(item: T, max: number = TEXT_LIMITS.listItems) =>
  z.array(item).max(max, `at most ${max} items`);

export const slug = z
  .string()
  .max(TEXT_LIMITS.id, `must be at most ${TEXT_LIMITS.id} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens');

/** Dates outside these years are typing mistakes (0000, 20244), not facts from the sources. */
export const DATE_RANGE = { from: 1800, until: 2100 } as const;

/** YAML turns an unquoted 2013 into a number; accept it as the year it is. */
export const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine(isPartialDate, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return !isPartialDate(v) || (year >= DATE_RANGE.from && year <= DATE_RANGE.until);
  }, `must be a date between ${DATE_RANGE.from} and ${DATE_RANGE.until}`);
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as TH');
const count = z.number().int().nonnegative().max(TEXT_LIMITS.count, `must be at most ${TEXT_LIMITS.count}`);

export const citationSchema = z.strictObject({
  source: slug,
  locator: line(TEXT_LIMITS.locator),
  quote: longText(TEXT_LIMITS.quote).optional(),
});
export type CitationRecord = z.infer<typeof citationSchema>;

const baseNode = {
  id: slug,
  name: line(TEXT_LIMITS.name),
  aliases: list(line(TEXT_LIMITS.name)).default([]),
  description: longText(TEXT_LIMITS.description).optional(),
  sources: list(citationSchema, TEXT_LIMITS.sources).min(1, 'every node cites at least one source'),
};

export const organizationFields = {
  ...baseNode,
  kind: z.enum(ORGANIZATION_KINDS),
  acronym: line(TEXT_LIMITS.acronym).optional(),
  nameLocal: line(TEXT_LIMITS.name).optional(),
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
  topics: list(z.enum(TOPICS)).default([]),
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
  sequence: z.number().int().positive().max(TEXT_LIMITS.count).optional(),
  participantCount: count.optional(),
  topics: list(z.enum(TOPICS)).default([]),
  outcomes: list(longText(TEXT_LIMITS.quote)).default([]),
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
  jurisdictions: list(countryCode).default([]),
  victimCount: count.optional(),
  offenderCount: count.optional(),
  repatriatedCount: count.optional(),
  sensitivity: z.enum(SENSITIVITIES),
  topics: list(z.enum(TOPICS)).default([]),
};
export const jointCaseDates = endNotBeforeStart('openedOn', 'closedOn');
export const jointCaseSchema = z
  .strictObject({ nodeKind: z.literal('JOINT_CASE'), ...jointCaseFields })
  .superRefine(jointCaseDates);
export type JointCaseRecord = z.infer<typeof jointCaseSchema>;

export const sourceFields = {
  ...baseNode,
  publisher: line(TEXT_LIMITS.name),
  publishedOn: partialDate.optional(),
  url: z.url().max(TEXT_LIMITS.url, `must be at most ${TEXT_LIMITS.url} characters`).optional(),
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
    sources: list(citationSchema, TEXT_LIMITS.sources).min(1, 'every relationship cites at least one source'),
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
