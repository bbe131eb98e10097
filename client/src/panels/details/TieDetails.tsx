/**
 * A coordination tie: what the two organisations share, and the evidence with its sources (the
 * second click from the canvas to the source).
 */
import { TieEvidenceDocument } from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import type { AtlasNode, AtlasTie } from '../../graph/model.js';
import { shortLabel, toAtlasNode } from '../../graph/model.js';
import { formatRange } from '../../graph/partial-date.js';
import { label } from '../../graph/vocabulary.js';
import { Citations } from './Citations.js';
import type { DetailsPanelProps } from './DetailsPanel.js';
import { NodeLink } from './NodeLink.js';

export function TieDetails({ tie, nodes, open }: DetailsPanelProps & { tie: AtlasTie }) {
  const a = nodes.get(tie.a);
  const b = nodes.get(tie.b);
  const { data, error, loading } = useQuery(TieEvidenceDocument, { ids: tie.evidence.map((e) => e.id) });
  const evidence = (data?.nodes ?? []).filter((n) => n !== null).map(toAtlasNode);
  return (
    <div className="details" data-testid="details" data-tie-id={tie.id}>
      <header className="details-header">
        <div>
          <p className="kind-line">Coordination tie</p>
          <h2 data-testid="details-title">
            {a ? shortLabel(a) : tie.a} ↔ {b ? shortLabel(b) : tie.b}
          </h2>
        </div>
      </header>
      <dl className="properties">
        <div className="property">
          <dt>Between</dt>
          <dd>
            {a && <NodeLink id={a.id} name={a.name} nodeKind="ORGANIZATION" orgKind={a.orgKind} onClick={open} />}
            {b && <NodeLink id={b.id} name={b.name} nodeKind="ORGANIZATION" orgKind={b.orgKind} onClick={open} />}
          </dd>
        </div>
        <div className="property">
          <dt>Shared instruments</dt>
          <dd>{tie.sharedCount}</dd>
        </div>
        <div className="property">
          <dt>Strength</dt>
          <dd>{tie.weight.toFixed(2)}</dd>
        </div>
        <div className="property">
          <dt>Kinds</dt>
          <dd>{tie.instrumentKinds.map(label).join(', ')}</dd>
        </div>
        {(tie.firstDate || tie.lastDate) && (
          <div className="property">
            <dt>Active</dt>
            <dd>{formatRange(tie.firstDate, tie.lastDate)}</dd>
          </div>
        )}
      </dl>
      {tie.topics.length > 0 && (
        <div className="chips" aria-label="Topics">
          {tie.topics.map((t) => (
            <span key={t} className="chip">
              {label(t)}
            </span>
          ))}
        </div>
      )}
      <section className="details-section" aria-label="Evidence" data-testid="details-sources">
        <h3>
          Evidence <span className="count">{tie.evidence.length}</span>
        </h3>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {loading && <p className="muted">Loading the sources…</p>}
        <ul className="evidence-list">
          {(evidence.length ? evidence : tie.evidence).map((e) => {
            const full = evidence.find((x) => x.id === e.id);
            return (
              <li key={e.id} className="evidence">
                <NodeLink id={e.id} name={e.name} nodeKind={e.nodeKind} onClick={open} />
                {full && <span className="dates">{formatRange(...datesOf(full))}</span>}
                {full && <Citations citations={full.sources} compact />}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

function datesOf(n: AtlasNode): [string | null | undefined, string | null | undefined] {
  if (n.nodeKind === 'MEETING') return [n.startDate, n.endDate ?? n.startDate];
  if (n.nodeKind === 'AGREEMENT') return [n.signedOn ?? n.validFrom, n.validUntil];
  if (n.nodeKind === 'JOINT_CASE') return [n.openedOn, n.closedOn];
  return [null, null];
}
