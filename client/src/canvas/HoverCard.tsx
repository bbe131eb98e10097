/** What a tie or node is about, shown while the pointer rests on it: for a coordination tie, what the two coordinate on. */
import type { ReactNode } from 'react';
import type { AtlasNode, AtlasRelationship, AtlasTie } from '../graph/model.js';
import { isUndatedInstrument, shortLabel, subKind } from '../graph/model.js';
import { formatRange } from '../graph/partial-date.js';
import { label } from '../graph/vocabulary.js';
import type { HoverInfo } from './GraphCanvas.js';

export interface HoverCardProps {
  hover: HoverInfo;
  nodes: ReadonlyMap<string, AtlasNode>;
  relationships: ReadonlyMap<string, AtlasRelationship>;
  ties: ReadonlyMap<string, AtlasTie>;
}

export function HoverCard({ hover, nodes, relationships, ties }: HoverCardProps) {
  const name = (id: string) => {
    const n = nodes.get(id);
    return n ? shortLabel(n) : id;
  };
  let body: ReactNode = null;
  const tie = ties.get(hover.id);
  const rel = relationships.get(hover.id);
  const node = nodes.get(hover.id);
  if (hover.group === 'edges' && tie) {
    const byKind = new Map<string, number>();
    for (const e of tie.evidence) byKind.set(e.nodeKind, (byKind.get(e.nodeKind) ?? 0) + 1);
    body = (
      <>
        <strong>
          {name(tie.a)} ↔ {name(tie.b)}
        </strong>
        <span>
          {tie.sharedCount} shared:{' '}
          {[...byKind].map(([k, n]) => `${n} ${label(k).toLowerCase()}${n === 1 ? '' : 's'}`).join(', ')}
        </span>
        {tie.topics.length > 0 && <span>On: {tie.topics.map(label).join(', ')}</span>}
        {tie.undated ? (
          <span className="undated-note" data-testid="hover-undated">
            Undated: none of the shared instruments carries a date
          </span>
        ) : (
          <span>{formatRange(tie.firstDate, tie.lastDate)}</span>
        )}
        <span className="muted">Click for the evidence and its sources</span>
      </>
    );
  } else if (hover.group === 'edges' && rel) {
    const first = rel.sources[0];
    body = (
      <>
        <strong>
          {name(rel.start)} {label(rel.type).toLowerCase()} {name(rel.end)}
        </strong>
        {rel.role && <span>Role: {label(rel.role).toLowerCase()}</span>}
        {first && (
          <span className="muted">
            {first.source.name}, {first.locator}
          </span>
        )}
      </>
    );
  } else if (node) {
    const sub = subKind(node);
    body = (
      <>
        <strong>{node.name}</strong>
        <span>
          {label(node.nodeKind)}
          {sub ? ` · ${label(sub)}` : ''}
        </span>
        {isUndatedInstrument(node) && (
          <span className="undated-note" data-testid="hover-undated">
            Undated: the sources give no date
          </span>
        )}
      </>
    );
  }
  if (!body) return null;
  return (
    <div
      className="hover-card"
      // Beside the pointer, on whichever side has room.
      style={{
        left: hover.x > hover.width - 340 ? undefined : hover.x + 14,
        right: hover.x > hover.width - 340 ? hover.width - hover.x + 14 : undefined,
        top: hover.y > hover.height - 140 ? undefined : hover.y + 14,
        bottom: hover.y > hover.height - 140 ? hover.height - hover.y + 14 : undefined,
      }}
      role="tooltip"
      data-testid="hover-card"
    >
      {body}
    </div>
  );
}
