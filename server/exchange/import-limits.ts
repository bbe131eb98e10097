/**
 * Caps on what one import may make the server read, so a small hostile file cannot exhaust memory
 * or time: a zip is expanded as a stream and stopped at the first cap it passes; CSV and JSON stop
 * at a row, column or cell cap. Each cap has a name the error quotes, so the importer knows which
 * one to stay under (or to split the file for).
 */
export interface ImportLimits {
  /** Entries in one zip (files and folders alike). */
  maxZipEntries: number;
  /** Uncompressed bytes of one zip entry. */
  maxEntryBytes: number;
  /** Uncompressed bytes of all of a zip's entries together. */
  maxTotalBytes: number;
  /** Uncompressed bytes per compressed byte, once past `ratioFloorBytes` (zip bombs expand ~1000×). */
  maxRatio: number;
  /** Output below this size is never refused for its ratio: tiny files compress oddly. */
  ratioFloorBytes: number;
  /** Rows (records) in one import, all files together. */
  maxRows: number;
  /** Columns of one CSV file. */
  maxColumns: number;
  /** Characters in one CSV record. */
  maxRecordChars: number;
  /** Characters of one text file (CSV or JSON) before it is parsed. */
  maxTextChars: number;
}

const MiB = 1024 * 1024;

export const IMPORT_LIMITS: ImportLimits = {
  maxZipEntries: 100,
  maxEntryBytes: 32 * MiB,
  maxTotalBytes: 64 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
  maxRows: 100_000,
  maxColumns: 64,
  maxRecordChars: 100_000,
  maxTextChars: 64 * MiB,
};

/** A cap passed: the message names it and its value. */
export class ImportCapError extends Error {
  constructor(
    readonly cap: keyof ImportLimits,
    message: string,
  ) {
    super(message);
    this.name = 'ImportCapError';
  }
}

export function mib(bytes: number): string {
  return bytes >= MiB ? `${Math.round((bytes / MiB) * 10) / 10} MiB` : `${bytes} bytes`;
}
