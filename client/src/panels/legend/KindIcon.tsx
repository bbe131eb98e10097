/** The glyph of a node kind (and organisation kind) as drawn on the canvas, for lists and the legend. */
import { NODE_KIND_STYLE, ORG_KIND_COLOUR, nodeShape, type NodeShape } from '../../graph/style.js';
import { shapePath as outline } from '../../graph/export-svg.js';
import type { NodeKind, OrganizationKind } from '../../graph/vocabulary.js';

function shapePath(shape: NodeShape): string {
  switch (shape) {
    case 'ellipse':
      return 'M8 1.5a6.5 6.5 0 1 0 0.001 0z';
    case 'hexagon':
      return 'M4.5 2h7l3.5 6-3.5 6h-7L1 8z';
    case 'round-rectangle':
      return 'M4 3h8a2.5 2.5 0 0 1 2.5 2.5v5A2.5 2.5 0 0 1 12 13H4a2.5 2.5 0 0 1-2.5-2.5v-5A2.5 2.5 0 0 1 4 3z';
    case 'diamond':
      return 'M8 1l7 7-7 7-7-7z';
    case 'triangle':
      return 'M8 1.5l7 12.5H1z';
    case 'rectangle':
      return 'M3 1.5h10v13H3z';
    default:
      // The organisation kinds' outlines, as the canvas and the exports draw them.
      return outline(shape, 8, 8, 14, 14);
  }
}

export function KindIcon({
  nodeKind,
  orgKind,
  size = 16,
}: {
  nodeKind: NodeKind;
  orgKind?: OrganizationKind | null;
  size?: number;
}) {
  const s = NODE_KIND_STYLE[nodeKind];
  const fill = orgKind ? ORG_KIND_COLOUR[orgKind] : s.fill;
  return (
    <svg className="kind-icon" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      <path
        d={shapePath(nodeShape(nodeKind, orgKind))}
        fill={fill}
        stroke={s.colour}
        strokeWidth={nodeKind === 'ORGANIZATION' ? 1 : 1.6}
      />
    </svg>
  );
}

export function LineIcon({
  colour,
  line,
  width = 2.5,
  arrow = false,
}: {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  width?: number;
  arrow?: boolean;
}) {
  const dash = line === 'dashed' ? '5 3' : line === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg className="kind-icon" width={26} height={12} viewBox="0 0 26 12" aria-hidden="true">
      <line
        x1="1"
        y1="6"
        x2={arrow ? 19 : 25}
        y2="6"
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeLinecap="round"
      />
      {arrow && <path d="M18 2l7 4-7 4z" fill={colour} />}
    </svg>
  );
}
