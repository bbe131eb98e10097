/** Picks the store the configuration names. */
import type { Config } from '../config.js';
import { EmbeddedStore } from './embedded/embedded-store.js';
import type { GraphStore } from './port.js';
import type { AccountStore } from './account-port.js';
import { EmbeddedAccountStore } from './embedded/account-store.js';

export async function openStore(config: Config): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    // Loaded only when chosen, so the embedded default never loads the driver.
    const { openNeo4jStore } = await import('./neo4j/neo4j-store.js');
    return openNeo4jStore(config.neo4j);
  }
  return EmbeddedStore.open(config.dataDir);
}

/** The graph store and the account store the configuration names, opened together. */
export async function openStores(config: Config): Promise<{ graph: GraphStore; accounts: AccountStore }> {
  if (config.store === 'neo4j') {
    const { openNeo4jStore } = await import('./neo4j/neo4j-store.js');
    const graph = await openNeo4jStore(config.neo4j);
    return { graph, accounts: graph.accountStore() };
  }
  const graph = EmbeddedStore.open(config.dataDir);
  try {
    return { graph, accounts: EmbeddedAccountStore.open(config.dataDir) };
  } catch (e) {
    await graph.close();
    throw e;
  }
}
