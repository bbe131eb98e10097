/** A tie of the Evidence view: its two ends, the role, the dates and where it is stated. */
import type { AtlasRelationship } from '../../graph/model.js';
import { shortLabel } from '../../graph/model.js';
import { formatRange } from '../../graph/partial-date.js';
import { label } from '../../graph/vocabulary.js';
import { Citations } from './Citations.js';
import type { DetailsPanelProps } from './DetailsPanel.js';
import { NodeLink } from './NodeLink.js';

export function RelationshipDetails({ rel, nodes, open }: DetailsPanelProps & { rel: AtlasRelationship }) {
  const start = nodes.get(rel.start);
  const end = nodes.get(rel.end);
  const dates = formatRange(rel.from, rel.until);
  return (
    <div className="details" data-testid="details" data-relationship-id={rel.id}>
      <header className="details-header">
        <div>
          <p className="kind-line">Tie · {label(rel.type)}</p>
          <h2 data-testid="details-title">
            {start ? shortLabel(start) : rel.start} {label(rel.type).toLowerCase()} {end ? shortLabel(end) : rel.end}
          </h2>
        </div>
      </header>
      <dl className="properties">
        <div className="property">
          <dt>From</dt>
          <dd>
            {start ? (
              <NodeLink
                id={start.id}
                name={start.name}
                nodeKind={start.nodeKind}
                orgKind={start.orgKind}
                onClick={open}
              />
            ) : (
              rel.start
            )}
          </dd>
        </div>
        <div className="property">
          <dt>To</dt>
          <dd>
            {end ? (
              <NodeLink id={end.id} name={end.name} nodeKind={end.nodeKind} orgKind={end.orgKind} onClick={open} />
            ) : (
              rel.end
            )}
          </dd>
        </div>
        {rel.role && (
          <div className="property">
            <dt>Role</dt>
            <dd>{label(rel.role)}</dd>
          </div>
        )}
        {dates && (
          <div className="property">
            <dt>When</dt>
            <dd>{dates}</dd>
          </div>
        )}
      </dl>
      <section className="details-section" aria-label="Sources" data-testid="details-sources">
        <h3>Sources</h3>
        <Citations citations={rel.sources} />
      </section>
    </div>
  );
}
