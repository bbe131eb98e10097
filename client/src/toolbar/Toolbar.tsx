/**
 * The canvas toolbar: the view, the layout, and the actions on the selection — expand, collapse,
 * hide, show only the selection and its ties, pin — with undo, grouping by country and fit.
 */
import type { ReactNode } from 'react';
import { ExportMenu, type ExportMenuProps } from './ExportMenu.js';
import { PictureMenu, type PictureMenuProps } from './PictureMenu.js';
import { ViewsMenu, type ViewsMenuProps } from '../views/ViewsMenu.js';
import { LAYOUT_WORDS } from '../graph/layouts.js';
import { LAYOUTS, type LayoutName, type TabName, type ViewName } from '../graph/url-state.js';

const TAB_WORDS: Record<TabName, string> = { graph: 'Graph', table: 'Table', gaps: 'Gaps', changes: 'Changes' };

export interface ToolbarProps {
  view: ViewName;
  layout: LayoutName;
  tab: TabName;
  selection: string[];
  /** Selected nodes (not ties), which the node actions apply to. */
  selectedNodes: string[];
  canCollapse: boolean;
  allPinned: boolean;
  onlyActive: boolean;
  canUndo: boolean;
  groupByCountry: boolean;
  hasGraph: boolean;
  onView(view: ViewName): void;
  onLayout(layout: LayoutName): void;
  onTab(tab: TabName): void;
  onExpand(): void;
  onCollapse(): void;
  onHide(): void;
  onShowOnly(): void;
  onShowAll(): void;
  onPin(): void;
  onUndo(): void;
  onGroup(): void;
  onFit(): void;
  onClear(): void;
  /** Add the neighbours of the selected nodes to the selection. */
  onNeighbours(): void;
  /** Expansion depth and ties, node size, clusters. */
  picture: Omit<PictureMenuProps, 'view'>;
  /** The Export menu's settings and action. */
  exporting: ExportMenuProps;
  /** Saving, opening and presenting saved views. */
  views: ViewsMenuProps;
  /** The brief for the current focus (/brief?focus=…), or null when there is no focus to brief on. */
  briefHref: string | null;
}

function Tool({
  label,
  title,
  onClick,
  disabled,
  pressed,
  testId,
  children,
  iconOnly,
}: {
  label: string;
  iconOnly?: boolean;
  title: string;
  onClick(): void;
  disabled?: boolean;
  pressed?: boolean;
  testId: string;
  children?: ReactNode;
}) {
  return (
    <button
      type="button"
      className="tool"
      title={title}
      aria-label={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
      {!iconOnly && <span className="tool-label">{label}</span>}
    </button>
  );
}

const icon = (d: string) => (
  <svg viewBox="0 0 20 20" width="15" height="15" aria-hidden="true">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

export function Toolbar(p: ToolbarProps) {
  const nodes = p.selectedNodes.length;
  const ev = p.view === 'evidence';
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <div className="segmented" role="group" aria-label="View">
        {(['evidence', 'coordination'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={p.view === v}
            onClick={() => p.onView(v)}
            data-testid={`view-${v}`}
          >
            {v === 'evidence' ? 'Evidence' : 'Coordination'}
          </button>
        ))}
      </div>
      <label className="layout-select">
        <span className="visually-hidden">Layout</span>
        <select
          value={p.layout}
          onChange={(e) => p.onLayout(e.target.value as LayoutName)}
          data-testid="layout-select"
          aria-label="Layout"
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_WORDS[l]}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-sep" aria-hidden="true" />
      {ev && (
        <Tool
          label="Expand"
          title="Load the neighbours of the selection (or double-click a node) — E"
          onClick={p.onExpand}
          disabled={!nodes}
          testId="tool-expand"
        >
          {icon('M10 4v12M4 10h12')}
        </Tool>
      )}
      {ev && (
        <Tool
          label="Collapse"
          title="Remove the neighbours the selection's expansion brought in — C"
          onClick={p.onCollapse}
          disabled={!p.canCollapse}
          testId="tool-collapse"
        >
          {icon('M4 10h12')}
        </Tool>
      )}
      <Tool
        label="Neighbours"
        title="Add the neighbours of the selected nodes to the selection — N"
        onClick={p.onNeighbours}
        disabled={!nodes}
        testId="tool-neighbours"
        iconOnly
      >
        {icon('M10 10m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M4 4l4 4M16 4l-4 4M4 16l4-4M16 16l-4-4')}
      </Tool>
      <Tool label="Hide" title="Hide the selection — H" onClick={p.onHide} disabled={!nodes} testId="tool-hide">
        {icon('M3 10s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5zM4 16L16 4')}
      </Tool>
      {p.onlyActive ? (
        <Tool
          label="Show all"
          title="Leave “show only the selection”"
          onClick={p.onShowAll}
          testId="tool-show-all"
          pressed
        >
          {icon('M3 3h14v14H3z')}
        </Tool>
      ) : (
        <Tool
          label="Only"
          title="Show only the selection and its ties — O"
          onClick={p.onShowOnly}
          disabled={!nodes}
          testId="tool-only"
        >
          {icon('M10 10m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0M3 3h14v14H3z')}
        </Tool>
      )}
      <Tool
        label={p.allPinned && nodes ? 'Unpin' : 'Pin'}
        title="Keep the selection where it is when the layout runs — P"
        onClick={p.onPin}
        disabled={!nodes}
        testId="tool-pin"
        pressed={p.allPinned && nodes > 0}
      >
        {icon('M7 3h6l-1 5 3 3H5l3-3zM10 11v6')}
      </Tool>
      <Tool
        label="Undo"
        title="Undo the last action — Ctrl+Z"
        onClick={p.onUndo}
        disabled={!p.canUndo}
        testId="tool-undo"
        iconOnly
      >
        {icon('M7 5L3 9l4 4M3 9h9a5 5 0 0 1 0 10h-2')}
      </Tool>
      <span className="toolbar-sep" aria-hidden="true" />
      <Tool
        label="Countries"
        title="Group organisations by country"
        onClick={p.onGroup}
        pressed={p.groupByCountry}
        testId="tool-group"
      >
        {icon('M2 4h7v6H2zM11 4h7v6h-7zM2 12h16v5H2z')}
      </Tool>
      <Tool
        label="Fit"
        title="Fit the graph to the window — F"
        onClick={p.onFit}
        disabled={!p.hasGraph}
        testId="tool-fit"
        iconOnly
      >
        {icon('M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4')}
      </Tool>
      {ev && (
        <Tool
          label="Clear"
          title="Start again with an empty graph"
          onClick={p.onClear}
          disabled={!p.hasGraph}
          testId="tool-clear"
          iconOnly
        >
          {icon('M5 5l10 10M15 5L5 15')}
        </Tool>
      )}
      <PictureMenu view={p.view} {...p.picture} />
      <span className="toolbar-sep" aria-hidden="true" />
      <ExportMenu {...p.exporting} />
      <ViewsMenu {...p.views} />
      <a
        className="tool"
        href={p.briefHref ?? undefined}
        target="_blank"
        rel="noopener"
        aria-disabled={!p.briefHref}
        title={
          p.briefHref
            ? 'Open the one-page brief for this focus in a new tab (printable, with a PDF)'
            : 'Focus an organisation or an agreement, or select two countries, for a brief'
        }
        data-testid="tool-brief"
      >
        {icon('M5 2h7l4 4v12H5zM12 2v4h4M8 10h6M8 13h6')}
        <span className="tool-label">Brief</span>
      </a>
      <div className="segmented tabs" role="tablist" aria-label="Show as">
        {(['graph', 'table', 'gaps', 'changes'] as const).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={p.tab === t}
            onClick={() => p.onTab(t)}
            data-testid={`tab-${t}`}
          >
            {TAB_WORDS[t]}
          </button>
        ))}
      </div>
    </div>
  );
}
