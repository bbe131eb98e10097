/**
 * Bounded imports: a small zip that expands past a cap is refused with an error naming the cap,
 * without the server's memory growing past 100 MB (measured in a child process at its peak);
 * entry-count, per-entry, total, row, column and record caps each refuse with their own name; a
 * zip inside the caps still imports.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../server/domain/errors.js';
import { IMPORT_LIMITS, type ImportLimits } from '../../server/exchange/import-limits.js';
import { rowsOf } from '../../server/exchange/read-files.js';
import { startApiServer } from '../fixtures/api-server.js';
import { smallWorld } from '../fixtures/builders.js';

const MiB = 1024 * 1024;
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-caps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bombs = new Map<string, Uint8Array>();
/** A zip whose entries each expand to `entryMiB` of one repeated byte (built once per shape). */
function bomb(entries: number, entryMiB: number): Uint8Array {
  const key = `${entries}x${entryMiB}`;
  if (!bombs.has(key)) bombs.set(key, buildBomb(entries, entryMiB));
  return bombs.get(key)!;
}

/** Built a megabyte at a time, so the test itself never holds the expanded bytes. */
function buildBomb(entries: number, entryMiB: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const block = new Uint8Array(MiB).fill(0x61);
  for (let e = 0; e < entries; e++) {
    const file = new ZipDeflate(`organizations-${e}.csv`, { level: 6 });
    zip.add(file);
    for (let i = 0; i < entryMiB; i++) file.push(block, i === entryMiB - 1);
  }
  zip.end();
  return Buffer.concat(parts);
}

function refusal(run: () => unknown): { code?: string; message: string } {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    const problem = (e as ValidationError).problems[0]!;
    return { code: problem.code, message: problem.message };
  }
  throw new Error('expected the import to be refused');
}

const csvZip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)])));
const limits = (over: Partial<ImportLimits>): ImportLimits => ({ ...IMPORT_LIMITS, ...over });

describe('a zip bomb', () => {
  it.each([
    ['one entry of 100 MB', 1, 100],
    ['8 entries of 25 MB', 8, 25],
  ])('%s: refused naming the ratio cap, peak memory growth under 100 MB', async (_name, entries, size) => {
    const zip = bomb(entries, size);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const file = path.join(dir, `bomb-${entries}.zip`);
    writeFileSync(file, zip);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'tests/exchange/support/expand-zip.ts', file],
      { cwd: process.cwd() },
    );
    const result = JSON.parse(stdout) as {
      rows: number;
      error: { message: string; problems: { code: string }[] } | null;
      ms: number;
      growthBytes: number;
    };
    expect(result.error?.message).toMatch(/expands more than 100 times .*\[import cap maxRatio\]/);
    expect(result.error?.problems[0]?.code).toBe('TOO_LARGE');
    expect(result.growthBytes).toBeLessThan(100 * MiB);
    console.log(
      `zip bomb (${entries} × ${size} MB in ${Math.round(zip.length / 1024)} KB): refused in ${Math.round(result.ms)} ms, peak RSS growth ${Math.round(result.growthBytes / MiB)} MB`,
    );
  });
});

describe('through the API', () => {
  it('importGraph answers BAD_USER_INPUT naming the cap, writes nothing, and the server keeps answering', async () => {
    const api = await startApiServer({ dataset: smallWorld() });
    try {
      const before = await api.gql('{ stats { nodes { kind count } } }');
      const res = await api.gql(
        `mutation($files: [ImportFileInput!]!) { importGraph(format: CSV, files: $files, dryRun: false) { applied } }`,
        { files: [{ name: 'bomb.zip', content: Buffer.from(bomb(1, 100)).toString('base64'), encoding: 'BASE64' }] },
      );
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'files.0',
        problems: [{ field: 'files.0', code: 'TOO_LARGE', message: expect.stringMatching(/import cap maxRatio/) }],
      });
      expect(await api.gql('{ stats { nodes { kind count } } }')).toEqual(before);
    } finally {
      await api.close();
    }
  });
});

describe('each cap refuses with its name', () => {
  const header = 'id,name,kind,sources\n';
  const row = (i: number) => `org-${i},Org ${i},NGO,test-report|p. ${i}\n`;

  it('entry count', () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.csv`, header]));
    const e = refusal(() =>
      rowsOf('CSV', [{ name: 'many.zip', content: csvZip(files) }], limits({ maxZipEntries: 5 })),
    );
    expect(e).toEqual({ code: 'TOO_LARGE', message: expect.stringMatching(/more than 5 entries.*maxZipEntries/) });
  });

  it("one entry's uncompressed size, even at a harmless ratio", () => {
    const text = header + Array.from({ length: 3000 }, (_, i) => row(i)).join('');
    const e = refusal(() =>
      rowsOf(
        'CSV',
        [{ name: 'big.zip', content: csvZip({ 'organizations.csv': text }) }],
        limits({ maxEntryBytes: 64 * 1024, maxRatio: 1e9 }),
      ),
    );
    expect(e.message).toMatch(/organizations\.csv expands past 65536 bytes.*maxEntryBytes/);
  });

  it('the uncompressed size of all entries', () => {
    const text = header + Array.from({ length: 1000 }, (_, i) => row(i)).join('');
    const zip = csvZip({ 'a/organizations.csv': text, 'b/organizations.csv': text });
    const e = refusal(() =>
      rowsOf('CSV', [{ name: 'two.zip', content: zip }], limits({ maxTotalBytes: text.length + 10, maxRatio: 1e9 })),
    );
    expect(e.message).toMatch(/maxTotalBytes/);
  });

  it('rows, across every file of one import', () => {
    const text = header + Array.from({ length: 60 }, (_, i) => row(i)).join('');
    const files = [
      { name: 'organizations.csv', content: text },
      { name: 'more/organizations.csv', content: text },
    ];
    expect(rowsOf('CSV', files.slice(0, 1), limits({ maxRows: 100 }))).toHaveLength(60);
    const e = refusal(() => rowsOf('CSV', files, limits({ maxRows: 100 })));
    expect(e.message).toMatch(/more\/organizations\.csv: .*40 rows.*maxRows/);
    const json = JSON.stringify({ nodes: Array.from({ length: 101 }, () => ({})), relationships: [] });
    expect(
      refusal(() => rowsOf('JSON', [{ name: 'g.json', content: json }], limits({ maxRows: 100 }))).message,
    ).toMatch(/maxRows/);
  });

  it('columns and record length', () => {
    const wide = `${Array.from({ length: 70 }, (_, i) => `c${i}`).join(',')}\n`;
    expect(refusal(() => rowsOf('CSV', [{ name: 'organizations.csv', content: wide }])).message).toMatch(/maxColumns/);
    const long = `${header}x,${'n'.repeat(200_000)},NGO,test-report|p\n`;
    expect(refusal(() => rowsOf('CSV', [{ name: 'organizations.csv', content: long }])).message).toMatch(
      /maxRecordChars/,
    );
  });

  it('a zip within the caps still reads every row', () => {
    const text = header + Array.from({ length: 50 }, (_, i) => row(i)).join('');
    const rows = rowsOf('CSV', [{ name: 'ok.zip', content: csvZip({ 'organizations.csv': text }) }]);
    expect(rows).toHaveLength(50);
    expect(rows[49]).toMatchObject({ file: 'ok.zip/organizations.csv', row: 51, raw: { id: 'org-49' } });
  });
});
