/**
 * A child process for the crash test: writes batches to an embedded store as fast as it can and
 * prints "ack N" once each write is acknowledged. The test kills it with SIGKILL mid-stream.
 */
import { EmbeddedStore } from '../../server/store/embedded/embedded-store.js';
import { meeting, org, smallWorld, tie } from '../fixtures/builders.js';

const dir = process.env.DATA_DIR!;
const start = Number(process.env.START ?? 0);
// A small threshold makes compaction (snapshot + journal truncation) happen often, so kills land in it too.
const store = EmbeddedStore.open(dir, { compactAfterBytes: Number(process.env.COMPACT_AFTER ?? 16 * 1024 * 1024) });
if (await store.isEmpty()) {
  if (process.env.BASE === 'big') {
    const { syntheticWorld } = await import('../bench/synthetic-world.js');
    await store.replaceAll(syntheticWorld(3000, 3000));
  } else await store.replaceAll(smallWorld());
}
process.stdout.write('ready\n');
for (let n = start; ; n++) {
  await store.write({
    upsertNodes: [meeting(`m-${n}`, { startDate: '2024-01-02', description: 'x'.repeat(200) }), org(`org-${n}`)],
    upsertRelationships: [tie('PARTICIPATED_IN', `org-${n}`, `m-${n}`, { role: 'HOST' })],
  });
  process.stdout.write(`ack ${n}\n`);
}
