/**
 * `npm run seed`: loads the seed dataset into the configured store when it is empty.
 * `npm run seed -- --reset`: replaces everything in the store with the seed dataset.
 */
import { ConfigError, loadConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import { SeedError } from './load.js';
import { seedStore } from './seed-store.js';

const reset = process.argv.includes('--reset');
try {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    if (!reset && !(await store.isEmpty())) {
      console.log('The store already holds data; nothing loaded. Use --reset to replace it with the seed dataset.');
    } else {
      const loaded = await seedStore(store, config.seedDir);
      console.log(
        `Loaded the seed dataset into the ${store.name} store: ${loaded.nodes} nodes, ${loaded.relationships} relationships.`,
      );
    }
  } finally {
    await store.close();
  }
} catch (e) {
  if (e instanceof ConfigError || e instanceof SeedError) console.error(e.message);
  else console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
