/** What the shapes, colours and lines on the canvas mean, for the view on screen. */
import { useState } from 'react';
import { NODE_KIND_STYLE, ORG_KIND_COLOUR, RELATIONSHIP_STYLE, TIE_COLOUR, type TieKind } from '../../graph/style.js';
import type { ViewName } from '../../graph/url-state.js';
import { label, type NodeKind, type OrganizationKind, type RelationshipType } from '../../graph/vocabulary.js';
import { CLUSTER_LABEL, UNDATED_LABEL } from '../../graph/export-meta.js';
import { KindIcon, LineIcon } from './KindIcon.js';

export interface LegendProps {
  view: ViewName;
  /** Only list what is on screen, when known. */
  present?: { nodeKinds: Set<string>; orgKinds: Set<string>; relTypes: Set<string>; tieKinds: Set<string> };
  /** `undated`: undated items are on screen (drawn hollow and dashed). */
  marks?: { focus: boolean; path: boolean; pinned: boolean; undated?: boolean; clusters?: boolean };
}

const TIE_WORDS: Record<TieKind, string> = {
  AGREEMENT: 'Share an agreement',
  MEETING: 'Met at a meeting',
  JOINT_CASE: 'Work a joint case',
  MIXED: 'Several kinds',
};

export function Legend({ view, present, marks }: LegendProps) {
  const [open, setOpen] = useState(true);
  const has = (set: Set<string> | undefined, v: string) => !set || set.size === 0 || set.has(v);
  const nodeKinds = (Object.keys(NODE_KIND_STYLE) as NodeKind[]).filter(
    (k) => k !== 'ORGANIZATION' && k !== 'SOURCE' && view === 'evidence' && has(present?.nodeKinds, k),
  );
  const orgKinds = (Object.keys(ORG_KIND_COLOUR) as OrganizationKind[]).filter((k) => has(present?.orgKinds, k));
  const relTypes = (Object.keys(RELATIONSHIP_STYLE) as RelationshipType[]).filter((t) => has(present?.relTypes, t));
  const tieKinds = (Object.keys(TIE_COLOUR) as TieKind[]).filter((t) => has(present?.tieKinds, t));
  return (
    <section className={open ? 'legend' : 'legend closed'} aria-label="Legend" data-testid="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Legend
      </button>
      {open && (
        <div className="legend-body">
          <div className="legend-group">
            <h3>Organisations</h3>
            <ul>
              {orgKinds.map((k) => (
                <li key={k}>
                  <KindIcon nodeKind="ORGANIZATION" orgKind={k} />
                  {label(k)}
                </li>
              ))}
            </ul>
          </div>
          {view === 'evidence' ? (
            <>
              {nodeKinds.length > 0 && (
                <div className="legend-group">
                  <h3>Instruments &amp; places</h3>
                  <ul>
                    {nodeKinds.map((k) => (
                      <li key={k}>
                        <KindIcon nodeKind={k} />
                        {label(k)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="legend-group">
                <h3>Ties</h3>
                <ul>
                  {relTypes.map((t) => (
                    <li key={t}>
                      <LineIcon
                        colour={RELATIONSHIP_STYLE[t].colour}
                        line={RELATIONSHIP_STYLE[t].line}
                        arrow={RELATIONSHIP_STYLE[t].arrow}
                      />
                      {label(t)}
                    </li>
                  ))}
                </ul>
              </div>
            </>
          ) : (
            <div className="legend-group">
              <h3>Coordination ties</h3>
              <ul>
                {tieKinds.map((t) => (
                  <li key={t}>
                    <LineIcon colour={TIE_COLOUR[t]} line="solid" width={3} />
                    {TIE_WORDS[t]}
                  </li>
                ))}
                <li
                  className="legend-note"
                  title="Each shared instrument adds 1/(n−1), n being the organisations on it: a bilateral MOU counts more than a large conference."
                >
                  <LineIcon colour="#94a3b8" line="solid" width={5} />
                  Width: tie strength
                </li>
              </ul>
            </div>
          )}
          {marks && (marks.focus || marks.path || marks.pinned || marks.undated || marks.clusters) && (
            <div className="legend-group">
              <h3>Marks</h3>
              <ul>
                {marks.focus && (
                  <li>
                    <span className="mark mark-focus" aria-hidden="true" /> Focus
                  </li>
                )}
                {marks.path && (
                  <li>
                    <span className="mark mark-path" aria-hidden="true" /> On the path
                  </li>
                )}
                {marks.pinned && (
                  <li>
                    <span className="mark mark-pinned" aria-hidden="true" /> Pinned
                  </li>
                )}
                {marks.clusters && (
                  <li data-testid="legend-cluster">
                    <span className="mark mark-cluster" aria-hidden="true" /> {CLUSTER_LABEL}
                  </li>
                )}
                {marks.undated && (
                  <li data-testid="legend-undated">
                    {view === 'evidence' ? (
                      <span className="mark mark-undated" aria-hidden="true" />
                    ) : (
                      <LineIcon colour="#334155" line="dashed" width={3} />
                    )}{' '}
                    {UNDATED_LABEL}
                  </li>
                )}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
