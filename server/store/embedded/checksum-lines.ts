/**
 * The line format shared by every embedded file (journals and snapshots): one JSON value per line,
 * prefixed by a checksum of its bytes, so a damaged byte anywhere is found on read instead of being
 * parsed into wrong data or silently ending the replay.
 *
 *     <16 hex digits of sha256(json)> <json>\n
 *
 * Lines written before checksums existed start with `{`; they are still read (without a check).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const SUM_LENGTH = 16;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const BRACE = 0x7b;

function checksum(json: Buffer | string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, SUM_LENGTH);
}

/** One value as a checksummed line, newline included. */
export function encodeLine(value: unknown): Buffer {
  const json = JSON.stringify(value);
  return Buffer.from(`${checksum(json)} ${json}\n`, 'utf8');
}

export type Decoded = { ok: true; value: unknown; legacy: boolean } | { ok: false; reason: string };

/** Reads one line (without its newline): its value, or why it cannot be trusted. */
export function decodeLine(line: Buffer): Decoded {
  if (line.length > 0 && line[0] === BRACE) {
    try {
      return { ok: true, value: JSON.parse(line.toString('utf8')), legacy: true };
    } catch {
      return { ok: false, reason: 'unreadable JSON' };
    }
  }
  if (line.length <= SUM_LENGTH + 1 || line[SUM_LENGTH] !== SPACE) return { ok: false, reason: 'no checksum' };
  const json = line.subarray(SUM_LENGTH + 1);
  if (checksum(json) !== line.subarray(0, SUM_LENGTH).toString('latin1')) {
    return { ok: false, reason: 'checksum mismatch' };
  }
  try {
    return { ok: true, value: JSON.parse(json.toString('utf8')), legacy: false };
  } catch {
    return { ok: false, reason: 'unreadable JSON' };
  }
}

/** One line of a file, where it is: line numbers count from 1, offsets are in bytes from 0. */
export interface LineAt {
  bytes: Buffer;
  lineNo: number;
  offset: number;
  /** False for a last line with no newline: a write that never finished. */
  complete: boolean;
}

/**
 * The lines of a file, read in blocks so a large file never becomes one giant string. Each line is
 * a view of the block it was read with (copied only when it spans two blocks).
 */
export function* readLines(file: string, blockSize = 1 << 20): Generator<LineAt> {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    let carry: Buffer = Buffer.alloc(0);
    let position = 0;
    let offset = 0;
    let lineNo = 0;
    while (position < size) {
      const block = Buffer.allocUnsafe(Math.min(blockSize, size - position));
      const read = readSync(fd, block, 0, block.length, position);
      if (read === 0) break;
      position += read;
      const data = carry.length ? Buffer.concat([carry, block.subarray(0, read)]) : block.subarray(0, read);
      let start = 0;
      for (let end = data.indexOf(NEWLINE); end !== -1; end = data.indexOf(NEWLINE, start)) {
        lineNo += 1;
        yield { bytes: data.subarray(start, end), lineNo, offset, complete: true };
        offset += end + 1 - start;
        start = end + 1;
      }
      carry = Buffer.from(data.subarray(start));
    }
    if (carry.length) yield { bytes: carry, lineNo: lineNo + 1, offset, complete: false };
  } finally {
    closeSync(fd);
  }
}
