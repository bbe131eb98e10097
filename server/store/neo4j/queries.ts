/**
 * Every data statement the Neo4j store issues. Labels and relationship types cannot be Cypher
 * parameters, so statements that need one are built here, once, per member of the fixed
 * vocabulary (db-schema.ts); values from callers always travel as parameters.
 */
import { cypher, perValue } from './cypher.js';
import { KIND_LABEL, NODE_KINDS, NODE_LABEL, REL_TYPES, SEARCH_INDEX } from './db-schema.js';

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
 * Creates or replaces nodes of one kind whole: `SET n = props` drops every property the new
 * record lacks, and the other kind labels go, so a node that changed kind carries one kind label.
 */
export const UPSERT_NODES = perValue(NODE_KINDS, (kind) => {
  const others = NODE_KINDS.filter((k) => k !== kind).map((k) => KIND_LABEL[k]);
  return cypher(
    `upsertNodes.${kind}`,
    `
UNWIND $rows AS row
MERGE (n:${N} {id: row.id})
SET n = row.props
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
 * Ends are matched in WHERE rather than in a property map: same plan, and Neo4j's linter then
 * reads `row.start` as a key of the row, not as a property of the node.
 */
export const UPSERT_RELATIONSHIPS = perValue(REL_TYPES, (type) =>
  cypher(
    `upsertRelationships.${type}`,
    `
UNWIND $rows AS row
MATCH (a:${N}) WHERE a.id = row.start
MATCH (b:${N}) WHERE b.id = row.end
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r = row.props`,
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
