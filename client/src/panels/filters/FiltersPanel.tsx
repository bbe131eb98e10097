/**
 * Filters: node kinds, organisation kinds, sectors, countries, topics, relationship types and the
 * time window, each option with how many loaded items carry it; and what the filters hide.
 */
import type { ReactNode } from 'react';
import { HIDE_REASON_WORDS, type Facets, type Filters, type HiddenSummary } from '../../graph/filter.js';
import type { ViewName } from '../../graph/url-state.js';
import {
  GRAPH_NODE_KINDS,
  ORGANIZATION_KINDS,
  RELATIONSHIP_TYPES,
  SECTORS,
  TOPICS,
  countOf,
  label,
  type NodeKind,
} from '../../graph/vocabulary.js';
import { KindIcon, LineIcon } from '../legend/KindIcon.js';
import { RELATIONSHIP_STYLE } from '../../graph/style.js';
import { TimeWindow } from './TimeWindow.js';
import { UndatedSwitch } from './UndatedSwitch.js';

export interface FiltersPanelProps {
  view: ViewName;
  filters: Filters;
  facets: Facets;
  hidden: HiddenSummary | null;
  coordinationHidden: { organizations: number; ties: number } | null;
  userHidden: number;
  onlyActive: boolean;
  stats: { earliest: string | null; latest: string | null };
  histogram: ReadonlyMap<number, number>;
  /** Undated items (Evidence) or ties (Coordination) shown, and left out by the window. */
  undated: { kept: number; leftOut: number };
  countryName(code: string): string;
  onChange(filters: Partial<Filters>): void;
  onReset(): void;
  onUnhideAll(): void;
  onShowAll(): void;
}

type ListKey = 'nodeKinds' | 'orgKinds' | 'sectors' | 'countries' | 'topics' | 'relTypes';

function CheckList<T extends string>(props: {
  title: string;
  values: readonly T[];
  selected: T[] | null;
  counts: ReadonlyMap<string, number>;
  render?: (v: NoInfer<T>) => ReactNode;
  onChange(next: NoInfer<T>[] | null): void;
  testId: string;
  open?: boolean;
}) {
  const { values, selected, counts } = props;
  const isOn = (v: T) => selected === null || selected.includes(v);
  const toggle = (v: T) => {
    const current = selected ?? [...values];
    const next = current.includes(v) ? current.filter((x) => x !== v) : [...current, v];
    props.onChange(next.length === values.length && values.every((x) => next.includes(x)) ? null : next);
  };
  const active = selected !== null;
  return (
    <details className="filter-group" open={props.open || active} data-testid={props.testId}>
      <summary>
        <span>{props.title}</span>
        {active && (
          <span className="badge">
            {selected.length}/{values.length}
          </span>
        )}
      </summary>
      <div className="filter-quick">
        <button type="button" className="link" onClick={() => props.onChange(null)}>
          All
        </button>
        <button type="button" className="link" onClick={() => props.onChange([])}>
          None
        </button>
      </div>
      <ul className="check-list">
        {values.map((v) => (
          <li key={v} className={counts.get(v) ? '' : 'absent'}>
            <label>
              <input type="checkbox" checked={isOn(v)} onChange={() => toggle(v)} data-value={v} />
              {props.render ? props.render(v) : label(v)}
              <span className="count">{counts.get(v) ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function FiltersPanel(props: FiltersPanelProps) {
  const { filters, facets, hidden, view } = props;
  const set = (key: ListKey) => (next: string[] | null) => props.onChange({ [key]: next } as Partial<Filters>);
  const countries = [...facets.countries.keys()].sort((a, b) =>
    props.countryName(a).localeCompare(props.countryName(b)),
  );
  const reasons = hidden ? Object.entries(hidden.nodesByReason) : [];
  const kinds = hidden ? (Object.entries(hidden.nodesByKind) as [NodeKind, number][]) : [];
  return (
    <div className="filters-panel" data-testid="filters-panel">
      <div className="hidden-summary" aria-live="polite" data-testid="hidden-summary">
        {view === 'evidence' && hidden && hidden.nodes > 0 && (
          <>
            <p>
              <strong data-testid="hidden-count">{hidden.nodes}</strong> hidden:{' '}
              {kinds.map(([k, n]) => countOf(k, n)).join(', ')}
            </p>
            <ul className="reason-list">
              {reasons.map(([r, n]) => (
                <li key={r} data-reason={r}>
                  {n} {HIDE_REASON_WORDS[r as keyof typeof HIDE_REASON_WORDS]}
                </li>
              ))}
            </ul>
          </>
        )}
        {view === 'coordination' &&
          props.coordinationHidden &&
          (props.coordinationHidden.organizations > 0 || props.coordinationHidden.ties > 0) && (
            <p>
              The filters hide <strong data-testid="hidden-count">{props.coordinationHidden.organizations}</strong>{' '}
              organisations and {props.coordinationHidden.ties} ties.
            </p>
          )}
        {view === 'evidence' && (!hidden || hidden.nodes === 0) && <p className="muted">Nothing hidden.</p>}
        {view === 'coordination' &&
          !(props.coordinationHidden && (props.coordinationHidden.organizations || props.coordinationHidden.ties)) && (
            <p className="muted">Nothing hidden.</p>
          )}
        <div className="hidden-actions">
          <button type="button" className="btn small" onClick={props.onReset} data-testid="filters-reset">
            Reset filters
          </button>
          {props.userHidden > 0 && (
            <button type="button" className="btn small" onClick={props.onUnhideAll}>
              Unhide {props.userHidden}
            </button>
          )}
          {props.onlyActive && (
            <button type="button" className="btn small" onClick={props.onShowAll}>
              Show all, not only the selection
            </button>
          )}
        </div>
      </div>

      <section className="filter-section">
        <h3>Time window</h3>
        <TimeWindow
          earliest={props.stats.earliest}
          latest={props.stats.latest}
          from={filters.from}
          until={filters.until}
          histogram={props.histogram}
          onChange={(w) => props.onChange(w)}
        />
        <UndatedSwitch
          windowActive={filters.from !== null || filters.until !== null}
          keep={filters.undated}
          counts={props.undated}
          noun={view === 'coordination' ? 'ties' : 'items'}
          onChange={(undated) => props.onChange({ undated })}
        />
      </section>

      {view === 'evidence' && (
        <CheckList
          title="Node kinds"
          testId="filter-node-kinds"
          values={GRAPH_NODE_KINDS}
          selected={filters.nodeKinds}
          counts={facets.nodeKinds}
          render={(k) => (
            <>
              <KindIcon nodeKind={k} size={13} /> {label(k)}
            </>
          )}
          onChange={set('nodeKinds')}
          open
        />
      )}
      <CheckList
        title="Organisation kinds"
        testId="filter-org-kinds"
        values={ORGANIZATION_KINDS}
        selected={filters.orgKinds}
        counts={facets.orgKinds}
        render={(k) => (
          <>
            <KindIcon nodeKind="ORGANIZATION" orgKind={k} size={13} /> {label(k)}
          </>
        )}
        onChange={set('orgKinds')}
      />
      <CheckList
        title="Topics"
        testId="filter-topics"
        values={TOPICS}
        selected={filters.topics}
        counts={facets.topics}
        onChange={set('topics')}
      />
      <CheckList
        title="Sectors"
        testId="filter-sectors"
        values={SECTORS}
        selected={filters.sectors}
        counts={facets.sectors}
        onChange={set('sectors')}
      />
      <CheckList
        title="Countries"
        testId="filter-countries"
        values={countries}
        selected={filters.countries}
        counts={facets.countries}
        render={(c) => props.countryName(c)}
        onChange={set('countries')}
      />
      {view === 'evidence' && (
        <CheckList
          title="Relationship types"
          testId="filter-rel-types"
          values={RELATIONSHIP_TYPES}
          selected={filters.relTypes}
          counts={facets.relTypes}
          render={(t) => (
            <>
              <LineIcon colour={RELATIONSHIP_STYLE[t].colour} line={RELATIONSHIP_STYLE[t].line} /> {label(t)}
            </>
          )}
          onChange={set('relTypes')}
        />
      )}
      {view === 'evidence' && (
        <label className="toggle-line">
          <input
            type="checkbox"
            checked={filters.showIsolated}
            onChange={(e) => props.onChange({ showIsolated: e.target.checked })}
          />
          Keep items whose ties are all filtered out
        </label>
      )}
    </div>
  );
}
