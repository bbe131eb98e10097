/**
 * Every data statement the Neo4j store issues. Labels and relationship types cannot be Cypher
 * parameters, so statements that need one are built here, once, per member of the fixed
 * vocabulary (db-schema.ts); values from callers always travel as parameters.
 */
import { cypher, perValue } from './cypher.js';
import {
  ACCOUNT_LABEL,
  API_TOKEN_LABEL,
  AUDIT_ENTRY_LABEL,
  SESSION_LABEL,
  AUDIT_LOG_LABEL,
  KIND_LABEL,
  NODE_KINDS,
  NODE_LABEL,
  REL_TYPES,
  SAVED_VIEW_LABEL,
  READING_LABEL,
  SEARCH_INDEX,
} from './db-schema.js';

const N = NODE_LABEL;

// ---- reads ----

export const GET_NODES = cypher(
  'getNodes',
  `
UNWIND $ids AS id
MATCH (n:${N} {id: id})
RETURN n`,
  ['ids'],
);

/** Names and ids of one kind; the page is cut in the store with the shared English collation. */
export const LIST_NAMES = perValue(NODE_KINDS, (kind) =>
  cypher(
    `listNames.${kind}`,
    `
MATCH (n:${KIND_LABEL[kind]})
RETURN n.id AS id, n.name AS name`,
  ),
);

export const RELATIONSHIPS_OF = cypher(
  'relationshipsOf',
  `
UNWIND $ids AS id
MATCH (:${N} {id: id})-[r]-(:${N})
WHERE $types IS NULL OR type(r) IN $types
RETURN id, r, startNode(r).id AS start, endNode(r).id AS end
ORDER BY id, type(r), r.id`,
  ['ids', 'types'],
);

/** Candidates from the full-text index, best Lucene score first; the shared ranker decides. */
export const SEARCH_CANDIDATES = cypher(
  'searchCandidates',
  `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node
ORDER BY score DESC, node.id
LIMIT $candidates`,
  ['query', 'labels', 'candidates'],
);

export const NODES_OF_KIND = perValue(NODE_KINDS, (kind) =>
  cypher(
    `nodesOfKind.${kind}`,
    `
MATCH (n:${KIND_LABEL[kind]})
RETURN n`,
  ),
);

/** Relationships of one type whose ends both carry one of `$labels` (any node when null). */
export const RELATIONSHIPS_OF_TYPE = perValue(REL_TYPES, (type) =>
  cypher(
    `relationshipsOfType.${type}`,
    `
MATCH (a:${N})-[r:${type}]->(b:${N})
WHERE $labels IS NULL
   OR (any(label IN labels(a) WHERE label IN $labels) AND any(label IN labels(b) WHERE label IN $labels))
RETURN r, a.id AS start, b.id AS end`,
    ['labels'],
  ),
);

/** One row of counts, one column per kind and type, each answered from Neo4j's count store. */
export const STATS = cypher(
  'stats',
  `
RETURN ${[
    ...NODE_KINDS.map((kind) => `COUNT { (:${KIND_LABEL[kind]}) } AS ${kind}`),
    ...REL_TYPES.map((type) => `COUNT { ()-[:${type}]->() } AS ${type}`),
  ].join(',\n       ')}`,
);

export const IS_EMPTY = cypher(
  'isEmpty',
  `
RETURN NOT EXISTS { MATCH (:${N}) } AS empty`,
);

// ---- writes: each runs inside the one transaction of a batch ----

/** Deletes ties of one type by their ends; returns the ids it found, so the store can name a missing one. */
export const DELETE_RELATIONSHIPS = perValue(REL_TYPES, (type) =>
  cypher(
    `deleteRelationships.${type}`,
    `
UNWIND $rows AS row
MATCH (:${N} {id: row.start})-[r:${type}]->(:${N} {id: row.end})
DELETE r
RETURN row.id AS id`,
    ['rows'],
  ),
);

export const DELETE_NODES = cypher(
  'deleteNodes',
  `
UNWIND $ids AS id
MATCH (n:${N} {id: id})
DETACH DELETE n
RETURN id`,
  ['ids'],
);

/**
 * A property written first to take the record's write lock, so the version read after it is the
 * latest committed one and concurrent writers cannot both bump from the same value (Neo4j reads
 * without locks; `SET n = row.props` then removes the property again).
 */
const WRITE_LOCK = '_writeLock';

/**
 * Creates or replaces nodes of one kind whole: `SET n = props` drops every property the new
 * record lacks, and the other kind labels go, so a node that changed kind carries one kind label.
 * The version goes one up (a new node starts at 1; one written before versions existed counts as 1).
 */
export const UPSERT_NODES = perValue(NODE_KINDS, (kind) => {
  const others = NODE_KINDS.filter((k) => k !== kind).map((k) => KIND_LABEL[k]);
  return cypher(
    `upsertNodes.${kind}`,
    `
UNWIND $rows AS row
MERGE (n:${N} {id: row.id})
ON CREATE SET n.version = 0
SET n.${WRITE_LOCK} = true
WITH n, row, coalesce(n.version, 1) AS version
SET n = row.props
SET n.version = version + 1
REMOVE n:${others.join(':')}
SET n:${KIND_LABEL[kind]}`,
    ['rows'],
  );
});

/** The ids, among those given, that no node has. */
export const MISSING_NODES = cypher(
  'missingNodes',
  `
UNWIND $ids AS id
WITH id
WHERE NOT EXISTS { MATCH (:${N} {id: id}) }
RETURN id`,
  ['ids'],
);

/**
 * Creates or replaces ties of one type whole. MERGE on the id, which a constraint keeps unique.
 * Ends are matched in WHERE rather than in a property map: same plan, and the written-name check
 * of the tests then reads `row.start` as a key of the row, not as a property of the node.
 */
export const UPSERT_RELATIONSHIPS = perValue(REL_TYPES, (type) =>
  cypher(
    `upsertRelationships.${type}`,
    `
UNWIND $rows AS row
MATCH (a:${N}) WHERE a.id = row.start
MATCH (b:${N}) WHERE b.id = row.end
MERGE (a)-[r:${type} {id: row.id}]->(b)
ON CREATE SET r.version = 0
SET r.${WRITE_LOCK} = true
WITH r, row, coalesce(r.version, 1) AS version
SET r = row.props
SET r.version = version + 1`,
    ['rows'],
  ),
);

/** Empties the store's part of the database (nodes without the common label are not ours). */
export const DELETE_ALL = cypher(
  'deleteAll',
  `
MATCH (n:${N})
DETACH DELETE n`,
);

// ---- versions ----

/** Versions of nodes by id; a node written before versions existed is at 1. */
export const NODE_VERSIONS = cypher(
  'nodeVersions',
  `
UNWIND $ids AS id
MATCH (n:${N} {id: id})
RETURN id, coalesce(n.version, 1) AS version`,
  ['ids'],
);

/** Versions of ties of one type, found by their ends. */
export const RELATIONSHIP_VERSIONS = perValue(REL_TYPES, (type) =>
  cypher(
    `relationshipVersions.${type}`,
    `
UNWIND $rows AS row
MATCH (:${N} {id: row.start})-[r:${type}]->(:${N} {id: row.end})
RETURN row.id AS id, coalesce(r.version, 1) AS version`,
    ['rows'],
  ),
);

/** The ids, among those given, that some node holds. */
export const TAKEN_IDS = cypher(
  'takenIds',
  `
UNWIND $ids AS id
MATCH (:${N} {id: id})
RETURN id`,
  ['ids'],
);

// ---- edits and the audit trail ----

/**
 * The first statement of every edit: numbers the entry and, by writing the one AuditLog node,
 * takes its write lock until the transaction ends, so edits run one at a time and what an edit
 * read is still true when it writes. A uniqueness constraint on the log's id keeps MERGE from
 * making two.
 */
export const NEXT_AUDIT_SEQ = cypher(
  'nextAuditSeq',
  `
MERGE (log:${AUDIT_LOG_LABEL} {id: 'audit-log'})
ON CREATE SET log.seq = 0
SET log.${WRITE_LOCK} = true
WITH log, log.seq AS seq
SET log.seq = seq + 1
REMOVE log.${WRITE_LOCK}
RETURN log.seq AS seq`,
);

/** A tie of a node to be deleted that the edit does not delete explicitly: the edit must fail. */
export const UNLISTED_TIES = cypher(
  'unlistedTies',
  `
UNWIND $ids AS id
MATCH (:${N} {id: id})-[r]-(:${N})
WHERE NOT r.id IN $listed
RETURN id
LIMIT 1`,
  ['ids', 'listed'],
);

export const CREATE_AUDIT_ENTRY = cypher(
  'createAuditEntry',
  `
CREATE (e:${AUDIT_ENTRY_LABEL} {seq: $seq, at: $at, actor: $actor, action: $action, summary: $summary, subjects: $subjects, changesJson: $changesJson})
SET e.comment = $comment, e.concernsJson = $concernsJson`,
  ['seq', 'at', 'actor', 'action', 'summary', 'subjects', 'changesJson', 'comment', 'concernsJson'],
);

/** Entries concerning an id, newest first, older than `$before` when given. */
export const HISTORY = cypher(
  'history',
  `
MATCH (e:${AUDIT_ENTRY_LABEL})
WHERE $id IN e.subjects AND ($before IS NULL OR e.seq < $before)
RETURN e
ORDER BY e.seq DESC
LIMIT $limit`,
  ['id', 'before', 'limit'],
);

/** Every entry, newest first, older than `$before` when given. */
export const RECENT_CHANGES = cypher(
  'recentChanges',
  `
MATCH (e:${AUDIT_ENTRY_LABEL})
WHERE $before IS NULL OR e.seq < $before
RETURN e
ORDER BY e.seq DESC
LIMIT $limit`,
  ['before', 'limit'],
);

/** replaceAll's reset of the trail (the AuditLog keeps counting). */
export const DELETE_AUDIT_ENTRIES = cypher(
  'deleteAuditEntries',
  `
MATCH (e:${AUDIT_ENTRY_LABEL})
DELETE e`,
);

// ---- accounts, sessions and API tokens (account-store.ts) ----

const A = ACCOUNT_LABEL;

export const CREATE_ACCOUNT = cypher(
  'createAccount',
  `
CREATE (:${A} {id: $id, username: $username, displayName: $displayName, role: $role, clearance: $clearance, passwordHash: $passwordHash, disabled: $disabled, createdAt: $createdAt, updatedAt: $updatedAt})`,
  ['id', 'username', 'displayName', 'role', 'clearance', 'passwordHash', 'disabled', 'createdAt', 'updatedAt'],
);

/** Everything but the id, username and creation time; answers the id when the account exists. */
export const UPDATE_ACCOUNT = cypher(
  'updateAccount',
  `
MATCH (a:${A} {id: $id})
SET a.displayName = $displayName, a.role = $role, a.clearance = $clearance, a.passwordHash = $passwordHash,
    a.disabled = $disabled, a.updatedAt = $updatedAt
RETURN a.id AS id`,
  ['id', 'displayName', 'role', 'clearance', 'passwordHash', 'disabled', 'updatedAt'],
);

export const GET_ACCOUNT = cypher(
  'getAccount',
  `
MATCH (a:${A} {id: $id})
RETURN a`,
  ['id'],
);

export const FIND_ACCOUNT = cypher(
  'findAccount',
  `
MATCH (a:${A} {username: $username})
RETURN a`,
  ['username'],
);

export const LIST_ACCOUNTS = cypher(
  'listAccounts',
  `
MATCH (a:${A})
RETURN a
ORDER BY a.username`,
);

/** A new session, after dropping sessions that expired before it began. */
export const DELETE_EXPIRED_SESSIONS = cypher(
  'deleteExpiredSessions',
  `
MATCH (s:${SESSION_LABEL})
WHERE s.expiresAt < $now
DELETE s`,
  ['now'],
);

export const CREATE_SESSION = cypher(
  'createSession',
  `
CREATE (:${SESSION_LABEL} {idHash: $idHash, accountId: $accountId, createdAt: $createdAt, expiresAt: $expiresAt})`,
  ['idHash', 'accountId', 'createdAt', 'expiresAt'],
);

export const GET_SESSION = cypher(
  'getSession',
  `
MATCH (s:${SESSION_LABEL} {idHash: $idHash})
RETURN s`,
  ['idHash'],
);

export const DELETE_SESSION = cypher(
  'deleteSession',
  `
MATCH (s:${SESSION_LABEL} {idHash: $idHash})
DELETE s`,
  ['idHash'],
);

export const DELETE_SESSIONS_OF = cypher(
  'deleteSessionsOf',
  `
MATCH (s:${SESSION_LABEL} {accountId: $accountId})
DELETE s`,
  ['accountId'],
);

export const CREATE_TOKEN = cypher(
  'createToken',
  `
CREATE (:${API_TOKEN_LABEL} {id: $id, accountId: $accountId, name: $name, secretHash: $secretHash, createdAt: $createdAt})`,
  ['id', 'accountId', 'name', 'secretHash', 'createdAt'],
);

export const GET_TOKEN = cypher(
  'getToken',
  `
MATCH (t:${API_TOKEN_LABEL} {secretHash: $secretHash})
RETURN t`,
  ['secretHash'],
);

export const GET_TOKEN_BY_ID = cypher(
  'getTokenById',
  `
MATCH (t:${API_TOKEN_LABEL} {id: $id})
RETURN t`,
  ['id'],
);

export const LIST_TOKENS = cypher(
  'listTokens',
  `
MATCH (t:${API_TOKEN_LABEL} {accountId: $accountId})
RETURN t
ORDER BY t.createdAt, t.id`,
  ['accountId'],
);

export const DELETE_TOKEN = cypher(
  'deleteToken',
  `
MATCH (t:${API_TOKEN_LABEL} {id: $id})
DELETE t`,
  ['id'],
);

/** Every account, session and token: for tests, and for wiping a deployment's accounts. */
export const DELETE_ALL_ACCOUNTS = cypher(
  'deleteAllAccounts',
  `
MATCH (n)
WHERE n:${A} OR n:${SESSION_LABEL} OR n:${API_TOKEN_LABEL} OR n:${SAVED_VIEW_LABEL} OR n:${READING_LABEL}
DELETE n`,
);

// ---- saved views (account-store.ts) ----

const V = SAVED_VIEW_LABEL;

export const LIST_VIEWS = cypher(
  'listViews',
  `
MATCH (v:${V})
RETURN v
ORDER BY v.name, v.id`,
);

export const GET_VIEW = cypher(
  'getView',
  `
MATCH (v:${V} {id: $id})
RETURN v`,
  ['id'],
);

/** Answers the id when it was free and the view was created, nothing when the id is taken. */
export const CREATE_VIEW = cypher(
  'createView',
  `
OPTIONAL MATCH (old:${V} {id: $id})
WITH old
WHERE old IS NULL
CREATE (v:${V} {id: $id, name: $name, owner: $owner, state: $state, positions: $positions, createdAt: $createdAt, updatedAt: $updatedAt, version: $version})
RETURN v.id AS id`,
  ['id', 'name', 'owner', 'state', 'positions', 'createdAt', 'updatedAt', 'version'],
);

/** Replaces a view if it is still at the expected version; answers its id when it did. */
export const UPDATE_VIEW = cypher(
  'updateView',
  `
MATCH (v:${V} {id: $id})
WHERE v.version = $expectedVersion
SET v.name = $name, v.owner = $owner, v.state = $state, v.positions = $positions, v.updatedAt = $updatedAt,
    v.version = $version
RETURN v.id AS id`,
  ['id', 'name', 'owner', 'state', 'positions', 'updatedAt', 'version', 'expectedVersion'],
);

/** Deletes a view if it is still at the expected version; answers its id when it did. */
export const DELETE_VIEW = cypher(
  'deleteView',
  `
MATCH (v:${V} {id: $id})
WHERE v.version = $expectedVersion
WITH v, v.id AS id
DELETE v
RETURN id`,
  ['id', 'expectedVersion'],
);

// ---- readings of ingested documents (account-store.ts, server/reading) ----

const R = READING_LABEL;

export const LIST_READINGS = cypher(
  'listReadings',
  `
MATCH (r:${R})
RETURN r
ORDER BY r.updatedAt DESC, r.id`,
);

export const GET_READING = cypher(
  'getReading',
  `
MATCH (r:${R} {id: $id})
RETURN r`,
  ['id'],
);

/** Answers the id when it was free and the reading was created, nothing when the id is taken. */
export const CREATE_READING = cypher(
  'createReading',
  `
OPTIONAL MATCH (old:${R} {id: $id})
WITH old
WHERE old IS NULL
CREATE (r:${R} {id: $id, title: $title, json: $json, updatedAt: $updatedAt, version: $version})
RETURN r.id AS id`,
  ['id', 'title', 'json', 'updatedAt', 'version'],
);

/** Replaces a reading if it is still at the expected version; answers its id when it did. */
export const UPDATE_READING = cypher(
  'updateReading',
  `
MATCH (r:${R} {id: $id})
WHERE r.version = $expectedVersion
SET r.title = $title, r.json = $json, r.updatedAt = $updatedAt, r.version = $version
RETURN r.id AS id`,
  ['id', 'title', 'json', 'updatedAt', 'version', 'expectedVersion'],
);

// ---- vicinity: the part of the graph around some nodes, in one round trip ----

/** A node the walk may pass through: of an allowed kind, and not a joint case hidden from the viewer. */
const WALKABLE = (n: string) =>
  `($labels IS NULL OR any(l IN labels(${n}) WHERE l IN $labels)) AND NOT (${n}:${KIND_LABEL.JOINT_CASE} AND ${n}.sensitivity IN $hidden)`;

/** One breadth-first level: the distinct walkable neighbours of the previous one, at most $cap. */
const LEVEL = (from: string, to: string) => `
CALL (${from}) {
  UNWIND ${from} AS a
  MATCH (a)-[r]-(b:${N})
  WHERE ($types IS NULL OR type(r) IN $types) AND ${WALKABLE('b')}
  WITH DISTINCT b LIMIT $cap
  RETURN collect(b) AS ${to}
}`;

/**
 * Every node within RADIUS ties of the seeds (walking ties of $types through nodes of $labels,
 * seeds always kept), and every tie of $types among them; `complete` is false when a level
 * reached $cap. Levels are sets, not paths, so hubs cost their degree, not the paths through them.
 */
export const VICINITY = perValue(['1', '2', '3'] as const, (radius) => {
  const levels = Array.from({ length: Number(radius) }, (_, i) => `level${i + 1}`);
  return cypher(
    `vicinity.${radius}`,
    `
MATCH (s:${N}) WHERE s.id IN $ids AND NOT (s:${KIND_LABEL.JOINT_CASE} AND s.sensitivity IN $hidden)
WITH collect(s) AS level0
${levels.map((to, i) => LEVEL(`level${i}`, to)).join('\n')}
WITH ${['level0', ...levels].join(' + ')} AS reached, ${levels.map((l) => `size(${l}) < $cap`).join(' AND ')} AS complete
UNWIND reached AS n
WITH complete, collect(DISTINCT n) AS nodes
WITH complete, nodes, [n IN nodes | n.id] AS ids
CALL (nodes, ids) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:${N})
  WHERE ($types IS NULL OR type(r) IN $types) AND b.id IN ids
  RETURN collect(r) AS ties, collect(a.id) AS starts, collect(b.id) AS ends
}
RETURN nodes, ties, starts, ends, complete`,
    ['ids', 'types', 'labels', 'hidden', 'cap'],
  );
});
