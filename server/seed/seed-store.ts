/**
 * Loads the seed dataset into a store: on first start, and on `npm run seed -- --reset`.
 *
 * Seeding replaces the graph, and with it the audit trail, writing one RESET entry that says who
 * loaded what, without an entry per record: the seed files are versioned in git, which is their
 * history, and each record cites its sources; a few hundred "created" entries would only bury the
 * edits people make afterwards.
 */
import type { GraphStore } from '../store/port.js';
import { loadSeed } from './load.js';

export async function seedStore(
  store: GraphStore,
  seedDir?: string,
  actor = 'seed',
): Promise<{ nodes: number; relationships: number }> {
  const dataset = await loadSeed(seedDir);
  await store.replaceAll(dataset, {
    actor,
    action: 'RESET',
    summary: `loaded the seed dataset (${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships)`,
    changes: [],
  });
  return { nodes: dataset.nodes.length, relationships: dataset.relationships.length };
}
