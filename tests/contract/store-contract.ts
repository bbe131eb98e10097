/**
 * The store contract: what every GraphStore adapter must do. Run on the embedded store always
 * (embedded-store.test.ts) and on Neo4j when NEO4J_URI is set (neo4j-store.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditDraft } from '../../server/domain/audit.js';
import { ConflictError, NotFoundError, ValidationError } from '../../server/domain/errors.js';
import type { NodeRecord } from '../../server/domain/records.js';
import type { GraphStore } from '../../server/store/port.js';
import { redactingStore } from '../../server/access/redacting-store.js';
import { meeting, org, smallWorld, tie } from '../fixtures/builders.js';

export interface StoreHarness {
  /** A store over an empty graph of its own. */
  open(): Promise<GraphStore>;
  /** The same graph opened again, as after a restart (closing `store` first). */
  reopen(store: GraphStore): Promise<GraphStore>;
  /** Removes whatever `open` created. */
  dispose?(): Promise<void>;
}

export function describeStoreContract(name: string, harness: StoreHarness): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const world = smallWorld();

    beforeEach(async () => {
      store = await harness.open();
      await store.replaceAll(world);
    });
    afterEach(async () => {
      await store.close();
      await harness.dispose?.();
    });

    describe('reading nodes', () => {
      it('returns every field of every node exactly as written', async () => {
        const ids = world.nodes.map((n) => n.id);
        const read = await store.getNodes(ids);
        expect(read).toEqual(world.nodes);
      });

      it('answers in the order asked, with null for unknown ids', async () => {
        const read = await store.getNodes(['msdhs', 'nope', 'rtp']);
        expect(read.map((n) => n?.id ?? null)).toEqual(['msdhs', null, 'rtp']);
      });

      it('lists a kind by name, page by page, with a total', async () => {
        const first = await store.listNodes('ORGANIZATION', { first: 4 });
        expect(first.totalCount).toBe(6);
        expect(first.items.map((n) => n.name)).toEqual([
          'Department of Special Investigation',
          'International Organization for Migration',
          'Lao Police Department',
          'Ministry of Justice',
        ]);
        expect(first.endCursor).toBeDefined();
        const second = await store.listNodes('ORGANIZATION', { first: 4, after: first.endCursor });
        expect(second.items.map((n) => n.id)).toEqual(['msdhs', 'rtp']);
        expect(second.endCursor).toBeUndefined();
      });

      it('rejects a cursor it did not issue', async () => {
        await expect(store.listNodes('ORGANIZATION', { first: 2, after: 'garbage!' })).rejects.toBeInstanceOf(
          ValidationError,
        );
      });

      it('reports whether it holds anything', async () => {
        expect(await store.isEmpty()).toBe(false);
        await store.replaceAll({ nodes: [], relationships: [] });
        expect(await store.isEmpty()).toBe(true);
      });
    });

    describe('reading relationships', () => {
      it('gives each node its ties in both directions, by type then id', async () => {
        const [msdhs, unknown] = await store.relationshipsOf(['msdhs', 'nope']);
        expect(msdhs!.map((r) => r.id)).toEqual([
          'BASED_IN:msdhs:thailand',
          'PARTICIPATED_IN:msdhs:m-2013',
          'PARTICIPATED_IN:msdhs:m-2024',
          'PARTY_TO:msdhs:mou-th-la',
        ]);
        expect(unknown).toEqual([]);
        const [mou] = await store.relationshipsOf(['mou-th-la']);
        expect(mou!.map((r) => r.id)).toContain('UNDER:case-1:mou-th-la');
      });

      it('keeps roles, dates and sources of a tie', async () => {
        const [rels] = await store.relationshipsOf(['msdhs'], ['PARTY_TO']);
        expect(rels).toEqual([world.relationships.find((r) => r.id === 'PARTY_TO:msdhs:mou-th-la')]);
      });

      it('reads a scoped part of the graph', async () => {
        const part = await store.readGraph({
          nodeKinds: ['ORGANIZATION', 'MEETING'],
          relationshipTypes: ['PARTICIPATED_IN'],
        });
        expect(part.nodes.map((n) => n.nodeKind).sort()).toEqual([
          ...Array(2).fill('MEETING'),
          ...Array(6).fill('ORGANIZATION'),
        ]);
        expect(part.relationships).toHaveLength(5);
        const all = await store.readGraph({});
        expect(all.nodes).toHaveLength(world.nodes.length);
        expect(all.relationships).toHaveLength(world.relationships.length);
      });

      it('counts nodes by kind and relationships by type', async () => {
        const stats = await store.stats();
        expect(stats.nodes).toMatchObject({
          ORGANIZATION: 6,
          COUNTRY: 2,
          MEETING: 2,
          AGREEMENT: 1,
          JOINT_CASE: 1,
          SOURCE: 1,
        });
        expect(stats.relationships).toMatchObject({ PARTICIPATED_IN: 5, BASED_IN: 5, PART_OF: 1, UNDER: 2 });
      });
    });

    describe('search candidates', () => {
      const ids = (nodes: NodeRecord[]) => nodes.map((n) => n.id);

      it('finds by acronym, name, alias and local name, case- and accent-insensitively', async () => {
        expect(ids(await store.searchCandidates('dsi', undefined, 5))[0]).toBe('dsi');
        expect(ids(await store.searchCandidates('department of special', undefined, 5))[0]).toBe('dsi');
        expect(ids(await store.searchCandidates('MHDHS', undefined, 5))[0]).toBe('msdhs');
        expect(ids(await store.searchCandidates('departement de POLICE', undefined, 5))[0]).toBe('lao-police');
        expect(ids(await store.searchCandidates('กระทรวงการพัฒนาสังคม', undefined, 5))[0]).toBe('msdhs');
      });

      it('keeps to the kinds asked and the limit', async () => {
        expect(ids(await store.searchCandidates('lao', ['COUNTRY'], 5))).toEqual(['lao-pdr']);
        expect(await store.searchCandidates('i', undefined, 2)).toHaveLength(2);
      });
    });

    describeEditContract(name, harness, { get: () => store, set: (s) => (store = s) });

    describe('writing', () => {
      it('replaces a node whole on upsert', async () => {
        const renamed = org('iom', { name: 'IOM Thailand', kind: 'INTERNATIONAL_ORGANIZATION' });
        await store.write({ upsertNodes: [renamed] });
        const [read] = await store.getNodes(['iom']);
        expect(read).toEqual(renamed);
        expect(read).not.toHaveProperty('acronym');
      });

      it('adds nodes and ties together', async () => {
        await store.write({
          upsertNodes: [meeting('m-new', { startDate: '2025-01-02' })],
          upsertRelationships: [tie('PARTICIPATED_IN', 'iom', 'm-new', { role: 'ORGANIZER' })],
        });
        const [rels] = await store.relationshipsOf(['m-new']);
        expect(rels!.map((r) => [r.start, r.role])).toEqual([['iom', 'ORGANIZER']]);
      });

      it('removes a node with every tie touching it', async () => {
        await store.write({ deleteNodes: ['lao-police'] });
        expect(await store.getNodes(['lao-police'])).toEqual([null]);
        const [mou] = await store.relationshipsOf(['mou-th-la']);
        expect(mou!.some((r) => r.start === 'lao-police')).toBe(false);
      });

      it('removes a single tie', async () => {
        await store.write({ deleteRelationships: ['PART_OF:dsi:moj'] });
        const [dsi] = await store.relationshipsOf(['dsi']);
        expect(dsi!.map((r) => r.type)).toEqual(['BASED_IN']);
      });

      it('applies a batch whole or not at all', async () => {
        const before = await store.readGraph({});
        await expect(
          store.write({
            upsertNodes: [org('new-agency')],
            upsertRelationships: [tie('PART_OF', 'new-agency', 'no-such-parent')],
          }),
        ).rejects.toBeInstanceOf(NotFoundError);
        await expect(store.write({ deleteNodes: ['rtp', 'no-such-node'] })).rejects.toBeInstanceOf(NotFoundError);
        const after = await store.readGraph({});
        expect(sorted(after)).toEqual(sorted(before));
      });

      it('keeps what was written across a restart', async () => {
        await store.write({ upsertNodes: [org('after-restart', { name: 'Written before restart' })] });
        store = await harness.reopen(store);
        const [read] = await store.getNodes(['after-restart']);
        expect(read?.name).toBe('Written before restart');
        expect((await store.stats()).relationships.PARTICIPATED_IN).toBe(5);
      });
    });
  });
}

/** An audit draft for port-level tests (the write service builds real ones). */
function draft(summary: string, changes: AuditDraft['changes'] = []): AuditDraft {
  return { actor: 'tester', action: 'UPDATE_NODE', comment: 'because', summary, changes };
}

/** The store under test, as the enclosing suite holds it (a restart replaces it). */
interface Current {
  get(): GraphStore;
  set(store: GraphStore): void;
}

function describeEditContract(name: string, harness: StoreHarness, current: Current) {
  describe(`versions, edits and the audit trail: ${name}`, () => {
    const store = () => current.get();
    const renamedIom = () => org('iom', { name: 'IOM Thailand', kind: 'INTERNATIONAL_ORGANIZATION' });

    it('starts every record at version 1 and counts each write that replaces it', async () => {
      expect(await store().versionsOf(['rtp', 'PART_OF:dsi:moj', 'nope', 'PART_OF:dsi:nope', 'bad:id'])).toEqual([
        1,
        1,
        null,
        null,
        null,
      ]);
      await store().write({
        upsertNodes: [org('rtp', { name: 'RTP' })],
        upsertRelationships: [tie('PART_OF', 'dsi', 'moj')],
      });
      await store().write({ upsertNodes: [org('rtp', { name: 'RTP again' })] });
      expect(await store().versionsOf(['rtp', 'PART_OF:dsi:moj', 'dsi'])).toEqual([3, 2, 1]);
      // Deleted and made again: a new record, back at 1.
      await store().write({ deleteRelationships: ['PART_OF:dsi:moj'] });
      await store().write({ upsertRelationships: [tie('PART_OF', 'dsi', 'moj')] });
      expect(await store().versionsOf(['PART_OF:dsi:moj'])).toEqual([1]);
    });

    it('writes an edit and its audit entry together, numbered and timed by the store', async () => {
      const before = (await store().getNodes(['iom']))[0]!;
      const outcome = await store().edit(async (view) => {
        const [iom] = await view.getNodes(['iom']);
        expect(await view.versionsOf(['iom'])).toEqual([1]);
        return {
          batch: { upsertNodes: [renamedIom()] },
          audit: draft('renamed IOM', [
            {
              itemKind: 'NODE',
              id: 'iom',
              operation: 'UPDATE',
              sensitivity: 'PUBLIC',
              before: iom!,
              after: renamedIom(),
            },
          ]),
          result: 'done',
        };
      });
      expect(outcome.result).toBe('done');
      expect(outcome.entry).toMatchObject({
        actor: 'tester',
        comment: 'because',
        summary: 'renamed IOM',
        subjects: ['iom'],
      });
      expect(outcome.entry!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect((await store().getNodes(['iom']))[0]).toEqual(renamedIom());
      expect(await store().versionsOf(['iom'])).toEqual([2]);
      const [entry] = (await store().history('iom', { first: 5 })).items;
      expect(entry).toEqual(outcome.entry);
      expect(entry!.changes[0]).toMatchObject({ before, after: renamedIom() });
      expect((await store().recentChanges({ first: 1 })).items).toEqual([outcome.entry]);
    });

    it('writes nothing, neither change nor entry, when an edit fails', async () => {
      const graph = sorted(await store().readGraph({}));
      await expect(
        store().edit(async () => ({
          batch: { upsertNodes: [org('new-agency')], upsertRelationships: [tie('PART_OF', 'new-agency', 'nope')] },
          audit: draft('broken'),
          result: undefined,
        })),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        store().edit(async (view) => {
          await view.getNodes(['rtp']);
          throw new ValidationError('no', 'name');
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      const empty = await store().edit(async () => ({ batch: {}, audit: draft('nothing'), result: 1 }));
      expect(empty.entry).toBeUndefined();
      expect(sorted(await store().readGraph({}))).toEqual(graph);
      expect((await store().recentChanges({ first: 10 })).items).toEqual([]);
    });

    it('refuses an edit deleting a node whose ties it does not delete too', async () => {
      await expect(
        store().edit(async () => ({ batch: { deleteNodes: ['dsi'] }, audit: draft('x'), result: 0 })),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await store().getNodes(['dsi'])).not.toEqual([null]);
      await store().edit(async () => ({
        batch: { deleteRelationships: ['PART_OF:dsi:moj', 'BASED_IN:dsi:thailand'], deleteNodes: ['dsi'] },
        audit: draft('deleted dsi'),
        result: 0,
      }));
      expect(await store().getNodes(['dsi'])).toEqual([null]);
    });

    it('runs edits one at a time: concurrent read-modify-write edits lose no update', async () => {
      const bump = () =>
        store().edit(async (view) => {
          const [m] = (await view.getNodes(['m-2024'])) as [ReturnType<typeof meeting>];
          const next = meeting('m-2024', { ...m, participantCount: (m.participantCount ?? 0) + 1 });
          return { batch: { upsertNodes: [next] }, audit: draft('one more'), result: next.participantCount };
        });
      const results = await Promise.all(Array.from({ length: 8 }, bump));
      expect([...results.map((r) => r.result)].sort((a, b) => a! - b!)).toEqual([41, 42, 43, 44, 45, 46, 47, 48]);
      const [m] = await store().getNodes(['m-2024']);
      expect(m).toMatchObject({ participantCount: 48 });
      expect(await store().versionsOf(['m-2024'])).toEqual([9]);
      const seqs = (await store().recentChanges({ first: 20 })).items.map((e) => e.seq);
      expect(seqs).toHaveLength(8);
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    });

    it('tells which ids are taken', async () => {
      await store().edit(async (view) => {
        expect([...(await view.takenIds(['rtp', 'nope', 'case-1']))].sort()).toEqual(['case-1', 'rtp']);
        return { batch: {}, audit: draft('-'), result: 0 };
      });
    });

    it('pages history and the feed newest first, finds a tie by its ends, keeps a deleted node history', async () => {
      const write = (summary: string, batch: Parameters<GraphStore['write']>[0], changes: AuditDraft['changes']) =>
        store().edit(async () => ({ batch, audit: draft(summary, changes), result: 0 }));
      const t = tie('PARTICIPATED_IN', 'dsi', 'm-2024', { role: 'PARTICIPANT' });
      await write('tie', { upsertRelationships: [t] }, [
        { itemKind: 'RELATIONSHIP', id: t.id, operation: 'CREATE', sensitivity: 'PUBLIC', after: t },
      ]);
      for (let i = 0; i < 3; i++) {
        const o = org('iom', { name: `IOM ${i}`, kind: 'INTERNATIONAL_ORGANIZATION' });
        await write(`iom ${i}`, { upsertNodes: [o] }, [
          { itemKind: 'NODE', id: 'iom', operation: 'UPDATE', sensitivity: 'PUBLIC', after: o },
        ]);
      }
      const first = await store().history('iom', { first: 2 });
      expect(first.items.map((e) => e.summary)).toEqual(['iom 2', 'iom 1']);
      const second = await store().history('iom', { first: 2, after: first.endCursor });
      expect(second.items.map((e) => e.summary)).toEqual(['iom 0']);
      expect(second.endCursor).toBeUndefined();
      expect((await store().history('dsi', { first: 5 })).items.map((e) => e.summary)).toEqual(['tie']);
      expect((await store().history('m-2024', { first: 5 })).items.map((e) => e.summary)).toEqual(['tie']);
      const feed = await store().recentChanges({ first: 3 });
      expect(feed.items.map((e) => e.summary)).toEqual(['iom 2', 'iom 1', 'iom 0']);
      expect((await store().recentChanges({ first: 3, after: feed.endCursor })).items.map((e) => e.summary)).toEqual([
        'tie',
      ]);
      await expect(store().history('iom', { first: 2, after: 'garbage!' })).rejects.toBeInstanceOf(ValidationError);
      const [iom] = await store().getNodes(['iom']);
      await write('gone', { deleteNodes: ['iom'], deleteRelationships: ['PARTICIPATED_IN:iom:m-2013'] }, [
        { itemKind: 'NODE', id: 'iom', operation: 'DELETE', sensitivity: 'PUBLIC', before: iom! },
      ]);
      expect((await store().history('iom', { first: 1 })).items[0]!.summary).toBe('gone');
    });

    it('keeps versions and the trail across a restart; replaceAll resets both, entry numbers still rising', async () => {
      const o = renamedIom();
      const { entry } = await store().edit(async () => ({
        batch: { upsertNodes: [o] },
        audit: draft('kept', [{ itemKind: 'NODE', id: 'iom', operation: 'UPDATE', sensitivity: 'PUBLIC', after: o }]),
        result: 0,
      }));
      current.set(await harness.reopen(store()));
      expect(await store().versionsOf(['iom'])).toEqual([2]);
      expect((await store().history('iom', { first: 5 })).items).toEqual([entry]);
      await store().replaceAll(smallWorld(), { actor: 'seed', action: 'RESET', summary: 'reset', changes: [] });
      expect(await store().versionsOf(['iom'])).toEqual([1]);
      const feed = (await store().recentChanges({ first: 5 })).items;
      expect(feed.map((e) => [e.action, e.summary])).toEqual([['RESET', 'reset']]);
      expect(feed[0]!.seq).toBeGreaterThan(entry!.seq);
      expect((await store().history('iom', { first: 5 })).items).toEqual([]);
    });

    it('records a note (a review decision) without touching the graph: numbered among edits, in history, kept', async () => {
      const graph = sorted(await store().readGraph({}));
      const versions = await store().versionsOf(['rtp', 'm-2024']);
      const { entry: edit } = await store().edit(async () => ({
        batch: { upsertNodes: [renamedIom()] },
        audit: draft('renamed', [
          { itemKind: 'NODE', id: 'iom', operation: 'UPDATE', sensitivity: 'PUBLIC', after: renamedIom() },
        ]),
        result: 0,
      }));
      const note = await store().note({
        actor: 'reviewer',
        action: 'REVIEW_DECISION',
        comment: 'not stated by the report',
        summary: 'rejected proposal p-7 (tie PARTICIPATED_IN RTP → meeting) from a report',
        changes: [],
        concerns: { ids: ['rtp', 'm-2024'], sensitivity: 'PUBLIC' },
      });
      expect(note).toMatchObject({ actor: 'reviewer', action: 'REVIEW_DECISION', changes: [] });
      expect(note.seq).toBeGreaterThan(edit!.seq);
      expect([...note.subjects].sort()).toEqual(['m-2024', 'rtp']);
      expect(sorted(await store().readGraph({}))).toEqual({
        ...graph,
        nodes: graph.nodes.map((n) => (n.id === 'iom' ? renamedIom() : n)),
      });
      expect(await store().versionsOf(['rtp', 'm-2024'])).toEqual(versions);
      expect((await store().recentChanges({ first: 5 })).items).toEqual([note, edit]);
      expect((await store().history('rtp', { first: 5 })).items).toEqual([note]);
      expect((await store().history('iom', { first: 5 })).items).toEqual([edit]);
      await expect(store().note({ ...draft('x'), concerns: undefined })).rejects.toThrow();
      current.set(await harness.reopen(store()));
      expect((await store().recentChanges({ first: 5 })).items).toEqual([note, edit]);
      expect((await store().history('m-2024', { first: 5 })).items).toEqual([note]);
    });

    it('hides a note about a case above the viewer’s clearance, like a change, and refuses one from them', async () => {
      const hiddenCase = { ...((await store().getNodes(['case-1']))[0] as NodeRecord), sensitivity: 'RESTRICTED' };
      await store().write({ upsertNodes: [hiddenCase as NodeRecord] });
      const about = (ids: string[], sensitivity: 'PUBLIC' | 'RESTRICTED') => ({
        actor: 'reviewer',
        action: 'REVIEW_DECISION' as const,
        comment: 'why',
        summary: `rejected a tie of ${ids.join(', ')}`,
        changes: [],
        concerns: { ids, sensitivity },
      });
      await store().note(about(['rtp', 'case-1'], 'RESTRICTED'));
      await store().note(about(['rtp', 'm-2024'], 'PUBLIC'));
      const publicView = redactingStore(store(), 'PUBLIC');
      const seen = (await publicView.recentChanges({ first: 10 })).items.map((e) => e.summary);
      expect(seen).toEqual(['rejected a tie of rtp, m-2024']);
      expect((await publicView.history('rtp', { first: 10 })).items.map((e) => e.summary)).toEqual(seen);
      const restrictedView = redactingStore(store(), 'RESTRICTED');
      expect((await restrictedView.history('rtp', { first: 10 })).items.map((e) => e.summary)).toEqual([
        'rejected a tie of rtp, m-2024',
        'rejected a tie of rtp, case-1',
      ]);
      await expect(publicView.note(about(['rtp', 'case-1'], 'PUBLIC'))).rejects.toBeInstanceOf(NotFoundError);
      await expect(publicView.note(about(['rtp'], 'RESTRICTED'))).rejects.toBeInstanceOf(NotFoundError);
      expect((await store().recentChanges({ first: 10 })).items).toHaveLength(2);
    });
  });
}

function sorted(d: { nodes: { id: string }[]; relationships: { id: string }[] }) {
  return {
    nodes: [...d.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    relationships: [...d.relationships].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
