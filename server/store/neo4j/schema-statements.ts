/**
 * The schema the store needs, as idempotent statements (`IF NOT EXISTS`) run on every open:
 * uniqueness of ids (which also gives the id lookups their indexes), the full-text index search
 * draws candidates from, and range indexes for date-window filters. Schema objects are named
 * with a version where their definition may change: `IF NOT EXISTS` never alters an existing
 * object, so a changed definition must be a new name (and the old one dropped here).
 */
import { cypher, type CypherQuery } from './cypher.js';
import {
  ACCOUNT_LABEL,
  API_TOKEN_LABEL,
  SAVED_VIEW_LABEL,
  READING_LABEL,
  AUDIT_ENTRY_LABEL,
  SESSION_LABEL,
  AUDIT_LOG_LABEL,
  AUDIT_PROP,
  DATED_KINDS,
  KIND_LABEL,
  NODE_KINDS,
  NODE_LABEL,
  PROP,
  REL_TYPES,
  SEARCH_ANALYZER,
  SEARCH_INDEX,
} from './db-schema.js';

const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

const NODE_ID_UNIQUE = cypher(
  'schema.nodeIdUnique',
  `CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:${NODE_LABEL}) REQUIRE n.id IS UNIQUE`,
);

const KIND_ID_UNIQUE = NODE_KINDS.map((kind) => {
  const label = KIND_LABEL[kind];
  return cypher(
    `schema.idUnique.${kind}`,
    `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
});

/** Relationship property uniqueness (Neo4j 5.7+, Community included). */
const RELATIONSHIP_ID_UNIQUE = REL_TYPES.map((type) =>
  cypher(
    `schema.relationshipIdUnique.${type}`,
    `CREATE CONSTRAINT ${type.toLowerCase()}_id_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`,
  ),
);

/** Entry numbers are unique (the constraint also indexes the newest-first reads). */
const AUDIT_SEQ_UNIQUE = cypher(
  'schema.auditSeqUnique',
  `CREATE CONSTRAINT audit_entry_seq_unique IF NOT EXISTS FOR (e:${AUDIT_ENTRY_LABEL}) REQUIRE e.${AUDIT_PROP.seq} IS UNIQUE`,
);

/** One AuditLog node: MERGE under concurrency relies on this constraint not to make two. */
const AUDIT_LOG_UNIQUE = cypher(
  'schema.auditLogUnique',
  `CREATE CONSTRAINT audit_log_id_unique IF NOT EXISTS FOR (l:${AUDIT_LOG_LABEL}) REQUIRE l.id IS UNIQUE`,
);

/** Account ids and usernames, session digests, token ids and digests: unique, and so indexed. */
const ACCOUNT_UNIQUE = (
  [
    [ACCOUNT_LABEL, 'id'],
    [ACCOUNT_LABEL, 'username'],
    [SESSION_LABEL, 'idHash'],
    [API_TOKEN_LABEL, 'id'],
    [API_TOKEN_LABEL, 'secretHash'],
    [SAVED_VIEW_LABEL, 'id'],
    [READING_LABEL, 'id'],
  ] as const
).map(([label, prop]) =>
  cypher(
    `schema.unique.${label}.${prop}`,
    `CREATE CONSTRAINT ${snake(label)}_${snake(prop)}_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.${prop} IS UNIQUE`,
  ),
);

/** Sessions and tokens are looked up by account too. */
const ACCOUNT_INDEXES = [SESSION_LABEL, API_TOKEN_LABEL].map((label) =>
  cypher(
    `schema.accountIndex.${label}`,
    `CREATE INDEX ${snake(label)}_account_id IF NOT EXISTS FOR (n:${label}) ON (n.accountId)`,
  ),
);

const SEARCH = cypher(
  'schema.searchIndex',
  `
CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
FOR (n:${NODE_LABEL}) ON EACH [n.${PROP.searchWords}, n.${PROP.searchCompact}]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${SEARCH_ANALYZER}' } }`,
);

const DATE_INDEXES = DATED_KINDS.flatMap((kind) => {
  const label = KIND_LABEL[kind];
  return [PROP.activeFrom, PROP.activeUntil].map((prop) =>
    cypher(
      `schema.dateIndex.${kind}.${prop}`,
      `CREATE INDEX ${snake(label)}_${snake(prop)} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`,
    ),
  );
});

/** In order: constraints first, so data written later is checked from the start. */
export const SCHEMA_STATEMENTS: readonly CypherQuery[] = [
  NODE_ID_UNIQUE,
  ...KIND_ID_UNIQUE,
  ...RELATIONSHIP_ID_UNIQUE,
  AUDIT_SEQ_UNIQUE,
  AUDIT_LOG_UNIQUE,
  ...ACCOUNT_UNIQUE,
  ...ACCOUNT_INDEXES,
  SEARCH,
  ...DATE_INDEXES,
];

/** Waits until every index is online: a full-text index still populating cannot be queried. */
export const AWAIT_INDEXES = cypher('schema.awaitIndexes', `CALL db.awaitIndexes($seconds)`, ['seconds']);
