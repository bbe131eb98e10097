/**
 * Code generation is a pure function of the SDL and the explorer's documents: run again, it
 * writes the same bytes, so `npm start` and `npm test` (which both run it) leave the tree clean.
 * The schema files are read in parallel by the loader; before they were handed over in path
 * order, the merged schema (and every generated file) came out in read-completion order.
 */
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

async function outputs(): Promise<Record<string, string>> {
  const files = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
  return Object.fromEntries(files.map((f) => [f.filename, f.content]));
}

describe('code generation', () => {
  it('gives the same files on every run', async () => {
    const first = await outputs();
    expect(Object.keys(first).sort()).toEqual([
      'client/src/__generated__/graphql.ts',
      'server/__generated__/enums.ts',
      'server/__generated__/graphql.ts',
    ]);
    for (let run = 0; run < 3; run++) expect(await outputs()).toEqual(first);
  }, 120_000);

  it('keeps the SDL order of enum values, the order the explorer lists kinds in', async () => {
    const enums = (await outputs())['server/__generated__/enums.ts']!;
    const sensitivity = enums.slice(enums.indexOf('export const Sensitivity'));
    const order = ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL'].map((v) => sensitivity.indexOf(`'${v}'`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
  }, 120_000);

  it('gives the domain its enums without the resolver types', async () => {
    const enums = (await outputs())['server/__generated__/enums.ts']!;
    expect(enums).not.toMatch(/^import /m);
    expect(enums).not.toContain('Resolvers');
  }, 120_000);
});
