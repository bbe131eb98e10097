/**
 * Deleting a node (after a confirmation, with the version it was shown at) and merging a duplicate
 * organisation into this one (after showing what moves).
 */
import { useState } from 'react';
import {
  DeleteAgreementDocument,
  DeleteCountryDocument,
  DeleteJointCaseDocument,
  DeleteMeetingDocument,
  DeleteOrganizationDocument,
  DeleteSourceDocument,
  EditableNodeDocument,
  MergeOrganizationsDocument,
  NeighbourhoodDocument,
  type EditableNodeQuery,
} from '../__generated__/graphql.js';
import { ApiError, errorText } from '../api/client.js';
import { mutate } from '../api/mutate.js';
import { useQuery } from '../api/useQuery.js';
import { NEIGHBOURHOOD_LIMIT } from '../data/useEvidenceGraph.js';
import { toModel } from '../graph/model.js';
import { label } from '../graph/vocabulary.js';
import { SearchBox } from '../panels/search/SearchBox.js';
import { CommentField } from './Fields.js';
import { mergePreview, refusalWords, type TieSummary } from './manage.js';
import { EditorOnly } from './SignIn.js';

type EditableNode = NonNullable<EditableNodeQuery['node']>;

async function remove(node: EditableNode, comment: string | null) {
  const v = { id: node.id, expectedVersion: node.version, comment };
  switch (node.__typename) {
    case 'Organization':
      return (await mutate(DeleteOrganizationDocument, v)).deleteOrganization;
    case 'Country':
      return (await mutate(DeleteCountryDocument, v)).deleteCountry;
    case 'Agreement':
      return (await mutate(DeleteAgreementDocument, v)).deleteAgreement;
    case 'Meeting':
      return (await mutate(DeleteMeetingDocument, v)).deleteMeeting;
    case 'JointCase':
      return (await mutate(DeleteJointCaseDocument, v)).deleteJointCase;
    case 'Source':
      return (await mutate(DeleteSourceDocument, v)).deleteSource;
  }
}

function failure(e: unknown): { text: string; code?: string } {
  if (e instanceof ApiError) return { text: refusalWords(e.problems) ?? e.message, code: e.code };
  return { text: errorText(e) };
}

function useTies(id: string | null): TieSummary[] | null {
  const q = useQuery(
    NeighbourhoodDocument,
    { ids: id ? [id] : [], depth: 1, limit: NEIGHBOURHOOD_LIMIT },
    { skip: !id },
  );
  if (!id || !q.data) return null;
  const model = toModel(q.data.neighbourhood);
  return [...model.relationships.values()]
    .filter((r) => r.start === id || r.end === id)
    .map((r) => ({ id: r.id, type: r.type, other: model.nodes.get(r.start === id ? r.end : r.start)?.name ?? '' }));
}

type DeleteFormProps = { id: string; onDeleted(id: string): void; onCancel(): void };

/** The form, or "Sign in to edit" for someone who could not delete. */
export function DeleteForm(props: DeleteFormProps) {
  return (
    <EditorOnly what="delete" onCancel={props.onCancel}>
      <DeleteFormBody {...props} />
    </EditorOnly>
  );
}

function DeleteFormBody({ id, onDeleted, onCancel }: DeleteFormProps) {
  const q = useQuery(EditableNodeDocument, { id });
  const ties = useTies(id);
  const node = q.data?.node ?? null;
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; code?: string } | null>(null);

  const confirm = async () => {
    if (!node) return;
    setBusy(true);
    setError(null);
    try {
      await remove(node, comment.trim() || null);
      onDeleted(node.id);
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="edit-form" data-testid="delete-form" aria-label="Delete">
      <header className="edit-head">
        <h2>Delete {node?.name ?? id}</h2>
        {node && (
          <p className="kind-line">
            {label(node.nodeKind)} · version {node.version}
          </p>
        )}
      </header>
      {q.error && (
        <p className="error" role="alert">
          {q.error}
        </p>
      )}
      {node && (
        <p data-testid="delete-consequence">
          {ties === null
            ? 'Its ties are deleted with it.'
            : ties.length
              ? `Its ${ties.length} ${ties.length === 1 ? 'tie is' : 'ties are'} deleted with it.`
              : 'It has no ties.'}{' '}
          The deletion is kept in the history.
        </p>
      )}
      <CommentField value={comment} onChange={setComment} />
      {error && (
        <div className="form-error" role="alert" data-testid="form-error" data-code={error.code}>
          <p>{error.text}</p>
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn danger"
          disabled={!node || busy}
          onClick={() => void confirm()}
          data-testid="delete-confirm"
        >
          {busy ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

type MergeFormProps = { survivor: string; onMerged(survivor: string, duplicate: string): void; onCancel(): void };

/** The form, or "Sign in to edit" for someone who could not merge. */
export function MergeForm(props: MergeFormProps) {
  return (
    <EditorOnly what="merge duplicates" onCancel={props.onCancel}>
      <MergeFormBody {...props} />
    </EditorOnly>
  );
}

function MergeFormBody({ survivor, onMerged, onCancel }: MergeFormProps) {
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const s = useQuery(EditableNodeDocument, { id: survivor });
  const d = useQuery(EditableNodeDocument, { id: duplicate ?? '' }, { skip: !duplicate });
  const ties = useTies(duplicate);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; code?: string } | null>(null);
  const keep = s.data?.node ?? null;
  const dup = duplicate ? (d.data?.node ?? null) : null;
  const preview = keep && dup && ties ? mergePreview(keep, dup, ties) : null;

  const merge = async () => {
    if (!keep || !dup) return;
    setBusy(true);
    setError(null);
    try {
      await mutate(MergeOrganizationsDocument, {
        survivor: keep.id,
        duplicate: dup.id,
        survivorVersion: keep.version,
        duplicateVersion: dup.version,
        comment: comment.trim() || null,
      });
      onMerged(keep.id, dup.id);
    } catch (e) {
      setError(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="edit-form" data-testid="merge-form" aria-label="Merge a duplicate">
      <header className="edit-head">
        <h2>Merge a duplicate into {keep?.name ?? survivor}</h2>
        <p className="kind-line">The duplicate’s ties, names and sources move here; then it is deleted.</p>
      </header>
      <SearchBox
        label="The duplicate organisation"
        placeholder="Find the duplicate…"
        kinds={['ORGANIZATION']}
        testId="merge-search"
        chosenName={dup?.name}
        onChoose={(hit) => {
          if (hit.node.id !== survivor) setDuplicate(hit.node.id);
          else setError({ text: 'Choose another organisation: this one is the one kept.' });
        }}
      />
      {d.error && (
        <p className="error" role="alert">
          {d.error}
        </p>
      )}
      {duplicate && !preview && !d.error && <p className="muted">Loading what will move…</p>}
      {preview && dup && (
        <div className="merge-preview" data-testid="merge-preview">
          <p>
            <strong>{dup.name}</strong> will be deleted after moving:
          </p>
          <ul>
            <li data-testid="merge-ties">
              {preview.ties.length} {preview.ties.length === 1 ? 'tie' : 'ties'}
              {preview.ties.length > 0 && (
                <ul>
                  {preview.ties.slice(0, 12).map((t) => (
                    <li key={t.id}>
                      {label(t.type)}: {t.other}
                    </li>
                  ))}
                  {preview.ties.length > 12 && <li>and {preview.ties.length - 12} more</li>}
                </ul>
              )}
            </li>
            <li data-testid="merge-aliases">
              {preview.aliases.length ? `Names kept as aliases: ${preview.aliases.join('; ')}` : 'No new names'}
            </li>
            <li>
              {preview.sources} {preview.sources === 1 ? 'citation' : 'citations'} added
            </li>
            {preview.fields.length > 0 && <li>Fields filled in: {preview.fields.join(', ')}</li>}
          </ul>
        </div>
      )}
      <CommentField value={comment} onChange={setComment} />
      {error && (
        <div className="form-error" role="alert" data-testid="form-error" data-code={error.code}>
          <p>{error.text}</p>
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn primary"
          disabled={!preview || busy}
          onClick={() => void merge()}
          data-testid="merge-confirm"
        >
          {busy ? 'Merging…' : 'Merge'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
