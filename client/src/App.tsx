/**
 * The explorer: search and filters on the left, the graph (or its table) in the middle, the
 * details of the selection on the right. The view state lives in the URL (useExplorer); what is
 * drawn is derived from it by the pure functions in graph/.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SaveViewDocument, SearchNodesDocument } from './__generated__/graphql.js';
import { errorText } from './api/client.js';
import { queryClient } from './api/query-client.js';
import { queryOptions } from './api/useQuery.js';
import { mutate } from './api/mutate.js';
import { decodeState, encodeState } from './graph/url-state.js';
import { arrangementKey, positionList, positionsOf, type Positions } from './views/preset.js';
import { enterFullscreen, leaveFullscreen, Presentation } from './views/Presentation.js';
import type { SavedView } from './views/ViewsMenu.js';
import { GraphCanvas, type CanvasHandle, type HoverInfo } from './canvas/GraphCanvas.js';
import { HoverCard } from './canvas/HoverCard.js';
import { EmptyState, Notice } from './canvas/Overlays.js';
import { MAX_AROUND, useCoordination } from './data/useCoordination.js';
import { useCountryNames } from './data/useCountries.js';
import { useEvidenceGraph } from './data/useEvidenceGraph.js';
import { useStats } from './data/useStats.js';
import { HIDE_REASON_WORDS } from './graph/filter.js';
import { describeFilters, gapsStatusWords } from './graph/gaps.js';
import { briefFocus, briefHref } from './graph/brief-link.js';
import {
  coordinationFootnotes,
  defaultTitle,
  describeView,
  evidenceFootnotes,
  exportDateWords,
  legendEntries,
} from './graph/export-meta.js';
import { runExport, type ExportFormat } from './export/run-export.js';
import { label } from './graph/vocabulary.js';
import { GapsView } from './panels/gaps/GapsView.js';
import { ChangesView } from './panels/changes/ChangesView.js';
import { EditForm, type EditTarget } from './editing/EditForm.js';
import { NodeHistory, RecentChanges } from './editing/History.js';
import { ImportDialog } from './editing/ImportDialog.js';
import { ReviewLauncher } from './panels/review/ReviewQueue.js';
import { DeleteForm, MergeForm } from './editing/Manage.js';
import { TieForm, type TieEnd } from './editing/TieForm.js';
import type { NodeKind } from './graph/vocabulary.js';
import { ALGORITHM_WORDS, type ResolvedLayout } from './graph/layouts.js';
import { shortLabel } from './graph/model.js';
import { buildStylesheet, LARGE_GRAPH } from './graph/style.js';
import { DetailsPanel } from './panels/details/DetailsPanel.js';
import { FiltersPanel } from './panels/filters/FiltersPanel.js';
import { Legend } from './panels/legend/Legend.js';
import { PathsPanel } from './panels/paths/PathsPanel.js';
import { usePaths } from './panels/paths/usePaths.js';
import type { SearchHit } from './panels/search/SearchBox.js';
import { TopBar } from './shell/TopBar.js';
import { TableView } from './panels/table/TableView.js';
import { useExplorer } from './state/useExplorer.js';
import { useGraphView } from './state/useGraphView.js';
import { Toolbar } from './toolbar/Toolbar.js';
import { usePicture } from './state/usePicture.js';
import { neighboursOf } from './graph/clusters.js';

const QUICK_STARTS = ['MSDHS', 'Royal Thai Police', 'IOM', 'DSI'];

/** What the right-hand panel shows: the selection's details, a form, or the audit trail. */
type Side =
  | { mode: 'details' }
  | { mode: 'edit'; target: EditTarget }
  | { mode: 'tie'; start: TieEnd; end: TieEnd | null }
  | { mode: 'history'; id: string }
  | { mode: 'delete'; id: string }
  | { mode: 'merge'; id: string }
  | { mode: 'changes' };

export function App() {
  const [explorer, dispatch] = useExplorer();
  const s = explorer.current;
  const stats = useStats();
  const countries = useCountryNames();
  const paths = usePaths(s.path, s.filters);
  const [pathIndex, setPathIndex] = useState<number | null>(null);
  const evidence = useEvidenceGraph(s.expanded, paths.models, s.picture);
  // Coordination around an organisation in focus is its ego network (a focus of another kind: the
  // whole network); "show only" organisations narrow it to theirs.
  const focusKind = s.focus ? evidence.model.nodes.get(s.focus)?.nodeKind : undefined;
  const egoFocus = s.focus && (focusKind ?? 'ORGANIZATION') === 'ORGANIZATION' ? s.focus : null;
  const around =
    s.only.length > 0 && s.only.length <= MAX_AROUND ? s.only : egoFocus && !s.only.length ? [egoFocus] : null;
  const coordination = useCoordination(
    s.filters,
    s.view === 'coordination',
    around ? { ids: around, partnerTies: s.partnerTies } : null,
  );
  const view = useGraphView({
    state: s,
    evidence: evidence.model,
    coordination: coordination.model,
    coordinationTotals: coordination.totals,
    paths: paths.paths,
    pathIndex,
    countryNames: countries.names,
  });
  // Sized by the chosen measure, and grouped into clusters when the picture is big.
  const keep = useMemo(
    () => new Set([...(s.focus ? [s.focus] : []), ...s.selected, ...s.pinned, ...(view.highlighted ?? [])]),
    [s.focus, s.selected, s.pinned, view.highlighted],
  );
  const picture = usePicture({
    elements: view.elements,
    view: s.view,
    picture: s.picture,
    keep,
    groupByCountry: s.groupByCountry,
  });
  const large = picture.elements.length > LARGE_GRAPH;
  const stylesheet = useMemo(() => buildStylesheet({ large }), [large]);
  const canvas = useRef<CanvasHandle>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [layout, setLayout] = useState<{ running: boolean; algorithm: ResolvedLayout | null }>({
    running: false,
    algorithm: null,
  });
  const [changesStatus, setChangesStatus] = useState('');
  const [sideTab, setSideTab] = useState<'filters' | 'paths'>(s.path ? 'paths' : 'filters');
  const [draftFrom, setDraftFrom] = useState<string | null>(null);
  const [quickError, setQuickError] = useState<string | null>(null);
  const [side, setSide] = useState<Side>({ mode: 'details' });
  const [importing, setImporting] = useState(false);

  useEffect(() => setPathIndex(null), [s.path]);

  // A saved view being shown: its positions stand while the explorer still shows that view.
  const [preset, setPreset] = useState<{ key: string; arrangement: string; positions: Positions } | null>(null);
  const opened = useRef(0);
  const openView = useCallback(
    (v: SavedView) => {
      const state = decodeState(v.state);
      opened.current += 1;
      setPreset({
        key: `${v.id}#${opened.current}`,
        arrangement: arrangementKey(state),
        positions: positionsOf(v.positions),
      });
      dispatch({ type: 'open', state });
    },
    [dispatch],
  );
  const arrangement = arrangementKey(s);
  const activePreset = useMemo(
    () => (preset && preset.arrangement === arrangement ? { key: preset.key, positions: preset.positions } : null),
    [preset, arrangement],
  );
  const saveView = async (name: string): Promise<SavedView> => {
    const positions = canvas.current?.positions() ?? {};
    const data = await mutate(SaveViewDocument, { name, state: encodeState(s), positions: positionList(positions) });
    return data.saveView;
  };

  const [presenting, setPresenting] = useState<{ views: SavedView[]; index: number } | null>(null);
  const startPresenting = (views: SavedView[]) => {
    void enterFullscreen();
    setPresenting({ views, index: 0 });
    openView(views[0]!);
  };
  const stepTo = (index: number) => {
    if (!presenting) return;
    setPresenting({ ...presenting, index });
    openView(presenting.views[index]!);
  };
  const stopPresenting = () => {
    setPresenting(null);
    void leaveFullscreen();
    requestAnimationFrame(() => canvas.current?.fit());
  };

  const pinned = useMemo(() => new Set(s.pinned), [s.pinned]);
  const selectedNodes = s.selected.filter((id) => view.nodeIndex.has(id));
  const visibleIds = useMemo(() => new Set(view.nodes.map((n) => n.id)), [view.nodes]);

  const focusNode = useCallback(
    (id: string, kind?: NodeKind) => {
      // An organisation stays in the Coordination view: its ego network is drawn there.
      if (s.view === 'coordination' && kind !== 'ORGANIZATION' && !coordination.model?.organizations.has(id))
        dispatch({ type: 'setView', view: 'evidence' });
      dispatch({ type: 'focus', id });
      if (s.view === 'evidence' || coordination.model?.organizations.has(id)) canvas.current?.reveal(id);
    },
    [s.view, coordination.model, dispatch],
  );

  /** From a link in a panel: select it if it is drawn, else bring it in. */
  const open = useCallback(
    (id: string) => {
      if (visibleIds.has(id)) {
        dispatch({ type: 'select', ids: [id] });
        canvas.current?.reveal(id);
      } else focusNode(id);
    },
    [visibleIds, focusNode, dispatch],
  );

  const chooseSearch = (hit: SearchHit) => focusNode(hit.node.id, hit.node.nodeKind);

  const nameOf = (id: string) => view.nodeIndex.get(id)?.name ?? id;
  const tieEnd = (id: string): TieEnd => ({ id, name: nameOf(id) });
  const startAdding = (kind: NodeKind) => {
    const participants =
      kind === 'MEETING'
        ? selectedNodes
            .filter((id) => view.nodeIndex.get(id)?.nodeKind === 'ORGANIZATION')
            .map((id) => ({ id, name: nameOf(id) }))
        : [];
    setSide({ mode: 'edit', target: { mode: 'create', kind, participants } });
  };

  const quickStart = async (text: string) => {
    setQuickError(null);
    try {
      const data = await queryClient.fetchQuery(
        queryOptions(SearchNodesDocument, { text, kinds: ['ORGANIZATION'], limit: 1 }),
      );
      const hit = data.search[0];
      if (hit) focusNode(hit.node.id, 'ORGANIZATION');
      else setQuickError(`Nothing in the graph matches “${text}”.`);
    } catch (e) {
      setQuickError(errorText(e));
    }
  };

  const doubleTap = (id: string) => {
    if (s.view === 'evidence') dispatch({ type: 'expand', ids: [id] });
    else dispatch({ type: 'showOnly', ids: s.only.includes(id) ? s.only : [...s.only, id] });
  };

  const actions = {
    expand: () => dispatch({ type: 'expand', ids: selectedNodes }),
    collapse: () => dispatch({ type: 'collapse', ids: selectedNodes }),
    hide: () => dispatch({ type: 'hide', ids: selectedNodes }),
    only: () => dispatch({ type: 'showOnly', ids: selectedNodes }),
    pin: () => dispatch({ type: 'togglePin', ids: selectedNodes }),
    neighbours: () =>
      dispatch({ type: 'select', ids: [...selectedNodes, ...neighboursOf(view.elements, selectedNodes)] }),
    undo: () => dispatch({ type: 'undo' }),
    fit: () => canvas.current?.fit(),
  };

  // Keyboard shortcuts for the canvas actions, when no field has the keyboard.
  const shortcuts = useRef(actions);
  shortcuts.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable))
        return;
      const a = shortcuts.current;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        a.undo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const map: Record<string, () => void> = {
        e: a.expand,
        c: a.collapse,
        h: a.hide,
        o: a.only,
        p: a.pin,
        f: a.fit,
        n: a.neighbours,
      };
      const fn = map[e.key.toLowerCase()];
      if (fn) fn();
      else if (e.key === 'Escape') dispatch({ type: 'select', ids: [] });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  const windowActive = !!(s.filters.from || s.filters.until);
  const gapsStatus = gapsStatusWords(s.filters.countries, describeFilters(s.filters, label));
  const windowWords = !windowActive
    ? ''
    : s.filters.from === s.filters.until
      ? s.filters.from!
      : `${s.filters.from ?? '…'}–${s.filters.until ?? '…'}`;

  const ev = s.view === 'evidence';
  const started = ev ? s.expanded.length > 0 || !!s.path : true;
  const shownTies = ev ? view.relationships.length : view.ties.length;
  const summary = view.summary;
  const hiddenWords =
    ev && summary && summary.nodes
      ? `${summary.nodes} hidden (${Object.entries(summary.nodesByReason)
          .map(([r, n]) => `${n} ${HIDE_REASON_WORDS[r as keyof typeof HIDE_REASON_WORDS]}`)
          .join(', ')})`
      : !ev && view.coordinationHidden && (view.coordinationHidden.organizations || view.coordinationHidden.ties)
        ? `${view.coordinationHidden.organizations} organisations and ${view.coordinationHidden.ties} ties hidden by the filters`
        : '';
  const loadingNames = evidence.loading.map((id) => {
    const n = view.nodeIndex.get(id);
    return n ? shortLabel(n) : id;
  });

  let empty: { title: string; body: string } | null = null;
  if (started && view.nodes.length === 0 && !(ev && evidence.loading.length) && !(!ev && coordination.loading)) {
    empty = windowActive
      ? {
          title: 'No ties in this period',
          body: `Nothing here falls within ${windowWords}. Widen the time window or clear it.`,
        }
      : { title: 'Nothing to show', body: 'The filters hide everything. Reset them to see the graph again.' };
  } else if (started && view.nodes.length > 0 && shownTies === 0 && windowActive && !evidence.loading.length) {
    empty = { title: 'No ties in this period', body: `None of the ties shown fall within ${windowWords}.` };
  }

  const present = useMemo(
    () => ({
      nodeKinds: new Set(view.nodes.map((n) => n.nodeKind as string)),
      orgKinds: new Set(view.nodes.map((n) => n.orgKind ?? '').filter(Boolean)),
      relTypes: new Set(view.relationships.map((r) => r.type as string)),
      tieKinds: new Set(
        view.ties.map((t) => (t.instrumentKinds.length === 1 ? t.instrumentKinds[0]! : 'MIXED') as string),
      ),
      undated: view.undated.kept > 0,
      clusters: picture.active && picture.clusters.some((c) => !picture.open.has(c.id)),
    }),
    [view.nodes, view.relationships, view.ties, view.undated.kept, picture.active, picture.clusters, picture.open],
  );

  const focused = s.focus ? view.nodeIndex.get(s.focus) : undefined;
  const exportSubtitle = describeView(s.view, s.filters, countries.name);
  const footnotes = useMemo(
    () =>
      ev
        ? evidenceFootnotes(view.relationships.filter((r) => !(s.groupByCountry && r.type === 'BASED_IN')))
        : coordinationFootnotes(view.ties, view.nodeIndex),
    [ev, view.relationships, view.ties, view.nodeIndex, s.groupByCountry],
  );
  const exportView = async (format: ExportFormat, title: string, scale: number) => {
    if (!canvas.current) throw new Error('The graph is not drawn yet.');
    const meta = {
      title,
      subtitle: exportSubtitle,
      date: exportDateWords(new Date()),
      legend: legendEntries(s.view, present),
      footnotes: footnotes.notes,
    };
    await runExport(format, canvas.current, meta, footnotes.refs, scale);
  };
  const brief = briefFocus({
    gapsPair: s.tab === 'gaps' ? s.gaps.pair : null,
    selected: s.selected.map((id) => view.nodeIndex.get(id)).filter((n) => n !== undefined),
    focus: focused,
  });

  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <TopBar
        stats={stats.data?.stats}
        statsError={stats.error}
        onChoose={chooseSearch}
        onAdd={startAdding}
        onChanges={() => setSide({ mode: 'changes' })}
        onImport={() => setImporting(true)}
      />
      {importing && <ImportDialog onClose={() => setImporting(false)} onApplied={() => undefined} />}
      <ReviewLauncher />

      <aside className="sidebar left" aria-label="Filters and paths">
        <div className="side-tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={sideTab === 'filters'}
            onClick={() => setSideTab('filters')}
            data-testid="side-filters"
          >
            Filters
            {(summary?.nodes ?? 0) > 0 && ev && <span className="badge">{summary!.nodes}</span>}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={sideTab === 'paths'}
            onClick={() => setSideTab('paths')}
            data-testid="side-paths"
          >
            Paths
          </button>
        </div>
        <div className="side-body">
          {sideTab === 'filters' ? (
            <FiltersPanel
              view={s.view}
              filters={s.filters}
              facets={view.facets}
              hidden={summary}
              coordinationHidden={view.coordinationHidden}
              userHidden={s.hidden.length}
              onlyActive={s.only.length > 0}
              stats={{ earliest: stats.data?.stats.earliestDate ?? null, latest: stats.data?.stats.latestDate ?? null }}
              histogram={view.histogram}
              undated={view.undated}
              countryName={countries.name}
              onChange={(filters) => dispatch({ type: 'setFilters', filters })}
              onReset={() => dispatch({ type: 'resetFilters' })}
              onUnhideAll={() => dispatch({ type: 'unhideAll' })}
              onShowAll={() => dispatch({ type: 'showAll' })}
            />
          ) : (
            <PathsPanel
              path={s.path}
              draftFrom={draftFrom}
              paths={paths.paths}
              loading={paths.loading}
              error={paths.error}
              chosen={pathIndex}
              onChoose={setPathIndex}
              onFind={(path) => {
                setDraftFrom(null);
                if (s.view === 'coordination') dispatch({ type: 'setView', view: 'evidence' });
                dispatch({ type: 'setPath', path });
              }}
              onClear={() => dispatch({ type: 'setPath', path: null })}
              onOpen={open}
            />
          )}
        </div>
      </aside>

      <main className="main" aria-label="Graph">
        <Toolbar
          view={s.view}
          layout={s.layout}
          tab={s.tab}
          selection={s.selected}
          selectedNodes={selectedNodes}
          canCollapse={selectedNodes.some((id) => s.expanded.includes(id))}
          allPinned={selectedNodes.length > 0 && selectedNodes.every((id) => s.pinned.includes(id))}
          onlyActive={s.only.length > 0}
          canUndo={explorer.past.length > 0}
          groupByCountry={s.groupByCountry}
          hasGraph={view.nodes.length > 0}
          onView={(v) => dispatch({ type: 'setView', view: v })}
          onLayout={(l) => dispatch({ type: 'setLayout', layout: l })}
          onTab={(t) => dispatch({ type: 'setTab', tab: t })}
          onExpand={actions.expand}
          onCollapse={actions.collapse}
          onHide={actions.hide}
          onShowOnly={actions.only}
          onShowAll={() => dispatch({ type: 'showAll' })}
          onPin={actions.pin}
          onUndo={actions.undo}
          onGroup={() => dispatch({ type: 'toggleGroup' })}
          onFit={actions.fit}
          onClear={() => dispatch({ type: 'clear' })}
          onNeighbours={actions.neighbours}
          picture={{
            picture: s.picture,
            onPicture: (p) => dispatch({ type: 'setPicture', picture: p }),
            clusters: {
              active: picture.active,
              count: picture.clusters.length,
              open: picture.clusters.filter((c) => picture.open.has(c.id)).length,
              onOpenAll: picture.openAll,
              onCloseAll: picture.closeAll,
            },
          }}
          exporting={{
            defaultTitle: defaultTitle(s.view, focused, s.subject),
            subtitle: exportSubtitle,
            disabled: view.nodes.length === 0,
            onExport: exportView,
          }}
          briefHref={brief ? briefHref(brief, s.filters) : null}
          views={{ onSave: saveView, onOpen: openView, onPresent: startPresenting }}
        />
        <div className="stage">
          {presenting && (
            <Presentation views={presenting.views} index={presenting.index} onStep={stepTo} onExit={stopPresenting} />
          )}
          <div className="notices">
            {[...evidence.errors].map(([id, message]) => (
              <Notice key={id} tone="error" testId="api-error">
                Could not load the neighbourhood of {id}: {message}
              </Notice>
            ))}
            {!ev && coordination.error && (
              <Notice tone="error" testId="api-error">
                Could not load the coordination network: {coordination.error}
              </Notice>
            )}
            {quickError && (
              <Notice tone="error" testId="api-error">
                {quickError}
              </Notice>
            )}
            {ev && evidence.loading.length > 0 && (
              <Notice tone="loading" testId="loading">
                Loading the neighbourhood of {loadingNames.join(', ')}…
              </Notice>
            )}
            {!ev && coordination.loading && (
              <Notice tone="loading" testId="loading">
                Loading the coordination network…
              </Notice>
            )}
            {layout.running && view.nodes.length > 150 && (
              <Notice tone="loading">Laying out {view.nodes.length} nodes…</Notice>
            )}
            {evidence.model.truncated && ev && (
              <Notice tone="info">
                Some neighbourhoods were cut short by the server's limit: narrow the filters to see all.
              </Notice>
            )}
            {!ev && around && (
              <Notice tone="info" testId="ego-bar">
                <span className="ego-bar">
                  <span>
                    Coordination around{' '}
                    <strong>
                      {around
                        .map((id) => {
                          const n = view.nodeIndex.get(id);
                          return n ? shortLabel(n) : id;
                        })
                        .join(', ')}
                    </strong>
                    : {around.length > 1 ? 'their' : 'its'} partners
                    {s.partnerTies ? ' and the ties among them' : ''}.
                  </span>
                  <label className="toggle-line">
                    <input
                      type="checkbox"
                      checked={s.partnerTies}
                      onChange={() => dispatch({ type: 'togglePartnerTies' })}
                      data-testid="ego-partner-ties"
                    />
                    Ties among partners
                  </label>
                  <button
                    type="button"
                    className="link"
                    onClick={() => dispatch({ type: 'unfocus' })}
                    data-testid="ego-whole-network"
                  >
                    Whole network
                  </button>
                </span>
              </Notice>
            )}
            {!ev && coordination.model?.truncated && (
              <Notice tone="info">Only the strongest ties are shown: narrow the filters to see all.</Notice>
            )}
          </div>
          <div className={s.tab === 'graph' ? 'canvas-wrap' : 'canvas-wrap behind'} aria-hidden={s.tab !== 'graph'}>
            <GraphCanvas
              handle={canvas}
              elements={picture.elements}
              stylesheet={stylesheet}
              layout={s.layout}
              layoutKey={`${s.view}|${s.groupByCountry ? 'grouped' : ''}`}
              focus={s.focus}
              pinned={pinned}
              label={`${ev ? 'Evidence' : 'Coordination'} graph: ${view.nodes.length} nodes and ${shownTies} ties. The Table view lists them.`}
              onTap={(id, additive) => dispatch({ type: 'select', ids: id ? [id] : [], additive })}
              onDoubleTap={doubleTap}
              onCluster={picture.toggle}
              onHover={setHover}
              onLayout={setLayout}
              preset={activePreset}
            />
            {hover && (
              <HoverCard
                hover={hover}
                nodes={view.nodeIndex}
                relationships={view.relationshipIndex}
                ties={view.tieIndex}
              />
            )}
            {ev && !started && (
              <EmptyState title="Find an actor to start" testId="welcome">
                <p>
                  Search above for an organisation, meeting, agreement or case. Its network opens here; double-click a
                  node to expand it.
                </p>
                <div className="quick-starts">
                  {QUICK_STARTS.map((q) => (
                    <button key={q} type="button" className="btn" onClick={() => void quickStart(q)}>
                      {q}
                    </button>
                  ))}
                </div>
                <p className="muted">
                  Or see{' '}
                  <button
                    type="button"
                    className="link"
                    onClick={() => dispatch({ type: 'setView', view: 'coordination' })}
                  >
                    who coordinates with whom
                  </button>{' '}
                  across the whole network.
                </p>
              </EmptyState>
            )}
            {empty && s.tab === 'graph' && (
              <EmptyState title={empty.title} testId="empty-state">
                <p>{empty.body}</p>
                <button
                  type="button"
                  className="btn"
                  onClick={() => dispatch({ type: 'setFilters', filters: { from: null, until: null } })}
                >
                  Clear the time window
                </button>
              </EmptyState>
            )}
            <div className="zoom-controls" aria-label="Zoom">
              <button type="button" onClick={() => canvas.current?.zoom(1.25)} aria-label="Zoom in">
                +
              </button>
              <button type="button" onClick={() => canvas.current?.zoom(0.8)} aria-label="Zoom out">
                −
              </button>
            </div>
          </div>
          {s.tab === 'gaps' && (
            <GapsView
              filters={s.filters}
              filterWords={describeFilters(s.filters, label)}
              gaps={s.gaps}
              onGaps={(gaps) => dispatch({ type: 'setGaps', gaps })}
              onFocus={(plan) => dispatch({ type: 'focusOn', plan })}
            />
          )}
          {s.tab === 'changes' && (
            <ChangesView
              filters={s.filters}
              around={
                around
                  ? {
                      ids: around,
                      names: around
                        .map((id) => (view.nodeIndex.get(id) ? shortLabel(view.nodeIndex.get(id)!) : id))
                        .join(', '),
                      partnerTies: s.partnerTies,
                    }
                  : null
              }
              onWholeNetwork={() => dispatch({ type: 'unfocus' })}
              changes={s.changes}
              stats={{ earliest: stats.data?.stats.earliestDate ?? null, latest: stats.data?.stats.latestDate ?? null }}
              onChanges={(changes) => dispatch({ type: 'setChanges', changes })}
              onStatus={setChangesStatus}
            />
          )}
          {s.tab === 'table' && (
            <div className="table-wrap">
              {empty && (
                <p className="empty-note" data-testid="empty-state">
                  {empty.title}. {empty.body}
                </p>
              )}
              <TableView
                view={s.view}
                nodes={view.nodes}
                hiddenNodes={view.hiddenNodes}
                allNodes={view.nodeIndex}
                relationships={view.relationships}
                ties={view.ties}
                degree={view.degree}
                selected={new Set(s.selected)}
                highlighted={view.highlighted}
                countryName={countries.name}
                onSelect={(id) => dispatch({ type: 'select', ids: [id] })}
              />
            </div>
          )}
        </div>
        {s.tab === 'graph' && started && view.nodes.length > 0 && (
          <Legend
            view={s.view}
            present={present}
            marks={{
              focus: !!s.focus && visibleIds.has(s.focus),
              path: !!view.highlighted,
              pinned: s.pinned.length > 0,
              undated: view.undated.kept > 0,
              clusters: present.clusters,
            }}
          />
        )}
        <footer className="statusbar" data-testid="status" aria-live="polite">
          {s.tab === 'changes' || s.tab === 'gaps' ? (
            // These tabs draw their own pictures: the explorer's hidden graph is not what is shown.
            <span data-testid="status-counts">{s.tab === 'changes' ? changesStatus : gapsStatus}</span>
          ) : (
            <>
              <span data-testid="status-counts">
                {view.nodes.length} nodes · {shownTies} ties shown
              </span>
              {hiddenWords && <span>{hiddenWords}</span>}
              {windowActive && <span>Time window {windowWords}</span>}
              {(view.undated.kept > 0 || view.undated.leftOut > 0) && (
                <span data-testid="status-undated">
                  {view.undated.kept > 0 && `${view.undated.kept} undated ${ev ? 'items' : 'ties'} kept (dashed)`}
                  {view.undated.kept > 0 && view.undated.leftOut > 0 && ' · '}
                  {view.undated.leftOut > 0 && `${view.undated.leftOut} undated left out`}
                </span>
              )}
              {view.highlighted && <span className="status-path">Path highlighted</span>}
              <span className="status-right">
                {layout.algorithm ? `Layout: ${ALGORITHM_WORDS[layout.algorithm]}` : ''}
                {layout.running ? ' · running' : ''}
              </span>
            </>
          )}
        </footer>
      </main>

      <aside className="sidebar right" aria-label="Details">
        {side.mode === 'edit' && (
          <EditForm
            key={side.target.mode === 'edit' ? side.target.id : `new-${side.target.kind}`}
            target={side.target}
            onSaved={(id, created) => {
              if (!created) return;
              setSide({ mode: 'details' });
              focusNode(id);
            }}
            onCancel={() => setSide({ mode: 'details' })}
          />
        )}
        {side.mode === 'tie' && (
          <TieForm
            key={`${side.start.id}~${side.end?.id ?? ''}`}
            start={side.start}
            end={side.end}
            onSaved={(id) => {
              setSide({ mode: 'details' });
              dispatch({ type: 'expand', ids: [side.start.id, ...(side.end ? [side.end.id] : [])] });
              dispatch({ type: 'select', ids: [id] });
            }}
            onCancel={() => setSide({ mode: 'details' })}
          />
        )}
        {side.mode === 'history' && (
          <NodeHistory id={side.id} name={nameOf(side.id)} onClose={() => setSide({ mode: 'details' })} />
        )}
        {side.mode === 'delete' && (
          <DeleteForm
            key={side.id}
            id={side.id}
            onDeleted={(id) => {
              setSide({ mode: 'details' });
              dispatch({ type: 'collapse', ids: [id] });
              dispatch({ type: 'hide', ids: [id] });
            }}
            onCancel={() => setSide({ mode: 'details' })}
          />
        )}
        {side.mode === 'merge' && (
          <MergeForm
            key={side.id}
            survivor={side.id}
            onMerged={(survivor, duplicate) => {
              setSide({ mode: 'details' });
              dispatch({ type: 'collapse', ids: [duplicate] });
              dispatch({ type: 'hide', ids: [duplicate] });
              dispatch({ type: 'select', ids: [survivor] });
            }}
            onCancel={() => setSide({ mode: 'details' })}
          />
        )}
        {side.mode === 'changes' && <RecentChanges onClose={() => setSide({ mode: 'details' })} />}
        {side.mode === 'details' && (
          <DetailsPanel
            selected={s.selected}
            nodes={view.nodeIndex}
            relationships={view.relationshipIndex}
            ties={view.tieIndex}
            countryName={countries.name}
            select={(id) => dispatch({ type: 'select', ids: [id] })}
            open={open}
            expand={(id) => (ev ? dispatch({ type: 'expand', ids: [id] }) : focusNode(id))}
            pathFrom={(id) => {
              setDraftFrom(id);
              setSideTab('paths');
            }}
            edit={(id) => setSide({ mode: 'edit', target: { mode: 'edit', id } })}
            history={(id) => setSide({ mode: 'history', id })}
            remove={(id) => setSide({ mode: 'delete', id })}
            merge={(id) => setSide({ mode: 'merge', id })}
            addTie={(a, b) => setSide({ mode: 'tie', start: tieEnd(a), end: b ? tieEnd(b) : null })}
          />
        )}
      </aside>
    </div>
  );
}
