/**
 * The five seed documents (shared/seeds) the curated seed was built from: the ground truth the
 * reading benchmark and tests measure against. The folder comes from SEED_DOCUMENTS_DIR, by
 * default ../shared/seeds beside the clone; callers skip loudly when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../server/store/port.js';
import type { NodeRecord, RelationshipRecord, SourceRecord } from '../../server/domain/records.js';

export const SEED_DOCUMENTS_DIR = path.resolve(
  process.env.SEED_DOCUMENTS_DIR ?? path.join(import.meta.dirname, '../../../shared/seeds'),
);

export function seedDocumentsPresent(): boolean {
  return existsSync(SEED_DOCUMENTS_DIR);
}

export interface SeedDocument {
  source: SourceRecord;
  file: string;
  text: string;
}

export function seedDocuments(dataset: Dataset): SeedDocument[] {
  return dataset.nodes
    .filter((n): n is SourceRecord => n.nodeKind === 'SOURCE')
    .map((source) => {
      const file = path.join(SEED_DOCUMENTS_DIR, `${source.documentId}.txt`);
      return { source, file, text: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.source.documentId.localeCompare(b.source.documentId));
}

/**
 * The ties a document is the evidence for, left out of the graph: what reading it should propose.
 * BASED_IN ties are not among them: the write service derives them from an organisation's
 * countryCode, so no editor proposes one from a sentence.
 */
export function withoutTiesOf(dataset: Dataset, sourceId: string): { graph: Dataset; expected: RelationshipRecord[] } {
  const cites = (r: RelationshipRecord) => r.sources.some((c) => c.source === sourceId);
  const expected = dataset.relationships.filter((r) => cites(r) && r.type !== 'BASED_IN');
  const removed = new Set(expected.map((r) => r.id));
  return {
    graph: {
      nodes: dataset.nodes as NodeRecord[],
      relationships: dataset.relationships.filter((r) => !removed.has(r.id)),
    },
    expected,
  };
}
