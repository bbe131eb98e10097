/**
 * A change being prepared inside an edit: records read through the edit's view, the new state of
 * each record touched, and from them the store batch, the audit changes (each record before and
 * after) and the integrity problems of the state the change would leave. Every edit (mutations,
 * merges, imports) is built on one, so the rules are checked the same way wherever a fact enters.
 */
import { type RecordChange, type SensitivityValue } from '../domain/audit.js';
import { ConflictError, NotFoundError } from '../domain/errors.js';
import { nodeIssues, relationshipIssues, type IntegrityIssue } from '../domain/integrity.js';
import type { CountryRecord, NodeRecord, RelationshipRecord } from '../domain/records.js';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import type { Dataset, EditView, WriteBatch } from '../store/port.js';

export class ChangeSet {
  private readonly nodesBefore = new Map<string, NodeRecord | null>();
  private readonly nodesNow = new Map<string, NodeRecord | null>();
  private readonly relsBefore = new Map<string, RelationshipRecord | null>();
  private readonly relsNow = new Map<string, RelationshipRecord | null>();
  /** Nodes whose ties have all been read into relsBefore. */
  private readonly tiesLoaded = new Set<string>();
  private storedCountries: CountryRecord[] | undefined;
  /** Countries this change writes or removes (null), so countries() need not scan every change. */
  private readonly countriesNow = new Map<string, CountryRecord | null>();
  /** Node id → ids of the ties read or written that touch it. */
  private readonly tieIndex = new Map<string, Set<string>>();
  private readonly claimed = new Set<string>();

  constructor(readonly view: EditView) {}

  /** Reads nodes not read yet. */
  async loadNodes(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.nodesBefore.has(id));
    if (!missing.length) return;
    const found = await this.view.getNodes(missing);
    missing.forEach((id, i) => this.nodesBefore.set(id, found[i] ?? null));
  }

  /** Reads every tie of these nodes not read yet. */
  async loadTies(ids: Iterable<string>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.tiesLoaded.has(id));
    if (!missing.length) return;
    const lists = await this.view.relationshipsOf(missing);
    for (const list of lists) {
      for (const rel of list) {
        if (this.relsBefore.has(rel.id)) continue;
        this.relsBefore.set(rel.id, rel);
        this.index(rel);
      }
    }
    for (const id of missing) this.tiesLoaded.add(id);
  }

  /** A node as the change leaves it (null when absent). */
  async node(id: string): Promise<NodeRecord | null> {
    await this.loadNodes([id]);
    return this.nodesNow.has(id) ? this.nodesNow.get(id)! : this.nodesBefore.get(id)!;
  }

  async nodes(ids: Iterable<string>): Promise<Map<string, NodeRecord>> {
    const list = [...new Set(ids)];
    await this.loadNodes(list);
    const out = new Map<string, NodeRecord>();
    for (const id of list) {
      const node = this.nodesNow.has(id) ? this.nodesNow.get(id)! : this.nodesBefore.get(id)!;
      if (node) out.set(id, node);
    }
    return out;
  }

  /** A node as it was before the change. */
  async nodeBefore(id: string): Promise<NodeRecord | null> {
    await this.loadNodes([id]);
    return this.nodesBefore.get(id)!;
  }

  async putNode(node: NodeRecord): Promise<void> {
    await this.loadNodes([node.id]);
    this.nodesNow.set(node.id, node);
    this.noteCountry(node.id, node);
  }

  private noteCountry(id: string, node: NodeRecord | null): void {
    const before = this.nodesBefore.get(id);
    if (node?.nodeKind === 'COUNTRY') this.countriesNow.set(id, node);
    else if (before?.nodeKind === 'COUNTRY' || this.countriesNow.has(id)) this.countriesNow.set(id, null);
  }

  private index(rel: RelationshipRecord): void {
    for (const end of [rel.start, rel.end]) {
      const ids = this.tieIndex.get(end);
      if (ids) ids.add(rel.id);
      else this.tieIndex.set(end, new Set([rel.id]));
    }
  }

  /** Removes a node and every tie touching it. */
  async removeNode(id: string): Promise<RelationshipRecord[]> {
    const ties = await this.tiesOf(id);
    for (const tie of ties) this.relsNow.set(tie.id, null);
    await this.loadNodes([id]);
    this.nodesNow.set(id, null);
    this.noteCountry(id, null);
    return ties;
  }

  /** A tie as it was before the change. */
  async relationshipBefore(id: string): Promise<RelationshipRecord | null> {
    const start = id.split(':')[1];
    if (start) await this.loadTies([start]);
    return this.relsBefore.get(id) ?? null;
  }

  /** Forgets every change made so far, keeping what was read (an import re-plans without rejected rows). */
  reset(): void {
    this.nodesNow.clear();
    this.relsNow.clear();
    this.claimed.clear();
    this.countriesNow.clear();
  }

  /** A tie as the change leaves it. */
  async relationship(id: string): Promise<RelationshipRecord | null> {
    if (this.relsNow.has(id)) return this.relsNow.get(id)!;
    const start = id.split(':')[1];
    if (start) await this.loadTies([start]);
    return this.relsBefore.get(id) ?? null;
  }

  /** The ties of a node as the change leaves them, by type then id. */
  async tiesOf(id: string): Promise<RelationshipRecord[]> {
    await this.loadTies([id]);
    const ties: RelationshipRecord[] = [];
    for (const relId of this.tieIndex.get(id) ?? []) {
      const rel = this.relsNow.has(relId) ? this.relsNow.get(relId)! : (this.relsBefore.get(relId) ?? null);
      if (rel && (rel.start === id || rel.end === id)) ties.push(rel);
    }
    return ties.sort((a, b) => (a.type + a.id < b.type + b.id ? -1 : 1));
  }

  async putRelationship(rel: RelationshipRecord): Promise<void> {
    await this.relationship(rel.id);
    this.relsNow.set(rel.id, rel);
    this.index(rel);
  }

  async removeRelationship(id: string): Promise<void> {
    await this.relationship(id);
    this.relsNow.set(id, null);
  }

  /** Reserves an id for a node this change will create, so no other new node takes it. */
  claim(id: string): void {
    this.claimed.add(id);
  }

  /** Whether this change already holds the id for a node of its own. */
  claims(id: string): boolean {
    return this.claimed.has(id) || !!this.nodesNow.get(id);
  }

  /** Throws NotFound for an absent record, Conflict for a version other than the current one. */
  async expectVersion(id: string, expected: number, notFound: string): Promise<void> {
    const [version] = await this.view.versionsOf([id]);
    if (version === null || version === undefined) throw new NotFoundError(notFound, 'id');
    if (version !== expected) {
      throw new ConflictError(
        `'${id}' is at version ${version}, but this change was made from version ${expected}: ` +
          'reload it and make the change again',
        'expectedVersion',
      );
    }
  }

  /** Node changes that change something: before and after differ. */
  nodeChanges(): { id: string; before: NodeRecord | null; after: NodeRecord | null }[] {
    return [...this.nodesNow]
      .map(([id, after]) => ({ id, before: this.nodesBefore.get(id) ?? null, after }))
      .filter((c) => !sameRecord(c.before, c.after));
  }

  relationshipChanges(): { id: string; before: RelationshipRecord | null; after: RelationshipRecord | null }[] {
    return [...this.relsNow]
      .map(([id, after]) => ({ id, before: this.relsBefore.get(id) ?? null, after }))
      .filter((c) => !sameRecord(c.before, c.after));
  }

  /** The store batch: deletions of what existed, upserts of what is new or different. */
  batch(): WriteBatch {
    const nodes = this.nodeChanges();
    const rels = this.relationshipChanges();
    return {
      deleteRelationships: rels.filter((c) => c.before && !c.after).map((c) => c.id),
      deleteNodes: nodes.filter((c) => c.before && !c.after).map((c) => c.id),
      upsertNodes: nodes.flatMap((c) => (c.after ? [c.after] : [])),
      upsertRelationships: rels.flatMap((c) => (c.after ? [c.after] : [])),
    };
  }

  /** The audit entry's changes, each with the highest sensitivity it touched. */
  async recordChanges(): Promise<RecordChange[]> {
    const nodes = this.nodeChanges();
    const rels = this.relationshipChanges();
    const ends = rels.flatMap((c) => {
      const r = (c.after ?? c.before)!;
      return [r.start, r.end];
    });
    await this.loadNodes(ends);
    const levelOf = (id: string) =>
      Math.max(level(this.nodesBefore.get(id) ?? null), level(this.nodesNow.get(id) ?? null));
    const changes: RecordChange[] = nodes.map((c) => ({
      itemKind: 'NODE',
      id: c.id,
      operation: c.before ? (c.after ? 'UPDATE' : 'DELETE') : 'CREATE',
      sensitivity: SENSITIVITIES[Math.max(level(c.before), level(c.after))]!,
      ...(c.before ? { before: c.before } : {}),
      ...(c.after ? { after: c.after } : {}),
    }));
    for (const c of rels) {
      const r = (c.after ?? c.before)!;
      changes.push({
        itemKind: 'RELATIONSHIP',
        id: c.id,
        operation: c.before ? (c.after ? 'UPDATE' : 'DELETE') : 'CREATE',
        sensitivity: SENSITIVITIES[Math.max(levelOf(r.start), levelOf(r.end))]!,
        ...(c.before ? { before: c.before } : {}),
        ...(c.after ? { after: c.after } : {}),
      });
    }
    return changes;
  }

  /**
   * The integrity problems of the records the change writes, in the state it leaves: ties join
   * existing nodes of the kinds their type allows, citations name source documents, country codes
   * name countries. Also what the change breaks elsewhere: a source still cited, a country code
   * still used, after the source or country is deleted or recoded.
   */
  async integrityIssues(): Promise<IntegrityIssue[]> {
    const nodes = this.nodeChanges().flatMap((c) => (c.after ? [c.after] : []));
    const rels = this.relationshipChanges().flatMap((c) => (c.after ? [c.after] : []));
    const referenced = [
      ...nodes.flatMap((n) => n.sources.map((s) => s.source)),
      ...rels.flatMap((r) => [r.start, r.end, ...r.sources.map((s) => s.source)]),
    ];
    const lookup = await this.nodes(referenced);
    const usesCodes = nodes.some(
      (n) =>
        ((n.nodeKind === 'ORGANIZATION' || n.nodeKind === 'MEETING') && n.countryCode) || n.nodeKind === 'JOINT_CASE',
    );
    const codes = usesCodes ? await this.countryCodes() : new Set<string>();
    return [
      ...nodes.flatMap((n) => nodeIssues(n, lookup, codes)),
      ...rels.flatMap((r) => relationshipIssues(r, lookup)),
      ...(await this.brokenReferences()),
    ];
  }

  /** The countries the change leaves. */
  async countries(): Promise<CountryRecord[]> {
    this.storedCountries ??= (await this.view.listNodes('COUNTRY', { first: 100_000 })).items.filter(
      (n): n is CountryRecord => n.nodeKind === 'COUNTRY',
    );
    const byId = new Map(this.storedCountries.map((c) => [c.id, c]));
    for (const [id, node] of this.countriesNow) {
      if (node) byId.set(id, node);
      else byId.delete(id);
    }
    return [...byId.values()];
  }

  /** Codes of the countries the change leaves. */
  async countryCodes(): Promise<Set<string>> {
    return new Set((await this.countries()).map((c) => c.code));
  }

  private async brokenReferences(): Promise<IntegrityIssue[]> {
    const changes = this.nodeChanges();
    const goneSources = new Set(
      changes.filter((c) => c.before?.nodeKind === 'SOURCE' && c.after?.nodeKind !== 'SOURCE').map((c) => c.id),
    );
    const goneCodes = new Map<string, string>();
    for (const c of changes) {
      if (c.before?.nodeKind !== 'COUNTRY') continue;
      const now = c.after?.nodeKind === 'COUNTRY' ? c.after.code : undefined;
      if (now !== c.before.code) goneCodes.set(c.before.code, c.id);
    }
    if (!goneSources.size && !goneCodes.size) return [];
    const codes = await this.countryCodes();
    for (const code of [...goneCodes.keys()]) if (codes.has(code)) goneCodes.delete(code);
    const users = new Map<string, string[]>();
    const use = (target: string, by: string) => users.set(target, [...(users.get(target) ?? []), by]);
    const state = await this.finalState();
    for (const rec of [...state.nodes, ...state.relationships]) {
      for (const s of rec.sources) if (goneSources.has(s.source) && s.source !== rec.id) use(s.source, rec.id);
      if (!('nodeKind' in rec)) continue;
      const recordCodes =
        rec.nodeKind === 'JOINT_CASE'
          ? rec.jurisdictions
          : (rec.nodeKind === 'ORGANIZATION' || rec.nodeKind === 'MEETING') && rec.countryCode
            ? [rec.countryCode]
            : [];
      for (const code of recordCodes) {
        const country = goneCodes.get(code);
        if (country) use(country, rec.id);
      }
    }
    return [...users].map(([id, by]) => {
      const what = goneSources.has(id) ? 'cited by' : 'its code is used by';
      const names = [...new Set(by)];
      const list = names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
      return {
        id,
        field: goneSources.has(id) ? 'id' : 'code',
        code: 'IN_USE' as const,
        message: `${what} ${list}: change or remove those first`,
      };
    });
  }

  /** The whole graph as the change leaves it (read only when a deletion needs it). */
  private async finalState(): Promise<Dataset> {
    const graph = await this.view.readGraph({});
    const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
    for (const [id, n] of this.nodesNow) {
      if (n) nodes.set(id, n);
      else nodes.delete(id);
    }
    const rels = new Map(graph.relationships.map((r) => [r.id, r]));
    for (const [id, r] of this.relsNow) {
      if (r) rels.set(id, r);
      else rels.delete(id);
    }
    return { nodes: [...nodes.values()], relationships: [...rels.values()] };
  }
}

function level(node: NodeRecord | null): number {
  if (node?.nodeKind !== 'JOINT_CASE') return 0;
  return SENSITIVITIES.indexOf(node.sensitivity as SensitivityValue);
}

/** Records compare by content, whatever order their keys were written in. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}
