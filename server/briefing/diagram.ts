/**
 * The brief's diagram: a small graph laid out deterministically (circular start, then a fixed
 * number of ForceAtlas2 iterations), so the same data always gives the same picture. Shared by
 * the SVG and PDF renderers.
 */
import { UndirectedGraph } from 'graphology';
import { circular } from 'graphology-layout';
import forceAtlas2Module from 'graphology-layout-forceatlas2';

// The package is CommonJS: Node hands its function over as the default import, while its typings
// describe it one level down, as `.default`.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export type DiagramKind = 'ORGANIZATION' | 'COUNTRY' | 'AGREEMENT' | 'MEETING' | 'JOINT_CASE';

export interface DiagramNode {
  id: string;
  label: string;
  kind: DiagramKind;
  /** For organisations: their kind, which sets the colour. */
  organizationKind?: string;
  focus?: boolean;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  /** Line width grows with it. */
  weight: number;
  footnotes: number[];
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export interface PlacedDiagram extends Diagram {
  /** Positions in a unit box, 0–1 on both axes. */
  positions: Map<string, { x: number; y: number }>;
}

export const ORG_COLOURS: Record<string, string> = {
  GOVERNMENT_AGENCY: '#1f5fa8',
  FOREIGN_GOVERNMENT_AGENCY: '#7b3fa0',
  INTERNATIONAL_ORGANIZATION: '#168a7a',
  NGO: '#d07a12',
  REGIONAL_MECHANISM: '#5a6b1f',
  COMMITTEE_OR_TASKFORCE: '#3d7fc4',
  DONOR_OR_PROGRAMME: '#a8326a',
  PRIVATE_SECTOR: '#7a5c3c',
  ACADEMIC: '#4d4d4d',
};

export const KIND_COLOURS: Record<DiagramKind, string> = {
  ORGANIZATION: '#1f5fa8',
  COUNTRY: '#8c8c8c',
  AGREEMENT: '#b8860b',
  MEETING: '#2e8b57',
  JOINT_CASE: '#b22222',
};

export const KIND_LABELS: Record<string, string> = {
  GOVERNMENT_AGENCY: 'Thai government agency',
  FOREIGN_GOVERNMENT_AGENCY: 'Foreign government agency',
  INTERNATIONAL_ORGANIZATION: 'International organisation',
  NGO: 'NGO',
  REGIONAL_MECHANISM: 'Regional mechanism',
  COMMITTEE_OR_TASKFORCE: 'Committee or task force',
  DONOR_OR_PROGRAMME: 'Donor or programme',
  PRIVATE_SECTOR: 'Private sector',
  ACADEMIC: 'Academic',
  COUNTRY: 'Country',
  AGREEMENT: 'Agreement',
  MEETING: 'Meeting',
  JOINT_CASE: 'Joint case',
};

export function colourOf(node: DiagramNode): string {
  return node.kind === 'ORGANIZATION'
    ? (ORG_COLOURS[node.organizationKind ?? ''] ?? KIND_COLOURS.ORGANIZATION)
    : KIND_COLOURS[node.kind];
}

/** The legend entries for the kinds actually drawn. */
export function legendOf(diagram: Diagram): { key: string; label: string; colour: string; kind: DiagramKind }[] {
  const seen = new Map<string, { key: string; label: string; colour: string; kind: DiagramKind }>();
  for (const n of diagram.nodes) {
    const key = n.kind === 'ORGANIZATION' ? (n.organizationKind ?? 'ORGANIZATION') : n.kind;
    if (!seen.has(key)) seen.set(key, { key, label: KIND_LABELS[key] ?? key, colour: colourOf(n), kind: n.kind });
  }
  return [...seen.values()];
}

export function layoutDiagram(diagram: Diagram): PlacedDiagram {
  const graph = new UndirectedGraph();
  for (const n of diagram.nodes) graph.addNode(n.id);
  for (const e of diagram.edges)
    if (!graph.hasEdge(e.source, e.target)) graph.addEdge(e.source, e.target, { weight: e.weight });
  const start = circular(graph);
  graph.forEachNode((id) => graph.mergeNodeAttributes(id, start[id]!));
  if (graph.order > 2) {
    forceAtlas2.assign(graph, {
      iterations: 300,
      settings: { gravity: 1, scalingRatio: 4, strongGravityMode: true, barnesHutOptimize: false },
    });
  }
  const xs = graph.mapNodes((_id, a) => a.x as number);
  const ys = graph.mapNodes((_id, a) => a.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, a) => {
    positions.set(id, {
      x: maxX > minX ? ((a.x as number) - minX) / (maxX - minX) : 0.5,
      y: maxY > minY ? ((a.y as number) - minY) / (maxY - minY) : 0.5,
    });
  });
  return { ...diagram, positions };
}
