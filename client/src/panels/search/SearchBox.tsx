/**
 * Search with suggestions as you type (acronyms, aliases, Thai names), following the ARIA
 * combobox pattern: arrow keys move through the suggestions, Enter chooses, Escape closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { SearchNodesDocument, type NodeKind, type SearchNodesQuery } from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import { formatDate } from '../../graph/partial-date.js';
import { label } from '../../graph/vocabulary.js';
import { KindIcon } from '../legend/KindIcon.js';

export type SearchHit = SearchNodesQuery['search'][number];

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  kinds?: NodeKind[];
  testId: string;
  /** Shown in the box once chosen (the Paths panel keeps the chosen actor visible). */
  chosenName?: string;
  onChoose(hit: SearchHit): void;
  autoFocus?: boolean;
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

function detail(hit: SearchHit): string {
  const n = hit.node;
  const parts: string[] = [];
  if (n.__typename === 'Organization') {
    parts.push(label(n.orgKind));
    if (n.countryCode) parts.push(n.countryCode);
  } else if (n.__typename === 'Meeting') {
    parts.push(label(n.nodeKind));
    if (n.startDate) parts.push(formatDate(n.startDate));
    if (n.city) parts.push(n.city);
  } else if (n.__typename === 'Agreement') {
    parts.push(label(n.nodeKind));
    if (n.signedOn) parts.push(formatDate(n.signedOn));
  } else {
    parts.push(label(n.nodeKind));
  }
  return parts.join(' · ');
}

export function SearchBox({
  label: boxLabel,
  placeholder,
  kinds,
  testId,
  chosenName,
  onChoose,
  autoFocus,
}: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 140);
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const result = useQuery(
    SearchNodesDocument,
    { text: query, kinds: kinds ?? null, limit: 10 },
    { skip: query.length < 2 },
  );
  const hits = query.length >= 2 ? (result.data?.search ?? []) : [];

  useEffect(() => setActive(0), [query]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    }
  };

  const showList = open && query.length >= 2;
  const activeId = showList && hits[active] ? `${listId}-${active}` : undefined;
  return (
    <div className="search" data-testid={testId}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {boxLabel}
      </label>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder={chosenName ?? placeholder}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        data-testid={`${testId}-input`}
      />
      {showList && (
        <ul className="suggestions" id={listId} role="listbox" aria-label={`${boxLabel}: suggestions`}>
          {result.loading && !hits.length && <li className="suggestion-note">Searching…</li>}
          {result.error && <li className="suggestion-note error">{result.error}</li>}
          {!result.loading && !result.error && !hits.length && (
            <li className="suggestion-note">Nothing matches “{query}”.</li>
          )}
          {hits.map((hit, i) => {
            const n = hit.node;
            const acronym = n.__typename === 'Organization' ? n.acronym : null;
            const local = n.__typename === 'Organization' ? n.nameLocal : null;
            const matchedOther = hit.matched && hit.matched !== n.name && hit.matched !== acronym;
            return (
              <li
                key={n.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'suggestion active' : 'suggestion'}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(hit)}
                data-testid="search-suggestion"
                data-node-id={n.id}
              >
                <KindIcon nodeKind={n.nodeKind} orgKind={n.__typename === 'Organization' ? n.orgKind : undefined} />
                <span className="suggestion-text">
                  <span className="suggestion-name">
                    {acronym && <strong>{acronym} </strong>}
                    {n.name}
                  </span>
                  <span className="suggestion-detail">
                    {detail(hit)}
                    {local && <> · {local}</>}
                    {matchedOther && <> · matched “{hit.matched}”</>}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
