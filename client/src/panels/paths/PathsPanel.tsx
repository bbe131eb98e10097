/**
 * "How is TICAC connected to UNODC?": pick two actors, see the shortest chains of ties between
 * them highlighted on the canvas, with the agreements, meetings and cases they run through.
 */
import { useState } from 'react';
import { PathEndsDocument } from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import { label } from '../../graph/vocabulary.js';
import type { PathRequest } from '../../graph/url-state.js';
import { KindIcon } from '../legend/KindIcon.js';
import { SearchBox } from '../search/SearchBox.js';
import type { PathResult } from './usePaths.js';

export interface PathsPanelProps {
  path: PathRequest | null;
  /** A start chosen elsewhere ("Paths from here" in the details). */
  draftFrom: string | null;
  paths: PathResult[] | undefined;
  loading: boolean;
  error: string | null;
  chosen: number | null;
  onChoose(index: number | null): void;
  onFind(path: PathRequest): void;
  onClear(): void;
  onOpen(id: string): void;
}

interface End {
  id: string;
  name: string;
}

export function PathsPanel(props: PathsPanelProps) {
  const { path, paths, loading, error, chosen } = props;
  const [from, setFrom] = useState<End | null>(null);
  const [to, setTo] = useState<End | null>(null);
  const [maxLength, setMaxLength] = useState(path?.maxLength ?? 4);
  const ids = [props.draftFrom, path?.from, path?.to].filter((x): x is string => !!x);
  const names = useQuery(PathEndsDocument, { ids }, { skip: !ids.length });
  const nameOf = (id: string | undefined | null) =>
    (id && names.data?.nodes.find((n) => n?.id === id)?.name) || id || '';

  const fromEnd =
    from ??
    (props.draftFrom
      ? { id: props.draftFrom, name: nameOf(props.draftFrom) }
      : path
        ? { id: path.from, name: nameOf(path.from) }
        : null);
  const toEnd = to ?? (path ? { id: path.to, name: nameOf(path.to) } : null);
  const canFind = !!fromEnd && !!toEnd && fromEnd.id !== toEnd.id;

  return (
    <div className="paths-panel" data-testid="paths-panel">
      <p className="panel-intro">Pick two actors to see the shortest chains of ties between them.</p>
      <div className="path-end">
        <span className="path-end-label">From</span>
        <SearchBox
          label="Path from"
          testId="path-from"
          placeholder="Organisation…"
          chosenName={fromEnd?.name}
          onChoose={(hit) => setFrom({ id: hit.node.id, name: hit.node.name })}
        />
      </div>
      <div className="path-end">
        <span className="path-end-label">To</span>
        <SearchBox
          label="Path to"
          testId="path-to"
          placeholder="Organisation…"
          chosenName={toEnd?.name}
          onChoose={(hit) => setTo({ id: hit.node.id, name: hit.node.name })}
        />
      </div>
      <div className="path-controls">
        <label>
          At most{' '}
          <select value={maxLength} onChange={(e) => setMaxLength(Number(e.target.value))} data-testid="path-max">
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>{' '}
          ties
        </label>
        <button
          type="button"
          className="btn primary"
          disabled={!canFind}
          onClick={() => canFind && props.onFind({ from: fromEnd.id, to: toEnd.id, maxLength })}
          data-testid="path-find"
        >
          Find paths
        </button>
        {path && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setFrom(null);
              setTo(null);
              props.onClear();
            }}
          >
            Clear
          </button>
        )}
      </div>

      {path && (
        <section className="path-results" aria-live="polite" data-testid="path-results">
          {loading && <p className="muted">Looking for paths…</p>}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          {paths && !paths.length && (
            <p className="empty-note" data-testid="path-none">
              No path of at most {path.maxLength} ties connects {nameOf(path.from)} and {nameOf(path.to)} with the
              current filters.
            </p>
          )}
          {paths && paths.length > 0 && (
            <>
              <p className="muted">
                {paths.length} shortest path{paths.length === 1 ? '' : 's'} of {paths[0]!.length} tie
                {paths[0]!.length === 1 ? '' : 's'}.{' '}
                {chosen !== null && (
                  <button type="button" className="link" onClick={() => props.onChoose(null)}>
                    Highlight all
                  </button>
                )}
              </p>
              <ol className="path-list">
                {paths.map((p, i) => (
                  <li key={i} className={chosen === i ? 'path-item chosen' : 'path-item'} data-testid="path-item">
                    <button
                      type="button"
                      className="path-choose"
                      aria-pressed={chosen === i}
                      onClick={() => props.onChoose(chosen === i ? null : i)}
                    >
                      Path {i + 1}
                    </button>
                    <ol className="path-chain">
                      {p.nodes.map((n, j) => {
                        const rel = p.relationships[j - 1];
                        return (
                          <li key={n.id}>
                            {rel && (
                              <span className="path-tie">
                                {label(rel.type).toLowerCase()}
                                {rel.role ? ` (${label(rel.role).toLowerCase()})` : ''}
                              </span>
                            )}
                            <button type="button" className="link node-link" onClick={() => props.onOpen(n.id)}>
                              <KindIcon
                                nodeKind={n.nodeKind}
                                orgKind={n.__typename === 'Organization' ? n.orgKind : undefined}
                                size={13}
                              />
                              {n.__typename === 'Organization' && n.acronym ? n.acronym : n.name}
                            </button>
                          </li>
                        );
                      })}
                    </ol>
                    {p.instruments.length > 0 && (
                      <div className="path-instruments">
                        <span className="muted">Through</span>
                        {p.instruments.map((inst) => (
                          <button
                            key={inst.id}
                            type="button"
                            className="chip chip-button"
                            onClick={() => props.onOpen(inst.id)}
                          >
                            <KindIcon nodeKind={inst.nodeKind} size={11} />
                            {inst.name}
                          </button>
                        ))}
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
    </div>
  );
}
