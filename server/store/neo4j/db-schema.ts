/**
 * How the domain is laid out in Neo4j: the fixed vocabulary of labels, relationship types and
 * property keys. Every label or type that appears in Cypher comes from the maps below (never from
 * input), and the tests plan every statement against exactly these names on a real Neo4j, so a
 * misspelt label, type or property fails `npm test`.
 */
import type {
  AgreementRecord,
  CountryRecord,
  JointCaseRecord,
  MeetingRecord,
  OrganizationRecord,
  RelationshipRecord,
  SourceRecord,
} from '../../domain/records.js';
import { RELATIONSHIP_TYPES } from '../../domain/vocabulary.js';
import type { NodeKindValue, RelationshipTypeValue } from '../port.js';

/** Every node the store owns carries this label; ids are unique across kinds. */
export const NODE_LABEL = 'Node';

/**
 * Audit entries are nodes of their own label, without NODE_LABEL: no graph query, search or count
 * of the store sees them. One AuditLog node holds the last entry number; every edit updates it
 * first, which takes its write lock and so serialises edits (see store.ts).
 */
export const AUDIT_ENTRY_LABEL = 'AuditEntry';
export const AUDIT_LOG_LABEL = 'AuditLog';

/**
 * Accounts, sessions and API tokens (the account store, account-store.ts): labels of their own,
 * without NODE_LABEL, so no graph query, search, count, export or reset ever sees them.
 */
export const ACCOUNT_LABEL = 'Account';
export const SESSION_LABEL = 'Session';
export const API_TOKEN_LABEL = 'ApiToken';

/** Saved views (server/views): shared by the team, kept beside the accounts, never a :Node. */
export const SAVED_VIEW_LABEL = 'SavedView';

/** The properties of SavedView nodes; positions are kept as one JSON text. */
export const SAVED_VIEW_PROP = {
  id: 'id',
  name: 'name',
  owner: 'owner',
  state: 'state',
  positions: 'positions',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  version: 'version',
} as const;

/** Readings of ingested documents (server/reading): one JSON text each, beside the accounts, never a :Node. */
export const READING_LABEL = 'Reading';
export const READING_PROP = {
  id: 'id',
  title: 'title',
  json: 'json',
  updatedAt: 'updatedAt',
  version: 'version',
} as const;

/** The properties of Account, Session and ApiToken nodes. */
export const ACCOUNT_PROP = {
  id: 'id',
  username: 'username',
  displayName: 'displayName',
  role: 'role',
  clearance: 'clearance',
  passwordHash: 'passwordHash',
  disabled: 'disabled',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  idHash: 'idHash',
  accountId: 'accountId',
  expiresAt: 'expiresAt',
  name: 'name',
  secretHash: 'secretHash',
} as const;

/** One label per node kind: the only way a kind becomes a label in Cypher. */
export const KIND_LABEL = {
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  AGREEMENT: 'Agreement',
  MEETING: 'Meeting',
  JOINT_CASE: 'JointCase',
  SOURCE: 'Source',
} as const satisfies Record<NodeKindValue, string>;

export type KindLabel = (typeof KIND_LABEL)[NodeKindValue];

export const NODE_KINDS = Object.keys(KIND_LABEL) as NodeKindValue[];

const LABEL_KIND = new Map<string, NodeKindValue>(NODE_KINDS.map((kind) => [KIND_LABEL[kind], kind]));

/** The kind a label stands for, or undefined for a label outside the vocabulary. */
export function kindOfLabel(label: string): NodeKindValue | undefined {
  return LABEL_KIND.get(label);
}

/** A kind from outside (an API argument) checked against the vocabulary. */
export function isNodeKind(kind: string): kind is NodeKindValue {
  return Object.hasOwn(KIND_LABEL, kind);
}

/** Relationship types are stored as themselves: the domain names are valid Neo4j types. */
export const REL_TYPES: readonly RelationshipTypeValue[] = RELATIONSHIP_TYPES;

export function isRelationshipType(type: string): type is RelationshipTypeValue {
  return (REL_TYPES as readonly string[]).includes(type);
}

/**
 * How a record field is stored. Neo4j properties hold scalars and lists of scalars only, so
 * citations (a list of maps) travel as one JSON string; partial dates stay strings.
 */
export type FieldType = 'string' | 'int' | 'date' | 'strings';

type FieldsOf<R> = Record<Exclude<keyof R, 'nodeKind' | 'id' | 'sources'>, FieldType>;

const BASE = { name: 'string', aliases: 'strings', description: 'string' } as const;

/**
 * The stored fields of each kind. `satisfies` makes the compiler check that every record field is
 * listed and nothing else is, so a field added to a record cannot be silently dropped here.
 */
export const NODE_FIELDS = {
  ORGANIZATION: {
    ...BASE,
    kind: 'string',
    acronym: 'string',
    nameLocal: 'string',
    countryCode: 'string',
    sector: 'string',
  } satisfies FieldsOf<OrganizationRecord>,
  COUNTRY: { ...BASE, code: 'string' } satisfies FieldsOf<CountryRecord>,
  AGREEMENT: {
    ...BASE,
    kind: 'string',
    scope: 'string',
    signedOn: 'date',
    validFrom: 'date',
    validUntil: 'date',
    status: 'string',
    topics: 'strings',
  } satisfies FieldsOf<AgreementRecord>,
  MEETING: {
    ...BASE,
    kind: 'string',
    startDate: 'date',
    endDate: 'date',
    city: 'string',
    countryCode: 'string',
    series: 'string',
    sequence: 'int',
    participantCount: 'int',
    topics: 'strings',
    outcomes: 'strings',
  } satisfies FieldsOf<MeetingRecord>,
  JOINT_CASE: {
    ...BASE,
    caseType: 'string',
    status: 'string',
    openedOn: 'date',
    closedOn: 'date',
    jurisdictions: 'strings',
    victimCount: 'int',
    offenderCount: 'int',
    repatriatedCount: 'int',
    sensitivity: 'string',
    topics: 'strings',
  } satisfies FieldsOf<JointCaseRecord>,
  SOURCE: {
    ...BASE,
    publisher: 'string',
    publishedOn: 'date',
    url: 'string',
    documentId: 'string',
    text: 'string',
  } satisfies FieldsOf<SourceRecord>,
} as const satisfies Record<NodeKindValue, Record<string, FieldType>>;

export const RELATIONSHIP_FIELDS = {
  role: 'string',
  from: 'date',
  until: 'date',
} as const satisfies Record<Exclude<keyof RelationshipRecord, 'id' | 'type' | 'start' | 'end' | 'sources'>, FieldType>;

/** Property keys that are not record fields. */
export const PROP = {
  id: 'id',
  /** The citations of a node or relationship, as a JSON array of {source, locator, quote?}. */
  sourcesJson: 'sourcesJson',
  /** Derived, for the full-text index: each searchable name as the shared ranker normalises it. */
  searchWords: 'searchWords',
  /** Derived, for the full-text index: the same names with spaces removed, one token each. */
  searchCompact: 'searchCompact',
  /** Derived, for date-window filters: first and last day a dated node is active (YYYY-MM-DD). */
  activeFrom: 'activeFrom',
  activeUntil: 'activeUntil',
  /** Of nodes and relationships: 1 when created, one more with each write that replaces it. */
  version: 'version',
} as const;

/** The properties of an AuditEntry node (and `seq` of the AuditLog node). */
export const AUDIT_PROP = {
  seq: 'seq',
  at: 'at',
  actor: 'actor',
  action: 'action',
  comment: 'comment',
  summary: 'summary',
  /** Node and relationship ids the entry concerns, for history lookups. */
  subjects: 'subjects',
  /** The changes, each record whole before and after, as one JSON string. */
  changesJson: 'changesJson',
  /** For an entry without changes (a review decision): what it is about, as JSON (see Concerns). */
  concernsJson: 'concernsJson',
} as const;

/** Kinds whose nodes carry a date span, so get the derived date properties and their indexes. */
export const DATED_KINDS = ['AGREEMENT', 'MEETING', 'JOINT_CASE'] as const satisfies readonly NodeKindValue[];

/** Names of schema objects, versioned so a changed definition is a new object, not a silent no-op. */
export const SEARCH_INDEX = 'node_search_v1';
/** Tokens are already normalised by the shared ranker's `normalize`: split on spaces, nothing more. */
export const SEARCH_ANALYZER = 'whitespace';

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Every property key the store writes. */
export const PROPERTY_KEYS: readonly string[] = unique([
  ...Object.values(PROP),
  ...Object.values(AUDIT_PROP),
  ...Object.values(ACCOUNT_PROP),
  ...Object.values(SAVED_VIEW_PROP),
  ...Object.values(READING_PROP),
  ...Object.values(NODE_FIELDS).flatMap((fields) => Object.keys(fields)),
  ...Object.keys(RELATIONSHIP_FIELDS),
]).sort();

/**
 * Every name the store's Cypher may use. The tests give a real Neo4j exactly these names and plan
 * every statement with EXPLAIN (tests/neo4j-live/cypher-explain.test.ts), so a misspelt label,
 * type or property fails `npm test`.
 */
export const DB_SCHEMA = {
  labels: [
    NODE_LABEL,
    ...Object.values(KIND_LABEL),
    AUDIT_ENTRY_LABEL,
    AUDIT_LOG_LABEL,
    ACCOUNT_LABEL,
    SESSION_LABEL,
    API_TOKEN_LABEL,
    SAVED_VIEW_LABEL,
    READING_LABEL,
  ],
  relationshipTypes: [...REL_TYPES],
  propertyKeys: [...PROPERTY_KEYS],
} as const;
