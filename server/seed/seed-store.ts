/** Loads the seed dataset into a store: on first start, and on `npm run seed -- --reset`. */
import type { GraphStore } from '../store/port.js';
import { loadSeed } from './load.js';

export async function seedStore(
  store: GraphStore,
  seedDir?: string,
): Promise<{ nodes: number; relationships: number }> {
  const dataset = await loadSeed(seedDir);
  await store.replaceAll(dataset);
  return { nodes: dataset.nodes.length, relationships: dataset.relationships.length };
}
