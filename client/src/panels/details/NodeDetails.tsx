/** A node in full: its fields, its sources, and every tie it has with the other end named. */
import { useMemo, useState } from 'react';
import { NeighbourhoodDocument } from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import { NEIGHBOURHOOD_LIMIT } from '../../data/useEvidenceGraph.js';
import type { AtlasNode, AtlasRelationship } from '../../graph/model.js';
import { subKind, toModel } from '../../graph/model.js';
import { formatRange } from '../../graph/partial-date.js';
import { label } from '../../graph/vocabulary.js';
import { Citations } from './Citations.js';
import type { DetailsPanelProps } from './DetailsPanel.js';
import { NodeProperties } from './NodeProperties.js';
import { KindIcon } from '../legend/KindIcon.js';
import { NodeLink } from './NodeLink.js';

export function NodeDetails({
  id,
  nodes,
  countryName,
  open,
  expand,
  pathFrom,
  edit,
  history,
  addTie,
  remove,
  merge,
}: DetailsPanelProps & { id: string }) {
  // The same request the graph expands a node with, so the two share one cached answer.
  const { data, error, loading } = useQuery(NeighbourhoodDocument, { ids: [id], depth: 1, limit: NEIGHBOURHOOD_LIMIT });
  const neighbourhood = useMemo(() => (data ? toModel(data.neighbourhood) : undefined), [data]);
  const node = neighbourhood?.nodes.get(id) ?? nodes.get(id);
  const groups = useMemo(() => {
    const byType = new Map<string, AtlasRelationship[]>();
    for (const r of neighbourhood?.relationships.values() ?? []) {
      if (r.start !== id && r.end !== id) continue;
      const k = `${r.type}|${r.start === id ? 'out' : 'in'}`;
      byType.set(k, [...(byType.get(k) ?? []), r]);
    }
    return [...byType.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [neighbourhood, id]);
  const total = groups.reduce((n, [, rels]) => n + rels.length, 0);

  if (!node) {
    if (error)
      return (
        <div className="details" data-testid="details">
          <p className="error" role="alert">
            {error}
          </p>
        </div>
      );
    if (loading)
      return (
        <div className="details" data-testid="details">
          <p className="muted">Loading details…</p>
        </div>
      );
    return (
      <div className="details" data-testid="details">
        <p className="muted">This item is not in the graph.</p>
      </div>
    );
  }
  return (
    <div className="details" data-testid="details" data-node-id={node.id}>
      <Header node={node} />
      <div className="details-actions">
        <button type="button" className="btn small" onClick={() => expand(node.id)}>
          Expand neighbours
        </button>
        <button type="button" className="btn small" onClick={() => pathFrom(node.id)}>
          Paths from here
        </button>
      </div>
      <div className="details-actions edit-actions" aria-label="Edit">
        <button type="button" className="btn small" onClick={() => edit(node.id)} data-testid="details-edit">
          Edit
        </button>
        <button type="button" className="btn small" onClick={() => addTie(node.id)} data-testid="details-add-tie">
          Add tie to…
        </button>
        <button type="button" className="btn small" onClick={() => history(node.id)} data-testid="details-history">
          History
        </button>
        {node.nodeKind === 'ORGANIZATION' && (
          <button type="button" className="btn small" onClick={() => merge(node.id)} data-testid="details-merge">
            Merge a duplicate…
          </button>
        )}
        <button type="button" className="btn small danger" onClick={() => remove(node.id)} data-testid="details-delete">
          Delete…
        </button>
      </div>
      {node.description && <p className="description">{node.description}</p>}
      <NodeProperties node={node} countryName={countryName} />

      <section className="details-section" aria-label="Sources" data-testid="details-sources">
        <h3>Sources</h3>
        <Citations citations={node.sources} />
      </section>

      <section className="details-section" aria-label="Connected items" data-testid="details-connections">
        <h3>Connected {neighbourhood ? <span className="count">{total}</span> : null}</h3>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {loading && !neighbourhood && <p className="muted">Loading ties…</p>}
        {neighbourhood && !total && <p className="muted">No recorded ties.</p>}
        {groups.map(([key, rels]) => {
          const [type, dir] = key.split('|') as [string, string];
          return (
            <div key={key} className="rel-group">
              <h4>
                {dir === 'out' ? label(type) : `${label(type)} (from)`} <span className="count">{rels.length}</span>
              </h4>
              <ul className="rel-list">
                {rels.map((r) => {
                  const otherId = r.start === id ? r.end : r.start;
                  return (
                    <ConnectedRow
                      key={r.id}
                      r={r}
                      other={neighbourhood!.nodes.get(otherId)}
                      otherId={otherId}
                      open={open}
                    />
                  );
                })}
              </ul>
            </div>
          );
        })}
        {neighbourhood?.truncated && (
          <p className="muted">The server cut this neighbourhood short: not every tie is listed.</p>
        )}
      </section>
    </div>
  );
}

function ConnectedRow({
  r,
  other,
  otherId,
  open,
}: {
  r: AtlasRelationship;
  other: AtlasNode | undefined;
  otherId: string;
  open(id: string): void;
}) {
  const [showSources, setShowSources] = useState(false);
  const dates = formatRange(r.from, r.until);
  return (
    <li className="rel-row">
      <div className="rel-main">
        <NodeLink
          id={otherId}
          name={other?.name ?? otherId}
          nodeKind={other?.nodeKind ?? 'ORGANIZATION'}
          orgKind={other?.orgKind}
          onClick={open}
        />
        {r.role && <span className="role">{label(r.role).toLowerCase()}</span>}
        {dates && <span className="dates">{dates}</span>}
        <button
          type="button"
          className="link sources-toggle"
          aria-expanded={showSources}
          onClick={() => setShowSources(!showSources)}
          title="Where this tie is stated"
        >
          {r.sources.length} source{r.sources.length === 1 ? '' : 's'}
        </button>
      </div>
      {showSources && <Citations citations={r.sources} compact />}
    </li>
  );
}

function Header({ node }: { node: AtlasNode }) {
  const sub = subKind(node);
  return (
    <header className="details-header">
      <KindIcon nodeKind={node.nodeKind} orgKind={node.orgKind} size={22} />
      <div>
        <h2 data-testid="details-title">
          {node.acronym && <span className="acronym">{node.acronym}</span>}
          {node.name}
        </h2>
        <p className="kind-line">
          {label(node.nodeKind)}
          {sub ? ` · ${label(sub)}` : ''}
        </p>
      </div>
    </header>
  );
}
