/**
 * Full-text search and version counting on a real Neo4j: long and odd search words that Lucene
 * turns into large automata, and versions bumped by writers that do not go through `edit` (which
 * serialises on the audit log) while others write the same records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.js';
import { smallWorld, tie } from '../fixtures/builders.js';
import { tempStore, type TempStore } from '../fixtures/temp-store.js';

let temp: TempStore;
let store: GraphStore;
beforeAll(async () => {
  temp = await tempStore(smallWorld());
  store = temp.store;
});
afterAll(() => temp.dispose());

describe('search on Neo4j', () => {
  it('answers long words, long texts and typo-laden words without a Lucene error', async () => {
    const texts = [
      'internationalorganizationformigrationandthesocialdevelopmentministry',
      'a'.repeat(199),
      // Many distinct letters: the fuzzy automaton of such a word is what Lucene finds too complex.
      Array.from({ length: 190 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7) % 26]).join(''),
      'qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm mnbvcxzlkjhgfdsapoiuytrewq',
      'Ministry of Social Development and Human Security '.repeat(6),
      'Departmentofspecialinvestigaton',
      'ศูนย์ปฏิบัติการป้องกันและปราบปรามการค้ามนุษย์แห่งชาติ'.repeat(3),
    ];
    for (const text of texts) {
      await expect(store.searchCandidates(text, undefined, 20), text.slice(0, 40)).resolves.toBeInstanceOf(Array);
    }
  });

  it('still finds a name from a long word typed with a typo', async () => {
    const found = await store.searchCandidates('Departmant of Special Investigation', undefined, 5);
    expect(found.map((n) => n.id)).toContain('dsi');
  });
});

describe('versions under concurrent writers', () => {
  it('counts every one of many simultaneous writes of one node and one tie', async () => {
    const before = await store.versionsOf(['dsi']);
    const node = (await store.getNodes(['dsi']))[0]!;
    const writers = 24;
    await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        store.write({ upsertNodes: [{ ...node, description: `write ${i}` } as typeof node] }),
      ),
    );
    expect(await store.versionsOf(['dsi'])).toEqual([before[0]! + writers]);

    const rel = tie('PART_OF', 'dsi', 'moj');
    const [relBefore] = await store.versionsOf([rel.id]);
    await Promise.all(Array.from({ length: writers }, () => store.write({ upsertRelationships: [rel] })));
    expect(await store.versionsOf([rel.id])).toEqual([relBefore! + writers]);
  });
});
