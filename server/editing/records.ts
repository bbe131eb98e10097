/**
 * Input to records: GraphQL input (nulls for cleared fields) turned into the record each kind's
 * schema checks, patches applied to the record they edit, ids made from names.
 */
import type { z } from 'zod';
import {
  agreementSchema,
  countrySchema,
  jointCaseSchema,
  meetingSchema,
  organizationSchema,
  relationshipSchema,
  sourceSchema,
  type NodeRecord,
  type RelationshipRecord,
} from '../domain/records.js';
import type { FieldProblem } from '../domain/errors.js';
import { earliestDay, isPartialDate, latestDay } from '../domain/partial-date.js';
import type { NodeKindValue } from '../store/port.js';
import { schemaProblems } from './problems.js';

export const NODE_SCHEMAS: Record<NodeKindValue, z.ZodType<NodeRecord>> = {
  ORGANIZATION: organizationSchema,
  COUNTRY: countrySchema,
  AGREEMENT: agreementSchema,
  MEETING: meetingSchema,
  JOINT_CASE: jointCaseSchema,
  SOURCE: sourceSchema,
};

/** How the kind reads in messages ("no joint case has the id …"). */
export const KIND_WORDS: Record<NodeKindValue, string> = {
  ORGANIZATION: 'organization',
  COUNTRY: 'country',
  AGREEMENT: 'agreement',
  MEETING: 'meeting',
  JOINT_CASE: 'joint case',
  SOURCE: 'source',
};

export type Input = Record<string, unknown>;

/** Drops nulls and absent values, in nested objects and lists of objects too. */
export function withoutNulls(input: Input): Input {
  const out: Input = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    out[key] = Array.isArray(value)
      ? value.map((v: unknown) => (v && typeof v === 'object' ? withoutNulls(v as Input) : v))
      : value;
  }
  return out;
}

/**
 * A patch applied to a record: a key left out keeps the field, a key set to null clears it (a
 * list becomes empty), any other value replaces it.
 */
export function patched<T extends Record<string, unknown>>(record: T, patch: Input): Input {
  const out: Input = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return withoutNulls(out);
}

export type Parsed<T> = { ok: true; record: T } | { ok: false; problems: FieldProblem[] };

/** The date pairs whose end must not come before their start, by kind. */
const DATE_PAIRS: Partial<Record<NodeKindValue | 'RELATIONSHIP', [string, string]>> = {
  AGREEMENT: ['validFrom', 'validUntil'],
  MEETING: ['startDate', 'endDate'],
  JOINT_CASE: ['openedOn', 'closedOn'],
  RELATIONSHIP: ['from', 'until'],
};

/**
 * Zod checks an end against its start only once the rest of the record is valid; this checks it
 * regardless, so one answer lists every problem.
 */
function dateProblems(kind: NodeKindValue | 'RELATIONSHIP', raw: Input, prefix: string): FieldProblem[] {
  const pair = DATE_PAIRS[kind];
  if (!pair) return [];
  const [startKey, endKey] = pair;
  const start = raw[startKey];
  const end = raw[endKey];
  if (typeof start !== 'string' || typeof end !== 'string' || !isPartialDate(start) || !isPartialDate(end)) return [];
  if (latestDay(end) >= earliestDay(start)) return [];
  return [
    {
      field: prefix ? `${prefix}.${endKey}` : endKey,
      code: 'END_BEFORE_START',
      message: `${endKey} ${end} is before ${startKey} ${start}`,
    },
  ];
}

function failed(error: z.ZodError, kind: NodeKindValue | 'RELATIONSHIP', raw: Input, prefix: string): FieldProblem[] {
  const problems = schemaProblems(error, prefix);
  const dates = dateProblems(kind, raw, prefix).filter((d) => !problems.some((p) => p.field === d.field));
  return [...problems, ...dates];
}

export function parseNode(kind: NodeKindValue, raw: Input, prefix = ''): Parsed<NodeRecord> {
  const parsed = NODE_SCHEMAS[kind].safeParse({ ...raw, nodeKind: kind });
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, problems: failed(parsed.error, kind, raw, prefix) };
}

export function parseRelationship(raw: Input, prefix = ''): Parsed<RelationshipRecord> {
  const { id: _id, ...fields } = raw;
  const parsed = relationshipSchema.safeParse(fields);
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, problems: failed(parsed.error, 'RELATIONSHIP', fields, prefix) };
}

/** A slug made from a name: ASCII letters and digits, accents dropped, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A readable label for a record in summaries. */
export function labelOf(record: NodeRecord | RelationshipRecord): string {
  if ('nodeKind' in record) return `${KIND_WORDS[record.nodeKind]} '${record.name}'`;
  return `${record.type} ${record.start} → ${record.end}`;
}
