/**
 * Reads a document against the graph: its structure, the nodes it mentions, the ties and new
 * organisations it proposes. Pure over its inputs, so the service, the CLI and the benchmark
 * share it.
 */
import type { NodeRecord } from '../domain/records.js';
import type { StructuredDocument } from './document.js';
import { proposeFromDocument, type ReadingResult } from './proposals.js';

/** Documents longer than this (characters of text) are refused: a bound on time and memory. */
export const MAX_DOCUMENT_CHARS = 2_000_000;

export function readAgainstGraph(
  doc: StructuredDocument,
  nodes: readonly NodeRecord[],
  existingTies: ReadonlySet<string>,
): ReadingResult {
  return proposeFromDocument(doc, nodes, existingTies);
}
