/**
 * The explorer's graph model: the nodes and relationships loaded so far, flattened from the API's
 * per-type shapes into one record per node, and merged as neighbourhoods are expanded.
 */
import type {
  AgreementKind,
  AgreementScope,
  AgreementStatus,
  CaseStatus,
  CaseType,
  CitationFieldsFragment,
  InstrumentKind,
  MeetingKind,
  NodeFieldsFragment,
  NodeKind,
  OrganizationKind,
  RelationshipFieldsFragment,
  RelationshipType,
  Role,
  Sector,
  Sensitivity,
  Topic,
} from '../__generated__/graphql.js';
import { span, type DayInterval } from './partial-date.js';

export interface Citation {
  locator: string;
  quote: string | null;
  source: { id: string; name: string; publisher: string; publishedOn?: string | null; url?: string | null };
}

/** One node of any kind; the fields of other kinds are absent. */
export interface AtlasNode {
  id: string;
  nodeKind: NodeKind;
  name: string;
  aliases: string[];
  description: string | null;
  sources: Citation[];
  topics: Topic[];
  // Organisation
  orgKind?: OrganizationKind;
  acronym?: string | null;
  nameLocal?: string | null;
  sector?: Sector | null;
  parentId?: string | null;
  // Organisation and meeting (where held)
  countryCode?: string | null;
  // Country
  code?: string;
  // Agreement
  agreementKind?: AgreementKind;
  scope?: AgreementScope;
  signedOn?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  agreementStatus?: AgreementStatus;
  // Meeting
  meetingKind?: MeetingKind;
  startDate?: string | null;
  endDate?: string | null;
  city?: string | null;
  series?: string | null;
  sequence?: number | null;
  participantCount?: number | null;
  outcomes?: string[];
  // Joint case
  caseType?: CaseType;
  caseStatus?: CaseStatus;
  openedOn?: string | null;
  closedOn?: string | null;
  jurisdictions?: string[];
  victimCount?: number | null;
  offenderCount?: number | null;
  repatriatedCount?: number | null;
  sensitivity?: Sensitivity;
  // Source
  publisher?: string;
  publishedOn?: string | null;
  url?: string | null;
}

export interface AtlasRelationship {
  id: string;
  type: RelationshipType;
  start: string;
  end: string;
  role: Role | null;
  from: string | null;
  until: string | null;
  sources: Citation[];
}

/** The graph loaded so far. Maps keep insertion order; views sort where order matters. */
export interface GraphModel {
  nodes: Map<string, AtlasNode>;
  relationships: Map<string, AtlasRelationship>;
  /** True when any neighbourhood it was built from was cut short by the server's cap. */
  truncated: boolean;
}

/** Two organisations that share instruments (the Coordination view's edge). */
export interface AtlasTie {
  id: string;
  a: string;
  b: string;
  weight: number;
  sharedCount: number;
  instrumentKinds: InstrumentKind[];
  topics: Topic[];
  firstDate: string | null;
  lastDate: string | null;
  /** None of the shared instruments carries a date: the tie cannot be placed in time. */
  undated: boolean;
  evidence: { id: string; nodeKind: NodeKind; name: string }[];
}

export interface CoordinationModel {
  organizations: Map<string, AtlasNode>;
  ties: AtlasTie[];
  truncated: boolean;
  /**
   * Ties resting only on undated instruments: with a time window, those kept (marked) or left
   * out, as the filters say; without one, those drawn.
   */
  undatedCount: number;
}

export function emptyModel(): GraphModel {
  return { nodes: new Map(), relationships: new Map(), truncated: false };
}

function citation(c: CitationFieldsFragment): Citation {
  return { locator: c.locator, quote: c.quote, source: { ...c.source } };
}

/** Flattens the API's node (one shape per type) into the explorer's node record. */
export function toAtlasNode(n: NodeFieldsFragment): AtlasNode {
  const base = {
    id: n.id,
    nodeKind: n.nodeKind,
    name: n.name,
    aliases: [...n.aliases],
    description: n.description,
    sources: n.sources.map(citation),
    topics: [] as Topic[],
  };
  switch (n.__typename) {
    case 'Organization':
      return {
        ...base,
        orgKind: n.orgKind,
        acronym: n.acronym,
        nameLocal: n.nameLocal,
        countryCode: n.countryCode,
        sector: n.sector,
        parentId: n.parent?.id ?? null,
      };
    case 'Country':
      return { ...base, code: n.code, countryCode: n.code };
    case 'Agreement':
      return {
        ...base,
        topics: [...n.topics],
        agreementKind: n.agreementKind,
        scope: n.scope,
        signedOn: n.signedOn,
        validFrom: n.validFrom,
        validUntil: n.validUntil,
        agreementStatus: n.agreementStatus,
      };
    case 'Meeting':
      return {
        ...base,
        topics: [...n.topics],
        meetingKind: n.meetingKind,
        startDate: n.startDate,
        endDate: n.endDate,
        city: n.city,
        countryCode: n.countryCode,
        series: n.series,
        sequence: n.sequence,
        participantCount: n.participantCount,
        outcomes: [...n.outcomes],
      };
    case 'JointCase':
      return {
        ...base,
        topics: [...n.topics],
        caseType: n.caseType,
        caseStatus: n.caseStatus,
        openedOn: n.openedOn,
        closedOn: n.closedOn,
        jurisdictions: [...n.jurisdictions],
        victimCount: n.victimCount,
        offenderCount: n.offenderCount,
        repatriatedCount: n.repatriatedCount,
        sensitivity: n.sensitivity,
      };
    case 'Source':
      return { ...base, publisher: n.publisher, publishedOn: n.publishedOn, url: n.url };
  }
}

export function toAtlasRelationship(r: RelationshipFieldsFragment): AtlasRelationship {
  return {
    id: r.id,
    type: r.type,
    start: r.start.id,
    end: r.end.id,
    role: r.role,
    from: r.from,
    until: r.until,
    sources: r.sources.map(citation),
  };
}

export interface SubgraphData {
  nodes: readonly NodeFieldsFragment[];
  relationships: readonly RelationshipFieldsFragment[];
  truncated?: boolean;
}

export function toModel(data: SubgraphData): GraphModel {
  const model = emptyModel();
  for (const n of data.nodes) model.nodes.set(n.id, toAtlasNode(n));
  for (const r of data.relationships) model.relationships.set(r.id, toAtlasRelationship(r));
  model.truncated = data.truncated ?? false;
  return model;
}

/** The union of several models; a relationship is kept only when both its ends are. */
export function mergeModels(models: readonly GraphModel[]): GraphModel {
  const merged = emptyModel();
  for (const m of models) {
    for (const [id, n] of m.nodes) if (!merged.nodes.has(id)) merged.nodes.set(id, n);
    merged.truncated ||= m.truncated;
  }
  for (const m of models) {
    for (const [id, r] of m.relationships) {
      if (merged.nodes.has(r.start) && merged.nodes.has(r.end)) merged.relationships.set(id, r);
    }
  }
  return merged;
}

/** The short label a node is drawn with: the acronym the field uses, or the name. */
export function shortLabel(n: AtlasNode): string {
  if (n.acronym) return n.acronym;
  return n.name;
}

/** The days a dated node covers; undefined when it carries no date (it is then never hidden by a window). */
/** An agreement, meeting or case that carries no date at all (organisations and countries have none to carry). */
export function isUndatedInstrument(n: AtlasNode): boolean {
  return (n.nodeKind === 'AGREEMENT' || n.nodeKind === 'MEETING' || n.nodeKind === 'JOINT_CASE') && !activeInterval(n);
}

export function activeInterval(n: AtlasNode): DayInterval | undefined {
  switch (n.nodeKind) {
    case 'MEETING':
      return span(n.startDate, n.endDate ?? n.startDate);
    case 'AGREEMENT':
      return span(n.validFrom ?? n.signedOn, n.validUntil);
    case 'JOINT_CASE':
      return span(n.openedOn, n.closedOn);
    default:
      return undefined;
  }
}

/** The date a node is listed under: when a meeting began, an agreement was signed, a case opened. */
export function primaryDate(n: AtlasNode): string | null {
  switch (n.nodeKind) {
    case 'MEETING':
      return n.startDate ?? null;
    case 'AGREEMENT':
      return n.signedOn ?? n.validFrom ?? null;
    case 'JOINT_CASE':
      return n.openedOn ?? null;
    case 'SOURCE':
      return n.publishedOn ?? null;
    default:
      return null;
  }
}

/** The sub-kind shown next to the node kind: "Government agency", "Case management meeting"… */
export function subKind(n: AtlasNode): string | null {
  return n.orgKind ?? n.meetingKind ?? n.agreementKind ?? n.caseType ?? null;
}

/** Relationships by node id, both directions. */
export function adjacency(relationships: Iterable<AtlasRelationship>): Map<string, AtlasRelationship[]> {
  const adj = new Map<string, AtlasRelationship[]>();
  const push = (id: string, r: AtlasRelationship) => {
    const list = adj.get(id);
    if (list) list.push(r);
    else adj.set(id, [r]);
  };
  for (const r of relationships) {
    push(r.start, r);
    push(r.end, r);
  }
  return adj;
}
