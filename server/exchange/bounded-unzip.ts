/**
 * Expands a zip as a stream, a few kilobytes of input at a time, counting what comes out, and
 * stops at the first cap passed (entries, bytes per entry, bytes in all, expansion ratio) before
 * the output can grow: a 137 KB zip that would expand to gigabytes costs about one megabyte.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { ImportCapError, mib, type ImportLimits } from './import-limits.js';

/** Input is fed in slices this big: deflate expands at most ~1,032×, so each step yields ≤ ~4 MiB. */
const SLICE = 4096;

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** The entries `wanted` accepts (others are counted, never expanded), in the order stored. */
export function boundedUnzip(zip: Uint8Array, limits: ImportLimits, wanted: (name: string) => boolean): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let count = 0;
  let total = 0;
  /** Compressed bytes handed to the parser so far: the ratio's divisor, never an underestimate of it. */
  let pushed = 0;
  let failure: Error | undefined;
  const fail = (error: Error, file?: UnzipFile) => {
    failure ??= error;
    file?.terminate();
  };

  const unzip = new Unzip((file) => {
    count += 1;
    if (count > limits.maxZipEntries) {
      fail(new ImportCapError('maxZipEntries', `holds more than ${limits.maxZipEntries} entries (the cap)`), file);
      return;
    }
    if (!wanted(file.name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail(error, file);
      size += chunk.length;
      total += chunk.length;
      const cap = capPassed(limits, file.name, size, total, pushed);
      if (cap) return fail(cap, file);
      chunks.push(chunk);
      if (final) entries.push({ name: file.name, bytes: concat(chunks, size) });
    };
    try {
      file.start();
    } catch (e) {
      fail(e instanceof Error ? e : new Error(String(e)), file);
    }
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);

  for (let at = 0; at < zip.length && !failure; at += SLICE) {
    pushed = Math.min(zip.length, at + SLICE);
    try {
      unzip.push(zip.subarray(at, at + SLICE), at + SLICE >= zip.length);
    } catch (e) {
      fail(e instanceof Error ? e : new Error(String(e)));
    }
  }
  if (failure) throw failure;
  return entries;
}

function capPassed(
  limits: ImportLimits,
  name: string,
  size: number,
  total: number,
  pushed: number,
): ImportCapError | undefined {
  if (size > limits.maxEntryBytes) {
    return new ImportCapError(
      'maxEntryBytes',
      `${name} expands past ${mib(limits.maxEntryBytes)}, the cap on one entry's uncompressed size`,
    );
  }
  if (total > limits.maxTotalBytes) {
    return new ImportCapError(
      'maxTotalBytes',
      `expands past ${mib(limits.maxTotalBytes)}, the cap on the uncompressed size of all entries`,
    );
  }
  // All output so far over all input so far: entries written as a stream do not state their size.
  if (total > limits.ratioFloorBytes && total > pushed * limits.maxRatio) {
    return new ImportCapError(
      'maxRatio',
      `${name} expands more than ${limits.maxRatio} times the compressed size (the cap on the expansion ratio): a zip bomb?`,
    );
  }
  return undefined;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
