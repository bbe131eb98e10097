/**
 * The embedded store's search index, kept counts and revision follow every write: a renamed node
 * is found by its new name and no longer by its old one, a deleted node by neither, counts move
 * with each write and the revision changes with each one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.js';
import { country, org, smallWorld, tie } from '../fixtures/builders.js';
import { tempStore } from '../fixtures/temp-store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';

let store: GraphStore;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ store, dispose } = await tempStore(smallWorld()));
});
afterAll(() => dispose());

const ids = async (text: string) => (await store.searchCandidates(text, undefined, 5)).map((n) => n.id);

describe('embedded store index', () => {
  it('keeps search, counts and revision in step with writes', async () => {
    const before = await store.stats();
    const r0 = await store.revision();

    await store.write({ upsertNodes: [org('zz-bureau', { name: 'Quokka Anti-Trafficking Bureau' })] });
    const r1 = await store.revision();
    expect(r1).not.toBe(r0);
    expect(await ids('quokka bureau')).toContain('zz-bureau');
    expect(await ids('quoka')).toContain('zz-bureau');
    expect((await store.stats()).nodes.ORGANIZATION).toBe((before.nodes.ORGANIZATION ?? 0) + 1);

    await store.write({ upsertNodes: [org('zz-bureau', { name: 'Wombat Labour Office' })] });
    expect(await store.revision()).not.toBe(r1);
    expect(await ids('quokka bureau')).not.toContain('zz-bureau');
    expect(await ids('wombat')).toContain('zz-bureau');
    expect((await store.stats()).nodes.ORGANIZATION).toBe((before.nodes.ORGANIZATION ?? 0) + 1);

    await store.write({ deleteNodes: ['zz-bureau'] });
    expect(await ids('wombat')).not.toContain('zz-bureau');
    expect(await store.stats()).toEqual(before);
  });

  it('starts afresh after a reset, with a revision never seen before', async () => {
    const seen = await store.revision();
    await store.replaceAll({ nodes: [org('only-one', { name: 'Kiwi Police' })], relationships: [] });
    expect(await store.revision()).not.toBe(seen);
    expect(await ids('kiwi')).toEqual(['only-one']);
    expect(await store.stats()).toEqual({ nodes: { ORGANIZATION: 1 }, relationships: {} });
  });

  it('fills the search index in the background on open, and writes meanwhile count as they are now', async () => {
    // More nodes than one slice of the fill: an open answers before the index is whole.
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-index-fill-'));
    try {
      const first = EmbeddedStore.open(dir);
      const many = Array.from({ length: 12_000 }, (_, i) => org(`o-${i}`, { name: `Agency ${i} Numbat` }));
      await first.replaceAll({ nodes: many, relationships: [] });
      await first.close();
      const reopened = EmbeddedStore.open(dir);
      try {
        // Before the fill reaches them: one renamed, one deleted.
        await reopened.write({ upsertNodes: [org('o-11999', { name: 'Echidna Task Force' })] });
        await reopened.write({ deleteNodes: ['o-11998'] });
        const found = async (text: string) => (await reopened.searchCandidates(text, undefined, 5)).map((n) => n.id);
        expect(await found('echidna task force')).toEqual(['o-11999']);
        expect(await found('agency 11999 numbat')).not.toContain('o-11999');
        expect(await found('agency 11998 numbat')).not.toContain('o-11998');
        expect(await found('agency 11997 numbat')).toContain('o-11997');
        expect((await reopened.stats()).nodes.ORGANIZATION).toBe(11_999);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a busy node's ties in step with writes", async () => {
    // Enough ties that the store keeps the node's sorted list between reads.
    const orgs = Array.from({ length: 300 }, (_, i) => org(`b-${String(i).padStart(3, '0')}`, { countryCode: 'LA' }));
    await store.replaceAll({
      nodes: [country('laos', 'LA'), ...orgs],
      relationships: orgs.map((o) => tie('BASED_IN', o.id, 'laos')),
    });
    const ties = async () => (await store.relationshipsOf(['laos']))[0]!.map((r) => r.start);
    const first = await ties();
    expect(first).toHaveLength(300);
    // What a caller does with the list it got does not change what the next caller gets.
    (await store.relationshipsOf(['laos']))[0]!.length = 0;
    expect(await ties()).toEqual(first);
    await store.write({ deleteRelationships: [tie('BASED_IN', 'b-000', 'laos').id] });
    await store.write({
      upsertNodes: [org('b-new', { countryCode: 'LA' })],
      upsertRelationships: [tie('BASED_IN', 'b-new', 'laos')],
    });
    const after = await ties();
    expect(after).toHaveLength(300);
    expect(after).not.toContain('b-000');
    expect(after).toContain('b-new');
    expect((await store.relationshipsOf(['laos'], ['PARTY_TO']))[0]).toEqual([]);
  });
});
