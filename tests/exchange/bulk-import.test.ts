/**
 * A 5,000-row CSV with 3 bad rows: the dry run names exactly those rows and fields, the apply
 * refuses and writes nothing, and once the rows are fixed the apply writes all 5,000 in one write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditingService } from '../../server/editing/service.js';
import { importFiles, type ImportProgress } from '../../server/exchange/import-graph.js';
import type { GraphStore } from '../../server/store/port.js';
import { smallWorld } from '../fixtures/builders.js';
import { bulkOrganizationsCsv } from '../fixtures/bulk-csv.js';
import { tempStore } from '../fixtures/temp-store.js';

const ROWS = 5000;
const BAD = {
  1201: (c: Record<string, string>) => (c.kind = 'AGENCY'),
  2502: (c: Record<string, string>) => (c.countryCode = 'XX'),
  4999: (c: Record<string, string>) => (c.sources = 'test-report|'),
};

let temp: Awaited<ReturnType<typeof tempStore>>;
let store: GraphStore;
beforeAll(async () => {
  temp = await tempStore(smallWorld());
  store = temp.store;
});
afterAll(() => temp.dispose());

const run = (content: string, dryRun: boolean, onProgress?: (p: ImportProgress) => void) =>
  importFiles(new EditingService(store, { actor: 'bulk' }), {
    format: 'CSV',
    files: [{ name: 'organizations.csv', content }],
    dryRun,
    onProgress,
  });

describe('importing 5,000 rows with 3 bad ones', () => {
  const bad = bulkOrganizationsCsv(ROWS, BAD);

  it('dry run: names exactly the 3 bad rows and their fields, and writes nothing', async () => {
    const phases = new Set<string>();
    const started = performance.now();
    const report = await run(bad, true, (p) => phases.add(p.phase));
    const ms = performance.now() - started;
    console.log(`dry run of ${ROWS} CSV rows: ${ms.toFixed(0)} ms`);
    expect(report.counts).toEqual({ create: ROWS - 3, update: 0, unchanged: 0, reject: 3 });
    const rejected = report.rows.filter((r) => r.outcome === 'REJECT');
    expect(rejected.map((r) => [r.file, r.row, r.id, r.problems.map((p) => [p.field, p.code])])).toEqual([
      ['organizations.csv', 1201, 'bulk-1200', [['kind', 'INVALID_VALUE']]],
      ['organizations.csv', 2502, 'bulk-2501', [['countryCode', 'DANGLING_REFERENCE']]],
      ['organizations.csv', 4999, 'bulk-4998', [['sources.0.locator', 'REQUIRED']]],
    ]);
    expect([...phases]).toEqual(['read', 'check', 'done']);
    expect(await store.getNodes(['bulk-1'])).toEqual([null]);
  });

  it('apply: refuses while any row is rejected, and writes nothing at all', async () => {
    const report = await run(bad, false);
    expect(report.applied).toBe(false);
    expect(report.counts.reject).toBe(3);
    expect((await store.stats()).nodes.ORGANIZATION).toBe(6);
    expect((await store.recentChanges({ first: 1 })).items).toEqual([]);
  });

  it('apply after fixing the rows: all 5,000 in one write with one audit entry', async () => {
    const started = performance.now();
    const report = await run(bulkOrganizationsCsv(ROWS), false);
    console.log(`apply of ${ROWS} CSV rows: ${(performance.now() - started).toFixed(0)} ms`);
    expect(report.applied).toBe(true);
    expect(report.counts).toEqual({ create: ROWS, update: 0, unchanged: 0, reject: 0 });
    expect((await store.stats()).nodes.ORGANIZATION).toBe(6 + ROWS);
    expect((await store.stats()).relationships.BASED_IN).toBe(5 + ROWS);
    const feed = (await store.recentChanges({ first: 5 })).items;
    expect(feed).toHaveLength(1);
    expect(feed[0]).toMatchObject({ action: 'IMPORT', actor: 'bulk' });
    expect(feed[0]!.changes).toHaveLength(2 * ROWS);
    expect(report.entry).toEqual(feed[0]);
  });
});
