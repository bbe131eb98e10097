/**
 * The editing forms' pure logic: which fields each kind of node has, turning form values into a
 * mutation's input or patch, placing the server's per-field problems next to their fields, and
 * describing an audit entry's changes in words.
 */
import {
  AgreementKind,
  AgreementScope,
  AgreementStatus,
  CaseStatus,
  CaseType,
  MeetingKind,
  OrganizationKind,
  Role,
  Sector,
  Sensitivity,
  Topic,
  type EditableNodeQuery,
  type NodeKind,
} from '../__generated__/graphql.js';

export type FieldType = 'text' | 'textarea' | 'enum' | 'date' | 'int' | 'list' | 'multi';

export interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  options?: readonly string[];
  required?: boolean;
  hint?: string;
}

/** The kinds a form creates or edits. */
export type EditableKind = Exclude<NodeKind, never>;
export const CREATABLE_KINDS = ['ORGANIZATION', 'MEETING', 'AGREEMENT', 'JOINT_CASE', 'COUNTRY', 'SOURCE'] as const;
export type CreatableKind = (typeof CREATABLE_KINDS)[number];

const values = <T extends Record<string, string>>(e: T): string[] => Object.values(e);
const DATE_HINT = '2024, 2024-03 or 2024-03-05';

const NAME: FieldSpec = { name: 'name', label: 'Name', type: 'text', required: true };
const DESCRIPTION: FieldSpec = { name: 'description', label: 'Description', type: 'textarea' };
const ALIASES: FieldSpec = {
  name: 'aliases',
  label: 'Other names',
  type: 'list',
  hint: 'Separated by semicolons, misspellings included',
};
const TOPICS: FieldSpec = { name: 'topics', label: 'Topics', type: 'multi', options: values(Topic) };
const date = (name: string, label: string): FieldSpec => ({ name, label, type: 'date', hint: DATE_HINT });

/** The main fields of each kind, in the order the form shows them. */
export const FORM_FIELDS: Record<NodeKind, readonly FieldSpec[]> = {
  ORGANIZATION: [
    NAME,
    { name: 'kind', label: 'Kind', type: 'enum', options: values(OrganizationKind), required: true },
    { name: 'acronym', label: 'Acronym', type: 'text' },
    { name: 'nameLocal', label: 'Thai name', type: 'text' },
    {
      name: 'countryCode',
      label: 'Country code',
      type: 'text',
      hint: 'ISO alpha-2, e.g. TH; none for international bodies',
    },
    { name: 'sector', label: 'Sector', type: 'enum', options: values(Sector) },
    ALIASES,
    DESCRIPTION,
  ],
  MEETING: [
    NAME,
    { name: 'kind', label: 'Kind', type: 'enum', options: values(MeetingKind), required: true },
    date('startDate', 'Start date'),
    date('endDate', 'End date'),
    { name: 'city', label: 'City', type: 'text' },
    { name: 'countryCode', label: 'Country code', type: 'text', hint: 'ISO alpha-2, e.g. TH' },
    { name: 'series', label: 'Series', type: 'text' },
    { name: 'sequence', label: 'Number in the series', type: 'int' },
    { name: 'participantCount', label: 'Participants (count)', type: 'int' },
    TOPICS,
    DESCRIPTION,
  ],
  AGREEMENT: [
    NAME,
    { name: 'kind', label: 'Kind', type: 'enum', options: values(AgreementKind), required: true },
    { name: 'scope', label: 'Scope', type: 'enum', options: values(AgreementScope), required: true },
    { name: 'status', label: 'Status', type: 'enum', options: values(AgreementStatus), required: true },
    date('signedOn', 'Signed on'),
    date('validFrom', 'Valid from'),
    date('validUntil', 'Valid until'),
    TOPICS,
    ALIASES,
    DESCRIPTION,
  ],
  JOINT_CASE: [
    NAME,
    { name: 'caseType', label: 'Case type', type: 'enum', options: values(CaseType), required: true },
    { name: 'status', label: 'Status', type: 'enum', options: values(CaseStatus), required: true },
    {
      name: 'sensitivity',
      label: 'Sensitivity',
      type: 'enum',
      options: values(Sensitivity),
      required: true,
      hint: 'Who may see it',
    },
    date('openedOn', 'Opened on'),
    date('closedOn', 'Closed on'),
    { name: 'jurisdictions', label: 'Jurisdictions', type: 'list', hint: 'ISO codes separated by semicolons' },
    { name: 'victimCount', label: 'Victims (count)', type: 'int' },
    { name: 'offenderCount', label: 'Offenders (count)', type: 'int' },
    { name: 'repatriatedCount', label: 'Repatriated (count)', type: 'int' },
    TOPICS,
    DESCRIPTION,
  ],
  COUNTRY: [
    NAME,
    { name: 'code', label: 'ISO code', type: 'text', required: true, hint: 'ISO 3166-1 alpha-2, e.g. KH' },
    ALIASES,
    DESCRIPTION,
  ],
  SOURCE: [
    NAME,
    { name: 'publisher', label: 'Publisher', type: 'text', required: true },
    { name: 'documentId', label: 'Document id', type: 'text', required: true },
    date('publishedOn', 'Published on'),
    { name: 'url', label: 'Address (URL)', type: 'text' },
    DESCRIPTION,
  ],
};

export const ROLES: readonly string[] = values(Role);

/** A form's values: text for every field, a list of values for multi-choice fields. */
export type FormValues = Record<string, string | string[]>;

export function emptyValues(kind: NodeKind): FormValues {
  return Object.fromEntries(FORM_FIELDS[kind].map((f) => [f.name, f.type === 'multi' ? [] : '']));
}

type EditableNode = NonNullable<EditableNodeQuery['node']>;

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const listText = (v: readonly string[] | null | undefined) => (v ?? []).join('; ');

/** A node's current values, as the edit form starts from them. */
export function valuesFromNode(n: EditableNode): FormValues {
  const common = { name: n.name, aliases: listText(n.aliases), description: text(n.description) };
  switch (n.__typename) {
    case 'Organization':
      return {
        ...common,
        kind: n.orgKind,
        acronym: text(n.acronym),
        nameLocal: text(n.nameLocal),
        countryCode: text(n.countryCode),
        sector: text(n.sector),
      };
    case 'Meeting':
      return {
        ...common,
        kind: n.meetingKind,
        startDate: text(n.startDate),
        endDate: text(n.endDate),
        city: text(n.city),
        countryCode: text(n.countryCode),
        series: text(n.series),
        sequence: text(n.sequence),
        participantCount: text(n.participantCount),
        topics: [...n.topics],
      };
    case 'Agreement':
      return {
        ...common,
        kind: n.agreementKind,
        scope: n.scope,
        status: n.agreementStatus,
        signedOn: text(n.signedOn),
        validFrom: text(n.validFrom),
        validUntil: text(n.validUntil),
        topics: [...n.topics],
      };
    case 'JointCase':
      return {
        ...common,
        caseType: n.caseType,
        status: n.caseStatus,
        sensitivity: n.sensitivity,
        openedOn: text(n.openedOn),
        closedOn: text(n.closedOn),
        jurisdictions: listText(n.jurisdictions),
        victimCount: text(n.victimCount),
        offenderCount: text(n.offenderCount),
        repatriatedCount: text(n.repatriatedCount),
        topics: [...n.topics],
      };
    case 'Country':
      return { ...common, code: n.code };
    case 'Source':
      return {
        ...common,
        publisher: n.publisher,
        documentId: n.documentId,
        publishedOn: text(n.publishedOn),
        url: text(n.url),
      };
  }
}

export interface Converted {
  value: Record<string, unknown>;
  /** Problems found before asking the server, by field. */
  problems: Record<string, string>;
}

function parseField(f: FieldSpec, raw: string | string[]): { value: unknown; problem?: string } {
  if (f.type === 'multi') return { value: Array.isArray(raw) ? raw : [] };
  const s = (Array.isArray(raw) ? raw.join(';') : raw).trim();
  if (!s) return { value: null };
  if (f.type === 'int') {
    if (!/^\d+$/.test(s)) return { value: null, problem: 'A whole number, or leave it empty.' };
    return { value: Number(s) };
  }
  if (f.type === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s))
    return { value: null, problem: `A date: ${DATE_HINT}.` };
  if (f.type === 'list')
    return {
      value: s
        .split(/[;\n]/)
        .map((x) => x.trim())
        .filter(Boolean),
    };
  return { value: s };
}

/** The input of a create mutation: every filled field; empty ones left out. */
export function buildInput(kind: NodeKind, v: FormValues): Converted {
  const value: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const f of FORM_FIELDS[kind]) {
    const parsed = parseField(f, v[f.name] ?? '');
    if (parsed.problem) problems[f.name] = parsed.problem;
    const empty = parsed.value === null || (Array.isArray(parsed.value) && !parsed.value.length);
    if (empty && f.required) problems[f.name] = `${f.label} is required.`;
    if (!empty) value[f.name] = parsed.value;
  }
  return { value, problems };
}

/** The patch of an update: only the fields that changed; an emptied field is cleared (null). */
export function buildPatch(kind: NodeKind, before: FormValues, after: FormValues): Converted {
  const value: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const f of FORM_FIELDS[kind]) {
    const a = parseField(f, after[f.name] ?? '');
    const b = parseField(f, before[f.name] ?? '');
    if (a.problem) problems[f.name] = a.problem;
    const empty = a.value === null || (Array.isArray(a.value) && !a.value.length);
    if (empty && f.required) problems[f.name] = `${f.label} is required.`;
    if (JSON.stringify(a.value) === JSON.stringify(b.value)) continue;
    value[f.name] = f.type === 'list' || f.type === 'multi' ? (a.value ?? []) : a.value;
  }
  return { value, problems };
}

/**
 * The form field a server problem belongs to: `startDate` → startDate, `sources.1.locator` →
 * locator, `sources` → source, `participants.0.organization` → participants; others to the form.
 */
export function problemField(serverField: string | undefined): string {
  if (!serverField) return 'form';
  const path = serverField.replace(/^(input\.)?(meeting\.|patch\.)?/, '');
  const [head] = path.split(/[.[]/);
  if (head === 'sources') return /locator/.test(path) ? 'locator' : 'source';
  if (head === 'participants') return 'participants';
  return head || 'form';
}

export function problemsByField(problems: readonly { field: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const k = problemField(p.field);
    out[k] = out[k] ? `${out[k]} ${p.message}` : p.message;
  }
  return out;
}

/** A value of an audit entry's field (JSON) in words: lists joined, citations by source and place. */
export function auditValue(json: string | null | undefined): string {
  if (json === null || json === undefined) return '—';
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return json;
  }
  const one = (x: unknown): string => {
    if (x === null || x === undefined) return '—';
    if (typeof x === 'object' && !Array.isArray(x) && 'source' in x) {
      const c = x as { source: string; locator?: string };
      return c.locator ? `${c.source}, ${c.locator}` : c.source;
    }
    if (Array.isArray(x)) return x.length ? x.map(one).join('; ') : '(none)';
    if (typeof x === 'object') return JSON.stringify(x);
    return String(x as string | number | boolean);
  };
  return one(v);
}

/** Fields not worth showing in an entry's before → after (bookkeeping the store keeps). */
export const QUIET_FIELDS = new Set(['version', 'updatedAt', 'createdAt']);
