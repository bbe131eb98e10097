/**
 * The columns of the CSV files, one per record field, and how each field is written in a cell.
 * The tables are checked against the record types (`satisfies`), so a field added to a record
 * cannot be silently left out of CSV import and export.
 *
 * Cells: text as is; numbers in decimal; dates as YYYY, YYYY-MM or YYYY-MM-DD; lists as items
 * separated by `;`; citations as `source|locator|quote` entries separated by `;` (the quote is
 * optional). Inside a list item or a citation part, `\;`, `\|` and `\\` stand for `;`, `|` and
 * `\`. An empty cell is an absent field.
 */
import type {
  AgreementRecord,
  CountryRecord,
  JointCaseRecord,
  MeetingRecord,
  OrganizationRecord,
  RelationshipRecord,
  SourceRecord,
} from '../domain/records.js';
import type { NodeKindValue } from '../store/port.js';

export type CellType = 'text' | 'int' | 'date' | 'list' | 'citations';

type Columns<R> = Record<Exclude<keyof R, 'nodeKind'>, CellType>;

const BASE = { id: 'text', name: 'text', aliases: 'list', description: 'text' } as const;

export const NODE_COLUMNS = {
  ORGANIZATION: {
    ...BASE,
    kind: 'text',
    acronym: 'text',
    nameLocal: 'text',
    countryCode: 'text',
    sector: 'text',
    sources: 'citations',
  } satisfies Columns<OrganizationRecord>,
  COUNTRY: { ...BASE, code: 'text', sources: 'citations' } satisfies Columns<CountryRecord>,
  AGREEMENT: {
    ...BASE,
    kind: 'text',
    scope: 'text',
    signedOn: 'date',
    validFrom: 'date',
    validUntil: 'date',
    status: 'text',
    topics: 'list',
    sources: 'citations',
  } satisfies Columns<AgreementRecord>,
  MEETING: {
    ...BASE,
    kind: 'text',
    startDate: 'date',
    endDate: 'date',
    city: 'text',
    countryCode: 'text',
    series: 'text',
    sequence: 'int',
    participantCount: 'int',
    topics: 'list',
    outcomes: 'list',
    sources: 'citations',
  } satisfies Columns<MeetingRecord>,
  JOINT_CASE: {
    ...BASE,
    caseType: 'text',
    status: 'text',
    openedOn: 'date',
    closedOn: 'date',
    jurisdictions: 'list',
    victimCount: 'int',
    offenderCount: 'int',
    repatriatedCount: 'int',
    sensitivity: 'text',
    topics: 'list',
    sources: 'citations',
  } satisfies Columns<JointCaseRecord>,
  SOURCE: {
    ...BASE,
    publisher: 'text',
    publishedOn: 'date',
    url: 'text',
    documentId: 'text',
    // The document's full text, so an export round-trips it (a CSV cell holds it like any text).
    text: 'text',
    sources: 'citations',
  } satisfies Columns<SourceRecord>,
} as const satisfies Record<NodeKindValue, Record<string, CellType>>;

/** The relationship columns; `id` is optional on import (it is always TYPE:start:end). */
export const RELATIONSHIP_COLUMNS = {
  id: 'text',
  type: 'text',
  start: 'text',
  end: 'text',
  role: 'text',
  from: 'date',
  until: 'date',
  sources: 'citations',
} as const satisfies Columns<RelationshipRecord>;

/** One file per kind, named as the seed files are. */
export const NODE_FILES = {
  ORGANIZATION: 'organizations.csv',
  COUNTRY: 'countries.csv',
  AGREEMENT: 'agreements.csv',
  MEETING: 'meetings.csv',
  JOINT_CASE: 'joint-cases.csv',
  SOURCE: 'sources.csv',
} as const satisfies Record<NodeKindValue, string>;

export const RELATIONSHIPS_FILE = 'relationships.csv';

/** The kinds in the order files are written and read: sources first, as everything cites them. */
export const KIND_ORDER: readonly NodeKindValue[] = [
  'SOURCE',
  'COUNTRY',
  'ORGANIZATION',
  'AGREEMENT',
  'MEETING',
  'JOINT_CASE',
];
