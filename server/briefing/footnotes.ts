/** Numbered source footnotes: each distinct document and locator gets one number, in order of first use. */
import type { CitationRecord, SourceRecord } from '../domain/records.js';

export interface Footnote {
  n: number;
  /** The source record's id: the evidence reader opens it at /sources/<id>. */
  sourceId: string;
  source: string;
  publisher: string | undefined;
  url: string | undefined;
  locator: string;
  quote: string | undefined;
}

export class Footnotes {
  private readonly byKey = new Map<string, Footnote>();
  constructor(private readonly sources: Map<string, SourceRecord>) {}

  /** The footnote numbers for these citations, adding new ones as needed. */
  cite(citations: readonly CitationRecord[]): number[] {
    return [
      ...new Set(
        citations.map((c) => {
          const key = `${c.source}\u0000${c.locator}`;
          let note = this.byKey.get(key);
          if (!note) {
            const record = this.sources.get(c.source);
            note = {
              n: this.byKey.size + 1,
              sourceId: c.source,
              source: record?.name ?? c.source,
              publisher: record?.publisher,
              url: record?.url,
              locator: c.locator,
              quote: c.quote,
            };
            this.byKey.set(key, note);
          }
          return note.n;
        }),
      ),
    ].sort((a, b) => a - b);
  }

  list(): Footnote[] {
    return [...this.byKey.values()];
  }
}

/** The evidence reader's address for a footnote: the document opened at the quoted passage. */
export function readerHref(note: Pick<Footnote, 'sourceId' | 'locator' | 'quote'>): string {
  const query = new URLSearchParams({ locator: note.locator, ...(note.quote ? { quote: note.quote } : {}) });
  return `/sources/${encodeURIComponent(note.sourceId)}?${query.toString()}#quote`;
}
