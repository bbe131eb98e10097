/** `npm run seed:check`: validates the seed files and prints what they hold, or every problem. */
import { loadSeed, SeedError } from './load.js';

try {
  const { nodes, relationships } = await loadSeed(process.argv[2]);
  const byKind = new Map<string, number>();
  for (const n of nodes) byKind.set(n.nodeKind, (byKind.get(n.nodeKind) ?? 0) + 1);
  const byType = new Map<string, number>();
  for (const r of relationships) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  console.log('Seed is valid.');
  console.log('Nodes:', Object.fromEntries(byKind));
  console.log('Relationships:', Object.fromEntries(byType));
} catch (e) {
  if (!(e instanceof SeedError)) throw e;
  console.error(e.message);
  process.exitCode = 1;
}
