/**
 * The review queue: documents read for review, their proposed ties grouped by sentence with the
 * passage highlighted, and the proposed new organisations. An editor accepts (possibly after
 * editing role, dates, quote or locator), rejects, or merges; accepting writes through the normal
 * editing path, so the graph, History and Changes show it at once. Decisions lists every one.
 */
import { useState } from 'react';
import {
  AcceptNodeProposalDocument,
  AcceptTieProposalDocument,
  IngestDocumentDocument,
  MergeNodeProposalDocument,
  ReadingsDocument,
  RejectProposalDocument,
  ReviewDecisionsDocument,
  ReviewReadingDocument,
  ReviewSourcesDocument,
  type ReviewReadingQuery,
  type Role,
  type TieProposalFieldsFragment,
} from '../../__generated__/graphql.js';
import { errorText } from '../../api/client.js';
import { mutate } from '../../api/mutate.js';
import { useQuery } from '../../api/useQuery.js';
import { queryClient } from '../../api/query-client.js';
import { label } from '../../graph/vocabulary.js';
import { encodingFor, highlight, MAX_UPLOAD_BYTES, rolesFor, toBase64 } from './review.js';
import './review.css';

type Reading = NonNullable<ReviewReadingQuery['reading']>;
type Sentence = Reading['sentences'][number];
type NewOrganization = Reading['newOrganizations'][number];

/** Refetches the queue after a decision (the graph's own queries refresh through mutate). */
function refreshQueue(): void {
  void queryClient.invalidateQueries({
    predicate: (q) => ['Readings', 'ReviewReading'].includes(String((q.queryKey as unknown[])[0])),
  });
}

export function ReviewLauncher() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="review-launch" onClick={() => setOpen(true)} data-testid="review-open">
        Review
      </button>
      {open && <ReviewQueue onClose={() => setOpen(false)} />}
    </>
  );
}

export function ReviewQueue({ onClose }: { onClose: () => void }) {
  const readings = useQuery(ReadingsDocument, {});
  const [chosen, setChosen] = useState<string | null>(null);
  const current = chosen ?? readings.data?.readings[0]?.id ?? null;
  return (
    <div className="import-backdrop">
      <section
        className="review-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Review queue"
        data-testid="review-dialog"
      >
        <header className="review-head">
          <h2>Review queue</h2>
          <p className="kind-line">
            Read a report against the graph; confirm or reject the ties it states. Nothing enters the graph without an
            accept.
          </p>
          <button type="button" className="review-close" onClick={onClose} data-testid="review-close">
            Close
          </button>
        </header>
        <div className="review-body">
          <aside className="review-side">
            <IngestForm onIngested={(id) => setChosen(id)} />
            <h3>Documents</h3>
            {readings.error && (
              <p className="form-error" role="alert">
                {readings.error}
              </p>
            )}
            <ul className="review-readings" data-testid="review-readings">
              {readings.data?.readings.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    aria-pressed={r.id === current}
                    onClick={() => setChosen(r.id)}
                    data-testid="review-reading"
                  >
                    <strong>{r.title}</strong>
                    <span className="muted">
                      {r.pendingCount} waiting · {r.ingestedBy}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </aside>
          <main className="review-main">
            {current ? <ReadingView id={current} /> : <p className="muted">No document yet.</p>}
          </main>
        </div>
      </section>
    </div>
  );
}

function IngestForm({ onIngested }: { onIngested: (id: string) => void }) {
  const sources = useQuery(ReviewSourcesDocument, {});
  const [file, setFile] = useState<File | null>(null);
  const [sourceId, setSourceId] = useState('');
  const [publisher, setPublisher] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) {
      setError('The file is over 700 KB: use npm run ingest for large files.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const encoding = encodingFor(file.name);
      const content = encoding === 'BASE64' ? toBase64(new Uint8Array(await file.arrayBuffer())) : await file.text();
      const res = await mutate(IngestDocumentDocument, {
        input: {
          fileName: file.name,
          content,
          encoding,
          ...(sourceId ? { sourceId } : { publisher }),
        },
      });
      refreshQueue();
      onIngested(res.ingestDocument.id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="review-ingest"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Read a document</h3>
      <label htmlFor="review-file">PDF, text, Markdown or HTML</label>
      <input
        id="review-file"
        type="file"
        accept=".pdf,.txt,.md,.markdown,.html,.htm,application/pdf,text/plain,text/markdown,text/html"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        data-testid="review-file"
      />
      <label htmlFor="review-source">Source document</label>
      <select
        id="review-source"
        value={sourceId}
        onChange={(e) => setSourceId(e.target.value)}
        data-testid="review-source"
      >
        <option value="">A new source…</option>
        {sources.data?.list.nodes.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {!sourceId && (
        <>
          <label htmlFor="review-publisher">Publisher</label>
          <input id="review-publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </>
      )}
      <button type="submit" disabled={!file || busy} data-testid="review-ingest">
        {busy ? 'Reading…' : 'Read'}
      </button>
      {error && (
        <p className="form-error" role="alert" data-testid="review-error">
          {error}
        </p>
      )}
    </form>
  );
}

function ReadingView({ id }: { id: string }) {
  const [tab, setTab] = useState<'queue' | 'decisions'>('queue');
  const q = useQuery(ReviewReadingDocument, { id, status: 'PENDING' });
  const reading = q.data?.reading;
  if (q.error)
    return (
      <p className="form-error" role="alert">
        {q.error}
      </p>
    );
  if (!reading) return <p className="muted">Loading…</p>;
  return (
    <div data-testid="review-reading-view" data-reading={reading.id}>
      <h3>{reading.title}</h3>
      <p className="muted">
        {reading.fileName} · {label(reading.format)}
        {reading.pageCount ? ` · ${reading.pageCount} pages` : ''} · cites {reading.sourceId} · {reading.pendingCount}{' '}
        waiting
      </p>
      <div className="side-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'queue'} onClick={() => setTab('queue')}>
          Proposals
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'decisions'}
          onClick={() => setTab('decisions')}
          data-testid="review-decisions-tab"
        >
          Decisions ({reading.decisions.length})
        </button>
      </div>
      {tab === 'queue' ? (
        <>
          {reading.sentences.length === 0 && <p className="muted">No tie waits for a decision.</p>}
          <ol className="review-sentences">
            {reading.sentences.map((s) => (
              <SentenceGroup key={s.id} readingId={reading.id} sourceId={reading.sourceId} sentence={s} />
            ))}
          </ol>
          {reading.newOrganizations.length > 0 && (
            <>
              <h4>New organisations</h4>
              <ul className="review-new">
                {reading.newOrganizations.map((n) => (
                  <NewOrganizationItem key={n.id} readingId={reading.id} proposal={n} />
                ))}
              </ul>
            </>
          )}
        </>
      ) : (
        <Decisions id={reading.id} />
      )}
    </div>
  );
}

/** Every decision on the document, read afresh whenever the tab opens. */
function Decisions({ id }: { id: string }) {
  const q = useQuery(ReviewDecisionsDocument, { id });
  if (q.error)
    return (
      <p className="form-error" role="alert">
        {q.error}
      </p>
    );
  return (
    <ul className="review-decisions" data-testid="review-decisions">
      {q.data?.reading?.decisions.map((d) => (
        <li key={d.proposalId} data-testid="review-decision" data-status={d.status}>
          <span className={`review-status ${d.status.toLowerCase()}`}>{label(d.status)}</span> {d.summary}{' '}
          <span className="muted">
            by {d.by}, {new Date(d.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
          </span>
          {d.comment && <p className="audit-comment">“{d.comment}”</p>}
        </li>
      ))}
    </ul>
  );
}

function SentenceGroup({ readingId, sourceId, sentence }: { readingId: string; sourceId: string; sentence: Sentence }) {
  const [focus, setFocus] = useState<TieProposalFieldsFragment | null>(null);
  const pieces = highlight(
    sentence.passage,
    sentence,
    focus ? { start: focus.quoteStart, end: focus.quoteEnd } : undefined,
  );
  return (
    <li className="review-sentence" data-testid="review-sentence">
      <p className="review-locator">{sentence.locator}</p>
      <blockquote className="review-passage">
        {pieces.map((p, i) =>
          p.mark === 'plain' ? (
            <span key={i}>{p.text}</span>
          ) : (
            <mark key={i} className={p.mark}>
              {p.text}
            </mark>
          ),
        )}
      </blockquote>
      {(sentence.dates.length > 0 || sentence.counts.length > 0) && (
        <p className="muted">{[...sentence.dates, ...sentence.counts].join(' · ')}</p>
      )}
      <ul className="review-ties">
        {sentence.ties.map((t) => (
          <TieItem key={t.id} readingId={readingId} sourceId={sourceId} tie={t} onFocus={() => setFocus(t)} />
        ))}
      </ul>
    </li>
  );
}

function TieItem({
  readingId,
  sourceId,
  tie,
  onFocus,
}: {
  readingId: string;
  sourceId: string;
  tie: TieProposalFieldsFragment;
  onFocus: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role | ''>(tie.role ?? '');
  const [from, setFrom] = useState(tie.from ?? '');
  const [until, setUntil] = useState(tie.until ?? '');
  const [quote, setQuote] = useState(tie.quote);
  const [locator, setLocator] = useState(tie.locator);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [decided, setDecided] = useState<'Accepted' | 'Rejected' | null>(null);
  const run = async (work: () => Promise<unknown>, outcome: 'Accepted' | 'Rejected') => {
    setBusy(true);
    setError(null);
    try {
      await work();
      // Said at once, before the queue is read again.
      setDecided(outcome);
      refreshQueue();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  const accept = () =>
    run(
      () =>
        mutate(AcceptTieProposalDocument, {
          reading: readingId,
          proposal: tie.id,
          edits: editing ? { role: role || null, from: from || null, until: until || null, quote, locator } : null,
          comment: comment || null,
        }),
      'Accepted',
    );
  const reject = () =>
    run(
      () => mutate(RejectProposalDocument, { reading: readingId, proposal: tie.id, comment: comment || null }),
      'Rejected',
    );
  const roles = rolesFor(tie.type);
  if (decided) {
    return (
      <li className="review-tie decided" data-testid="review-tie-decided">
        {decided}: {tie.start.name} {label(tie.type)} {tie.end.name}
      </li>
    );
  }
  return (
    <li
      className="review-tie"
      data-testid="review-tie"
      data-type={tie.type}
      data-start={tie.start.id}
      data-end={tie.end.id}
      onMouseEnter={onFocus}
      onFocus={onFocus}
    >
      <p className="review-tie-line">
        <strong>{tie.start.name}</strong> <span className="review-type">{label(tie.type)}</span>{' '}
        <strong>{tie.end.name}</strong>
        {tie.role && <span className="muted"> as {label(tie.role)}</span>}
        <span className="review-confidence" title={tie.reason}>
          {Math.round(tie.confidence * 100)}%
        </span>
      </p>
      <p className="muted review-reason">
        {tie.reason}
        {tie.alsoIn > 0 && ` · stated in ${tie.alsoIn} more sentence(s)`} ·{' '}
        <a
          href={`/sources/${encodeURIComponent(sourceId)}?${new URLSearchParams({ locator: tie.locator, quote: tie.quote })}`}
          target="_blank"
          rel="noreferrer"
        >
          open in the document
        </a>
      </p>
      {editing && (
        <div className="review-edit">
          {roles.length > 0 && (
            <label>
              Role
              <select value={role} onChange={(e) => setRole(e.target.value as Role | '')} data-testid="review-role">
                <option value="">—</option>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {label(r)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            From <input value={from} onChange={(e) => setFrom(e.target.value)} placeholder="2024-03" />
          </label>
          <label>
            Until <input value={until} onChange={(e) => setUntil(e.target.value)} />
          </label>
          <label>
            Where in the document <input value={locator} onChange={(e) => setLocator(e.target.value)} />
          </label>
          <label>
            Quote (word for word)
            <textarea value={quote} onChange={(e) => setQuote(e.target.value)} rows={3} />
          </label>
        </div>
      )}
      <div className="review-actions">
        <input
          aria-label="Why (optional)"
          placeholder="Why (optional)"
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          data-testid="review-comment"
        />
        <button type="button" onClick={() => void accept()} disabled={busy} data-testid="review-accept">
          Accept
        </button>
        <button type="button" onClick={() => setEditing(!editing)} disabled={busy} aria-pressed={editing}>
          Edit
        </button>
        <button type="button" onClick={() => void reject()} disabled={busy} data-testid="review-reject">
          Reject
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="review-error">
          {error}
        </p>
      )}
    </li>
  );
}

function NewOrganizationItem({ readingId, proposal }: { readingId: string; proposal: NewOrganization }) {
  const [into, setInto] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      refreshQueue();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <li className="review-tie" data-testid="review-new-organization">
      <p className="review-tie-line">
        <strong>{proposal.name}</strong> {proposal.acronym && `(${proposal.acronym})`}{' '}
        <span className="muted">{label(proposal.organizationKind)}</span>
        <span className="review-confidence" title={proposal.reason}>
          {Math.round(proposal.confidence * 100)}%
        </span>
      </p>
      <p className="muted review-reason">
        {proposal.locator}: “{proposal.quote}”
      </p>
      <div className="review-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(() => mutate(AcceptNodeProposalDocument, { reading: readingId, proposal: proposal.id }))
          }
        >
          Add
        </button>
        <input
          aria-label="Merge into (node id)"
          placeholder="merge into id, e.g. msdhs"
          value={into}
          onChange={(e) => setInto(e.target.value)}
        />
        <button
          type="button"
          disabled={busy || !into}
          onClick={() =>
            void run(() => mutate(MergeNodeProposalDocument, { reading: readingId, proposal: proposal.id, into }))
          }
        >
          Merge
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => mutate(RejectProposalDocument, { reading: readingId, proposal: proposal.id }))}
        >
          Reject
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
