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

export type NodeShape = 'ellipse' | 'hexagon' | 'round-rectangle' | 'diamond' | 'triangle' | 'rectangle';

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
