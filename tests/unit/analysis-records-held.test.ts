/**
 * The analysis service holds the record index of only the last KEEP_RECORDS filters asked (each is
 * hundreds of MB on a national graph): an older filter's records are let go and built again, equal
 * to the first build, when asked again; the filters asked last keep theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactingStore } from '../../server/access/redacting-store.js';
import { AnalysisService } from '../../server/analysis/service.js';
import type { InstrumentIndex } from '../../server/analysis/instrument-index.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { tempStore, type TempStore } from '../fixtures/temp-store.js';

let temp: TempStore;
const service = new AnalysisService();
beforeAll(async () => {
  temp = await tempStore(syntheticWorld(200, 300));
});
afterAll(async () => {
  await service.close();
  await temp.dispose();
});

const ids = (index: InstrumentIndex) => index.entries.map((e) => e.instrument.id);

describe('record indexes held by the analysis service', () => {
  it('lets the oldest go beyond the last two filters, and builds it again alike', async () => {
    const viewer = redactingStore(temp.store, 'PUBLIC');
    const [p2014, p2016, p2018] = await Promise.all(
      ['2014', '2016', '2018'].map((from) => service.prepare(viewer, 'PUBLIC', { from })),
    );
    const first = await p2014!.records();
    expect(await p2014!.records()).toBe(first);
    const held2016 = await p2016!.records();
    const held2018 = await p2018!.records();
    // The two asked last keep theirs; the first was let go and is built again, the same index.
    expect(await p2018!.records()).toBe(held2018);
    expect(await p2016!.records()).toBe(held2016);
    const again = await p2014!.records();
    expect(again).not.toBe(first);
    expect(ids(again)).toEqual(ids(first));
    // Building 2014 again let the oldest held (2016) go.
    expect(await p2018!.records()).toBe(held2018);
    expect(await p2016!.records()).not.toBe(held2016);
  });
});
