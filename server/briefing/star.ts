/**
 * The diagram of an organisation's or an agreement's brief: the focus in the middle, its partners
 * (or parties and activities) on an ellipse around it in a fixed order, each spoke carrying the
 * footnote numbers of its sources. Laid out by rule, so the same data gives the same picture.
 */
import {
  KIND_WORDS,
  NODE_KIND_STYLE,
  nodeFill,
  nodeShape,
  ORG_KIND_COLOUR,
  ORG_KIND_SHAPE,
  TIE_COLOUR,
  type LookNodeKind,
  type LookOrganizationKind,
} from '../look/look.js';
import { GREY, INK, fitLines, type LegendEntry, type Picture, type Prim } from './picture.js';

export interface StarNode {
  id: string;
  label: string;
  nodeKind: LookNodeKind;
  organizationKind?: string;
}

export interface Spoke extends StarNode {
  refs: number[];
  /** Line width grows with it. */
  weight: number;
  /** Colours the line: the kind of instrument shared, or MIXED. */
  tieKind: keyof typeof TIE_COLOUR;
}

const W = 760;
const H = 400;

export function starPicture(centre: StarNode, spokes: Spoke[], caption: string): Picture {
  const prims: Prim[] = [];
  const [cx, cy] = [W / 2, H / 2 - 6];
  const [rx, ry] = [W / 2 - 92, H / 2 - 44];
  const maxWeight = Math.max(1, ...spokes.map((s) => s.weight));
  const placed = spokes.map((s, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, spokes.length);
    return { s, x: cx + rx * Math.cos(angle), y: cy + ry * Math.sin(angle) };
  });
  for (const { s, x, y } of placed) {
    prims.push({
      t: 'line',
      x1: cx,
      y1: cy,
      x2: x,
      y2: y,
      stroke: TIE_COLOUR[s.tieKind],
      width: 1 + (2.5 * s.weight) / maxWeight,
      cls: 'spoke',
      data: { id: s.id, refs: s.refs.join(' ') },
    });
  }
  const node = (n: StarNode, x: number, y: number, size: number, focus: boolean) => {
    const style = NODE_KIND_STYLE[n.nodeKind];
    prims.push({
      t: 'shape',
      shape: nodeShape(n.nodeKind, n.organizationKind),
      x,
      y,
      w: size,
      h: size * (style.height / style.width),
      fill: n.nodeKind === 'ORGANIZATION' ? nodeFill(n.nodeKind, n.organizationKind) : style.fill,
      stroke: focus ? '#111111' : n.nodeKind === 'ORGANIZATION' ? '#ffffff' : style.colour,
      cls: 'node',
      data: { id: n.id },
    });
    fitLines(n.label, focus ? 10 : 8.5, 124, 2, focus).forEach((line, k) =>
      prims.push({
        t: 'text',
        x,
        y: y + size / 2 + 11 + k * 10.5,
        text: line,
        size: focus ? 10 : 8.5,
        anchor: 'middle',
        bold: focus || k === 0,
        fill: INK,
        cls: k === 0 ? 'node-label' : undefined,
      }),
    );
  };
  for (const { s, x, y } of placed) node(s, x, y, 16, false);
  node(centre, cx, cy, 26, true);
  // Markers on the spokes, past the middle so they stay clear of the focus.
  for (const { s, x, y } of placed)
    if (s.refs.length)
      prims.push({
        t: 'marker',
        x: cx + (x - cx) * 0.6,
        y: cy + (y - cy) * 0.6,
        refs: s.refs,
        cls: 'marker',
        data: { refs: s.refs.join(' ') },
      });
  if (!spokes.length)
    prims.push({
      t: 'text',
      x: cx,
      y: cy + 50,
      text: 'No ties recorded for this focus.',
      size: 10,
      anchor: 'middle',
      fill: GREY,
    });
  return { width: W, height: H, prims, legend: starLegend([centre, ...spokes], spokes), caption };
}

function starLegend(nodes: StarNode[], spokes: Spoke[]): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const orgKinds = new Set(nodes.filter((n) => n.nodeKind === 'ORGANIZATION').map((n) => n.organizationKind));
  for (const kind of Object.keys(ORG_KIND_COLOUR) as LookOrganizationKind[])
    if (orgKinds.has(kind))
      entries.push({
        kind: 'shape',
        shape: ORG_KIND_SHAPE[kind],
        fill: ORG_KIND_COLOUR[kind],
        stroke: '#ffffff',
        label: KIND_WORDS[kind],
      });
  for (const kind of ['COUNTRY', 'AGREEMENT', 'MEETING', 'JOINT_CASE'] as const)
    if (nodes.some((n) => n.nodeKind === kind)) {
      const style = NODE_KIND_STYLE[kind];
      entries.push({
        kind: 'shape',
        shape: style.shape,
        fill: style.fill,
        stroke: style.colour,
        label: KIND_WORDS[kind],
      });
    }
  for (const kind of Object.keys(TIE_COLOUR) as (keyof typeof TIE_COLOUR)[])
    if (spokes.some((s) => s.tieKind === kind))
      entries.push({
        kind: 'line',
        colour: TIE_COLOUR[kind],
        label:
          kind === 'MIXED'
            ? 'Tie through several kinds of instrument'
            : `Tie through ${KIND_WORDS[kind].toLowerCase()}`,
      });
  return entries;
}
