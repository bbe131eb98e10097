/**
 * The selection in full: all properties, dates, roles, the connected items, and the sources with
 * their locators. A tie on the canvas leads to its sources in one click (Evidence view) or two
 * (Coordination view: the tie, then its evidence is listed with its citations).
 */
import type { AtlasNode, AtlasRelationship, AtlasTie } from '../../graph/model.js';
import { KindIcon } from '../legend/KindIcon.js';
import { NodeDetails } from './NodeDetails.js';
import { RelationshipDetails } from './RelationshipDetails.js';
import { TieDetails } from './TieDetails.js';

export interface DetailsActions {
  select(id: string): void;
  /** Bring a node into the graph (expanding it) and select it. */
  open(id: string): void;
  expand(id: string): void;
  pathFrom(id: string): void;
  /** Open the edit form of a node. */
  edit(id: string): void;
  /** Open a node's history. */
  history(id: string): void;
  /** Ask to delete a node. */
  remove(id: string): void;
  /** Merge a duplicate into this organisation. */
  merge(id: string): void;
  /** Open the form for a tie from `a` (to `b`, when known). */
  addTie(a: string, b?: string): void;
}

export interface DetailsPanelProps extends DetailsActions {
  selected: string[];
  nodes: ReadonlyMap<string, AtlasNode>;
  relationships: ReadonlyMap<string, AtlasRelationship>;
  ties: ReadonlyMap<string, AtlasTie>;
  countryName(code: string): string;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { selected } = props;
  if (!selected.length) {
    return (
      <div className="details empty-state" data-testid="details">
        <h2>Details</h2>
        <p>
          Select an organisation, meeting, agreement or case — or a tie — to see everything the sources say about it.
        </p>
        <p className="muted">Double-click a node to expand its neighbours. Shift-click to select several.</p>
      </div>
    );
  }
  if (selected.length > 1) return <MultiSelection {...props} />;
  const id = selected[0]!;
  const rel = props.relationships.get(id);
  if (rel) return <RelationshipDetails rel={rel} {...props} />;
  const tie = props.ties.get(id);
  if (tie) return <TieDetails tie={tie} {...props} />;
  return <NodeDetails id={id} {...props} />;
}

function MultiSelection({ selected, nodes, relationships, ties, select, addTie }: DetailsPanelProps) {
  const pair = selected.length === 2 && selected.every((id) => nodes.has(id)) ? selected : null;
  return (
    <div className="details" data-testid="details">
      <h2>{selected.length} selected</h2>
      <ul className="rel-list">
        {selected.map((id) => {
          const n = nodes.get(id);
          const name = n ? n.name : relationships.has(id) ? `Tie ${id}` : ties.has(id) ? `Coordination tie ${id}` : id;
          return (
            <li key={id} className="rel-row">
              <button type="button" className="link node-link" onClick={() => select(id)}>
                {n && <KindIcon nodeKind={n.nodeKind} orgKind={n.orgKind} size={13} />}
                {name}
              </button>
            </li>
          );
        })}
      </ul>
      {pair && (
        <div className="details-actions">
          <button
            type="button"
            className="btn small"
            onClick={() => addTie(pair[0]!, pair[1])}
            data-testid="add-tie-pair"
          >
            Add a tie between these two
          </button>
        </div>
      )}
      <p className="muted">Use “Show only selection” in the toolbar to see these and their ties alone.</p>
    </div>
  );
}
