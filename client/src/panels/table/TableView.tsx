/**
 * The elements on the canvas as tables, for reading and for screen readers: the nodes and the ties
 * of the Evidence view, or the organisations and coordination ties of the Coordination view.
 * Hidden items can be listed too, with the reason they are hidden.
 */
import { useMemo, useState } from 'react';
import { HIDE_REASON_WORDS, type NodeHideReason } from '../../graph/filter.js';
import {
  primaryDate,
  isUndatedInstrument,
  shortLabel,
  subKind,
  type AtlasNode,
  type AtlasRelationship,
  type AtlasTie,
} from '../../graph/model.js';
import { formatDate, formatRange } from '../../graph/partial-date.js';
import type { ViewName } from '../../graph/url-state.js';
import { label } from '../../graph/vocabulary.js';
import { KindIcon } from '../legend/KindIcon.js';
import { DataTable, type Column } from './DataTable.js';

export interface TableViewProps {
  view: ViewName;
  nodes: readonly AtlasNode[];
  hiddenNodes: ReadonlyMap<string, NodeHideReason>;
  allNodes: ReadonlyMap<string, AtlasNode>;
  relationships: readonly AtlasRelationship[];
  ties: readonly AtlasTie[];
  degree: ReadonlyMap<string, number>;
  selected: ReadonlySet<string>;
  highlighted: ReadonlySet<string> | null;
  countryName(code: string): string;
  onSelect(id: string): void;
}

interface NodeRow {
  node: AtlasNode;
  hiddenBy: NodeHideReason | null;
}

function place(n: AtlasNode, countryName: (c: string) => string): string {
  if (n.nodeKind === 'MEETING') return [n.city, n.countryCode && countryName(n.countryCode)].filter(Boolean).join(', ');
  if (n.nodeKind === 'JOINT_CASE') return (n.jurisdictions ?? []).map(countryName).join(', ');
  if (n.countryCode) return countryName(n.countryCode);
  return n.nodeKind === 'ORGANIZATION' ? 'International' : '';
}

/** Said in the Dates column when an agreement, meeting or case carries no date. */
export const UNDATED_WORDS = 'Undated';

function dates(n: AtlasNode): string {
  if (isUndatedInstrument(n)) return UNDATED_WORDS;
  switch (n.nodeKind) {
    case 'MEETING':
      return formatRange(n.startDate, n.endDate ?? n.startDate);
    case 'AGREEMENT':
      return formatDate(n.signedOn ?? n.validFrom);
    case 'JOINT_CASE':
      return formatRange(n.openedOn, n.closedOn);
    default:
      return '';
  }
}

export function TableView(props: TableViewProps) {
  const [tab, setTab] = useState<'nodes' | 'ties'>('nodes');
  const [withHidden, setWithHidden] = useState(false);
  const { allNodes, countryName, selected, highlighted } = props;
  const mark = (id: string) => ({
    'data-selected': selected.has(id) ? 'true' : undefined,
    'data-highlighted': highlighted?.has(id) ? 'true' : undefined,
  });
  const rowClass = (id: string, hidden = false) =>
    [selected.has(id) ? 'selected' : '', highlighted?.has(id) ? 'highlighted' : '', hidden ? 'hidden-row' : '']
      .join(' ')
      .trim();

  const nodeRows: NodeRow[] = useMemo(() => {
    const rows: NodeRow[] = props.nodes.map((node) => ({ node, hiddenBy: null }));
    if (withHidden)
      for (const [id, r] of props.hiddenNodes) {
        const node = allNodes.get(id);
        if (node) rows.push({ node, hiddenBy: r });
      }
    return rows;
  }, [props.nodes, props.hiddenNodes, allNodes, withHidden]);

  const nodeColumns: Column<NodeRow>[] = useMemo(
    () => [
      {
        key: 'name',
        title: 'Name',
        value: (r) => r.node.name,
        render: (r) => (
          <span className="cell-name">
            <KindIcon nodeKind={r.node.nodeKind} orgKind={r.node.orgKind} size={14} />
            {r.node.acronym ? <strong>{r.node.acronym}</strong> : null}
            <span>{r.node.name}</span>
          </span>
        ),
      },
      {
        key: 'kind',
        title: 'Kind',
        value: (r) => [label(r.node.nodeKind), label(subKind(r.node))].filter(Boolean).join(' · '),
      },
      { key: 'place', title: 'Country / place', value: (r) => place(r.node, countryName) },
      { key: 'date', title: 'Dates', value: (r) => primaryDate(r.node), render: (r) => dates(r.node) },
      { key: 'topics', title: 'Topics', value: (r) => r.node.topics.map(label).join(', ') },
      { key: 'ties', title: 'Ties shown', value: (r) => props.degree.get(r.node.id) ?? 0, numeric: true },
      {
        key: 'sources',
        title: 'Sources',
        value: (r) => r.node.sources.map((s) => `${s.source.name}, ${s.locator}`).join('; '),
        render: (r) => <SourceCell citations={r.node.sources} />,
      },
      ...(withHidden
        ? [
            {
              key: 'status',
              title: 'Status',
              value: (r: NodeRow) => (r.hiddenBy ? `Hidden ${HIDE_REASON_WORDS[r.hiddenBy]}` : 'Shown'),
            },
          ]
        : []),
    ],
    [countryName, props.degree, withHidden],
  );

  const nameOf = (id: string) => {
    const n = allNodes.get(id);
    return n ? shortLabel(n) : id;
  };
  const relColumns: Column<AtlasRelationship>[] = [
    { key: 'from', title: 'From', value: (r) => nameOf(r.start) },
    {
      key: 'type',
      title: 'Tie',
      value: (r) => `${label(r.type).toLowerCase()}${r.role ? ` (${label(r.role).toLowerCase()})` : ''}`,
    },
    { key: 'to', title: 'To', value: (r) => nameOf(r.end) },
    { key: 'when', title: 'When', value: (r) => r.from ?? r.until, render: (r) => formatRange(r.from, r.until) },
    {
      key: 'sources',
      title: 'Sources',
      value: (r) => r.sources.map((s) => `${s.source.name}, ${s.locator}`).join('; '),
      render: (r) => <SourceCell citations={r.sources} />,
    },
  ];
  const tieColumns: Column<AtlasTie>[] = [
    { key: 'a', title: 'Organisation', value: (t) => nameOf(t.a) },
    { key: 'b', title: 'Coordinates with', value: (t) => nameOf(t.b) },
    { key: 'weight', title: 'Strength', value: (t) => t.weight, render: (t) => t.weight.toFixed(2), numeric: true },
    { key: 'shared', title: 'Shared', value: (t) => t.sharedCount, numeric: true },
    { key: 'kinds', title: 'Through', value: (t) => t.instrumentKinds.map(label).join(', ') },
    { key: 'topics', title: 'Topics', value: (t) => t.topics.map(label).join(', ') },
    {
      key: 'active',
      title: 'Active',
      value: (t) => t.firstDate,
      render: (t) => (t.undated ? UNDATED_WORDS : formatRange(t.firstDate, t.lastDate)),
    },
  ];

  const tieCount = props.view === 'evidence' ? props.relationships.length : props.ties.length;
  return (
    <div className="table-view" data-testid="table-view">
      <div className="table-tabs">
        {/* Only the tabs in the tab list: the checkbox beside them is not a tab. */}
        <div className="table-tab-list" role="tablist" aria-label="Table contents">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'nodes'}
            onClick={() => setTab('nodes')}
            data-testid="table-tab-nodes"
          >
            {props.view === 'evidence' ? 'Nodes' : 'Organisations'} <span className="count">{props.nodes.length}</span>
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'ties'}
            onClick={() => setTab('ties')}
            data-testid="table-tab-ties"
          >
            Ties <span className="count">{tieCount}</span>
          </button>
        </div>
        {tab === 'nodes' && props.view === 'evidence' && (
          <label className="toggle-line">
            <input
              type="checkbox"
              checked={withHidden}
              onChange={(e) => setWithHidden(e.target.checked)}
              data-testid="table-with-hidden"
            />
            List hidden items too ({props.hiddenNodes.size})
          </label>
        )}
      </div>
      {tab === 'nodes' && (
        <DataTable
          caption="Nodes"
          testId="nodes-table"
          rows={nodeRows}
          columns={nodeColumns}
          rowId={(r) => r.node.id}
          rowAttributes={(r) => ({
            ...mark(r.node.id),
            'data-hidden': r.hiddenBy ?? undefined,
            'data-kind': r.node.nodeKind,
          })}
          rowClass={(r) => rowClass(r.node.id, !!r.hiddenBy)}
          onActivate={(r) => props.onSelect(r.node.id)}
          empty="Nothing on the canvas yet."
        />
      )}
      {tab === 'ties' && props.view === 'evidence' && (
        <DataTable
          caption="Ties"
          testId="ties-table"
          rows={props.relationships}
          columns={relColumns}
          rowId={(r) => r.id}
          rowAttributes={(r) => mark(r.id)}
          rowClass={(r) => rowClass(r.id)}
          onActivate={(r) => props.onSelect(r.id)}
          empty="No ties in this view."
        />
      )}
      {tab === 'ties' && props.view === 'coordination' && (
        <DataTable
          caption="Coordination ties"
          testId="ties-table"
          rows={props.ties}
          columns={tieColumns}
          rowId={(t) => t.id}
          rowAttributes={(t) => mark(t.id)}
          rowClass={(t) => rowClass(t.id)}
          onActivate={(t) => props.onSelect(t.id)}
          empty="No ties in this period."
        />
      )}
    </div>
  );
}

function SourceCell({ citations }: { citations: AtlasNode['sources'] }) {
  const first = citations[0];
  if (!first) return <span className="muted">—</span>;
  return (
    <span className="source-cell" title={citations.map((c) => `${c.source.name}, ${c.locator}`).join('\n')}>
      {first.locator}
      {citations.length > 1 && <span className="muted"> +{citations.length - 1}</span>}
    </span>
  );
}
