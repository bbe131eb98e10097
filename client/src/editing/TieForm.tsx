/** The form to add a tie between two nodes: its type, the role, the dates, and where it is stated. */
import { useState, type FormEvent } from 'react';
import { CreateRelationshipDocument, type RelationshipType, type Role } from '../__generated__/graphql.js';
import { ApiError, errorText } from '../api/client.js';
import { mutate } from '../api/mutate.js';
import { label, RELATIONSHIP_TYPES } from '../graph/vocabulary.js';
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
import { problemsByField, ROLES } from './forms.js';
import { EditorOnly } from './SignIn.js';

export interface TieEnd {
  id: string;
  name: string;
}

export interface TieFormProps {
  start: TieEnd;
  end: TieEnd | null;
  onSaved(id: string): void;
  onCancel(): void;
}

const DATE_HINT = '2024, 2024-03 or 2024-03-05';

function TieFormBody(props: TieFormProps) {
  const [start, setStart] = useState<TieEnd>(props.start);
  const [end, setEnd] = useState<TieEnd | null>(props.end);
  const [type, setType] = useState<string>('PARTICIPATED_IN');
  const [role, setRole] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [citation, setCitation] = useState<CitationValue>(EMPTY_CITATION);
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const problems = citationProblems(citation);
    if (!end) problems.end = 'Choose the other end of the tie.';
    for (const [k, v] of [
      ['from', from],
      ['until', until],
    ] as const)
      if (v.trim() && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v.trim())) problems[k] = `A date: ${DATE_HINT}.`;
    setErrors(problems);
    if (Object.keys(problems).length || !end) {
      setFormError('Some fields need attention: see the messages next to them.');
      return;
    }
    setSaving(true);
    try {
      const data = await mutate(CreateRelationshipDocument, {
        input: {
          type: type as RelationshipType,
          start: start.id,
          end: end.id,
          role: role ? (role as Role) : null,
          from: from.trim() || null,
          until: until.trim() || null,
          sources: [citationInput(citation)],
        },
        comment: comment.trim() || null,
      });
      props.onSaved(data.createRelationship.id);
    } catch (err) {
      if (err instanceof ApiError && err.problems.length) {
        const byField = problemsByField(err.problems);
        setErrors(byField);
        setFormError(byField.form ?? 'The server did not accept some fields: see the messages next to them.');
      } else setFormError(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="edit-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="tie-form"
      aria-label="Add a tie"
    >
      <header className="edit-head">
        <h2>Add a tie</h2>
        <p className="kind-line">From the participant, member or party to the meeting, body or agreement</p>
      </header>
      <div className="tie-ends">
        <div className="form-field">
          <span className="field-label">From</span>
          <strong data-testid="tie-start">{start.name}</strong>
          <FieldError id="start-error" message={errors.start} />
        </div>
        <button
          type="button"
          className="btn small"
          disabled={!end}
          onClick={() => {
            if (!end) return;
            setStart(end);
            setEnd(start);
          }}
          title="Swap the two ends"
        >
          ⇅ Swap
        </button>
        <div className={errors.end ? 'form-field invalid' : 'form-field'}>
          <span className="field-label">To</span>
          {end ? (
            <span>
              <strong data-testid="tie-end">{end.name}</strong>{' '}
              <button type="button" className="link" onClick={() => setEnd(null)}>
                Change
              </button>
            </span>
          ) : (
            <SearchBox
              label="The other end of the tie"
              placeholder="Search the node to tie to…"
              testId="tie-end-search"
              onChoose={(hit) => setEnd({ id: hit.node.id, name: hit.node.name })}
            />
          )}
          <FieldError id="end-error" message={errors.end} />
        </div>
      </div>
      <Field
        spec={{ name: 'type', label: 'Type', type: 'enum', options: RELATIONSHIP_TYPES, required: true }}
        value={type}
        error={errors.type}
        onChange={(v) => setType(v as string)}
      />
      <Field
        spec={{ name: 'role', label: 'Role', type: 'enum', options: ROLES }}
        value={role}
        error={errors.role}
        onChange={(v) => setRole(v as string)}
      />
      <div className="form-row">
        <Field
          spec={{ name: 'from', label: 'From (date)', type: 'date' }}
          value={from}
          error={errors.from}
          onChange={(v) => setFrom(v as string)}
        />
        <Field
          spec={{ name: 'until', label: 'Until (date)', type: 'date' }}
          value={until}
          error={errors.until}
          onChange={(v) => setUntil(v as string)}
        />
      </div>
      <CitationFields value={citation} errors={errors} onChange={setCitation} />
      <CommentField value={comment} onChange={setComment} />
      {formError && (
        <div className="form-error" role="alert" data-testid="form-error">
          <p>{formError}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="btn primary" disabled={saving} data-testid="form-save">
          {saving ? 'Saving…' : `Add the tie (${label(type).toLowerCase()})`}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The form, or "Sign in to edit" for someone who could not save it. */
export function TieForm(props: TieFormProps) {
  return (
    <EditorOnly what="record a tie" onCancel={props.onCancel}>
      <TieFormBody {...props} />
    </EditorOnly>
  );
}
