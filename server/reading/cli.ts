/**
 * `npm run ingest -- <file> [--source <source id> | --publisher "…" [--published-on 2024]]
 *  [--title "…"] [--format pdf|text|markdown|html] [--actor name] [--clearance PUBLIC]`
 *
 * Reads a document against the configured store and keeps its proposals in the review queue
 * (the explorer's Review panel). Nothing enters the graph but a new Source when no --source is
 * given. With the embedded store, stop the server first (one process holds DATA_DIR).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { redactingStore } from '../access/redacting-store.js';
import type { Clearance } from '../access/clearance.js';
import { viewerOf } from '../accounts/roles.js';
import { loadConfig } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import { openStores } from '../store/open-store.js';
import { readingStoreOf } from './reading-store.js';
import { MAX_DOCUMENT_CHARS } from './ingest.js';
import { ReadingService } from './service.js';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      publisher: { type: 'string' },
      'published-on': { type: 'string' },
      title: { type: 'string' },
      format: { type: 'string' },
      actor: { type: 'string', default: 'cli' },
      clearance: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('usage: npm run ingest -- <file> [--source <id> | --publisher "…"] [--title "…"]');
    return 2;
  }
  const config = loadConfig();
  const clearance = (values.clearance ?? config.clearance) as Clearance;
  if (!(SENSITIVITIES as readonly string[]).includes(clearance)) {
    console.error(`--clearance must be one of ${SENSITIVITIES.join(', ')}`);
    return 2;
  }
  const data = new Uint8Array(readFileSync(file));
  const { graph, accounts } = await openStores(config);
  try {
    const now = new Date().toISOString();
    // The command runs as an editor named by --actor: the audit trail records that name.
    const viewer = viewerOf({
      id: `cli-${values.actor}`,
      username: values.actor!,
      displayName: values.actor!,
      role: 'EDITOR',
      clearance,
      passwordHash: 'none',
      disabled: false,
      createdAt: now,
      updatedAt: now,
    });
    const service = new ReadingService(
      redactingStore(graph, clearance),
      readingStoreOf(accounts),
      viewer,
      MAX_DOCUMENT_CHARS,
    );
    const started = performance.now();
    const reading = await service.ingest({
      fileName: path.basename(file),
      data,
      format: values.format,
      title: values.title,
      sourceId: values.source,
      publisher: values.publisher,
      publishedOn: values['published-on'],
    });
    const byType = new Map<string, number>();
    for (const t of reading.ties) byType.set(t.type, (byType.get(t.type) ?? 0) + 1);
    console.log(
      `Read '${reading.title}' (${reading.format}, ${reading.text.length} characters, ${reading.blocks.length} blocks) in ${Math.round(performance.now() - started)} ms`,
    );
    console.log(`Source: ${reading.sourceId}`);
    console.log(
      `Proposed ${reading.ties.length} ties from ${reading.sentences.length} sentences: ${[...byType].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    );
    console.log(`Proposed ${reading.nodes.length} new organisations`);
    console.log(`Review them in the explorer (Review), reading id ${reading.id}.`);
    return 0;
  } finally {
    await accounts.close();
    await graph.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof DomainError || e instanceof Error ? `ingest: ${e.message}` : e);
    process.exit(1);
  },
);
