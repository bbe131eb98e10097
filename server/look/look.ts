/**
 * One look for every picture the product makes: the explorer's canvas, the exports of a view and
 * the briefs take their kind colours, shapes and words from here, so a Thai agency is the same
 * dark blue circle on screen, in a PNG and on a printed brief. Pure data, no imports: the browser
 * bundle and the server both load it.
 */

export type LookNodeKind = 'ORGANIZATION' | 'COUNTRY' | 'AGREEMENT' | 'MEETING' | 'JOINT_CASE' | 'SOURCE';
export type LookOrganizationKind =
  | 'GOVERNMENT_AGENCY'
  | 'FOREIGN_GOVERNMENT_AGENCY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'NGO'
  | 'REGIONAL_MECHANISM'
  | 'COMMITTEE_OR_TASKFORCE'
  | 'DONOR_OR_PROGRAMME'
  | 'PRIVATE_SECTOR'
  | 'ACADEMIC';
export type LookRelationshipType =
  'PARTICIPATED_IN' | 'PARTY_TO' | 'WORKS_ON' | 'UNDER' | 'PART_OF' | 'MEMBER_OF' | 'BASED_IN';
export type LookTieKind = 'AGREEMENT' | 'MEETING' | 'JOINT_CASE' | 'MIXED';

export type NodeShape =
  | 'ellipse'
  | 'hexagon'
  | 'round-rectangle'
  | 'diamond'
  | 'triangle'
  | 'rectangle'
  // Organisation kinds (ORG_KIND_SHAPE)
  | 'pentagon'
  | 'star'
  | 'rhomboid'
  | 'concave-hexagon'
  | 'vee'
  | 'tag'
  | 'octagon';

export interface NodeKindStyle {
  shape: NodeShape;
  /** Border colour; instruments and countries are drawn as outlines with a light fill. */
  colour: string;
  fill: string;
  width: number;
  height: number;
}

/** Organisations are filled circles (their fill says which kind); everything else is an outline. */
export const NODE_KIND_STYLE: Record<LookNodeKind, NodeKindStyle> = {
  ORGANIZATION: { shape: 'ellipse', colour: '#334155', fill: '#3b6ea8', width: 30, height: 30 },
  COUNTRY: { shape: 'hexagon', colour: '#607d8b', fill: '#eef2f5', width: 30, height: 26 },
  AGREEMENT: { shape: 'round-rectangle', colour: '#6a3d9a', fill: '#f1ebf8', width: 30, height: 22 },
  MEETING: { shape: 'diamond', colour: '#e8710a', fill: '#fff1e3', width: 28, height: 28 },
  JOINT_CASE: { shape: 'triangle', colour: '#c0392b', fill: '#fbe9e7', width: 28, height: 26 },
  SOURCE: { shape: 'rectangle', colour: '#78716c', fill: '#f5f5f4', width: 20, height: 24 },
};

/** Related kinds share a hue: Thai agencies dark blue, foreign ones light blue. */
export const ORG_KIND_COLOUR: Record<LookOrganizationKind, string> = {
  GOVERNMENT_AGENCY: '#2f5f9e',
  FOREIGN_GOVERNMENT_AGENCY: '#86b4e3',
  INTERNATIONAL_ORGANIZATION: '#3f9a53',
  NGO: '#e3b22e',
  REGIONAL_MECHANISM: '#9467bd',
  COMMITTEE_OR_TASKFORCE: '#17a2b8',
  DONOR_OR_PROGRAMME: '#d6679a',
  PRIVATE_SECTOR: '#8c6d5a',
  ACADEMIC: '#a3a322',
};

/**
 * Organisation kinds differ by shape as well as by fill, so they can be told apart without telling
 * colours apart (colour blindness, greyscale print). Thai agencies keep the circle; no shape repeats
 * one of the other node kinds' except the rectangle of sources, which the graph does not draw.
 */
export const ORG_KIND_SHAPE: Record<LookOrganizationKind, NodeShape> = {
  GOVERNMENT_AGENCY: 'ellipse',
  FOREIGN_GOVERNMENT_AGENCY: 'pentagon',
  INTERNATIONAL_ORGANIZATION: 'star',
  NGO: 'rhomboid',
  REGIONAL_MECHANISM: 'concave-hexagon',
  COMMITTEE_OR_TASKFORCE: 'vee',
  DONOR_OR_PROGRAMME: 'tag',
  PRIVATE_SECTOR: 'rectangle',
  ACADEMIC: 'octagon',
};

/** The shape of a node: organisations by their kind, the rest by node kind. */
export function nodeShape(nodeKind: LookNodeKind, organizationKind?: string | null): NodeShape {
  if (nodeKind === 'ORGANIZATION')
    return ORG_KIND_SHAPE[organizationKind as LookOrganizationKind] ?? NODE_KIND_STYLE.ORGANIZATION.shape;
  return NODE_KIND_STYLE[nodeKind].shape;
}

/** A regular polygon's corners as Cytoscape makes them (flat bottom), stretched to the box [-1, 1]². */
function ngon(sides: number, rotation = 0, radius: (i: number) => number = () => 1): [number, number][] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  return Array.from({ length: sides }, (_, i) => {
    const a = i * step + start;
    return [Math.cos(a) * radius(i), Math.sin(-a) * radius(i)] as [number, number];
  });
}

function fitToSquare(points: [number, number][]): [number, number][] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = points.map(([x, y]) => [x * sx, y * sy] as [number, number]);
  const minY = Math.min(...scaled.map((p) => p[1]));
  return minY < -1 ? scaled.map(([x, y]) => [x, y + (-1 - minY)]) : scaled;
}

function star(): [number, number][] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5, () => 0.5 * (3 - Math.sqrt(5)) * 1.57);
  return fitToSquare(outer.flatMap((p, i) => [p, inner[i]!]));
}

/**
 * Unit outlines of the polygon shapes, corners on the box [-1, 1]², as Cytoscape draws them: the
 * exports and the briefs draw the same outlines. Ellipses and rectangles are drawn as such.
 */
export const SHAPE_POLYGONS: Partial<Record<NodeShape, [number, number][]>> = {
  hexagon: [
    [-1, 0],
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  triangle: [
    [0, -1],
    [1, 1],
    [-1, 1],
  ],
  pentagon: fitToSquare(ngon(5)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
  rhomboid: [
    [-1, -1],
    [0.333, -1],
    [1, 1],
    [-0.333, 1],
  ],
  'concave-hexagon': [
    [-1, -0.95],
    [-0.75, 0],
    [-1, 0.95],
    [1, 0.95],
    [0.75, 0],
    [1, -0.95],
  ],
  vee: [
    [-1, -1],
    [0, -0.333],
    [1, -1],
    [0, 1],
  ],
  tag: [
    [-1, -1],
    [0.25, -1],
    [1, 0],
    [0.25, 1],
    [-1, 1],
  ],
};

export interface RelationshipStyle {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Drawn with an arrow to the end node: ties of belonging, where the direction matters. */
  arrow: boolean;
}

export const RELATIONSHIP_STYLE: Record<LookRelationshipType, RelationshipStyle> = {
  PARTICIPATED_IN: { colour: '#f0a867', line: 'solid', arrow: false },
  PARTY_TO: { colour: '#a98bcf', line: 'solid', arrow: false },
  WORKS_ON: { colour: '#e0877d', line: 'solid', arrow: false },
  UNDER: { colour: '#9e9e9e', line: 'dashed', arrow: true },
  PART_OF: { colour: '#475569', line: 'solid', arrow: true },
  MEMBER_OF: { colour: '#9467bd', line: 'dotted', arrow: true },
  BASED_IN: { colour: '#b8c4d2', line: 'dotted', arrow: true },
};

/** Coordination ties are coloured by the kind of instrument they share; several kinds: MIXED. */
export const TIE_COLOUR: Record<LookTieKind, string> = {
  AGREEMENT: '#6a3d9a',
  MEETING: '#e8710a',
  JOINT_CASE: '#c0392b',
  MIXED: '#546e7a',
};

/** The words for kinds, wherever a legend or a label names them. */
export const KIND_WORDS: Record<LookNodeKind | LookOrganizationKind, string> = {
  ORGANIZATION: 'Organisation',
  COUNTRY: 'Country',
  AGREEMENT: 'Agreement',
  MEETING: 'Meeting',
  JOINT_CASE: 'Joint case',
  SOURCE: 'Source',
  GOVERNMENT_AGENCY: 'Thai government agency',
  FOREIGN_GOVERNMENT_AGENCY: 'Foreign government agency',
  INTERNATIONAL_ORGANIZATION: 'International organisation',
  NGO: 'NGO',
  REGIONAL_MECHANISM: 'Regional mechanism',
  COMMITTEE_OR_TASKFORCE: 'Committee or task force',
  DONOR_OR_PROGRAMME: 'Donor or programme',
  PRIVATE_SECTOR: 'Private sector',
  ACADEMIC: 'Academic',
};

/** The fill of a node: organisations by their kind, the rest by node kind. */
export function nodeFill(nodeKind: LookNodeKind, organizationKind?: string): string {
  if (nodeKind === 'ORGANIZATION')
    return ORG_KIND_COLOUR[organizationKind as LookOrganizationKind] ?? NODE_KIND_STYLE.ORGANIZATION.fill;
  return NODE_KIND_STYLE[nodeKind].fill;
}

/**
 * The typeface every picture asks for first: Sarabun (open-licensed, Thai and Latin), embedded in
 * PDFs and loaded by the explorer, so Thai names print as typed; the rest are fallbacks.
 */
export const FONT_FAMILY = 'Sarabun';
export const FONT_STACK = `${FONT_FAMILY}, Inter, "Segoe UI", Roboto, "Noto Sans Thai", Arial, sans-serif`;
