/**
 * Where a fact is stated: the document, the place in it, and the quote when recorded. "Open at
 * the quote" opens the evidence reader (/sources/<id>) at the passage, highlighted; when the
 * server has not loaded the document's text the reader says so and shows the quote.
 */
import type { Citation } from '../../graph/model.js';
import { formatDate } from '../../graph/partial-date.js';

/** The evidence reader's address for a citation (the server's /sources route). */
export function readerHref(c: Citation): string {
  const query = new URLSearchParams({ locator: c.locator, ...(c.quote ? { quote: c.quote } : {}) });
  return `/sources/${encodeURIComponent(c.source.id)}?${query.toString()}#quote`;
}

export function Citations({ citations, compact = false }: { citations: readonly Citation[]; compact?: boolean }) {
  if (!citations.length) return <p className="muted">No source recorded.</p>;
  return (
    <ul className={compact ? 'citations compact' : 'citations'} data-testid="citations">
      {citations.map((c, i) => (
        <li key={`${c.source.id}-${c.locator}-${i}`} className="citation" data-testid="citation">
          <span className="citation-ref">
            {c.source.url ? (
              <a href={c.source.url} target="_blank" rel="noreferrer">
                {c.source.name}
              </a>
            ) : (
              <span className="citation-source">{c.source.name}</span>
            )}
            , <span className="citation-locator">{c.locator}</span>
          </span>
          {!compact && (
            <span className="citation-publisher">
              {c.source.publisher}
              {c.source.publishedOn ? `, ${formatDate(c.source.publishedOn)}` : ''}
            </span>
          )}
          {c.quote && <q className="citation-quote">{c.quote}</q>}
          <a
            className="citation-open"
            href={readerHref(c)}
            target="_blank"
            rel="noopener"
            title="Open the document at this passage, in a new tab"
            data-testid="citation-open"
          >
            Open at the quote
          </a>
        </li>
      ))}
    </ul>
  );
}
