/**
 * Import in the explorer: choose CSV files, a .zip of them or a JSON export; a dry run reports
 * what each row would do (new, changed, unchanged, rejected, with the fields and messages); Apply
 * writes every row in one atomic step, and only when no row is rejected. Upload progress is shown,
 * then the server's checking.
 */
import { useState } from 'react';
import { ImportGraphDocument, type ImportFileInput, type ImportOutcome } from '../__generated__/graphql.js';
import { ApiError, errorText } from '../api/client.js';
import { upload, type UploadProgress } from '../api/upload.js';
import { importApplied } from '../api/mutate.js';
import { CommentField } from './Fields.js';
import { EditorOnly } from './SignIn.js';
import {
  encodingOf,
  fileKind,
  importFormat,
  MAX_REQUEST_BYTES,
  OUTCOME_WORDS,
  countOf,
  problemWords,
  reportRows,
  summarise,
  toBase64,
  TOO_LARGE,
  type FileKind,
  type ImportReport,
} from './importing.js';

interface Chosen {
  file: File;
  kind: FileKind | null;
}

async function readFile(c: Chosen): Promise<ImportFileInput> {
  const kind = c.kind ?? 'csv';
  const content = kind === 'zip' ? toBase64(new Uint8Array(await c.file.arrayBuffer())) : await c.file.text();
  return { name: c.file.name, content, encoding: encodingOf(kind) };
}

function kb(bytes: number): string {
  return bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;
}

export function ImportDialog({ onClose, onApplied }: { onClose(): void; onApplied(): void }) {
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [formatChoice, setFormatChoice] = useState<'auto' | 'CSV' | 'JSON'>('auto');
  const [comment, setComment] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<(UploadProgress & { apply: boolean }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [shown, setShown] = useState<ImportOutcome | 'ALL'>('ALL');

  const detected = importFormat(chosen.map((c) => c.kind));
  const format = formatChoice === 'auto' ? ('format' in detected ? detected.format : null) : formatChoice;
  const busy = progress !== null;

  const choose = (list: FileList | null) => {
    const files = [...(list ?? [])];
    setChosen(files.map((file) => ({ file, kind: fileKind(file.name, file.type) })));
    setReport(null);
    setApplied(null);
    setError(null);
  };

  const run = async (dryRun: boolean) => {
    setError(null);
    if (!dryRun) setApplied(null);
    if ('error' in detected && formatChoice === 'auto') {
      setError(detected.error);
      return;
    }
    if (!format) return;
    const size = chosen.reduce((n, c) => n + c.file.size, 0);
    if (size > MAX_REQUEST_BYTES) {
      setError(TOO_LARGE);
      return;
    }
    setProgress({ phase: 'upload', fraction: 0, apply: !dryRun });
    try {
      const files = await Promise.all(chosen.map(readFile));
      const data = await upload(ImportGraphDocument, { format, files, dryRun, comment: comment.trim() || null }, (p) =>
        setProgress({ ...p, apply: !dryRun }),
      );
      const r = data.importGraph;
      setReport(r);
      setShown(r.counts.reject ? 'REJECT' : 'ALL');
      if (!dryRun && r.applied) {
        importApplied();
        setApplied(r);
        onApplied();
      } else if (!dryRun) setError('Nothing was applied: some rows are rejected. Fix them and check again.');
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'PAYLOAD_TOO_LARGE' ? TOO_LARGE : errorText(e));
    } finally {
      setProgress(null);
    }
  };

  const summary = report ? summarise(report) : null;
  const listed = report ? reportRows(report) : [];
  const rows = listed.filter((r) => shown === 'ALL' || r.outcome === shown);
  const total = report
    ? report.counts.create + report.counts.update + report.counts.unchanged + report.counts.reject
    : 0;
  return (
    <div className="import-backdrop">
      <section
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Import"
        data-testid="import-dialog"
      >
        <header className="edit-head">
          <h2>Import</h2>
          <p className="kind-line">
            CSV files (organizations.csv, relationships.csv…), a .zip of them, or a JSON export. A dry run checks every
            row first; Apply writes them all in one step, or nothing.
          </p>
        </header>
        <EditorOnly what="import data" onCancel={onClose}>
          <div className="form-field">
            <label htmlFor="import-files">Files</label>
            <input
              id="import-files"
              type="file"
              multiple
              accept=".csv,.zip,.json,text/csv,application/zip,application/json"
              onChange={(e) => choose(e.target.files)}
              disabled={busy}
              data-testid="import-files"
            />
            {chosen.length > 0 && (
              <ul className="import-files" data-testid="import-file-list">
                {chosen.map((c) => (
                  <li key={c.file.name}>
                    {c.file.name}{' '}
                    <span className="muted">
                      ({c.kind ? c.kind.toUpperCase() : 'unknown kind'}, {kb(c.file.size)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="form-field">
            <label htmlFor="import-format">Format</label>
            <select
              id="import-format"
              value={formatChoice}
              onChange={(e) => {
                setFormatChoice(e.target.value as typeof formatChoice);
                setReport(null);
              }}
              disabled={busy}
              data-testid="import-format"
            >
              <option value="auto">
                {'format' in detected ? `From the files (${detected.format})` : 'From the files'}
              </option>
              <option value="CSV">CSV</option>
              <option value="JSON">JSON</option>
            </select>
          </div>
          <CommentField value={comment} onChange={setComment} />
          <div className="form-actions">
            <button
              type="button"
              className="btn"
              disabled={busy || !chosen.length}
              onClick={() => void run(true)}
              data-testid="import-check"
            >
              Check (dry run)
            </button>
            <button
              type="button"
              className="btn primary"
              disabled={busy || !summary?.canApply || !!applied}
              onClick={() => void run(false)}
              data-testid="import-apply"
              title={summary && !summary.canApply ? 'Apply is possible once no row is rejected' : undefined}
            >
              Apply
            </button>
            <button type="button" className="btn" onClick={onClose} disabled={busy} data-testid="import-close">
              Close
            </button>
          </div>
          {progress && (
            <div className="import-progress" role="status" data-testid="import-progress" data-phase={progress.phase}>
              {progress.phase === 'upload' ? (
                <>
                  <progress max={100} value={Math.round(progress.fraction * 100)} />
                  <span>Uploading… {Math.round(progress.fraction * 100)}%</span>
                </>
              ) : (
                <>
                  <progress />
                  <span>{progress.apply ? 'Applying the rows…' : 'Checking rows…'}</span>
                </>
              )}
            </div>
          )}
          {error && (
            <p className="form-error" role="alert" data-testid="import-error">
              {error}
            </p>
          )}
          {applied && (
            <p className="form-saved" role="status" data-testid="import-applied">
              Applied: {applied.counts.create} new, {applied.counts.update} changed. The graph and its history show
              them.
            </p>
          )}
          {report && summary && (
            <div className="import-report" data-testid="import-report" data-rejected={report.counts.reject}>
              <p data-testid="import-summary">{summary.words}</p>
              <div className="segmented" role="group" aria-label="Rows shown">
                {(['ALL', 'CREATE', 'UPDATE', 'UNCHANGED', 'REJECT'] as const).map((o) => {
                  const n = o === 'ALL' ? total : countOf(report, o);
                  return (
                    <button
                      key={o}
                      type="button"
                      aria-pressed={shown === o}
                      onClick={() => setShown(o)}
                      data-testid={`import-show-${o}`}
                    >
                      {o === 'ALL' ? 'All' : OUTCOME_WORDS[o]} ({n})
                    </button>
                  );
                })}
              </div>
              <table className="import-rows">
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Row</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Id</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Problems</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr
                      key={`${r.file}:${r.row}`}
                      data-testid="import-row"
                      data-outcome={r.outcome}
                      data-fields={r.problems.map((p) => p.field).join(',')}
                      className={r.outcome === 'REJECT' ? 'rejected' : undefined}
                    >
                      <td>{r.file}</td>
                      <td>{r.row}</td>
                      <td>{r.kind}</td>
                      <td>{r.id ?? '—'}</td>
                      <td>{r.outcome}</td>
                      <td>{problemWords(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {listed.length < total && (
                <p className="muted" data-testid="import-partial">
                  The first {listed.length} of {total} rows are listed (rejected rows first); the counts above cover
                  them all. For the whole report, run `npm run import -- --dry-run`.
                </p>
              )}
            </div>
          )}
        </EditorOnly>
      </section>
    </div>
  );
}
