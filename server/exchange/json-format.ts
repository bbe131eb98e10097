/**
 * The JSON exchange format: the whole graph (or a part of it) as records, exactly as the store
 * holds them, so an export imports back unchanged.
 *
 *   { "format": "coordination-atlas", "version": 1, "exportedAt": "2025-…Z",
 *     "nodes": [ { "nodeKind": "ORGANIZATION", "id": "rtp", "name": "…", "sources": [ … ], … } ],
 *     "relationships": [ { "id": "PART_OF:a:b", "type": "PART_OF", "start": "a", "end": "b", … } ] }
 */
import type { Dataset } from '../store/port.js';

export const JSON_FORMAT = 'coordination-atlas';
export const JSON_VERSION = 1;

export interface JsonDocument extends Dataset {
  format: typeof JSON_FORMAT;
  version: number;
  exportedAt: string;
}
