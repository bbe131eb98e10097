/**
 * Reads a document against the graph: its structure, the nodes it mentions, the ties and new
 * organisations it proposes. Pure over its inputs, so the service, the CLI and the benchmark
 * share it.
 */
import type { NodeRecord } from '../domain/records.js';
import type { StructuredDocument } from './document.js';
import { proposeFromDocument, type ReadingResult } from './proposals.js';

/**
 * Documents longer than this (characters of text) are refused: a bound on time and memory.
 * Reading runs on the request's thread (about 0.4 s for 280,000 characters on a 2-core machine),
 * so the API takes at most API_MAX_DOCUMENT_CHARS (about half a second of reading); the command
 * line, which blocks no one else, takes more.
 */
export const MAX_DOCUMENT_CHARS = 2_000_000;
export const API_MAX_DOCUMENT_CHARS = 300_000;

export function readAgainstGraph(
  doc: StructuredDocument,
  nodes: readonly NodeRecord[],
  existingTies: ReadonlySet<string>,
): ReadingResult {
  return proposeFromDocument(doc, nodes, existingTies);
}
