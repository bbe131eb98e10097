/**
 * What the filters, the analyst's hidden items and "show only the selection" leave visible in the
 * Evidence view, and why each hidden item is hidden, so the explorer can count what it hides.
 * The same criteria as the server's GraphFilter: undated items and items without the filtered
 * property are kept.
 */
import type { GraphFilter } from '../__generated__/graphql.js';
import {
  adjacency,
  activeInterval,
  isUndatedInstrument,
  type AtlasNode,
  type AtlasRelationship,
  type GraphModel,
} from './model.js';
import { overlaps, span, type DayInterval } from './partial-date.js';
import type { NodeKind, OrganizationKind, RelationshipType, Sector, Topic } from './vocabulary.js';

/** A criterion left null lets everything through. */
export interface Filters {
  nodeKinds: NodeKind[] | null;
  orgKinds: OrganizationKind[] | null;
  sectors: Sector[] | null;
  /** ISO codes; international bodies (no country) are kept. */
  countries: string[] | null;
  topics: Topic[] | null;
  relTypes: RelationshipType[] | null;
  /** The time window, as partial dates; either end may be open. */
  from: string | null;
  until: string | null;
  /** Keep nodes whose every tie the filters hid (hidden by default: they would float unconnected). */
  showIsolated: boolean;
  /**
   * With a time window: keep agreements, meetings, cases and coordination ties that carry no date
   * (drawn dashed and counted), or leave them out.
   */
  undated: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  nodeKinds: null,
  orgKinds: null,
  sectors: null,
  countries: null,
  topics: null,
  relTypes: null,
  from: null,
  until: null,
  showIsolated: false,
  undated: true,
};

export type NodeHideReason =
  | 'kind'
  | 'organizationKind'
  | 'sector'
  | 'country'
  | 'topic'
  | 'time'
  | 'undated'
  | 'user'
  | 'outsideSelection'
  | 'isolated';
export type RelationshipHideReason = 'type' | 'time' | 'end';

export const HIDE_REASON_WORDS: Record<NodeHideReason | RelationshipHideReason, string> = {
  kind: 'by node kind',
  organizationKind: 'by organisation kind',
  sector: 'by sector',
  country: 'by country',
  topic: 'by topic',
  time: 'outside the time window',
  undated: 'undated, left out of the time window',
  user: 'hidden by you',
  outsideSelection: 'outside the selection',
  isolated: 'left without ties',
  type: 'by relationship type',
  end: 'with a hidden end',
};

export interface HiddenSummary {
  nodes: number;
  relationships: number;
  nodesByReason: Partial<Record<NodeHideReason, number>>;
  nodesByKind: Partial<Record<NodeKind, number>>;
  relationshipsByReason: Partial<Record<RelationshipHideReason, number>>;
}

export interface Visibility {
  nodes: Set<string>;
  relationships: Set<string>;
  hiddenNodes: Map<string, NodeHideReason>;
  hiddenRelationships: Map<string, RelationshipHideReason>;
  summary: HiddenSummary;
}

export interface VisibilityInput {
  model: GraphModel;
  filters: Filters;
  /** Hidden by the analyst. */
  hidden?: ReadonlySet<string>;
  /** When not empty: show only these and the nodes they are tied to. */
  only?: ReadonlySet<string>;
  /** Never hidden for being left without ties (the focus, the selection, pinned items, a path). */
  keep?: ReadonlySet<string>;
}

export function timeWindow(filters: Pick<Filters, 'from' | 'until'>): DayInterval | undefined {
  return span(filters.from, filters.until);
}

/** Why the filters hide a node, or null when they let it through. */
export function nodeHiddenBy(n: AtlasNode, filters: Filters): NodeHideReason | null {
  if (filters.nodeKinds && !filters.nodeKinds.includes(n.nodeKind)) return 'kind';
  switch (n.nodeKind) {
    case 'ORGANIZATION':
      if (filters.orgKinds && n.orgKind && !filters.orgKinds.includes(n.orgKind)) return 'organizationKind';
      if (filters.sectors && !(n.sector && filters.sectors.includes(n.sector))) return 'sector';
      if (filters.countries && n.countryCode && !filters.countries.includes(n.countryCode)) return 'country';
      break;
    case 'COUNTRY':
      if (filters.countries && n.code && !filters.countries.includes(n.code)) return 'country';
      break;
    case 'MEETING':
      if (filters.countries && n.countryCode && !filters.countries.includes(n.countryCode)) return 'country';
      break;
    case 'JOINT_CASE': {
      const j = n.jurisdictions ?? [];
      if (filters.countries && j.length && !j.some((c) => filters.countries!.includes(c))) return 'country';
      break;
    }
    default:
      break;
  }
  if (filters.topics && isInstrument(n) && !n.topics.some((t) => filters.topics!.includes(t))) return 'topic';
  const win = timeWindow(filters);
  const active = activeInterval(n);
  if (win && active && !overlaps(active, win)) return 'time';
  if (win && !filters.undated && isUndatedInstrument(n)) return 'undated';
  return null;
}

function isInstrument(n: AtlasNode): boolean {
  return n.nodeKind === 'AGREEMENT' || n.nodeKind === 'MEETING' || n.nodeKind === 'JOINT_CASE';
}

/** Why the filters hide a relationship itself (its ends aside), or null. */
export function relationshipHiddenBy(r: AtlasRelationship, filters: Filters): RelationshipHideReason | null {
  if (filters.relTypes && !filters.relTypes.includes(r.type)) return 'type';
  const win = timeWindow(filters);
  const active = span(r.from, r.until);
  if (win && active && !overlaps(active, win)) return 'time';
  return null;
}

export function computeVisibility({ model, filters, hidden, only, keep }: VisibilityInput): Visibility {
  const hiddenNodes = new Map<string, NodeHideReason>();
  const hiddenRelationships = new Map<string, RelationshipHideReason>();
  for (const n of model.nodes.values()) {
    const reason = hidden?.has(n.id) ? 'user' : nodeHiddenBy(n, filters);
    if (reason) hiddenNodes.set(n.id, reason);
  }
  const passing: AtlasRelationship[] = [];
  for (const r of model.relationships.values()) {
    const reason = relationshipHiddenBy(r, filters);
    if (reason) hiddenRelationships.set(r.id, reason);
    else if (hiddenNodes.has(r.start) || hiddenNodes.has(r.end)) hiddenRelationships.set(r.id, 'end');
    else passing.push(r);
  }

  if (only && only.size) {
    const allowed = new Set<string>();
    for (const id of only) if (model.nodes.has(id) && !hiddenNodes.has(id)) allowed.add(id);
    for (const r of passing) {
      if (only.has(r.start)) allowed.add(r.end);
      if (only.has(r.end)) allowed.add(r.start);
    }
    for (const n of model.nodes.values()) {
      if (!allowed.has(n.id) && !hiddenNodes.has(n.id)) hiddenNodes.set(n.id, 'outsideSelection');
    }
  }

  const relationships = new Set<string>();
  for (const r of passing) {
    if (hiddenNodes.has(r.start) || hiddenNodes.has(r.end)) hiddenRelationships.set(r.id, 'end');
    else relationships.add(r.id);
  }

  if (!filters.showIsolated) {
    const all = adjacency(model.relationships.values());
    for (const n of model.nodes.values()) {
      if (hiddenNodes.has(n.id) || keep?.has(n.id)) continue;
      const ties = all.get(n.id);
      if (ties && ties.length && !ties.some((r) => relationships.has(r.id))) hiddenNodes.set(n.id, 'isolated');
    }
  }

  const nodes = new Set<string>();
  for (const id of model.nodes.keys()) if (!hiddenNodes.has(id)) nodes.add(id);
  return {
    nodes,
    relationships,
    hiddenNodes,
    hiddenRelationships,
    summary: summarise(model, hiddenNodes, hiddenRelationships),
  };
}

function summarise(
  model: GraphModel,
  hiddenNodes: Map<string, NodeHideReason>,
  hiddenRelationships: Map<string, RelationshipHideReason>,
): HiddenSummary {
  const summary: HiddenSummary = {
    nodes: 0,
    relationships: 0,
    nodesByReason: {},
    nodesByKind: {},
    relationshipsByReason: {},
  };
  for (const [id, reason] of hiddenNodes) {
    const kind = model.nodes.get(id)?.nodeKind;
    summary.nodes += 1;
    summary.nodesByReason[reason] = (summary.nodesByReason[reason] ?? 0) + 1;
    if (kind) summary.nodesByKind[kind] = (summary.nodesByKind[kind] ?? 0) + 1;
  }
  for (const reason of hiddenRelationships.values()) {
    summary.relationships += 1;
    summary.relationshipsByReason[reason] = (summary.relationshipsByReason[reason] ?? 0) + 1;
  }
  return summary;
}

/** Whether any filter narrows the view. */
export function isFiltered(filters: Filters): boolean {
  return (
    filters.nodeKinds !== null ||
    filters.orgKinds !== null ||
    filters.sectors !== null ||
    filters.countries !== null ||
    filters.topics !== null ||
    filters.relTypes !== null ||
    filters.from !== null ||
    filters.until !== null
  );
}

/** The filters as the API's GraphFilter (for the Coordination view and paths, filtered by the server). */
export function toGraphFilter(filters: Filters): GraphFilter | null {
  const f: GraphFilter = {};
  if (filters.nodeKinds) f.nodeKinds = filters.nodeKinds;
  if (filters.orgKinds) f.organizationKinds = filters.orgKinds;
  if (filters.sectors) f.sectors = filters.sectors;
  if (filters.countries) f.countries = filters.countries;
  if (filters.topics) f.topics = filters.topics;
  if (filters.relTypes) f.relationshipTypes = filters.relTypes;
  if (filters.from) f.from = filters.from;
  if (filters.until) f.until = filters.until;
  return Object.keys(f).length ? f : null;
}

/** How many loaded items carry each value: the counts shown next to each filter option. */
export interface Facets {
  nodeKinds: Map<string, number>;
  orgKinds: Map<string, number>;
  sectors: Map<string, number>;
  countries: Map<string, number>;
  topics: Map<string, number>;
  relTypes: Map<string, number>;
}

export function facets(nodes: Iterable<AtlasNode>, relationships: Iterable<{ type: RelationshipType }>): Facets {
  const f: Facets = {
    nodeKinds: new Map(),
    orgKinds: new Map(),
    sectors: new Map(),
    countries: new Map(),
    topics: new Map(),
    relTypes: new Map(),
  };
  const inc = (m: Map<string, number>, k: string | null | undefined) => {
    if (k) m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const n of nodes) {
    inc(f.nodeKinds, n.nodeKind);
    inc(f.orgKinds, n.orgKind);
    inc(f.sectors, n.sector);
    if (n.nodeKind === 'JOINT_CASE') for (const c of n.jurisdictions ?? []) inc(f.countries, c);
    else inc(f.countries, n.countryCode);
    for (const t of n.topics) inc(f.topics, t);
  }
  for (const r of relationships) inc(f.relTypes, r.type);
  return f;
}
