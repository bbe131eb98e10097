/**
 * API data → Cytoscape elements, for both views. Pure: the same inputs give the same elements in
 * the same order (sorted by id), which keeps layouts reproducible.
 */
import type { ElementDefinition } from 'cytoscape';
import { label } from './vocabulary.js';
import {
  isUndatedInstrument,
  shortLabel,
  type AtlasNode,
  type AtlasTie,
  type CoordinationModel,
  type GraphModel,
} from './model.js';
import type { TieKind } from './style.js';

/** The state that decorates elements: what is focused, selected, pinned or on a highlighted path. */
export interface Decorations {
  focus?: string | null;
  selected?: ReadonlySet<string>;
  pinned?: ReadonlySet<string>;
  /** Elements on the highlighted path(s); when given, everything else is faded. */
  highlighted?: ReadonlySet<string> | null;
  /** Draw organisations (and countries) inside a box per country. */
  groupByCountry?: boolean;
}

export const GROUP_PREFIX = 'group:';

function classesFor(id: string, d: Decorations, extra: string[] = []): string {
  const c = [...extra];
  if (d.focus === id) c.push('focus');
  if (d.selected?.has(id)) c.push('selected');
  if (d.pinned?.has(id)) c.push('pinned');
  if (d.highlighted) c.push(d.highlighted.has(id) ? 'highlighted' : 'faded');
  return c.join(' ');
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A label short enough to draw: cut at a word boundary, the full name is in the details. */
export function truncateLabel(text: string, max = 42): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Node diameter from its number of visible ties: hubs read as hubs, without dwarfing leaves. */
export function nodeSize(base: number, degree: number): number {
  return Math.round(base + Math.min(30, 5 * Math.sqrt(degree)));
}

/** Edge width from a coordination weight relative to the strongest visible tie: 1 to 10 px. */
export function tieWidth(weight: number, maxWeight: number): number {
  if (maxWeight <= 0) return 1;
  return Math.round((1 + 9 * Math.sqrt(Math.max(0, weight) / maxWeight)) * 10) / 10;
}

export function tieKind(tie: Pick<AtlasTie, 'instrumentKinds'>): TieKind {
  return tie.instrumentKinds.length === 1 ? tie.instrumentKinds[0]! : 'MIXED';
}

function groupCode(n: AtlasNode): string | null {
  if (n.nodeKind === 'ORGANIZATION' || n.nodeKind === 'COUNTRY') return n.countryCode ?? null;
  return null;
}

function groupElements(nodes: AtlasNode[], countryNames: ReadonlyMap<string, string>): ElementDefinition[] {
  const codes = new Set<string>();
  for (const n of nodes) {
    const code = groupCode(n);
    if (code) codes.add(code);
  }
  return [...codes].sort().map((code) => ({
    group: 'nodes',
    data: { id: GROUP_PREFIX + code, label: countryNames.get(code) ?? code, nodeKind: 'GROUP' },
    classes: 'group',
    selectable: false,
  }));
}

/** The names of the countries in a set of nodes, by ISO code. */
export function countryNames(nodes: Iterable<AtlasNode>): Map<string, string> {
  const names = new Map<string, string>();
  for (const n of nodes) if (n.nodeKind === 'COUNTRY' && n.code) names.set(n.code, n.name);
  return names;
}

function nodeElement(n: AtlasNode, degree: number, d: Decorations): ElementDefinition {
  const data: Record<string, unknown> = {
    id: n.id,
    label: truncateLabel(shortLabel(n)),
    nodeKind: n.nodeKind,
    size: nodeSize(n.nodeKind === 'ORGANIZATION' ? 24 : 20, degree),
  };
  if (n.orgKind) data.orgKind = n.orgKind;
  if (d.groupByCountry) {
    const code = groupCode(n);
    if (code) data.parent = GROUP_PREFIX + code;
  }
  // An agreement, meeting or case with no date is drawn hollow with a dashed outline.
  return { group: 'nodes', data, classes: classesFor(n.id, d, isUndatedInstrument(n) ? ['undated'] : []) };
}

export interface EvidenceInput extends Decorations {
  model: GraphModel;
  /** The ids left visible (see computeVisibility). */
  nodes: ReadonlySet<string>;
  relationships: ReadonlySet<string>;
}

/** Evidence view: organisations with the agreements, meetings and cases that link them. */
export function evidenceElements(input: EvidenceInput): ElementDefinition[] {
  const { model } = input;
  const nodes = [...input.nodes]
    .map((id) => model.nodes.get(id))
    .filter((n): n is AtlasNode => !!n)
    .sort(byId);
  const rels = [...input.relationships]
    .map((id) => model.relationships.get(id))
    .filter((r) => r !== undefined)
    // A country box already says where an organisation is based.
    .filter((r) => !(input.groupByCountry && r.type === 'BASED_IN'))
    .sort(byId);
  const degree = new Map<string, number>();
  for (const r of rels) {
    degree.set(r.start, (degree.get(r.start) ?? 0) + 1);
    degree.set(r.end, (degree.get(r.end) ?? 0) + 1);
  }
  const out: ElementDefinition[] = input.groupByCountry ? groupElements(nodes, countryNames(model.nodes.values())) : [];
  for (const n of nodes) out.push(nodeElement(n, degree.get(n.id) ?? 0, input));
  for (const r of rels) {
    const data: Record<string, unknown> = { id: r.id, source: r.start, target: r.end, type: r.type };
    if (r.role) data.roleLabel = label(r.role).toLowerCase();
    out.push({ group: 'edges', data, classes: classesFor(r.id, input) });
  }
  return out;
}

export interface CoordinationVisibility {
  nodes: Set<string>;
  ties: Set<string>;
  hiddenByUser: number;
  outsideSelection: number;
}

/**
 * Coordination view visibility: the server has applied the filters; here the analyst's hidden
 * organisations and "show only the selection" are applied.
 */
export function coordinationVisibility(
  model: CoordinationModel,
  hidden: ReadonlySet<string> = new Set(),
  only: ReadonlySet<string> = new Set(),
): CoordinationVisibility {
  let ties = model.ties.filter((t) => !hidden.has(t.a) && !hidden.has(t.b));
  let hiddenByUser = 0;
  for (const id of model.organizations.keys()) if (hidden.has(id)) hiddenByUser += 1;
  let allowed: Set<string> | null = null;
  if (only.size) {
    allowed = new Set([...only].filter((id) => model.organizations.has(id) && !hidden.has(id)));
    for (const t of ties) {
      if (only.has(t.a)) allowed.add(t.b);
      if (only.has(t.b)) allowed.add(t.a);
    }
    ties = ties.filter((t) => allowed!.has(t.a) && allowed!.has(t.b));
  }
  const nodes = new Set<string>();
  for (const t of ties) {
    nodes.add(t.a);
    nodes.add(t.b);
  }
  if (allowed) for (const id of allowed) nodes.add(id);
  let outsideSelection = 0;
  if (allowed)
    for (const id of model.organizations.keys()) if (!hidden.has(id) && !allowed.has(id)) outsideSelection += 1;
  return { nodes, ties: new Set(ties.map((t) => t.id)), hiddenByUser, outsideSelection };
}

export interface CoordinationInput extends Decorations {
  model: CoordinationModel;
  nodes: ReadonlySet<string>;
  ties: ReadonlySet<string>;
  countryNames?: ReadonlyMap<string, string>;
}

/** Coordination view: organisations only, an edge per coordinating pair, width by weight. */
export function coordinationElements(input: CoordinationInput): ElementDefinition[] {
  const { model } = input;
  const ties = model.ties.filter((t) => input.ties.has(t.id)).sort(byId);
  const maxWeight = ties.reduce((m, t) => Math.max(m, t.weight), 0);
  const strength = new Map<string, number>();
  for (const t of ties) {
    strength.set(t.a, (strength.get(t.a) ?? 0) + t.sharedCount);
    strength.set(t.b, (strength.get(t.b) ?? 0) + t.sharedCount);
  }
  const nodes = [...input.nodes]
    .map((id) => model.organizations.get(id))
    .filter((n): n is AtlasNode => !!n)
    .sort(byId);
  const out: ElementDefinition[] = input.groupByCountry ? groupElements(nodes, input.countryNames ?? new Map()) : [];
  for (const n of nodes) out.push(nodeElement(n, strength.get(n.id) ?? 0, input));
  for (const t of ties) {
    out.push({
      group: 'edges',
      data: {
        id: t.id,
        source: t.a,
        target: t.b,
        weight: t.weight,
        width: tieWidth(t.weight, maxWeight),
        tieKind: tieKind(t),
      },
      // A tie no dated instrument places in time is drawn dashed.
      classes: classesFor(t.id, input, t.undated ? ['tie', 'undated'] : ['tie']),
    });
  }
  return out;
}

/** The coordination ties joining consecutive organisations of a path (which runs through instruments). */
export function tiesAlongPath(model: CoordinationModel, pathNodeIds: readonly string[]): string[] {
  const orgs = pathNodeIds.filter((id) => model.organizations.has(id));
  const out: string[] = [];
  for (let i = 1; i < orgs.length; i++) {
    const [x, y] = [orgs[i - 1]!, orgs[i]!];
    const tie = model.ties.find((t) => (t.a === x && t.b === y) || (t.a === y && t.b === x));
    if (tie) out.push(tie.id);
  }
  return out;
}
