/**
 * The form to add or edit a node. A new meeting is recorded with its participants in one step
 * (recordMeeting); an edit carries the version it was made from, and a CONFLICT is said in words
 * with a way to reload. Every change cites a source document and the place in it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import {
  CreateAgreementDocument,
  CreateCountryDocument,
  CreateSourceDocument,
  CreateJointCaseDocument,
  CreateOrganizationDocument,
  EditableNodeDocument,
  RecordMeetingDocument,
  UpdateAgreementDocument,
  UpdateCountryDocument,
  UpdateJointCaseDocument,
  UpdateMeetingDocument,
  UpdateOrganizationDocument,
  UpdateSourceDocument,
  type AgreementInput,
  type CitationInput,
  type CountryInput,
  type SourceInput,
  type EditableNodeQuery,
  type JointCaseInput,
  type MeetingInput,
  type NodeKind,
  type OrganizationInput,
} from '../__generated__/graphql.js';
import { ApiError, errorText } from '../api/client.js';
import { queryClient } from '../api/query-client.js';
import { queryOptions } from '../api/useQuery.js';
import { mutate } from '../api/mutate.js';
import { label } from '../graph/vocabulary.js';
import { SearchBox } from '../panels/search/SearchBox.js';
import {
  CitationFields,
  citationInput,
  citationProblems,
  CommentField,
  EMPTY_CITATION,
  Field,
  FieldError,
  type CitationValue,
} from './Fields.js';
import {
  buildInput,
  buildPatch,
  emptyValues,
  FORM_FIELDS,
  problemsByField,
  valuesFromNode,
  type FormValues,
} from './forms.js';
import { EditorOnly } from './SignIn.js';

type EditableNode = NonNullable<EditableNodeQuery['node']>;

export interface Participant {
  id: string;
  name: string;
}

export type EditTarget =
  { mode: 'create'; kind: NodeKind; participants?: Participant[] } | { mode: 'edit'; id: string };

export interface EditFormProps {
  target: EditTarget;
  /** After a successful save, with the node's id. */
  onSaved(id: string, created: boolean): void;
  onCancel(): void;
}

const CREATE_WORDS: Partial<Record<NodeKind, string>> = {
  ORGANIZATION: 'Add an organisation',
  MEETING: 'Record a meeting',
  AGREEMENT: 'Add an agreement',
  JOINT_CASE: 'Add a joint case',
  COUNTRY: 'Add a country',
  SOURCE: 'Add a source document',
};

async function create(kind: NodeKind, input: Record<string, unknown>, participants: Participant[], comment: string) {
  const c = comment.trim() || null;
  switch (kind) {
    case 'ORGANIZATION':
      return (await mutate(CreateOrganizationDocument, { input: input as OrganizationInput, comment: c }))
        .createOrganization.id;
    case 'AGREEMENT':
      return (await mutate(CreateAgreementDocument, { input: input as AgreementInput, comment: c })).createAgreement.id;
    case 'JOINT_CASE':
      return (await mutate(CreateJointCaseDocument, { input: input as JointCaseInput, comment: c })).createJointCase.id;
    case 'COUNTRY':
      return (await mutate(CreateCountryDocument, { input: input as CountryInput, comment: c })).createCountry.id;
    case 'SOURCE':
      return (await mutate(CreateSourceDocument, { input: input as SourceInput, comment: c })).createSource.id;
    case 'MEETING':
      return (
        await mutate(RecordMeetingDocument, {
          input: { meeting: input as MeetingInput, participants: participants.map((p) => ({ organization: p.id })) },
          comment: c,
        })
      ).recordMeeting.id;
    default:
      throw new ApiError(`The explorer cannot add a ${label(kind).toLowerCase()} yet.`);
  }
}

async function update(node: EditableNode, patch: Record<string, unknown>, comment: string) {
  const v = { id: node.id, expectedVersion: node.version, comment: comment.trim() || null };
  switch (node.__typename) {
    case 'Organization':
      return mutate(UpdateOrganizationDocument, { ...v, patch });
    case 'Country':
      return mutate(UpdateCountryDocument, { ...v, patch });
    case 'Agreement':
      return mutate(UpdateAgreementDocument, { ...v, patch });
    case 'Meeting':
      return mutate(UpdateMeetingDocument, { ...v, patch });
    case 'JointCase':
      return mutate(UpdateJointCaseDocument, { ...v, patch });
    case 'Source':
      return mutate(UpdateSourceDocument, { ...v, patch });
  }
}

function EditFormBody({ target, onSaved, onCancel }: EditFormProps) {
  const editing = target.mode === 'edit';
  const [node, setNode] = useState<EditableNode | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const kind: NodeKind | null = target.mode === 'create' ? target.kind : (node?.nodeKind ?? null);
  const [values, setValues] = useState<FormValues>(() => (target.mode === 'create' ? emptyValues(target.kind) : {}));
  const [base, setBase] = useState<FormValues>({});
  const [citation, setCitation] = useState<CitationValue>(EMPTY_CITATION);
  const [comment, setComment] = useState('');
  const [participants, setParticipants] = useState<Participant[]>(
    target.mode === 'create' ? (target.participants ?? []) : [],
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<{ text: string; code?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const load = async (id: string) => {
    setLoadError(null);
    try {
      // Always from the server: the form edits from the version stored now.
      const data = await queryClient.fetchQuery({ ...queryOptions(EditableNodeDocument, { id }), staleTime: 0 });
      if (!data.node) throw new ApiError(`No node has the id ${id}.`);
      const v = valuesFromNode(data.node);
      setNode(data.node);
      setBase(v);
      setValues(v);
      setErrors({});
      setFormError(null);
    } catch (e) {
      setLoadError(errorText(e));
    }
  };

  useEffect(() => {
    if (target.mode === 'edit') void load(target.id);
    // Load once per node edited.
  }, [target.mode === 'edit' ? target.id : '']);

  if (editing && !node)
    return (
      <div className="edit-form" data-testid="edit-form">
        {loadError ? (
          <p className="error" role="alert">
            {loadError}
          </p>
        ) : (
          <p className="muted">Loading the record…</p>
        )}
        <button type="button" className="btn small" onClick={onCancel}>
          Close
        </button>
      </div>
    );
  if (!kind) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setSaved(false);
    const converted = editing ? buildPatch(kind, base, values) : buildInput(kind, values);
    // A new source document cites itself (its title page) unless another citation is given.
    const selfCited = !editing && kind === 'SOURCE' && !citation.source && !citation.locator.trim();
    const problems: Record<string, string> = {
      ...converted.problems,
      ...(selfCited ? {} : citationProblems(citation)),
    };
    if (!editing && kind === 'MEETING' && !participants.length)
      problems.participants = 'Add at least one organisation that took part.';
    setErrors(problems);
    if (Object.keys(problems).length) {
      setFormError({ text: 'Some fields need attention: see the messages next to them.' });
      return;
    }
    const cite = citationInput(citation);
    setSaving(true);
    try {
      if (editing && node) {
        const sources: CitationInput[] = [
          ...node.sources.map((s) => ({ source: s.source.id, locator: s.locator, quote: s.quote })),
          cite,
        ];
        await update(node, { ...converted.value, sources }, comment);
        setSaved(true);
        onSaved(node.id, false);
        await load(node.id);
      } else {
        const input = selfCited ? converted.value : { ...converted.value, sources: [cite] };
        const id = await create(kind, input, participants, comment);
        onSaved(id, true);
      }
    } catch (err) {
      if (err instanceof ApiError && err.problems.length) {
        setErrors(problemsByField(err.problems));
        const general = problemsByField(err.problems).form;
        setFormError({ text: general ?? 'The server did not accept some fields: see the messages next to them.' });
      } else {
        setFormError({ text: errorText(err), code: err instanceof ApiError ? err.code : undefined });
      }
    } finally {
      setSaving(false);
    }
  };

  const title = editing ? `Edit ${node!.name}` : (CREATE_WORDS[kind] ?? `Add: ${label(kind)}`);
  return (
    <form className="edit-form" onSubmit={(e) => void submit(e)} noValidate data-testid="edit-form" aria-label={title}>
      <header className="edit-head">
        <h2>{title}</h2>
        <p className="kind-line">
          {label(kind)}
          {editing && ` · version ${node!.version}`}
        </p>
      </header>
      {FORM_FIELDS[kind].map((spec) => (
        <Field
          key={spec.name}
          spec={spec}
          value={values[spec.name] ?? (spec.type === 'multi' ? [] : '')}
          error={errors[spec.name]}
          onChange={(v) => setValues({ ...values, [spec.name]: v })}
        />
      ))}
      {!editing && kind === 'MEETING' && (
        <fieldset className={errors.participants ? 'form-participants invalid' : 'form-participants'}>
          <legend>
            Who took part
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          </legend>
          <ul className="participant-list" data-testid="participants">
            {participants.map((p) => (
              <li key={p.id} data-node-id={p.id}>
                {p.name}
                <button
                  type="button"
                  className="link"
                  aria-label={`Remove ${p.name}`}
                  onClick={() => setParticipants(participants.filter((x) => x.id !== p.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <SearchBox
            label="Add an organisation that took part"
            placeholder="Add a participant…"
            kinds={['ORGANIZATION']}
            testId="participant-search"
            onChoose={(hit) => {
              const n = hit.node;
              const name = n.__typename === 'Organization' && n.acronym ? `${n.acronym} — ${n.name}` : n.name;
              if (!participants.some((p) => p.id === n.id)) setParticipants([...participants, { id: n.id, name }]);
            }}
          />
          <FieldError id="participants-error" message={errors.participants} />
        </fieldset>
      )}
      <CitationFields
        value={citation}
        errors={errors}
        onChange={setCitation}
        title={
          editing ? 'Source of this change' : kind === 'SOURCE' ? 'Source (optional: the document itself)' : 'Source'
        }
      />
      <CommentField value={comment} onChange={setComment} />
      {formError && (
        <div className="form-error" role="alert" data-testid="form-error" data-code={formError.code}>
          <p>{formError.text}</p>
          {formError.code === 'CONFLICT' && node && (
            <button type="button" className="btn small" onClick={() => void load(node.id)} data-testid="reload">
              Reload the current version (your changes are discarded)
            </button>
          )}
        </div>
      )}
      {saved && (
        <p className="form-saved" role="status" data-testid="form-saved">
          Saved. The change is in the graph and its history.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={saving} data-testid="form-save">
          {saving ? 'Saving…' : editing ? 'Save changes' : 'Add'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {saved ? 'Close' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}

/** The form, or "Sign in to edit" for someone who could not save it. */
export function EditForm(props: EditFormProps) {
  return (
    <EditorOnly what={props.target.mode === 'edit' ? 'change this' : 'add to the graph'} onCancel={props.onCancel}>
      <EditFormBody {...props} />
    </EditorOnly>
  );
}
