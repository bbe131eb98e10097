/** The bar across the top: the product's name, the search, and what the graph holds. */
import type { StatsQuery } from '../__generated__/graphql.js';
import { SignIn } from '../editing/SignIn.js';
import { CREATABLE_KINDS } from '../editing/forms.js';
import { countOf, label, type NodeKind } from '../graph/vocabulary.js';
import { SearchBox, type SearchHit } from '../panels/search/SearchBox.js';

export interface TopBarProps {
  stats: StatsQuery['stats'] | undefined;
  statsError: string | null;
  onChoose(hit: SearchHit): void;
  /** Open the form to add a node of this kind. */
  onAdd(kind: NodeKind): void;
  /** Open the feed of recent changes. */
  onChanges(): void;
  /** Open the import dialog. */
  onImport(): void;
}

export function TopBar({ stats, statsError, onChoose, onAdd, onChanges, onImport }: TopBarProps) {
  const span =
    stats?.earliestDate && stats.latestDate ? `${stats.earliestDate.slice(0, 4)}–${stats.latestDate.slice(0, 4)}` : '';
  return (
    <header className="topbar">
      <div className="brand">
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <circle cx="6" cy="7" r="3" fill="#2f5f9e" />
          <circle cx="18" cy="6" r="3" fill="#3f9a53" />
          <circle cx="12" cy="18" r="3" fill="#e8710a" />
          <path d="M6 7L18 6M6 7l6 11M18 6l-6 12" stroke="#94a3b8" strokeWidth="1.4" />
        </svg>
        <span>Coordination Atlas</span>
      </div>
      <SearchBox
        label="Search the graph"
        placeholder="Search organisations, meetings, agreements… (acronyms and Thai names work)"
        testId="search"
        onChoose={onChoose}
        autoFocus
      />
      <div className="topbar-stats" data-testid="stats">
        {statsError && <span className="error">{statsError}</span>}
        {(stats?.nodes ?? [])
          .filter((c) => c.kind !== 'SOURCE' && c.kind !== 'COUNTRY')
          .map((c) => (
            <span key={c.kind}>{countOf(c.kind, c.count)}</span>
          ))}
        {span && <span>{span}</span>}
        {stats && <span>{countOf('SOURCE', stats.sources.length)}</span>}
      </div>
      <div className="topbar-actions">
        <label className="add-select">
          <span className="visually-hidden">Add to the graph</span>
          <select
            value=""
            onChange={(e) => {
              if (e.target.value) onAdd(e.target.value as NodeKind);
            }}
            data-testid="add-select"
            aria-label="Add to the graph"
          >
            <option value="">+ Add…</option>
            {CREATABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {label(k)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link topbar-link" onClick={onImport} data-testid="import-open">
          Import…
        </button>
        <button type="button" className="link topbar-link" onClick={onChanges} data-testid="recent-changes-open">
          Changes
        </button>
        <SignIn />
      </div>
    </header>
  );
}
