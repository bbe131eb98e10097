/**
 * The projected graph every analysis starts from: for each agreement, meeting and joint case that
 * passes the filter, the organisations and countries on it, and the agreements it falls under.
 * Read from the store once per analysis, through the port, so analyses run alike on every store.
 */
import type { AgreementRecord, CountryRecord, NodeRecord, OrganizationRecord } from '../domain/records.js';
import { INSTRUMENT_KINDS, INSTRUMENT_TIE } from '../domain/vocabulary.js';
import { nodeVisible, relationshipVisible, type GraphFilter } from '../graph/filter.js';
import type { Dataset, GraphReader } from '../store/port.js';
import { yieldToLoop } from '../scheduling/time-slices.js';

export type Instrument = Extract<NodeRecord, { nodeKind: (typeof INSTRUMENT_KINDS)[number] }>;

export interface InstrumentEntry {
  instrument: Instrument;
  /** Organisations on it (parties, participants, agencies). */
  orgs: OrganizationRecord[];
  /** Countries that are parties in their own name (multilateral MOUs are signed by states). */
  countries: CountryRecord[];
  /** The agreements it implements (UNDER). */
  under: AgreementRecord[];
}

export interface InstrumentIndex {
  entries: InstrumentEntry[];
  organizations: OrganizationRecord[];
  countries: CountryRecord[];
  byId: Map<string, NodeRecord>;
}

/** Everything any filter's index is read from: actors, instruments and the ties between them. */
export function readInstrumentGraph(store: GraphReader): Promise<Dataset> {
  return store.readGraph({
    nodeKinds: ['ORGANIZATION', 'COUNTRY', ...INSTRUMENT_KINDS],
    relationshipTypes: [...INSTRUMENT_KINDS.map((k) => INSTRUMENT_TIE[k]), 'UNDER'],
  });
}

/** Items filtered between two yields to the event loop: a large graph must not stall other requests. */
const CHUNK = 5_000;

/**
 * The index for a filter. `graph`, when given, is readInstrumentGraph's answer for the same store
 * (read once and shared by every filter); the work is cut in chunks that let other requests run.
 */
export async function loadInstrumentIndex(
  store: GraphReader,
  filter: GraphFilter,
  graph?: Dataset,
): Promise<InstrumentIndex> {
  const instrumentKinds = INSTRUMENT_KINDS.filter((k) => !filter.nodeKinds || filter.nodeKinds.includes(k));
  const tieTypes: string[] = instrumentKinds
    .map((k) => INSTRUMENT_TIE[k])
    .filter((t) => !filter.relationshipTypes || filter.relationshipTypes.includes(t));
  graph ??= await readInstrumentGraph(store);
  // nodeKinds picks which instruments count; organisations and countries are the analysed actors.
  const actorFilter: GraphFilter = { ...filter, nodeKinds: null };
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const entries = new Map<string, InstrumentEntry>();
  let done = 0;
  for (const node of graph.nodes) {
    if (++done % CHUNK === 0) await yieldToLoop();
    if ((instrumentKinds as readonly string[]).includes(node.nodeKind) && nodeVisible(node, actorFilter)) {
      entries.set(node.id, { instrument: node as Instrument, orgs: [], countries: [], under: [] });
    }
  }
  for (const rel of graph.relationships) {
    if (++done % CHUNK === 0) await yieldToLoop();
    if ((rel.type !== 'UNDER' && !tieTypes.includes(rel.type)) || !relationshipVisible(rel, filter)) continue;
    if (rel.type === 'UNDER') {
      const agreement = byId.get(rel.end);
      if (agreement?.nodeKind === 'AGREEMENT') entries.get(rel.start)?.under.push(agreement);
      continue;
    }
    const entry = entries.get(rel.end);
    const actor = byId.get(rel.start);
    if (!entry || !actor || !nodeVisible(actor, actorFilter)) continue;
    if (actor.nodeKind === 'ORGANIZATION') entry.orgs.push(actor);
    else if (actor.nodeKind === 'COUNTRY') entry.countries.push(actor);
  }
  return {
    entries: [...entries.values()],
    organizations: graph.nodes.filter(
      (n): n is OrganizationRecord => n.nodeKind === 'ORGANIZATION' && nodeVisible(n, actorFilter),
    ),
    countries: graph.nodes.filter((n): n is CountryRecord => n.nodeKind === 'COUNTRY'),
    byId,
  };
}
