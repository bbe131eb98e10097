/**
 * A child process for the racing-starts test: waits for "go" on stdin, then opens the graph and
 * account stores on DATA_DIR as a server start does and prints "won" (then writes one node and
 * prints "wrote") or "lost <reason>". A winner holds the directory until stdin closes.
 */
import { EmbeddedAccountStore } from '../../server/store/embedded/account-store.js';
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { org } from '../fixtures/builders.js';

const dir = process.env.DATA_DIR!;
process.stdin.once('data', () => {
  let graph: EmbeddedStore;
  try {
    graph = EmbeddedStore.open(dir);
  } catch (e) {
    process.stdout.write(`lost ${(e as Error).name}: ${(e as Error).message.split('\n')[0]}\n`, () => process.exit(0));
    return;
  }
  const accounts = EmbeddedAccountStore.open(dir);
  process.stdout.write('won\n');
  void graph.write({ upsertNodes: [org(`winner-${process.pid}`)] }).then(() => {
    process.stdout.write('wrote\n');
    process.stdin.once('end', () => {
      void Promise.all([graph.close(), accounts.close()]).then(() => process.exit(0));
    });
  });
});
process.stdout.write('ready\n');
