/**
 * The store's reads, over one transaction. Neo4jStore runs them each in a read transaction of
 * its own; an edit runs them inside its write transaction, after it has taken the audit log's
 * lock, as the view it hands the write service (store.ts).
 */
import type { Node, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import { rankNodes } from '../../graph/search-ranking.js';
import { compareByNameThenId, decodeCursor, encodeCursor, type NameCursor } from '../cursor.js';
import type { Dataset, EditView, GraphStats, NodeKindValue, Page, RelationshipTypeValue } from '../port.js';
import { NODE_KINDS, REL_TYPES, isNodeKind } from './db-schema.js';
import { decodeNode, decodeRelationship, labelsOf } from './mapping.js';
import {
  GET_NODES,
  LIST_NAMES,
  NODES_OF_KIND,
  NODE_VERSIONS,
  RELATIONSHIPS_OF,
  RELATIONSHIPS_OF_TYPE,
  RELATIONSHIP_VERSIONS,
  SEARCH_CANDIDATES,
  STATS,
  TAKEN_IDS,
  VICINITY,
} from './queries.js';
import { MAX_VICINITY_RADIUS, type Vicinity, type VicinityRequest } from '../../graph/vicinity.js';
import { candidateCount, luceneQuery } from './search-text.js';
import type { QueryRunner } from './transactions.js';
import { toNeo4jInt, toNumber, toText } from './values.js';
import { chunks, parseRelationshipId, type RelationshipEnds } from './write-plan.js';

export class TxReads implements EditView {
  constructor(private readonly tx: QueryRunner) {}

  async getNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    if (ids.length === 0) return [];
    const found = await fetchNodes(this.tx, ids);
    return ids.map((id) => found.get(id) ?? null);
  }

  async listNodes(kind: NodeKindValue, page: { first: number; after?: string }): Promise<Page<NodeRecord>> {
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    // A kind outside the vocabulary has no label, hence no nodes: the same empty page as in memory.
    if (!isNodeKind(kind)) return { items: [], totalCount: 0, endCursor: undefined };
    // Neo4j orders strings by code point; the port orders by English collation. Sorting names
    // and ids here keeps pages and cursors identical to the embedded store's.
    const rows = await this.tx.run(LIST_NAMES[kind]);
    const all = rows.map((r) => ({ id: toText(r.get('id'), 'id'), name: toText(r.get('name'), 'name') }));
    const { slice, from } = pageOf(all.sort(compareByNameThenId), after, page.first);
    const found = await fetchNodes(
      this.tx,
      slice.map((n) => n.id),
    );
    const items = slice.map((n) => found.get(n.id)).filter((n) => n !== undefined);
    const last = items.at(-1);
    return {
      items,
      totalCount: all.length,
      endCursor: last && from + items.length < all.length ? encodeCursor(last) : undefined,
    };
  }

  async relationshipsOf(
    ids: readonly string[],
    types?: readonly RelationshipTypeValue[],
  ): Promise<RelationshipRecord[][]> {
    if (ids.length === 0) return [];
    const rows = await this.tx.run(RELATIONSHIPS_OF, { ids: [...new Set(ids)], types: types ? [...types] : null });
    const byId = new Map<string, RelationshipRecord[]>();
    for (const row of rows) {
      const id = toText(row.get('id'), 'id');
      const list = byId.get(id) ?? [];
      list.push(relationshipFrom(row));
      byId.set(id, list);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  async searchCandidates(
    text: string,
    kinds: readonly NodeKindValue[] | undefined,
    limit: number,
  ): Promise<NodeRecord[]> {
    const query = luceneQuery(text);
    if (query === undefined || limit <= 0) return [];
    const rows = await this.tx.run(SEARCH_CANDIDATES, {
      query,
      labels: kinds ? labelsOf(kinds) : null,
      // LIMIT takes an INTEGER; a JS number would arrive as a FLOAT and be refused.
      candidates: toNeo4jInt(candidateCount(limit)),
    });
    return rankNodes(
      text,
      rows.map((r) => decodeNode(r.get('node') as Node)),
      limit,
    ).map((hit) => hit.node);
  }

  async readGraph(scope: {
    nodeKinds?: readonly NodeKindValue[];
    relationshipTypes?: readonly RelationshipTypeValue[];
  }): Promise<Dataset> {
    const kinds = scope.nodeKinds ? NODE_KINDS.filter((k) => scope.nodeKinds!.includes(k)) : NODE_KINDS;
    const types = scope.relationshipTypes ? REL_TYPES.filter((t) => scope.relationshipTypes!.includes(t)) : REL_TYPES;
    const labels = scope.nodeKinds ? labelsOf(scope.nodeKinds) : null;
    const nodes: NodeRecord[] = [];
    for (const kind of kinds) {
      for (const row of await this.tx.run(NODES_OF_KIND[kind])) nodes.push(decodeNode(row.get('n') as Node));
    }
    const relationships: RelationshipRecord[] = [];
    if (kinds.length > 0) {
      for (const type of types) {
        const rows = await this.tx.run(RELATIONSHIPS_OF_TYPE[type], { labels });
        for (const row of rows) relationships.push(relationshipFrom(row));
      }
    }
    return { nodes, relationships };
  }

  /** See server/graph/vicinity.ts: one statement, whatever the radius. */
  async vicinity(request: VicinityRequest): Promise<Vicinity> {
    const radius = String(Math.min(Math.max(Math.trunc(request.radius), 1), MAX_VICINITY_RADIUS)) as '1' | '2' | '3';
    const [row] = await this.tx.run(VICINITY[radius], {
      ids: [...request.seeds],
      types: request.relationshipTypes ? [...request.relationshipTypes] : null,
      labels: request.nodeKinds ? labelsOf(request.nodeKinds) : null,
      hidden: [...(request.hiddenSensitivities ?? [])],
      cap: toNeo4jInt(request.cap),
    });
    if (!row) return { nodes: [], relationships: [], complete: true };
    const ties = row.get('ties') as Relationship[];
    const starts = row.get('starts') as unknown[];
    const ends = row.get('ends') as unknown[];
    return {
      nodes: (row.get('nodes') as Node[]).map(decodeNode),
      relationships: ties.map((r, i) => decodeRelationship(r, starts[i], ends[i])),
      complete: row.get('complete') === true,
    };
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.tx.run(STATS);
    const stats: GraphStats = { nodes: {}, relationships: {} };
    if (!row) return stats;
    // Kinds and types with no member are left out, as the embedded store leaves them out.
    for (const kind of NODE_KINDS) {
      const count = toNumber(row.get(kind), kind);
      if (count > 0) stats.nodes[kind] = count;
    }
    for (const type of REL_TYPES) {
      const count = toNumber(row.get(type), type);
      if (count > 0) stats.relationships[type] = count;
    }
    return stats;
  }

  async versionsOf(ids: readonly string[]): Promise<(number | null)[]> {
    if (ids.length === 0) return [];
    const found = new Map<string, number>();
    const nodeIds = [...new Set(ids.filter((id) => !id.includes(':')))];
    for (const part of chunks(nodeIds)) {
      for (const row of await this.tx.run(NODE_VERSIONS, { ids: part })) {
        found.set(toText(row.get('id'), 'id'), toNumber(row.get('version'), 'version'));
      }
    }
    // A relationship id that does not parse names no relationship: it has no version.
    const byType = new Map<RelationshipTypeValue, RelationshipEnds[]>();
    for (const id of new Set(ids.filter((i) => i.includes(':')))) {
      const parsed = parseRelationshipId(id);
      if (!parsed) continue;
      const list = byType.get(parsed.type) ?? [];
      list.push({ id, start: parsed.start, end: parsed.end });
      byType.set(parsed.type, list);
    }
    for (const [type, rows] of byType) {
      for (const part of chunks(rows)) {
        for (const row of await this.tx.run(RELATIONSHIP_VERSIONS[type], { rows: part })) {
          found.set(toText(row.get('id'), 'id'), toNumber(row.get('version'), 'version'));
        }
      }
    }
    return ids.map((id) => found.get(id) ?? null);
  }

  async takenIds(ids: readonly string[]): Promise<Set<string>> {
    const taken = new Set<string>();
    for (const part of chunks([...new Set(ids)])) {
      for (const row of await this.tx.run(TAKEN_IDS, { ids: part })) taken.add(toText(row.get('id'), 'id'));
    }
    return taken;
  }
}

async function fetchNodes(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, NodeRecord>> {
  const found = new Map<string, NodeRecord>();
  for (const part of chunks([...new Set(ids)])) {
    for (const row of await tx.run(GET_NODES, { ids: part })) {
      const node = decodeNode(row.get('n') as Node);
      found.set(node.id, node);
    }
  }
  return found;
}

function relationshipFrom(row: Neo4jRecord): RelationshipRecord {
  return decodeRelationship(row.get('r') as Relationship, row.get('start'), row.get('end'));
}

/** The port's paging over a sorted list, exactly as the embedded store pages. */
function pageOf<T extends NameCursor>(sorted: T[], after: NameCursor | undefined, first: number) {
  const start = after === undefined ? 0 : sorted.findIndex((n) => compareByNameThenId(n, after) > 0);
  const from = start === -1 ? sorted.length : start;
  return { slice: sorted.slice(from, from + first), from };
}
