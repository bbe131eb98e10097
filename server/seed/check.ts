/**
 * `npm run seed:check [seed dir] [documents dir]`: validates the seed files, then checks them
 * against their documents (server/seed/evidence.ts: quotes verbatim, tie quotes naming their ends,
 * facts in fields rather than descriptions), and prints what the seed holds, or every problem.
 * The documents' texts come from the second argument, SOURCE_TEXT_DIR, or ../shared/seeds beside
 * the clone; without them the quotes are not checked, and it says so.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkEvidence } from './evidence.js';
import { loadSeed, SeedError } from './load.js';

const BESIDE_CLONE = path.resolve(import.meta.dirname, '../../../shared/seeds');
const documents =
  process.argv[3] || process.env.SOURCE_TEXT_DIR || (existsSync(BESIDE_CLONE) ? BESIDE_CLONE : undefined);

try {
  const dataset = await loadSeed(process.argv[2] || undefined, documents);
  const { problems, quotesChecked } = checkEvidence(dataset);
  if (problems.length) throw new SeedError(problems);
  const { nodes, relationships } = dataset;
  const byKind = new Map<string, number>();
  for (const n of nodes) byKind.set(n.nodeKind, (byKind.get(n.nodeKind) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const r of relationships) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  console.log('Seed is valid.');
  console.log(
    quotesChecked
      ? `Every quote was found in its document (${documents}).`
      : 'Quotes were not checked against the documents: give their folder (SOURCE_TEXT_DIR).',
  );
  console.log('Nodes:', Object.fromEntries(byKind));
  console.log('Relationships:', Object.fromEntries(byType));
} catch (e) {
  if (!(e instanceof SeedError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
