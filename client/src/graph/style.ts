/**
 * How the graph looks: one shape and colour per node kind, one fill per organisation kind, one
 * line per relationship type and one colour per kind of coordinating instrument. The legend and
 * the Cytoscape stylesheet are both built from these tables, so they cannot disagree.
 */
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import {
  FONT_STACK,
  NODE_KIND_STYLE,
  ORG_KIND_COLOUR,
  ORG_KIND_SHAPE,
  RELATIONSHIP_STYLE,
  TIE_COLOUR,
} from '../../../server/look/look.js';
import type { InstrumentKind } from './vocabulary.js';

// The kind colours, shapes and words are shared with the exports and the briefs (one look everywhere).
export {
  NODE_KIND_STYLE,
  ORG_KIND_COLOUR,
  ORG_KIND_SHAPE,
  RELATIONSHIP_STYLE,
  TIE_COLOUR,
  nodeShape,
  type NodeKindStyle,
  type NodeShape,
  type RelationshipStyle,
} from '../../../server/look/look.js';

/** Coordination ties are coloured by the kind of instrument they share; several kinds: MIXED. */
export type TieKind = InstrumentKind | 'MIXED';

export const HIGHLIGHT = '#d62828';
export const SELECTED = '#111827';
/** The outline of undated items: slate, 7:1 on white, so the dash reads whatever the fill. */
export const UNDATED = '#334155';
const FONT = FONT_STACK;

export interface StylesheetOptions {
  /** Many elements: cheaper edges, no edge labels. */
  large: boolean;
}

/** Elements above which the canvas switches to its cheap rendering. */
export const LARGE_GRAPH = 600;

export function buildStylesheet({ large }: StylesheetOptions): StylesheetJson {
  const sheet: StylesheetStyle[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        // Labels vanish when zoomed out far enough that they could not be read anyway.
        'min-zoomed-font-size': 7,
        'border-width': 1.5,
        'overlay-opacity': 0,
      },
    },
  ];
  for (const [kind, s] of Object.entries(NODE_KIND_STYLE)) {
    sheet.push({
      selector: `node[nodeKind = "${kind}"]`,
      style: {
        shape: s.shape,
        'background-color': s.fill,
        'border-color': s.colour,
        'border-width': kind === 'ORGANIZATION' ? 1.5 : 2.5,
        width: s.width,
        height: s.height,
      },
    });
  }
  for (const [kind, colour] of Object.entries(ORG_KIND_COLOUR)) {
    // A shape of its own as well as a colour: kinds told apart without telling colours apart.
    sheet.push({
      selector: `node[orgKind = "${kind}"]`,
      style: { 'background-color': colour, shape: ORG_KIND_SHAPE[kind as keyof typeof ORG_KIND_SHAPE] },
    });
  }
  sheet.push(
    // Node size grows with the chosen measure (set by the element mapping, graph/measures.ts).
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    // Labels by importance: larger for the top-ranked nodes, so at low zoom only theirs pass
    // min-zoomed-font-size; the canvas hides any that would overlap a more important one (fs is
    // the size it sets for the current zoom).
    { selector: 'node[labelSize]', style: { 'font-size': 'data(labelSize)' } },
    { selector: 'node[fs]', style: { 'font-size': 'data(fs)' } },
    { selector: 'node.nolabel', style: { label: '' } },
    {
      // A cluster of nodes folded into one: named after its central members, with its size.
      selector: 'node.cluster',
      style: {
        shape: 'round-rectangle',
        'background-color': '#e0e7ff',
        'border-color': '#4338ca',
        'border-width': 2.5,
        'border-style': 'double',
        'font-weight': 600,
        color: '#1e1b4b',
        'text-max-width': '160px',
      },
    },
    {
      selector: 'node.cluster-box',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef2ff',
        'background-opacity': 0.45,
        'border-color': '#6366f1',
        'border-style': 'dashed',
        'border-width': 1.5,
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 12,
        'font-weight': 600,
        color: '#3730a3',
        padding: '16px',
      },
    },
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f1f5f9',
        'background-opacity': 0.6,
        'border-color': '#94a3b8',
        'border-style': 'dashed',
        'border-width': 1.5,
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 13,
        'font-weight': 600,
        color: '#475569',
        padding: '18px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#b8c2cc',
        'curve-style': large ? 'haystack' : 'bezier',
        'haystack-radius': 0,
        opacity: 0.85,
        'overlay-opacity': 0,
        'font-family': FONT,
      },
    },
  );
  for (const [type, s] of Object.entries(RELATIONSHIP_STYLE)) {
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-color': s.colour,
        'line-style': s.line,
        ...(s.arrow && !large
          ? { 'target-arrow-shape': 'triangle', 'target-arrow-color': s.colour, 'arrow-scale': 0.8 }
          : {}),
      },
    });
  }
  if (!large) {
    sheet.push({
      // The role on a tie, readable once zoomed in.
      selector: 'edge[roleLabel]',
      style: {
        label: 'data(roleLabel)',
        'font-size': 8,
        color: '#6b7280',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 9,
      },
    });
  }
  for (const [kind, colour] of Object.entries(TIE_COLOUR)) {
    sheet.push({ selector: `edge.tie[tieKind = "${kind}"]`, style: { 'line-color': colour } });
  }
  sheet.push(
    { selector: 'edge.tie', style: { width: 'data(width)', opacity: 0.55, 'curve-style': 'haystack' } },
    // Undated: hollow nodes with a dashed outline, dashed ties (haystack edges cannot dash).
    {
      selector: 'node.undated',
      style: { 'background-opacity': 0.3, 'border-style': 'dashed', 'border-width': 2.5, 'border-color': UNDATED },
    },
    {
      selector: 'edge.tie.undated',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'curve-style': 'straight', opacity: 0.7 },
    },
    {
      // Ties to or between folded clusters, drawn once with their count.
      selector: 'edge.cluster-tie',
      style: {
        width: 'data(width)',
        'line-color': '#818cf8',
        opacity: 0.7,
        'curve-style': 'haystack',
        label: 'data(label)',
        'font-size': 10,
        color: '#3730a3',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#0f172a' } },
    {
      selector: 'node.focus',
      style: {
        'underlay-color': '#fcd34d',
        'underlay-opacity': 0.65,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
      },
    },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    // While ForceAtlas2 computes a big view's positions in its worker, the view is not drawn.
    { selector: '.laying-out', style: { visibility: 'hidden' } },
    { selector: 'node.highlighted', style: { 'border-color': HIGHLIGHT, 'border-width': 4, opacity: 1 } },
    {
      selector: 'edge.highlighted',
      style: { 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, width: 4.5, opacity: 1, 'z-index': 20 },
    },
    { selector: 'node.selected', style: { 'border-color': SELECTED, 'border-width': 4, 'z-index': 30 } },
    {
      selector: 'edge.selected',
      style: { 'line-color': SELECTED, 'target-arrow-color': SELECTED, width: 4, opacity: 1, 'z-index': 30 },
    },
  );
  return sheet;
}
