/** What the reading thread is asked and answers (structured-cloned between threads). */
import type { NodeRecord } from '../../domain/records.js';
import type { DocumentFormat, StructuredDocument } from '../document.js';
import type { ReadingResult } from '../proposals.js';

export type ReadingTask =
  /** A file's bytes into a structured document; a file that cannot be read answers `invalid`. */
  | { kind: 'parse'; data: Uint8Array; format: DocumentFormat; title: string }
  /** Part of the graph's nodes as one viewer sees them at one revision (`key`); `first` starts afresh. */
  | { kind: 'hold'; key: string; nodes: NodeRecord[]; first: boolean }
  /** Reads a document against the nodes held under `key`; `existing` are ids of ties already in the graph. */
  | { kind: 'read'; key: string; doc: StructuredDocument; existing: string[] };

export type ParseAnswer = { doc: StructuredDocument } | { invalid: string; field: string };

export type ReadingAnswer = ParseAnswer | ReadingResult | { held: number };
