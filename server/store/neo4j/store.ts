/**
 * The Neo4j store: the GraphStore port over a Neo4j 5 database (single instance, cluster or Aura),
 * opened by openNeo4jStore (neo4j-store.ts). It passes the same contract suite as the embedded
 * store; ordering, paging and search ranking use the same shared code (cursor.ts,
 * search-ranking.ts), so both answer alike. Cypher lives in queries.ts, sessions and transactions
 * in transactions.ts, value conversion in mapping.ts and values.ts, writes in apply-write.ts.
 */
import type { Node, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import type { NodeRecord, RelationshipRecord } from '../../domain/records.js';
import { rankNodes } from '../../graph/search-ranking.js';
import { compareByNameThenId, decodeCursor, encodeCursor, type NameCursor } from '../cursor.js';
import type {
  Dataset,
  GraphStats,
  GraphStore,
  NodeKindValue,
  Page,
  RelationshipTypeValue,
  WriteBatch,
} from '../port.js';
import { NODE_KINDS, REL_TYPES, isNodeKind } from './db-schema.js';
import { decodeNode, decodeRelationship, labelsOf } from './mapping.js';
import { applyPlan } from './apply-write.js';
import {
  DELETE_ALL,
  GET_NODES,
  IS_EMPTY,
  LIST_NAMES,
  NODES_OF_KIND,
  RELATIONSHIPS_OF,
  RELATIONSHIPS_OF_TYPE,
  SEARCH_CANDIDATES,
  STATS,
} from './queries.js';
import { candidateCount, luceneQuery } from './search-text.js';
import type { QueryRunner, TransactionRunner } from './transactions.js';
import { toNeo4jInt, toNumber, toText } from './values.js';
import { chunks, isEmptyPlan, planReplace, planWrite } from './write-plan.js';

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';

  constructor(private readonly runner: TransactionRunner) {}

  getNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.runner.read(async (tx) => {
      const found = await fetchNodes(tx, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  async listNodes(kind: NodeKindValue, page: { first: number; after?: string }): Promise<Page<NodeRecord>> {
    const after = page.after === undefined ? undefined : decodeCursor(page.after);
    // A kind outside the vocabulary has no label, hence no nodes: the same empty page as in memory.
    if (!isNodeKind(kind)) return { items: [], totalCount: 0, endCursor: undefined };
    return this.runner.read(async (tx) => {
      // Neo4j orders strings by code point; the port orders by English collation. Sorting names
      // and ids here keeps pages and cursors identical to the embedded store's.
      const rows = await tx.run(LIST_NAMES[kind]);
      const all = rows.map((r) => ({ id: toText(r.get('id'), 'id'), name: toText(r.get('name'), 'name') }));
      const { slice, from } = pageOf(all.sort(compareByNameThenId), after, page.first);
      const found = await fetchNodes(
        tx,
        slice.map((n) => n.id),
      );
      const items = slice.map((n) => found.get(n.id)).filter((n) => n !== undefined);
      const last = items.at(-1);
      return {
        items,
        totalCount: all.length,
        endCursor: last && from + items.length < all.length ? encodeCursor(last) : undefined,
      };
    });
  }

  relationshipsOf(ids: readonly string[], types?: readonly RelationshipTypeValue[]): Promise<RelationshipRecord[][]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.runner.read(async (tx) => {
      const rows = await tx.run(RELATIONSHIPS_OF, { ids: [...new Set(ids)], types: types ? [...types] : null });
      const byId = new Map<string, RelationshipRecord[]>();
      for (const row of rows) {
        const id = toText(row.get('id'), 'id');
        const list = byId.get(id) ?? [];
        list.push(relationshipFrom(row));
        byId.set(id, list);
      }
      return ids.map((id) => byId.get(id) ?? []);
    });
  }

  async searchCandidates(
    text: string,
    kinds: readonly NodeKindValue[] | undefined,
    limit: number,
  ): Promise<NodeRecord[]> {
    const query = luceneQuery(text);
    if (query === undefined || limit <= 0) return [];
    const rows = await this.runner.read((tx) =>
      tx.run(SEARCH_CANDIDATES, {
        query,
        labels: kinds ? labelsOf(kinds) : null,
        // LIMIT takes an INTEGER; a JS number would arrive as a FLOAT and be refused.
        candidates: toNeo4jInt(candidateCount(limit)),
      }),
    );
    return rankNodes(
      text,
      rows.map((r) => decodeNode(r.get('node') as Node)),
      limit,
    ).map((hit) => hit.node);
  }

  readGraph(scope: {
    nodeKinds?: readonly NodeKindValue[];
    relationshipTypes?: readonly RelationshipTypeValue[];
  }): Promise<Dataset> {
    const kinds = scope.nodeKinds ? NODE_KINDS.filter((k) => scope.nodeKinds!.includes(k)) : NODE_KINDS;
    const types = scope.relationshipTypes ? REL_TYPES.filter((t) => scope.relationshipTypes!.includes(t)) : REL_TYPES;
    const labels = scope.nodeKinds ? labelsOf(scope.nodeKinds) : null;
    return this.runner.read(async (tx) => {
      const nodes: NodeRecord[] = [];
      for (const kind of kinds) {
        for (const row of await tx.run(NODES_OF_KIND[kind])) nodes.push(decodeNode(row.get('n') as Node));
      }
      const relationships: RelationshipRecord[] = [];
      if (kinds.length > 0) {
        for (const type of types) {
          const rows = await tx.run(RELATIONSHIPS_OF_TYPE[type], { labels });
          for (const row of rows) relationships.push(relationshipFrom(row));
        }
      }
      return { nodes, relationships };
    });
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.runner.read((tx) => tx.run(STATS));
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

  async isEmpty(): Promise<boolean> {
    const [row] = await this.runner.read((tx) => tx.run(IS_EMPTY));
    return row?.get('empty') === true;
  }

  async write(batch: WriteBatch): Promise<void> {
    const plan = planWrite(batch);
    if (isEmptyPlan(plan)) return;
    await this.runner.write((tx) => applyPlan(tx, plan));
  }

  async replaceAll(dataset: Dataset): Promise<void> {
    const plan = planReplace(dataset);
    await this.runner.write(async (tx) => {
      await tx.run(DELETE_ALL);
      await applyPlan(tx, plan);
    });
  }

  close(): Promise<void> {
    return this.runner.close();
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
