/**
 * The one place redaction is enforced: a store decorator that makes nodes above the viewer's
 * clearance, and every tie touching them, not exist. Everything above the port (search,
 * neighbourhoods, paths, coordination, stats, exports) reads through it, so nothing can leak a
 * hidden case's id, name or count by another route.
 */
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import { compareByNameThenId, decodeCursor, encodeCursor } from '../store/cursor.js';
import type { Dataset, GraphStats, GraphStore, Page, RelationshipTypeValue, WriteBatch } from '../store/port.js';
import { maySee, type Clearance } from './clearance.js';

/** Only joint cases can be hidden, so only ties that can reach one need checking. */
const CASE_TIES: readonly RelationshipTypeValue[] = ['WORKS_ON', 'UNDER'];

export function redactingStore(inner: GraphStore, clearance: Clearance): GraphStore {
  if (clearance === 'CONFIDENTIAL') return inner;
  const visible = (n: NodeRecord | null): n is NodeRecord => n !== null && maySee(clearance, n);

  /** The ids among these that name hidden nodes. */
  async function hiddenAmong(ids: Iterable<string>): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const nodes = await inner.getNodes(unique);
    return new Set(unique.filter((_id, i) => nodes[i] && !maySee(clearance, nodes[i]!)));
  }

  async function visibleTies(rels: RelationshipRecord[]): Promise<RelationshipRecord[]> {
    const risky = rels.filter((r) => CASE_TIES.includes(r.type));
    if (!risky.length) return rels;
    const hidden = await hiddenAmong(risky.flatMap((r) => [r.start, r.end]));
    return rels.filter((r) => !hidden.has(r.start) && !hidden.has(r.end));
  }

  return {
    name: inner.name,
    async getNodes(ids) {
      return (await inner.getNodes(ids)).map((n) => (visible(n) ? n : null));
    },
    async listNodes(kind, page): Promise<Page<NodeRecord>> {
      if (kind !== 'JOINT_CASE') return inner.listNodes(kind, page);
      // Cases are few: read them all, drop the hidden ones, then page, so counts and cursors agree.
      const all = (await inner.listNodes(kind, { first: 1_000_000 })).items.filter(visible);
      const after = page.after === undefined ? undefined : decodeCursor(page.after);
      const from = after ? all.findIndex((n) => compareByNameThenId(n, after) > 0) : 0;
      const start = from === -1 ? all.length : from;
      const items = all.slice(start, start + page.first);
      const last = items.at(-1);
      return {
        items,
        totalCount: all.length,
        endCursor: last && start + items.length < all.length ? encodeCursor(last) : undefined,
      };
    },
    async relationshipsOf(ids, types) {
      const lists = await inner.relationshipsOf(ids, types);
      // One read decides both which asked-for nodes and which tie ends are hidden.
      const risky = lists.flat().filter((r) => CASE_TIES.includes(r.type));
      const hidden = await hiddenAmong([...ids, ...risky.flatMap((r) => [r.start, r.end])]);
      return lists.map((list, i) =>
        hidden.has(ids[i]!) ? [] : list.filter((r) => !hidden.has(r.start) && !hidden.has(r.end)),
      );
    },
    async searchCandidates(text, kinds, limit) {
      // Ask for more in case some are hidden; the ranker trims to the caller's limit.
      return (await inner.searchCandidates(text, kinds, limit * 2)).filter(visible).slice(0, limit);
    },
    async readGraph(scope): Promise<Dataset> {
      const graph = await inner.readGraph(scope);
      const nodes = graph.nodes.filter(visible);
      const hidden = new Set(graph.nodes.filter((n) => !maySee(clearance, n)).map((n) => n.id));
      const relationships = (await visibleTies(graph.relationships)).filter(
        (r) => !hidden.has(r.start) && !hidden.has(r.end),
      );
      return { nodes, relationships };
    },
    async stats(): Promise<GraphStats> {
      const stats = await inner.stats();
      const cases = await inner.readGraph({ nodeKinds: ['JOINT_CASE'], relationshipTypes: [] });
      const hidden = cases.nodes.filter((n) => !maySee(clearance, n)).map((n) => n.id);
      if (!hidden.length) return stats;
      stats.nodes.JOINT_CASE = (stats.nodes.JOINT_CASE ?? 0) - hidden.length;
      const seen = new Set<string>();
      for (const rel of (await inner.relationshipsOf(hidden)).flat()) {
        if (seen.has(rel.id)) continue;
        seen.add(rel.id);
        stats.relationships[rel.type] = (stats.relationships[rel.type] ?? 0) - 1;
      }
      return stats;
    },
    isEmpty: () => inner.isEmpty(),
    write: (batch: WriteBatch) => inner.write(batch),
    replaceAll: (dataset: Dataset) => inner.replaceAll(dataset),
    close: () => inner.close(),
  };
}
