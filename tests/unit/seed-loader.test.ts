/** The seed loader reports every problem with its file, line, record and field. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeed, SeedError, type SeedProblem } from '../../server/seed/load.js';

const SEED = path.resolve(import.meta.dirname, '../../seed');
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the seed with one file's text replaced. */
function seedWith(file: string, edit: (text: string) => string): string {
  dir = mkdtempSync(path.join(tmpdir(), 'atlas-seed-'));
  cpSync(SEED, dir, { recursive: true });
  writeFileSync(path.join(dir, file), edit(readFileSync(path.join(dir, file), 'utf8')));
  return dir;
}

async function problems(seedDir: string): Promise<SeedProblem[]> {
  try {
    await loadSeed(seedDir);
  } catch (e) {
    if (e instanceof SeedError) return e.problems;
    throw e;
  }
  return [];
}

const extraOrg = (fields: string) => `
- id: test-agency
  name: Test agency
  kind: GOVERNMENT_AGENCY
${fields}
  sources:
    - source: rtg-progress-2024-q1
      locator: "§1"
`;

describe('seed loader', () => {
  it('loads the shipped seed without problems', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'atlas-seed-'));
    const { nodes, relationships } = await loadSeed(SEED);
    expect(nodes.length).toBeGreaterThan(100);
    expect(relationships.every((r) => r.sources.length > 0)).toBe(true);
  });

  it('names the file, line, record and field of an unknown enum value', async () => {
    const found = await problems(seedWith('organizations.yaml', (t) => t + extraOrg('  sector: POLICING')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'organizations.yaml', record: 'test-agency', field: 'sector' });
    expect(found[0]!.line).toBeGreaterThan(1);
    expect(found[0]!.message).toMatch(/LAW_ENFORCEMENT/);
  });

  it('reports a tie to a missing organisation and a citation of an unknown source', async () => {
    const found = await problems(
      seedWith(
        'organizations.yaml',
        (t) =>
          t +
          extraOrg(`  partOf:
    - org: no-such-ministry
      sources:
        - source: no-such-report
          locator: "§2"`),
      ),
    );
    expect(found.map((p) => [p.record, p.field, p.message])).toEqual(
      expect.arrayContaining([
        ['test-agency', 'end', "no node has the id 'no-such-ministry'"],
        ['test-agency', 'sources.0.source', "no source document has the id 'no-such-report'"],
      ]),
    );
  });

  it('reports a duplicate id, a missing source list and a malformed date', async () => {
    const found = await problems(
      seedWith(
        'meetings.yaml',
        (t) =>
          t +
          `
- id: rtp
  name: A meeting reusing an organisation's id
  kind: WORKSHOP
  startDate: "2024-02-30"
`,
      ),
    );
    const fields = found.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['sources', 'startDate']));
    expect(found.find((p) => p.field === 'startDate')!.message).toMatch(/YYYY-MM-DD/);
  });
});
