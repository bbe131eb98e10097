/**
 * npm run bench:reading — for each of the five seed documents: remove the seed ties citing it,
 * read it against the graph that remains, and report recall (seed ties proposed with the right
 * type and ends) and precision (proposals that match a seed tie), with the time taken.
 */
import { performance } from 'node:perf_hooks';
import { loadSeed } from '../../server/seed/load.js';
import { readText } from '../../server/reading/formats/text.js';
import { readAgainstGraph } from '../../server/reading/ingest.js';
import { SEED_DOCUMENTS_DIR, seedDocuments, seedDocumentsPresent, withoutTiesOf } from './seed-documents.js';

if (!seedDocumentsPresent()) {
  console.error(`SKIPPED: the seed documents are not at ${SEED_DOCUMENTS_DIR} (set SEED_DOCUMENTS_DIR)`);
  process.exit(2);
}
const dataset = await loadSeed();
const verbose = process.argv.includes('--verbose');
const rows: string[][] = [['document', 'seed ties', 'proposals', 'matched', 'recall', 'precision', 'ms']];
for (const { source, text } of seedDocuments(dataset)) {
  const { graph, expected } = withoutTiesOf(dataset, source.id);
  const t0 = performance.now();
  const doc = readText(text, source.name);
  const result = readAgainstGraph(doc, graph.nodes, new Set(graph.relationships.map((r) => r.id)));
  const ms = performance.now() - t0;
  const proposed = new Set(result.ties.map((t) => `${t.type}:${t.start.id}:${t.end.id}`));
  const wanted = new Set(expected.map((r) => r.id));
  const hits = [...proposed].filter((k) => wanted.has(k)).length;
  const recall = wanted.size ? hits / wanted.size : 1;
  const precision = proposed.size ? hits / proposed.size : 1;
  rows.push([
    source.documentId,
    String(wanted.size),
    String(proposed.size),
    String(hits),
    recall.toFixed(2),
    precision.toFixed(2),
    ms.toFixed(0),
  ]);
  if (verbose) {
    for (const r of expected)
      if (!proposed.has(r.id))
        console.log(
          `  missed ${r.id}  — ${r.sources.find((c) => c.source === source.id)?.locator}: ${r.sources.find((c) => c.source === source.id)?.quote?.slice(0, 140)}`,
        );
    for (const t of result.ties)
      if (!wanted.has(`${t.type}:${t.start.id}:${t.end.id}`))
        console.log(`  extra ${t.type}:${t.start.id}:${t.end.id} (${t.confidence}) — ${t.quote.slice(0, 120)}`);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows)
  console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
