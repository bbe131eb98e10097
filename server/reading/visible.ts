/**
 * A reading as one editor may see it: proposals whose ends the editor may not see (a joint case
 * above their clearance) are left out, and so are sentences left with nothing, so a reading never
 * reveals a hidden item (the redacting store answers null for those ids).
 */
import type { ReadingRecord, SentenceRecord, TieProposal } from './records.js';

export interface VisibleReading {
  record: ReadingRecord;
  ties: TieProposal[];
}

export interface VisibleSentence {
  sentence: SentenceRecord;
  reading: VisibleReading;
}

/** Every node id a reading's proposals name. */
export function idsOfReading(record: ReadingRecord): string[] {
  return [...new Set(record.ties.flatMap((t) => [t.start.id, t.end.id]))];
}

export function visibleReading(record: ReadingRecord, visible: ReadonlySet<string>): VisibleReading {
  return { record, ties: record.ties.filter((t) => visible.has(t.start.id) && visible.has(t.end.id)) };
}

/** The paragraph holding offsets [start, end). */
export function passageAround(record: ReadingRecord, start: number, end: number): { text: string; start: number } {
  const block = record.blocks.find((b) => b.start <= start && b.end >= end);
  const s = block?.start ?? start;
  const e = block?.end ?? end;
  return { text: record.text.slice(s, e), start: s };
}
