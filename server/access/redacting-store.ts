/**
 * The one place redaction is enforced: a store decorator that makes nodes above the viewer's
 * clearance, and every tie touching them, not exist. Everything above the port (search,
 * neighbourhoods, paths, coordination, stats, exports) reads through it, so nothing can leak a
 * hidden case's id, name or count by another route.
 */
import { changeConcerns, type AuditEntry, type AuditPage, type RecordChange } from '../domain/audit.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import { compareByNameThenId, decodeCursor, encodeAuditCursor, encodeCursor } from '../store/cursor.js';
import { hiddenConflict, hiddenInUse } from './hidden-collision.js';
import { openAuditCursor, opaqueSeq, sealAuditCursor } from './opaque-audit.js';
import type {
  Dataset,
  EditView,
  GraphReader,
  GraphStats,
  GraphStore,
  Page,
  RelationshipTypeValue,
  WriteBatch,
} from '../store/port.js';
import { maySee, type Clearance } from './clearance.js';
import type { VicinityRequest } from '../graph/vicinity.js';

/** Only joint cases can be hidden, so only ties that can reach one need checking. */
const CASE_TIES: readonly RelationshipTypeValue[] = ['WORKS_ON', 'UNDER'];

export function redactingStore(inner: GraphStore, clearance: Clearance): GraphStore {
  if (clearance === 'CONFIDENTIAL') return inner;
  const level = SENSITIVITIES.indexOf(clearance);

  /** The entry as the viewer may see it: hidden changes removed; undefined when nothing is left. */
  function visibleEntry(entry: AuditEntry, hidden: Set<string>, about?: string): AuditEntry | undefined {
    const shown = (c: RecordChange) => SENSITIVITIES.indexOf(c.sensitivity) <= level && !mentions(c, hidden);
    if (entry.concerns && entry.changes.length === 0) {
      // An entry without changes (a review decision): shown whole, or not at all.
      const { ids, sensitivity } = entry.concerns;
      if (SENSITIVITIES.indexOf(sensitivity) > level || ids.some((id) => hidden.has(id))) return undefined;
      return about === undefined || ids.includes(about) ? entry : undefined;
    }
    const changes = entry.changes.filter(shown);
    if (about !== undefined && !changes.some((c) => changeConcerns(c, about))) return undefined;
    if (changes.length === entry.changes.length) return entry;
    if (changes.length === 0) return undefined;
    // The comment and summary were written about the whole edit, hidden part included.
    const { comment: _comment, ...rest } = entry;
    return {
      ...rest,
      changes,
      subjects: entry.subjects.filter((id) => !hidden.has(id)),
      summary: `${entry.action.toLowerCase().replace(/_/g, ' ')}: ${changes.length} change(s)`,
    };
  }

  /** The entry with its number replaced by an opaque id (see opaque-audit.ts). */
  function withOpaqueSeq(entry: AuditEntry): AuditEntry {
    return { ...entry, seq: opaqueSeq(entry.seq, entry.at) };
  }

  async function auditPage(
    read: (page: { first: number; after?: string }) => Promise<AuditPage>,
    page: { first: number; after?: string },
    about?: string,
  ): Promise<AuditPage> {
    const items: AuditEntry[] = [];
    // Clients hold sealed cursors; the store reads its own.
    let after = page.after === undefined ? undefined : encodeAuditCursor(openAuditCursor(page.after));
    let more = false;
    for (;;) {
      const got = await read({ first: Math.max(page.first * 2, 20), after });
      const ids = new Set(got.items.flatMap((e) => [...e.changes.flatMap(mentioned), ...(e.concerns?.ids ?? [])]));
      const hidden = await hiddenAmong(ids);
      for (const entry of got.items) {
        const shown = visibleEntry(entry, hidden, about);
        if (!shown) continue;
        if (items.length === page.first) {
          more = true;
          break;
        }
        items.push(shown);
      }
      if (more || got.endCursor === undefined) break;
      after = got.endCursor;
    }
    const last = items.at(-1);
    return { items: items.map(withOpaqueSeq), endCursor: more && last ? sealAuditCursor(last.seq) : undefined };
  }

  /** Refuses a plan that would touch what the viewer may not see, as if it did not exist. */
  async function guard(view: EditView, batch: WriteBatch): Promise<void> {
    for (const node of batch.upsertNodes ?? []) {
      if (!maySee(clearance, node)) {
        throw ValidationError.of([
          { field: 'sensitivity', code: 'NOT_ALLOWED', message: `must not be above your clearance (${clearance})` },
        ]);
      }
    }
    const touched = [
      ...(batch.deleteNodes ?? []),
      ...(batch.upsertNodes ?? []).map((n) => n.id),
      ...(batch.upsertRelationships ?? []).flatMap((r) => [r.start, r.end]),
      ...(batch.deleteRelationships ?? []).flatMap((id) => id.split(':').slice(1)),
    ];
    const nodes = await view.getNodes([...new Set(touched)]);
    const hidden = nodes.find((n) => n !== null && !maySee(clearance, n));
    if (hidden) throw new NotFoundError(`no node has the id '${hidden.id}'`, 'id');
    await guardHiddenTies(view, batch);
    await guardHiddenReferences(view, batch, nodes);
  }

  /** A deleted node (a deletion, the duplicate of a merge) must not leave a hidden tie behind. */
  async function guardHiddenTies(view: EditView, batch: WriteBatch): Promise<void> {
    const deleted = batch.deleteNodes ?? [];
    if (!deleted.length) return;
    const ties = (await view.relationshipsOf(deleted, CASE_TIES)).flat();
    const gone = new Set(batch.deleteRelationships ?? []);
    const ends = await view.getNodes([...new Set(ties.flatMap((t) => [t.start, t.end]))]);
    const hiddenIds = new Set(ends.flatMap((n) => (n && !maySee(clearance, n) ? [n.id] : [])));
    if (ties.some((t) => !gone.has(t.id) && (hiddenIds.has(t.start) || hiddenIds.has(t.end)))) throw hiddenConflict();
  }

  /**
   * The write service checks that no record still cites a deleted source or uses a removed country
   * code, but it sees only what the viewer sees: hidden cases and their ties are checked here.
   */
  async function guardHiddenReferences(view: EditView, batch: WriteBatch, before: (NodeRecord | null)[]) {
    const byId = new Map(before.flatMap((n) => (n ? [[n.id, n] as const] : [])));
    const upserted = new Map((batch.upsertNodes ?? []).map((n) => [n.id, n]));
    const goneSources = new Set<string>();
    const goneCodes = new Set<string>();
    for (const [id, node] of byId) {
      const now = upserted.get(id);
      const deleted = (batch.deleteNodes ?? []).includes(id) && !now;
      if (node.nodeKind === 'SOURCE' && (deleted || (now && now.nodeKind !== 'SOURCE'))) goneSources.add(id);
      if (node.nodeKind === 'COUNTRY' && (deleted || now?.nodeKind !== 'COUNTRY' || now.code !== node.code)) {
        goneCodes.add(node.code);
      }
    }
    if (!goneSources.size && !goneCodes.size) return;
    const cases = (await view.readGraph({ nodeKinds: ['JOINT_CASE'], relationshipTypes: [] })).nodes.filter(
      (n) => !maySee(clearance, n),
    );
    const ties = (await view.relationshipsOf(cases.map((c) => c.id))).flat();
    const uses = [...cases, ...ties].some(
      (r) =>
        r.sources.some((c) => goneSources.has(c.source)) ||
        ('nodeKind' in r && r.nodeKind === 'JOINT_CASE' && r.jurisdictions.some((code) => goneCodes.has(code))),
    );
    if (uses) throw hiddenInUse();
  }

  const reader = redactingReader(inner, clearance);
  return {
    name: inner.name,
    ...reader,
    edit: async (work) => {
      const outcome = await inner.edit(async (view) => {
        const plan = await work({ ...redactingReader(view, clearance), takenIds: (ids) => view.takenIds(ids) });
        await guard(view, plan.batch);
        return plan;
      });
      return outcome.entry ? { ...outcome, entry: withOpaqueSeq(outcome.entry) } : outcome;
    },
    history: (id, page) => auditPage((p) => inner.history(id, p), page, id),
    recentChanges: (page) => auditPage((p) => inner.recentChanges(p), page),
    async note(draft) {
      const concerns = draft.concerns;
      if (concerns && SENSITIVITIES.indexOf(concerns.sensitivity) > level) {
        throw new NotFoundError('no such proposal', 'proposal');
      }
      const hidden = await hiddenAmong(concerns?.ids ?? []);
      if (hidden.size) throw new NotFoundError(`no node has the id '${[...hidden][0]!}'`, 'id');
      return inner.note(draft);
    },
    isEmpty: () => inner.isEmpty(),
    revision: () => inner.revision(),
    write: (batch: WriteBatch) => inner.write(batch),
    replaceAll: (dataset, audit) => inner.replaceAll(dataset, audit),
    close: () => inner.close(),
  };

  async function hiddenAmong(ids: Iterable<string>): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const nodes = await inner.getNodes(unique);
    return new Set(unique.filter((_id, i) => nodes[i] && !maySee(clearance, nodes[i]!)));
  }
}

/** Node ids a change names: the node, or both ends of the tie. */
function mentioned(change: RecordChange): string[] {
  if (change.itemKind === 'NODE') return [change.id];
  const rel = change.after ?? change.before;
  return rel ? [rel.start, rel.end] : [];
}

function mentions(change: RecordChange, hidden: Set<string>): boolean {
  return mentioned(change).some((id) => hidden.has(id));
}

/** The read side of the port as a viewer with this clearance sees it. */
export function redactingReader(inner: GraphReader, clearance: Clearance): GraphReader {
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

  /** Sensitivities above the clearance: a store reading a vicinity leaves such cases out itself. */
  const hiddenSensitivities = SENSITIVITIES.slice(SENSITIVITIES.indexOf(clearance) + 1);

  return {
    async getNodes(ids) {
      return (await inner.getNodes(ids)).map((n) => (visible(n) ? n : null));
    },
    // Forwarded only when the store has it; the store applies the clearance inside its one query.
    ...(inner.vicinity && {
      vicinity: (request: VicinityRequest) => inner.vicinity!({ ...request, hiddenSensitivities }),
    }),
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
      const ends: string[] = [];
      for (const list of lists) for (const r of list) if (CASE_TIES.includes(r.type)) ends.push(r.start, r.end);
      const hidden = await hiddenAmong([...ids, ...ends]);
      // Nothing hidden (most reads): the lists as they are, not copied tie by tie.
      if (!hidden.size) return lists;
      return lists.map((list, i) =>
        hidden.has(ids[i]!) ? [] : list.filter((r) => !hidden.has(r.start) && !hidden.has(r.end)),
      );
    },
    async searchCandidates(text, kinds, limit) {
      // Redact before limiting: widen the ask until `limit` visible candidates are found or the
      // store has no more, so hidden cases never crowd visible results out.
      for (let ask = limit * 2; ; ask *= 4) {
        const got = await inner.searchCandidates(text, kinds, ask);
        const shown = got.filter(visible);
        if (shown.length >= limit || got.length < ask) return shown.slice(0, limit);
      }
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
    async versionsOf(ids) {
      const [versions, nodes] = await Promise.all([
        inner.versionsOf(ids),
        hiddenAmong(ids.flatMap((id) => (id.includes(':') ? id.split(':').slice(1) : [id]))),
      ]);
      return ids.map((id, i) => {
        const ends = id.includes(':') ? id.split(':').slice(1) : [id];
        return ends.some((end) => nodes.has(end)) ? null : (versions[i] ?? null);
      });
    },
  };
}
