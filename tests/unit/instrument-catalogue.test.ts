/**
 * The instrument catalogue gives every filter the index the record-based path gives
 * (loadInstrumentIndex, which reads the store's records through filter.ts): the same instruments
 * in the same order, the same organisations, countries and agreements on each, the same
 * organisations listed, and the same integer membership — on the seed and on a synthetic world,
 * under the filters the API takes, chosen at random.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCatalogue,
  indexOfSelection,
  membershipOfSelection,
  selectFilter,
  type Catalogue,
} from '../../server/analysis/catalogue.js';
import { seededRandom } from '../../server/analysis/compact/compact-graph.js';
import { membershipOf } from '../../server/analysis/compact/membership.js';
import {
  loadInstrumentIndex,
  readInstrumentGraph,
  type InstrumentIndex,
} from '../../server/analysis/instrument-index.js';
import type { OrganizationRecord } from '../../server/domain/records.js';
import { ORGANIZATION_KINDS, SECTORS, TOPICS } from '../../server/domain/vocabulary.js';
import type { GraphFilter } from '../../server/graph/filter.js';
import { loadSeed } from '../../server/seed/load.js';
import type { Dataset, GraphStore, NodeKindValue, RelationshipTypeValue } from '../../server/store/port.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { tempStore, type TempStore } from '../fixtures/temp-store.js';

/** An index in ids, comparable with toEqual. */
function plain(index: InstrumentIndex) {
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  return {
    entries: index.entries.map((e) => ({
      instrument: e.instrument.id,
      orgs: ids(e.orgs),
      countries: ids(e.countries),
      under: ids(e.under),
    })),
    organizations: ids(index.organizations),
    countries: ids(index.countries),
  };
}

const pickSome = <T>(random: () => number, xs: readonly T[]): T[] => xs.filter(() => random() < 0.4);

/** A filter as the API could be asked for it: each field present or not, at random. */
function randomFilter(random: () => number, codes: string[]): GraphFilter {
  const filter: GraphFilter = {};
  const sometimes = () => random() < 0.35;
  const year = () => 2008 + Math.floor(random() * 18);
  const date = () => {
    const y = year();
    const r = random();
    return r < 0.3
      ? `${y}`
      : r < 0.6
        ? `${y}-0${1 + Math.floor(random() * 9)}`
        : `${y}-03-${10 + Math.floor(random() * 19)}`;
  };
  if (sometimes())
    filter.nodeKinds = pickSome(random, ['AGREEMENT', 'MEETING', 'JOINT_CASE', 'ORGANIZATION'] as NodeKindValue[]);
  if (sometimes()) filter.organizationKinds = pickSome(random, ORGANIZATION_KINDS);
  if (sometimes()) filter.sectors = pickSome(random, SECTORS);
  if (sometimes())
    filter.relationshipTypes = pickSome(random, [
      'PARTY_TO',
      'PARTICIPATED_IN',
      'WORKS_ON',
      'UNDER',
    ] as RelationshipTypeValue[]);
  if (sometimes()) filter.topics = pickSome(random, TOPICS);
  if (sometimes()) filter.countries = pickSome(random, codes);
  if (sometimes()) filter.from = date();
  if (sometimes()) filter.until = date();
  if (random() < 0.2) filter.datedOnly = true;
  return filter;
}

function sameAsRecordPath(name: string, dataset: () => Promise<Dataset>, rounds: number) {
  describe(name, () => {
    let temp: TempStore;
    let store: GraphStore;
    let catalogue: Catalogue;
    let codes: string[];
    beforeAll(async () => {
      temp = await tempStore(await dataset());
      store = temp.store;
      catalogue = await buildCatalogue(await readInstrumentGraph(store));
      codes = catalogue.countries.map((c) => c.code);
    });
    afterAll(() => temp.dispose());

    const check = async (filter: GraphFilter, orgs?: (index: InstrumentIndex) => OrganizationRecord[]) => {
      const records = await loadInstrumentIndex(store, filter);
      const selection = await selectFilter(catalogue, filter);
      const index = await indexOfSelection(selection);
      expect(plain(index), JSON.stringify(filter)).toEqual(plain(records));
      const given = orgs?.(records);
      const expected = membershipOf(given ? { ...records, organizations: given } : records);
      const got = await membershipOfSelection(selection, given);
      expect(got.orgs.map((o) => o.id)).toEqual(expected.orgs.map((o) => o.id));
      expect(got.membership).toEqual(expected.membership);
      return records.entries.length;
    };

    it('gives the unfiltered index and its membership', async () => {
      await check({});
      expect(catalogue.instruments.length).toBeGreaterThan(10);
    });

    it('gives the same index as the records under random filters', async () => {
      const random = seededRandom(name.length * 7919);
      const sizes = new Set<number>();
      for (let round = 0; round < rounds; round++) sizes.add(await check(randomFilter(random, codes)));
      // The filters cut the index in many different ways, not all to nothing.
      expect(sizes.size).toBeGreaterThan(rounds / 4);
    });

    it('numbers the organisations it is given, as membershipOf does', async () => {
      // Period changes number two periods over the union of their organisations.
      await check({ from: '2020' }, (index) => index.organizations.filter((_, i) => i % 3 !== 0));
    });
  });
}

sameAsRecordPath('on the seed', () => loadSeed(), 40);
sameAsRecordPath('on a synthetic world', async () => syntheticWorld(300, 500, 11), 60);
