/**
 * Import → export → import of the seed graph is lossless: the seed exported as JSON, imported into
 * an empty store, exported as CSV, imported into another empty store, gives back the same dataset,
 * record for record; and importing an export into the store it came from changes nothing.
 */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { EditingService } from '../../server/editing/service.js';
import { datasetOf, toCsvZip, toJson } from '../../server/exchange/export-graph.js';
import { importFiles } from '../../server/exchange/import-graph.js';
import { loadSeed } from '../../server/seed/load.js';
import type { Dataset } from '../../server/store/port.js';
import { tempStore } from '../fixtures/temp-store.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function store(dataset: Dataset) {
  const temp = await tempStore(dataset);
  cleanups.push(() => temp.dispose());
  return temp.store;
}

describe('exchange round trip of the seed graph', () => {
  it('JSON then CSV, through two empty stores, gives back every record unchanged', async () => {
    const seed = await loadSeed();
    const a = await store(seed);
    const original = await datasetOf(a);
    expect(original.nodes.length).toBeGreaterThan(200);

    const b = await store({ nodes: [], relationships: [] });
    const viaJson = await importFiles(new EditingService(b, { actor: 'test' }), {
      format: 'JSON',
      files: [{ name: 'seed.json', content: toJson(original) }],
      dryRun: false,
    });
    expect(viaJson.counts).toEqual({
      create: original.nodes.length + original.relationships.length,
      update: 0,
      unchanged: 0,
      reject: 0,
    });
    expect(viaJson.applied).toBe(true);
    expect(await datasetOf(b)).toEqual(original);

    const zip = toCsvZip(await datasetOf(b));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual([
      'agreements.csv',
      'countries.csv',
      'joint-cases.csv',
      'meetings.csv',
      'organizations.csv',
      'relationships.csv',
      'sources.csv',
    ]);
    const c = await store({ nodes: [], relationships: [] });
    const viaCsv = await importFiles(new EditingService(c, { actor: 'test' }), {
      format: 'CSV',
      files: [{ name: 'seed.zip', content: zip }],
      dryRun: false,
    });
    expect(viaCsv.counts.reject).toBe(0);
    expect(await datasetOf(c)).toEqual(original);
  });

  it('importing an export into the store it came from finds every row unchanged and writes nothing', async () => {
    const a = await store(await loadSeed());
    const before = await a.recentChanges({ first: 5 });
    for (const file of [
      { format: 'JSON' as const, name: 'x.json', content: toJson(await datasetOf(a)) },
      { format: 'CSV' as const, name: 'x.zip', content: toCsvZip(await datasetOf(a)) },
    ]) {
      const report = await importFiles(new EditingService(a, { actor: 'test' }), {
        format: file.format,
        files: [{ name: file.name, content: file.content }],
        dryRun: false,
      });
      expect(report.counts).toMatchObject({ create: 0, update: 0, reject: 0 });
      expect(report.applied).toBe(false);
    }
    expect(await a.recentChanges({ first: 5 })).toEqual(before);
  });

  it('writes CSV that spreadsheets read as UTF-8, with lists and citations in one cell each', async () => {
    const a = await store(await loadSeed());
    const files = unzipSync(toCsvZip(await datasetOf(a)));
    // Buffer keeps the byte order mark (TextDecoder would drop it).
    const text = (name: string) => Buffer.from(files[name]!).toString('utf8');
    const orgs = text('organizations.csv');
    expect(orgs.startsWith('\uFEFFid,name,aliases,description,kind,acronym,nameLocal,countryCode,sector,sources')).toBe(
      true,
    );
    expect(text('meetings.csv')).toMatch(/Myanmar–Thailand/);
    expect(text('relationships.csv').split('\r\n')[0]).toBe('\uFEFFid,type,start,end,role,from,until,sources');
  });
});
