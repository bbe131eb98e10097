/**
 * The instrument catalogue: the instrument graph of one store revision, as one viewer clearance
 * sees it, numbered once — organisations, countries and instruments as integers, who is on which
 * instrument (and by which kind of tie, with its dates) and which agreement each meeting or case
 * falls under, as typed arrays. Every analysis filter is evaluated over it (selectFilter) instead
 * of reading and filtering the store's records again: a filter costs one pass over integers, and
 * nothing is kept per filter but integer arrays.
 *
 * The filter keeps its one meaning (server/graph/filter.ts): nodes are judged by nodeVisible on
 * their own records, and ties by relationshipVisible on one representative of each class of ties
 * that filter alone cannot tell apart (same type, same dates), so a filter is worked out once per
 * class instead of once per tie. selectFilter's answer equals loadInstrumentIndex's
 * (tests/unit/instrument-catalogue.test.ts).
 */
import type { AgreementRecord, CountryRecord, NodeRecord, OrganizationRecord } from '../domain/records.js';
import { byCodeUnits } from '../domain/order.js';
import type { RelationshipRecord } from '../domain/records.js';
import { INSTRUMENT_KINDS, INSTRUMENT_TIE } from '../domain/vocabulary.js';
import { nodeVisible, relationshipVisible, type GraphFilter } from '../graph/filter.js';
import { sortInSteps } from '../scheduling/sort-in-steps.js';
import { inSlices, slicer, yieldToLoop } from '../scheduling/time-slices.js';
import type { Dataset } from '../store/port.js';
import type { Membership } from './compact/membership.js';
import type { Instrument, InstrumentEntry, InstrumentIndex } from './instrument-index.js';

export interface Catalogue {
  /** Instrument number → record, in the order the store listed them. */
  instruments: Instrument[];
  /** Organisation number → record, in the order the store listed them. */
  orgs: OrganizationRecord[];
  /** Organisation numbers in id order. */
  orgsById: Int32Array;
  /** Country number → record (every country: an index lists them all, whatever the filter). */
  countries: CountryRecord[];
  /**
   * The actors on instrument i: slots memberOffsets[i] .. memberOffsets[i + 1], in the store's
   * order of ties. memberActor ≥ 0 is an organisation number, < 0 the country number −(a + 1);
   * memberClass is the tie's class.
   */
  memberOffsets: Int32Array;
  memberActor: Int32Array;
  memberClass: Int32Array;
  /** The agreements (instrument numbers) instrument i falls under, and each UNDER tie's class. */
  underOffsets: Int32Array;
  underTarget: Int32Array;
  underClass: Int32Array;
  /** One tie of each class (type, from, until): what a filter judges ties by. */
  classes: RelationshipRecord[];
  /** Every node of the instrument graph by id (built on first use: only an index's byId needs it). */
  byId: () => Map<string, NodeRecord>;
}

const isInstrumentKind = (kind: string) => (INSTRUMENT_KINDS as readonly string[]).includes(kind);

/** Numbers the instrument graph (readInstrumentGraph's answer), yielding to the event loop as it goes. */
export async function buildCatalogue(graph: Dataset): Promise<Catalogue> {
  const instruments: Instrument[] = [];
  const orgs: OrganizationRecord[] = [];
  const countries: CountryRecord[] = [];
  // Instruments ≥ 0, organisations and countries encoded as actors (see memberActor): one map.
  const number = new Map<string, { inst?: number; actor?: number }>();
  const due = slicer();
  for (const node of graph.nodes) {
    if (due()) await yieldToLoop();
    if (node.nodeKind === 'ORGANIZATION') number.set(node.id, { actor: orgs.push(node) - 1 });
    else if (node.nodeKind === 'COUNTRY') number.set(node.id, { actor: -countries.push(node) });
    else if (isInstrumentKind(node.nodeKind)) number.set(node.id, { inst: instruments.push(node as Instrument) - 1 });
  }
  const classes: RelationshipRecord[] = [];
  const classOf = new Map<string, number>();
  const classify = (rel: RelationshipRecord) => {
    const key = rel.from || rel.until ? `${rel.type}|${rel.from ?? ''}|${rel.until ?? ''}` : rel.type;
    let c = classOf.get(key);
    if (c === undefined) {
      c = classes.push(rel) - 1;
      classOf.set(key, c);
    }
    return c;
  };
  // Ties as (instrument, other end, class) triples, then grouped by instrument keeping their order.
  const n = instruments.length;
  const memberCount = new Int32Array(n + 1);
  const underCount = new Int32Array(n + 1);
  const rels = graph.relationships;
  const relInst = new Int32Array(rels.length).fill(-1);
  const relOther = new Int32Array(rels.length);
  const relClass = new Int32Array(rels.length);
  const isUnder = new Uint8Array(rels.length);
  for (let r = 0; r < rels.length; r++) {
    if (due()) await yieldToLoop();
    const rel = rels[r]!;
    if (rel.type === 'UNDER') {
      const inst = number.get(rel.start)?.inst;
      const target = number.get(rel.end)?.inst;
      if (inst === undefined || target === undefined || instruments[target]!.nodeKind !== 'AGREEMENT') continue;
      relInst[r] = inst;
      relOther[r] = target;
      isUnder[r] = 1;
      underCount[inst + 1]!++;
    } else {
      const inst = number.get(rel.end)?.inst;
      const actor = number.get(rel.start)?.actor;
      if (inst === undefined || actor === undefined) continue;
      relInst[r] = inst;
      relOther[r] = actor;
      memberCount[inst + 1]!++;
    }
    relClass[r] = classify(rel);
  }
  for (let i = 0; i < n; i++) {
    memberCount[i + 1]! += memberCount[i]!;
    underCount[i + 1]! += underCount[i]!;
  }
  const memberOffsets = memberCount;
  const underOffsets = underCount;
  const memberActor = new Int32Array(memberOffsets[n]!);
  const memberClass = new Int32Array(memberOffsets[n]!);
  const underTarget = new Int32Array(underOffsets[n]!);
  const underClass = new Int32Array(underOffsets[n]!);
  const memberFill = memberOffsets.slice(0, n);
  const underFill = underOffsets.slice(0, n);
  for (let r = 0; r < rels.length; r++) {
    if (due()) await yieldToLoop();
    const inst = relInst[r]!;
    if (inst === -1) continue;
    if (isUnder[r]) {
      const k = underFill[inst]!++;
      underTarget[k] = relOther[r]!;
      underClass[k] = relClass[r]!;
    } else {
      const k = memberFill[inst]!++;
      memberActor[k] = relOther[r]!;
      memberClass[k] = relClass[r]!;
    }
  }
  const byIdOrder = await inSlices(sortInSteps([...orgs.keys()], (x, y) => byCodeUnits(orgs[x]!.id, orgs[y]!.id)));
  const orgsById = Int32Array.from(byIdOrder);
  let byId: Map<string, NodeRecord> | undefined;
  const nodes = graph.nodes;
  return {
    instruments,
    orgs,
    orgsById,
    countries,
    memberOffsets,
    memberActor,
    memberClass,
    underOffsets,
    underTarget,
    underClass,
    classes,
    byId: () => (byId ??= new Map(nodes.map((node) => [node.id, node]))),
  };
}

/** What a filter lets through of a catalogue, in integers (see selectFilter). */
export interface Selection {
  catalogue: Catalogue;
  /** The instruments that pass, in catalogue order: entry k of the index is instrument inst[k]. */
  inst: Int32Array;
  orgOk: Uint8Array;
  countryOk: Uint8Array;
  /** Whether a tie of each class counts (its type is asked for and the filter lets it through). */
  classOk: Uint8Array;
}

/**
 * The filter over a catalogue: loadInstrumentIndex's meaning, worked out on integers, yielding to
 * the event loop every few thousand items (a lookup never waits behind a new filter for long).
 */
export async function selectFilter(catalogue: Catalogue, filter: GraphFilter): Promise<Selection> {
  const instrumentKinds: string[] = INSTRUMENT_KINDS.filter((k) => !filter.nodeKinds || filter.nodeKinds.includes(k));
  const tieTypes: string[] = INSTRUMENT_KINDS.filter((k) => instrumentKinds.includes(k))
    .map((k) => INSTRUMENT_TIE[k])
    .filter((t) => !filter.relationshipTypes || filter.relationshipTypes.includes(t));
  // nodeKinds picks which instruments count; organisations and countries are the analysed actors.
  const actorFilter: GraphFilter = { ...filter, nodeKinds: null };
  const kept: number[] = [];
  const due = slicer();
  for (let i = 0; i < catalogue.instruments.length; i++) {
    if (due()) await yieldToLoop();
    const node = catalogue.instruments[i]!;
    if (instrumentKinds.includes(node.nodeKind) && nodeVisible(node, actorFilter)) kept.push(i);
  }
  await yieldToLoop();
  const orgOk = Uint8Array.from(catalogue.orgs, (o) => (nodeVisible(o, actorFilter) ? 1 : 0));
  const countryOk = Uint8Array.from(catalogue.countries, (c) => (nodeVisible(c, actorFilter) ? 1 : 0));
  const classOk = Uint8Array.from(catalogue.classes, (rel) =>
    (rel.type === 'UNDER' || tieTypes.includes(rel.type)) && relationshipVisible(rel, filter) ? 1 : 0,
  );
  return { catalogue, inst: Int32Array.from(kept), orgOk, countryOk, classOk };
}

/** Whether member slot s of a selection counts: its tie passes and its actor is visible. */
function memberCounts(s: Selection, slot: number): boolean {
  const c = s.catalogue;
  if (!s.classOk[c.memberClass[slot]!]) return false;
  const actor = c.memberActor[slot]!;
  return actor >= 0 ? s.orgOk[actor] === 1 : s.countryOk[-actor - 1] === 1;
}

/**
 * The selection's membership (as membershipOf gives it for the same index): the visible
 * organisations — or those of `orgs`, when given — numbered in id order, and who is on each
 * selected instrument, each once.
 */
export async function membershipOfSelection(
  s: Selection,
  orgs?: readonly OrganizationRecord[],
): Promise<{ membership: Membership; orgs: OrganizationRecord[] }> {
  const c = s.catalogue;
  const local = new Int32Array(c.orgs.length).fill(-1);
  let numbered: OrganizationRecord[];
  if (orgs) {
    numbered = [...orgs].sort((x, y) => byCodeUnits(x.id, y.id));
    const position = new Map(numbered.map((o, v) => [o.id, v]));
    c.orgs.forEach((o, a) => (local[a] = position.get(o.id) ?? -1));
  } else {
    numbered = [];
    for (const a of c.orgsById) {
      if (!s.orgOk[a]) continue;
      local[a] = numbered.length;
      numbered.push(c.orgs[a]!);
    }
  }
  const instOffsets = new Int32Array(s.inst.length + 1);
  const members: number[] = [];
  // The instrument that last numbered each organisation: a member tied twice counts once.
  const seen = new Int32Array(numbered.length).fill(-1);
  const due = slicer();
  for (let k = 0; k < s.inst.length; k++) {
    if (due()) await yieldToLoop();
    const i = s.inst[k]!;
    for (let slot = c.memberOffsets[i]!; slot < c.memberOffsets[i + 1]!; slot++) {
      const actor = c.memberActor[slot]!;
      if (actor < 0 || !memberCounts(s, slot)) continue;
      const v = local[actor]!;
      if (v === -1 || seen[v] === k) continue;
      seen[v] = k;
      members.push(v);
    }
    instOffsets[k + 1] = members.length;
  }
  return {
    orgs: numbered,
    membership: {
      orgIds: numbered.map((o) => o.id),
      kinds: numbered.map((o) => o.kind),
      countries: numbered.map((o) => o.countryCode ?? null),
      sectors: numbered.map((o) => o.sector ?? null),
      instOffsets,
      instOrgs: Int32Array.from(members),
    },
  };
}

/** The selection as record objects: what loadInstrumentIndex gives for the same store and filter. */
export async function indexOfSelection(s: Selection): Promise<InstrumentIndex> {
  const c = s.catalogue;
  const entries: InstrumentEntry[] = [];
  const due = slicer();
  for (const i of s.inst) {
    if (due()) await yieldToLoop();
    const entry: InstrumentEntry = { instrument: c.instruments[i]!, orgs: [], countries: [], under: [] };
    for (let slot = c.memberOffsets[i]!; slot < c.memberOffsets[i + 1]!; slot++) {
      if (!memberCounts(s, slot)) continue;
      const actor = c.memberActor[slot]!;
      if (actor >= 0) entry.orgs.push(c.orgs[actor]!);
      else entry.countries.push(c.countries[-actor - 1]!);
    }
    for (let u = c.underOffsets[i]!; u < c.underOffsets[i + 1]!; u++) {
      if (s.classOk[c.underClass[u]!]) entry.under.push(c.instruments[c.underTarget[u]!] as AgreementRecord);
    }
    entries.push(entry);
  }
  return {
    entries,
    organizations: c.orgs.filter((_, a) => s.orgOk[a]),
    countries: c.countries,
    get byId() {
      return c.byId();
    },
  };
}
