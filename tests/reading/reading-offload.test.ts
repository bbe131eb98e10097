/**
 * Reading a document runs off the event loop: while a long report is read against a graph of
 * 14,000 nodes (the M size of the benchmark), lookups keep being answered — each one completes
 * before the reading does. Ordering, not milliseconds, is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingThread } from '../../server/reading/worker/reading-thread.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { startApiServer, type ApiClient, type ApiServer } from '../fixtures/api-server.js';
import { lookupsAnsweredDuring } from '../fixtures/offload.js';

let api: ApiServer;
let editor: ApiClient;
beforeAll(async () => {
  api = await startApiServer({ dataset: syntheticWorld(4600, 8200) });
  editor = await api.userClient('EDITOR', 'PUBLIC', 'offload-editor');
}, 120_000);
afterAll(() => api?.close());

/** A long report naming many of the graph's agencies, as a field office's quarterly might. */
function report(): string {
  const lines = ['# Quarterly coordination report', ''];
  for (let i = 0; lines.join('\n').length < 250_000; i++) {
    lines.push(
      `## ${i + 1}. Coordination`,
      '',
      `In March 2024, AG${i % 4600} and AG${(i * 7) % 4600} met in Bangkok to coordinate referrals. ` +
        `AG${(i * 13) % 4600} is a member of AG${(i * 17) % 4600}.`,
      '',
    );
  }
  return lines.join('\n');
}

describe('reading off the event loop', () => {
  it('answers lookups while a long document is read against the graph', { timeout: 120_000 }, async () => {
    const res = await lookupsAnsweredDuring(
      api,
      'the reading',
      () =>
        editor.gql<{ ingestDocument: { id: string; pendingCount: number } }>(
          `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { id pendingCount } }`,
          { input: { fileName: 'quarterly.md', content: report(), publisher: 'Field office' } },
        ),
      () => readingThread().reading > 0,
      ['org-0', 'org-1', 'org-2', 'org-3', 'org-4'],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestDocument.pendingCount).toBeGreaterThan(0);
  });
});
