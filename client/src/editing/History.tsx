/** The audit trail: a node's history, and the feed of recent changes — who, when, what (before → after) and why. */
import {
  NodeHistoryDocument,
  RecentChangesDocument,
  type AuditEntryFieldsFragment,
  type RecordChangeFieldsFragment,
} from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { label } from '../graph/vocabulary.js';
import { auditValue, QUIET_FIELDS } from './forms.js';

type Entry = AuditEntryFieldsFragment & { changes: RecordChangeFieldsFragment[] };

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function EntryView({ entry, showRecords }: { entry: Entry; showRecords: boolean }) {
  return (
    <li className="audit-entry" data-testid="audit-entry" data-action={entry.action}>
      <div className="audit-line">
        <span className="audit-action">{label(entry.action)}</span>
        <time dateTime={entry.at}>{when(entry.at)}</time>
        <span className="audit-actor">by {entry.actor}</span>
      </div>
      <p className="audit-summary">{entry.summary}</p>
      {entry.comment && <p className="audit-comment">“{entry.comment}”</p>}
      {entry.changes.map((c) => {
        const fields = c.fields.filter((f) => !QUIET_FIELDS.has(f.field));
        return (
          <div key={`${c.itemId}-${c.operation}`} className="audit-record">
            {showRecords && (
              <p className="audit-record-label">
                {label(c.operation)} · {c.label}
              </p>
            )}
            {c.operation === 'UPDATE' && fields.length > 0 && (
              <table className="audit-fields" data-testid="audit-fields">
                <tbody>
                  {fields.map((f) => (
                    <tr key={f.field} data-field={f.field}>
                      <th scope="row">{f.field}</th>
                      <td className="before">{auditValue(f.before)}</td>
                      <td aria-hidden="true">→</td>
                      <td className="after">{auditValue(f.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
      {entry.changeCount > entry.changes.length && (
        <p className="muted">and {entry.changeCount - entry.changes.length} more records</p>
      )}
    </li>
  );
}

export function NodeHistory({ id, name, onClose }: { id: string; name: string; onClose(): void }) {
  const q = useQuery(NodeHistoryDocument, { id, first: 30 });
  const entries = q.data?.history.entries ?? [];
  return (
    <section className="history" data-testid="history" aria-label={`History of ${name}`}>
      <header className="edit-head">
        <h2>History</h2>
        <p className="kind-line">{name}: every change to it and its ties, newest first</p>
      </header>
      {q.error && (
        <p className="error" role="alert">
          {q.error}
        </p>
      )}
      {q.loading && <p className="muted">Loading the history…</p>}
      {q.data && !entries.length && <p className="muted">No change recorded since the data was loaded.</p>}
      <ol className="audit-list">
        {entries.map((e) => (
          <EntryView key={e.id} entry={e} showRecords />
        ))}
      </ol>
      {q.data?.history.hasNextPage && <p className="muted">Older changes are not shown.</p>}
      <button type="button" className="btn small" onClick={onClose}>
        Back to the details
      </button>
    </section>
  );
}

export function RecentChanges({ onClose }: { onClose(): void }) {
  const q = useQuery(RecentChangesDocument, { first: 30 });
  const entries = q.data?.recentChanges.entries ?? [];
  return (
    <section className="history" data-testid="recent-changes" aria-label="Recent changes">
      <header className="edit-head">
        <h2>Recent changes</h2>
        <p className="kind-line">Every edit to the graph, newest first</p>
      </header>
      {q.error && (
        <p className="error" role="alert">
          {q.error}
        </p>
      )}
      {q.loading && <p className="muted">Loading…</p>}
      <ol className="audit-list">
        {entries.map((e) => (
          <EntryView key={e.id} entry={e} showRecords />
        ))}
      </ol>
      <button type="button" className="btn small" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
