/**
 * Export of the whole graph, or of a set of nodes (the explorer's current view: the nodes and the
 * ties among them), as JSON (the import format: it round-trips), CSV (one file per kind plus
 * relationships.csv, zipped), GraphML or GEXF (for Gephi and other network tools), with every
 * property and citation kept. Exports read through whatever store they are given: the API and
 * the CLI hand them the redacting store, so nothing above the viewer's clearance leaves.
 */
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { Dataset, GraphReader } from '../store/port.js';
import { writeCell } from './cells.js';
import {
  KIND_ORDER,
  NODE_COLUMNS,
  NODE_FILES,
  RELATIONSHIP_COLUMNS,
  RELATIONSHIPS_FILE,
  type CellType,
} from './columns.js';
import { JSON_FORMAT, JSON_VERSION, type JsonDocument } from './json-format.js';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** A file name to save it as. */
  name: string;
  mimeType: string;
  content: string | Uint8Array;
}

/** The whole graph, or the given nodes and the ties among them, in a stable order. */
export async function datasetOf(reader: GraphReader, ids?: readonly string[]): Promise<Dataset> {
  let dataset: Dataset;
  if (ids === undefined) dataset = await reader.readGraph({});
  else {
    const unique = [...new Set(ids)];
    const nodes = (await reader.getNodes(unique)).filter((n): n is NodeRecord => n !== null);
    const kept = new Set(nodes.map((n) => n.id));
    const ties = new Map<string, RelationshipRecord>();
    for (const list of await reader.relationshipsOf([...kept])) {
      for (const rel of list) if (kept.has(rel.start) && kept.has(rel.end)) ties.set(rel.id, rel);
    }
    dataset = { nodes, relationships: [...ties.values()] };
  }
  const rank = (n: NodeRecord) => KIND_ORDER.indexOf(n.nodeKind);
  return {
    nodes: [...dataset.nodes].sort((a, b) => rank(a) - rank(b) || compare(a.id, b.id)),
    relationships: [...dataset.relationships].sort((a, b) => compare(a.id, b.id)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function exportGraph(
  reader: GraphReader,
  options: { format: ExportFormat; ids?: readonly string[]; now?: Date },
): Promise<ExportFile> {
  const dataset = await datasetOf(reader, options.ids);
  const stamp = (options.now ?? new Date()).toISOString();
  const base = `coordination-atlas-${stamp.slice(0, 10)}`;
  switch (options.format) {
    case 'json':
      return { name: `${base}.json`, mimeType: 'application/json', content: toJson(dataset, stamp) };
    case 'csv':
      return { name: `${base}.zip`, mimeType: 'application/zip', content: toCsvZip(dataset) };
    case 'graphml':
      return { name: `${base}.graphml`, mimeType: 'application/graphml+xml', content: toGraphml(dataset) };
    case 'gexf':
      return { name: `${base}.gexf`, mimeType: 'application/gexf+xml', content: toGexf(dataset) };
  }
}

export function toJson(dataset: Dataset, exportedAt = new Date().toISOString()): string {
  const doc: JsonDocument = { format: JSON_FORMAT, version: JSON_VERSION, exportedAt, ...dataset };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** One CSV text per file name: a file per kind, and relationships.csv. Empty kinds get a header. */
export function toCsvFiles(dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = {};
  for (const kind of KIND_ORDER) {
    const columns: Record<string, CellType> = NODE_COLUMNS[kind];
    files[NODE_FILES[kind]] = csv(
      columns,
      dataset.nodes.filter((n) => n.nodeKind === kind),
    );
  }
  files[RELATIONSHIPS_FILE] = csv(RELATIONSHIP_COLUMNS, dataset.relationships);
  return files;
}

function csv(columns: Record<string, CellType>, records: readonly object[]): string {
  const names = Object.keys(columns);
  const rows = records.map((r) => names.map((name) => writeCell(columns[name]!, (r as Record<string, unknown>)[name])));
  // The byte order mark tells Excel the file is UTF-8 (Thai names stay readable); import skips it.
  return '\uFEFF' + stringify([names, ...rows], { record_delimiter: '\r\n' });
}

export function toCsvZip(dataset: Dataset): Uint8Array {
  const files = toCsvFiles(dataset);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

/** Node and edge properties flattened for GraphML and GEXF: text, numbers, lists and citations as in CSV cells. */
function flatNode(node: NodeRecord): Record<string, string | number> {
  const columns: Record<string, CellType> = NODE_COLUMNS[node.nodeKind];
  const out: Record<string, string | number> = { label: node.name, nodeKind: node.nodeKind };
  for (const [field, type] of Object.entries(columns)) {
    if (field === 'id') continue;
    const value = (node as Record<string, unknown>)[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[field] = type === 'int' ? (value as number) : writeCell(type, value);
  }
  return out;
}

function flatEdge(rel: RelationshipRecord): Record<string, string> {
  const out: Record<string, string> = { label: rel.type, relationshipType: rel.type };
  for (const field of ['role', 'from', 'until'] as const) if (rel[field] !== undefined) out[field] = rel[field];
  out.sources = writeCell('citations', rel.sources);
  return out;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 cannot hold at all: controls other than tab, line feed and carriage return, and non-characters. */
// eslint-disable-next-line no-control-regex -- XML 1.0's character ranges are defined around control characters
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/**
 * GraphML (graphml.graphdrawing.org): a `key` per property, declared with its type, then nodes and
 * edges with their data. graphology-graphml has no writer, so it is written here; the tests read it
 * back with graphology-graphml's parser.
 */
export function toGraphml(dataset: Dataset): string {
  const nodes = dataset.nodes.map((n) => ({ id: n.id, data: flatNode(n) }));
  const edges = dataset.relationships.map((r) => ({ id: r.id, source: r.start, target: r.end, data: flatEdge(r) }));
  const keys = (items: { data: Record<string, string | number> }[]) => {
    const types = new Map<string, 'string' | 'int'>();
    for (const { data } of items) {
      for (const [k, v] of Object.entries(data))
        if (!types.has(k)) types.set(k, typeof v === 'number' ? 'int' : 'string');
    }
    return types;
  };
  const nodeKeys = keys(nodes);
  const edgeKeys = keys(edges);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys].map(([k, t]) => `  <key id="n.${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="${t}"/>`),
    ...[...edgeKeys].map(([k, t]) => `  <key id="e.${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="${t}"/>`),
    '  <graph id="coordination-atlas" edgedefault="directed">',
  ];
  for (const node of nodes) {
    lines.push(`    <node id="${xml(node.id)}">`);
    for (const [k, v] of Object.entries(node.data))
      lines.push(`      <data key="n.${xml(k)}">${xml(String(v))}</data>`);
    lines.push('    </node>');
  }
  for (const edge of edges) {
    lines.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">`);
    for (const [k, v] of Object.entries(edge.data))
      lines.push(`      <data key="e.${xml(k)}">${xml(String(v))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** GEXF 1.3 (Gephi's own format), written by graphology-gexf. */
export function toGexf(dataset: Dataset): string {
  const graph = new MultiDirectedGraph();
  for (const node of dataset.nodes) graph.addNode(xmlSafe(node.id), xmlSafeValues(flatNode(node)));
  for (const rel of dataset.relationships) {
    graph.addDirectedEdgeWithKey(xmlSafe(rel.id), xmlSafe(rel.start), xmlSafe(rel.end), xmlSafeValues(flatEdge(rel)));
  }
  return writeGexf(graph, { version: '1.3' });
}

/**
 * graphology-gexf escapes markup but not characters XML cannot hold: records written before input
 * refused control characters must not make the file unreadable for everyone.
 */
function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

function xmlSafeValues<T extends Record<string, string | number>>(data: T): T {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? xmlSafe(v) : v])) as T;
}
