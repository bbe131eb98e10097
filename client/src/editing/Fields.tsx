/** Form controls for the editing forms: a field from its spec, the citation every edit needs, the comment. */
import { useId } from 'react';
import { SourceDocumentsDocument } from '../__generated__/graphql.js';
import { useQuery } from '../api/useQuery.js';
import { label } from '../graph/vocabulary.js';
import type { FieldSpec } from './forms.js';

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <span className="field-error" id={id} role="alert" data-testid="field-error">
      {message}
    </span>
  );
}

export function Field({
  spec,
  value,
  error,
  onChange,
}: {
  spec: FieldSpec;
  value: string | string[];
  error: string | undefined;
  onChange(value: string | string[]): void;
}) {
  const id = useId();
  const errId = `${id}-error`;
  const common = {
    id,
    name: spec.name,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errId : undefined,
    'data-testid': `field-${spec.name}`,
  } as const;
  let control;
  if (spec.type === 'enum') {
    control = (
      <select {...common} value={value as string} onChange={(e) => onChange(e.target.value)} required={spec.required}>
        <option value="">{spec.required ? 'Choose…' : '—'}</option>
        {spec.options!.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    );
  } else if (spec.type === 'multi') {
    const chosen = new Set(value as string[]);
    return (
      <fieldset className={error ? 'form-field multi invalid' : 'form-field multi'} data-testid={`field-${spec.name}`}>
        <legend>{spec.label}</legend>
        <div className="multi-options">
          {spec.options!.map((o) => (
            <label key={o} className="chip-check">
              <input
                type="checkbox"
                checked={chosen.has(o)}
                onChange={() => onChange(chosen.has(o) ? [...chosen].filter((x) => x !== o) : [...chosen, o])}
              />
              {label(o)}
            </label>
          ))}
        </div>
        <FieldError id={errId} message={error} />
      </fieldset>
    );
  } else if (spec.type === 'textarea') {
    control = <textarea {...common} rows={3} value={value as string} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = (
      <input
        {...common}
        type="text"
        inputMode={spec.type === 'int' ? 'numeric' : undefined}
        placeholder={spec.type === 'date' ? 'YYYY, YYYY-MM or YYYY-MM-DD' : undefined}
        value={value as string}
        required={spec.required}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={error ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id}>
        {spec.label}
        {spec.required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {control}
      {spec.hint && !error && <span className="hint">{spec.hint}</span>}
      <FieldError id={errId} message={error} />
    </div>
  );
}

export interface CitationValue {
  source: string;
  locator: string;
  quote: string;
}

export const EMPTY_CITATION: CitationValue = { source: '', locator: '', quote: '' };

/** Where the fact is stated: a source document from the list, the place in it, and an excerpt. */
export function CitationFields({
  value,
  errors,
  onChange,
  title = 'Source',
}: {
  value: CitationValue;
  errors: Record<string, string>;
  onChange(value: CitationValue): void;
  title?: string;
}) {
  const sources = useQuery(SourceDocumentsDocument, {});
  const id = useId();
  return (
    <fieldset className="form-citation" data-testid="citation">
      <legend>{title}</legend>
      <p className="hint">Every fact cites the document and the place in it where it is stated.</p>
      <div className={errors.source ? 'form-field invalid' : 'form-field'}>
        <label htmlFor={`${id}-source`}>
          Document
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <select
          id={`${id}-source`}
          value={value.source}
          onChange={(e) => onChange({ ...value, source: e.target.value })}
          required
          aria-invalid={errors.source ? true : undefined}
          data-testid="field-source"
        >
          <option value="">{sources.loading ? 'Loading the sources…' : 'Choose the source document…'}</option>
          {(sources.data?.list.nodes ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        {sources.error && <span className="field-error">{sources.error}</span>}
        <FieldError id={`${id}-source-error`} message={errors.source} />
      </div>
      <div className={errors.locator ? 'form-field invalid' : 'form-field'}>
        <label htmlFor={`${id}-locator`}>
          Where in it
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <input
          id={`${id}-locator`}
          type="text"
          placeholder="§7.2, Table 12, p. 14"
          value={value.locator}
          onChange={(e) => onChange({ ...value, locator: e.target.value })}
          required
          aria-invalid={errors.locator ? true : undefined}
          data-testid="field-locator"
        />
        <FieldError id={`${id}-locator-error`} message={errors.locator} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-quote`}>Excerpt</label>
        <textarea
          id={`${id}-quote`}
          rows={2}
          value={value.quote}
          onChange={(e) => onChange({ ...value, quote: e.target.value })}
          data-testid="field-quote"
        />
      </div>
    </fieldset>
  );
}

/** Problems with the citation before asking the server. */
export function citationProblems(c: CitationValue): Record<string, string> {
  const p: Record<string, string> = {};
  if (!c.source) p.source = 'Choose the document that states this.';
  if (!c.locator.trim()) p.locator = 'Say where in the document: a section, table or page.';
  return p;
}

export function citationInput(c: CitationValue): { source: string; locator: string; quote?: string } {
  return { source: c.source, locator: c.locator.trim(), ...(c.quote.trim() ? { quote: c.quote.trim() } : {}) };
}

export function CommentField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>Why (kept in the history)</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder="e.g. from the Q2 2024 progress report"
        onChange={(e) => onChange(e.target.value)}
        data-testid="field-comment"
      />
    </div>
  );
}
