/** Picks the store the configuration names. */
import type { Config } from '../config.js';
import { EmbeddedStore } from './embedded/embedded-store.js';
import type { GraphStore } from './port.js';

export async function openStore(config: Config): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    // Loaded only when chosen, so the embedded default never loads the driver.
    const { openNeo4jStore } = await import('./neo4j/neo4j-store.js');
    return openNeo4jStore(config.neo4j);
  }
  return EmbeddedStore.open(config.dataDir);
}
