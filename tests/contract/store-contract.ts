/**
 * The store contract: what every GraphStore adapter must do. Run on the embedded store always
 * (embedded-store.test.ts) and on Neo4j when NEO4J_URI is set (neo4j-store.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../../server/domain/errors.js';
import type { NodeRecord } from '../../server/domain/records.js';
import type { GraphStore } from '../../server/store/port.js';
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

function sorted(d: { nodes: { id: string }[]; relationships: { id: string }[] }) {
  return {
    nodes: [...d.nodes].sort((a, b) => a.id.localeCompare(b.id)),
    relationships: [...d.relationships].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
