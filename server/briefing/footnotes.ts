/** Numbered source footnotes: each distinct document and locator gets one number, in order of first use. */
import type { CitationRecord, SourceRecord } from '../domain/records.js';

export interface Footnote {
  n: number;
  source: string;
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
            const title = this.sources.get(c.source)?.name ?? c.source;
            note = { n: this.byKey.size + 1, source: title, locator: c.locator, quote: c.quote };
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
