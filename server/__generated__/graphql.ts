import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRecord, CountryRecord, AgreementRecord, MeetingRecord, JointCaseRecord, SourceRecord, RelationshipRecord, CitationRecord } from '../domain/records.js';
import type { Subgraph as SubgraphResult } from '../graph/neighbourhood.js';
import type { CoordinationTie as CoordinationTieResult, CoordinationGraph as CoordinationGraphResult } from '../analysis/coordination.js';
import type { BilateralCell as BilateralCellResult } from '../analysis/bilateral-matrix.js';
import type { SectorCoverage as SectorCoverageResult } from '../analysis/counterpart-coverage.js';
import type { DormantAgreement as DormantAgreementResult } from '../analysis/dormant-agreements.js';
import type { MissingLink as MissingLinkResult } from '../analysis/missing-links.js';
import type { Fragility as FragilityResult } from '../analysis/fragility.js';
import type { TieChange as TieChangeResult } from '../analysis/period-change.js';
import type { RequestContext } from '../http/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date at the precision the source gives: a year (2013), a month (2024-03) or a day
   * (2024-03-05). Date windows treat it as every day it covers.
   */
  PartialDate: { input: string; output: string; }
};

/** A document that facts in the graph cite. */
export type Source = Node & {
  __typename?: 'Source';
  /** Stable slug, e.g. rtg-progress-2024-q1. */
  id: Scalars['ID']['output'];
  /** Always SOURCE. */
  nodeKind: NodeKind;
  /** The document's title. */
  name: Scalars['String']['output'];
  /** Other titles the document goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** What the document is and what it covers. */
  description: Maybe<Scalars['String']['output']>;
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** When it was published. */
  publishedOn: Maybe<Scalars['PartialDate']['output']>;
  /** Where it can be read, if public online. */
  url: Maybe<Scalars['String']['output']>;
  /** The identifier of the document in the project's source collection (the file in shared/seeds). */
  documentId: Scalars['String']['output'];
  /** A source cites itself. */
  sources: Array<Citation>;
  /** Relationships of this node (sources have none; present for the Node interface). */
  relationships: RelationshipConnection;
};


/** A document that facts in the graph cite. */
export type SourceRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Where in a source document a fact is stated. */
export type Citation = {
  __typename?: 'Citation';
  /** The document. */
  source: Source;
  /** The place in the document: a section (§7.2), a table (Table 12) or a page. */
  locator: Scalars['String']['output'];
  /** A short excerpt of the document stating the fact, when recorded. */
  quote: Maybe<Scalars['String']['output']>;
};

/** Anything that can be a node of the coordination graph. */
export type Node = {
  /** Stable slug identifier. */
  id: Scalars['ID']['output'];
  /** Which kind of node this is. */
  nodeKind: NodeKind;
  /** The name in English. */
  name: Scalars['String']['output'];
  /** Other names, spellings and acronyms, including misspellings found in the sources. */
  aliases: Array<Scalars['String']['output']>;
  /** What the sources say about it that the structured fields do not. */
  description: Maybe<Scalars['String']['output']>;
  /** Where the node's facts are stated. Never empty. */
  sources: Array<Citation>;
  /** The node's relationships, paginated. */
  relationships: RelationshipConnection;
};


/** Anything that can be a node of the coordination graph. */
export type NodeRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A government agency, international organisation, NGO, mechanism, committee or programme. */
export type Organization = Node & {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** What kind of organisation it is. */
  kind: OrganizationKind;
  /** The short form the field uses (RTP, DSI, MSDHS). */
  acronym: Maybe<Scalars['String']['output']>;
  /** The name in the local script (Thai), where known. */
  nameLocal: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of its state; null for international bodies. */
  countryCode: Maybe<Scalars['String']['output']>;
  /** Its state; null for international bodies. */
  country: Maybe<Country>;
  /** The field it works in. */
  sector: Maybe<Sector>;
  /** The body it is a unit of (PART_OF). */
  parent: Maybe<Organization>;
  /** Its units (organisations PART_OF it). */
  units: Array<Organization>;
};


/** A government agency, international organisation, NGO, mechanism, committee or programme. */
export type OrganizationRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A state. */
export type Country = Node & {
  __typename?: 'Country';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['String']['output'];
  /** The mechanisms it is a member of (COMMIT, ASEAN…). */
  memberships: Array<Organization>;
};


/** A state. */
export type CountryRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A written instrument of cooperation. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** MOU, SOP, plan of action… */
  kind: AgreementKind;
  /** Domestic, bilateral or multilateral. */
  scope: AgreementScope;
  /** When it was signed. */
  signedOn: Maybe<Scalars['PartialDate']['output']>;
  /** When it took effect. */
  validFrom: Maybe<Scalars['PartialDate']['output']>;
  /** When it ends or ended. */
  validUntil: Maybe<Scalars['PartialDate']['output']>;
  /** Its life-cycle state as of the latest source. */
  status: AgreementStatus;
  /** What it covers. */
  topics: Array<Topic>;
  /** Its parties (PARTY_TO), organisations and countries. */
  parties: Array<Node>;
};


/** A written instrument of cooperation. */
export type AgreementRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A convening: bilateral meeting, case management meeting, workshop, training, conference… */
export type Meeting = Node & {
  __typename?: 'Meeting';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** What kind of convening. */
  kind: MeetingKind;
  /** First day. */
  startDate: Maybe<Scalars['PartialDate']['output']>;
  /** Last day (the start date when a one-day meeting). */
  endDate: Maybe<Scalars['PartialDate']['output']>;
  /** Where it was held. */
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of where it was held. */
  countryCode: Maybe<Scalars['String']['output']>;
  /** Where it was held. */
  country: Maybe<Country>;
  /** The recurring series it belongs to (e.g. Myanmar–Thailand Case Management Meeting). */
  series: Maybe<Scalars['String']['output']>;
  /** Its number in the series (29 for the 29th). */
  sequence: Maybe<Scalars['Int']['output']>;
  /** How many people took part, when the source says. */
  participantCount: Maybe<Scalars['Int']['output']>;
  /** What it dealt with. */
  topics: Array<Topic>;
  /** What it decided or produced, as the source states it. */
  outcomes: Array<Scalars['String']['output']>;
  /** The organisations that took part (PARTICIPATED_IN). */
  participants: Array<Organization>;
};


/** A convening: bilateral meeting, case management meeting, workshop, training, conference… */
export type MeetingRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A case worked on by more than one agency or country. Aggregate figures only, never personal data. */
export type JointCase = Node & {
  __typename?: 'JointCase';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** The form of exploitation. */
  caseType: CaseType;
  /** How far it has gone. */
  status: CaseStatus;
  /** When it was opened. */
  openedOn: Maybe<Scalars['PartialDate']['output']>;
  /** When it was closed, if it was. */
  closedOn: Maybe<Scalars['PartialDate']['output']>;
  /** ISO codes of the states whose authorities worked it. */
  jurisdictions: Array<Scalars['String']['output']>;
  /** Number of victims identified, when the source says. */
  victimCount: Maybe<Scalars['Int']['output']>;
  /** Number of offenders or suspects, when the source says. */
  offenderCount: Maybe<Scalars['Int']['output']>;
  /** Who may see it. */
  sensitivity: Sensitivity;
  /** What it concerns. */
  topics: Array<Topic>;
  /** The organisations working it (WORKS_ON). */
  agencies: Array<Organization>;
};


/** A case worked on by more than one agency or country. Aggregate figures only, never personal data. */
export type JointCaseRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Which way relationships are followed from a node. */
export const Direction = {
  /** Relationships that start at the node. */
  Outgoing: 'OUTGOING',
  /** Relationships that end at the node. */
  Incoming: 'INCOMING',
  /** Both. */
  Both: 'BOTH'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** A sourced tie between two nodes. */
export type Relationship = {
  __typename?: 'Relationship';
  /** Stable identifier: TYPE:start:end. */
  id: Scalars['ID']['output'];
  /** What the tie is. */
  type: RelationshipType;
  /** The node the tie starts from (the participant, member, party or unit). */
  start: Node;
  /** The node the tie points to (the meeting, mechanism, agreement or parent body). */
  end: Node;
  /** The role the start node plays, where known. */
  role: Maybe<Role>;
  /** When the tie began, where known. */
  from: Maybe<Scalars['PartialDate']['output']>;
  /** When the tie ended, where known. */
  until: Maybe<Scalars['PartialDate']['output']>;
  /** Where the tie is stated. Never empty. */
  sources: Array<Citation>;
};

/** A page of relationships. */
export type RelationshipConnection = {
  __typename?: 'RelationshipConnection';
  /** The relationships on this page. */
  nodes: Array<Relationship>;
  /** How many relationships match in all. */
  totalCount: Scalars['Int']['output'];
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Narrows what part of the graph a query sees. Every criterion left out lets everything through. */
export type GraphFilter = {
  /** Only these kinds of node (organisations are always kept as the ends of ties unless excluded here). */
  nodeKinds?: InputMaybe<Array<NodeKind>>;
  /** Only organisations of these kinds. */
  organizationKinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only organisations in these sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Only relationships of these types. */
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  /** Only agreements, meetings and cases dealing with at least one of these topics. */
  topics?: InputMaybe<Array<Topic>>;
  /** Only organisations based in, meetings held in and cases with jurisdiction in these states (ISO codes); international bodies are kept. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Hide what ended before this date. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Hide what began after this date. */
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A node found by search, with why it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node. */
  node: Node;
  /** Relevance: higher is better. Exact acronym or name matches score highest. */
  score: Scalars['Float']['output'];
  /** The name, acronym or alias the text matched. */
  matched: Scalars['String']['output'];
};

/** A part of the graph: nodes and the relationships among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The nodes. */
  nodes: Array<Node>;
  /** The relationships; both ends of each are in `nodes`. */
  relationships: Array<Relationship>;
  /** True when the element cap cut the result short: narrow the filter or lower the depth. */
  truncated: Scalars['Boolean']['output'];
};

/** What kind of instrument links two organisations. */
export const InstrumentKind = {
  Agreement: 'AGREEMENT',
  Meeting: 'MEETING',
  JointCase: 'JOINT_CASE'
} as const;

export type InstrumentKind = typeof InstrumentKind[keyof typeof InstrumentKind];
/** Two organisations that share at least one agreement, meeting or joint case. */
export type CoordinationTie = {
  __typename?: 'CoordinationTie';
  /** Stable identifier: the two organisation ids in order. */
  id: Scalars['ID']['output'];
  /** One organisation (the smaller id). */
  a: Organization;
  /** The other organisation. */
  b: Organization;
  /** How many instruments they share. */
  sharedCount: Scalars['Int']['output'];
  /**
   * Strength of the tie: each shared instrument adds 1/(n−1), n being the number of organisations
   * on it (Newman's collaboration weight), so a bilateral MOU counts more than a 60-party conference.
   */
  weight: Scalars['Float']['output'];
  /** The kinds of instrument they share. */
  instrumentKinds: Array<InstrumentKind>;
  /** The topics of the instruments they share. */
  topics: Array<Topic>;
  /** Earliest dated activity they share. */
  firstDate: Maybe<Scalars['PartialDate']['output']>;
  /** Latest dated activity they share. */
  lastDate: Maybe<Scalars['PartialDate']['output']>;
  /** The shared agreements, meetings and joint cases. */
  evidence: Array<Node>;
};

/** The organisation-to-organisation projection of the graph: who coordinates with whom, and on what. */
export type CoordinationGraph = {
  __typename?: 'CoordinationGraph';
  /** Organisations with at least one tie. */
  organizations: Array<Organization>;
  /** The ties, strongest first. */
  ties: Array<CoordinationTie>;
  /** True when the tie cap cut the result short. */
  truncated: Scalars['Boolean']['output'];
};

/** A shortest chain of ties between two nodes. */
export type Path = {
  __typename?: 'Path';
  /** The nodes, from the start to the end. */
  nodes: Array<Node>;
  /** The relationships between consecutive nodes. */
  relationships: Array<Relationship>;
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The agreements, meetings and joint cases the path runs through. */
  instruments: Array<Node>;
};

/** Count of nodes of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  kind: NodeKind;
  count: Scalars['Int']['output'];
};

/** Count of relationships of one type. */
export type RelationshipTypeCount = {
  __typename?: 'RelationshipTypeCount';
  type: RelationshipType;
  count: Scalars['Int']['output'];
};

/** What the graph holds. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Nodes by kind. */
  nodes: Array<KindCount>;
  /** Relationships by type. */
  relationships: Array<RelationshipTypeCount>;
  /** The earliest date of any dated node. */
  earliestDate: Maybe<Scalars['PartialDate']['output']>;
  /** The latest date of any dated node. */
  latestDate: Maybe<Scalars['PartialDate']['output']>;
  /** The source documents. */
  sources: Array<Source>;
};

export type Query = {
  __typename?: 'Query';
  /** Find nodes by name, acronym, alias or local name; case- and accent-insensitive, tolerant of small typos. */
  search: Array<SearchHit>;
  /** One node by id, or null when there is none. */
  node: Maybe<Node>;
  /** Several nodes by id, in the order asked; null for unknown ids. */
  nodes: Array<Maybe<Node>>;
  /** One organisation by id. */
  organization: Maybe<Organization>;
  /** One country by id or ISO code. */
  country: Maybe<Country>;
  /** One agreement by id. */
  agreement: Maybe<Agreement>;
  /** One meeting by id. */
  meeting: Maybe<Meeting>;
  /** One joint case by id. */
  jointCase: Maybe<JointCase>;
  /** All nodes of one kind, by name. */
  list: NodeConnection;
  /** The subgraph within `depth` ties of the given nodes (depth 1 to 3), narrowed by the filter. */
  neighbourhood: Subgraph;
  /** Who coordinates with whom: organisations linked by shared agreements, meetings and joint cases. */
  coordination: CoordinationGraph;
  /**
   * The shortest paths between two nodes, at most `maxLength` ties long (1 to 6). Ties of type
   * BASED_IN are left out unless the filter names them, as every agency of a state would otherwise
   * be two steps from every other.
   */
  paths: Array<Path>;
  /** Counts by kind, the date range covered and the source documents. */
  stats: GraphStats;
  /**
   * The bilateral cooperation matrix for a set of states (ISO codes; default the COMMIT members,
   * Thailand first), within the filter's period and topics.
   */
  bilateralMatrix: BilateralMatrix;
  /** Sector-by-sector counterpart coverage between two states (ISO codes). */
  counterpartCoverage: CounterpartCoverage;
  /**
   * Agreements in force whose latest meeting or case under them is more than `months` before
   * `asOf` (default: the latest date in the data), or that have none.
   */
  dormantAgreements: Array<DormantAgreement>;
  /** Organisation pairs without a direct tie, ranked by shared partners (Adamic–Adar). */
  missingLinks: Array<MissingLink>;
  /** Brokers, articulation points, bridges, isolated and peripheral actors of the coordination network. */
  fragility: Fragility;
  /** Coordination ties that are new, lapsed, strengthened or weakened from period a to period b. */
  periodChanges: Array<TieChange>;
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCountryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJointCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryListArgs = {
  kind: NodeKind;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNeighbourhoodArgs = {
  ids: Array<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoordinationArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBilateralMatrixArgs = {
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  filter?: InputMaybe<GraphFilter>;
};


export type QueryCounterpartCoverageArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  filter?: InputMaybe<GraphFilter>;
};


export type QueryDormantAgreementsArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  filter?: InputMaybe<GraphFilter>;
};


export type QueryMissingLinksArgs = {
  pairKind?: InputMaybe<PairKind>;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFragilityArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeriodChangesArgs = {
  a: Period;
  b: Period;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of nodes. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  /** The nodes on this page. */
  nodes: Array<Node>;
  /** How many nodes match in all. */
  totalCount: Scalars['Int']['output'];
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The kinds of node in the coordination graph. */
export const NodeKind = {
  /** A government agency, international organisation, NGO, mechanism, committee or programme. */
  Organization: 'ORGANIZATION',
  /** A state, identified by its ISO 3166-1 alpha-2 code. */
  Country: 'COUNTRY',
  /** A written instrument of cooperation: MOU, SOP, plan of action, declaration, guideline or mechanism. */
  Agreement: 'AGREEMENT',
  /** Any convening: bilateral meeting, case management meeting, workshop, training, conference… */
  Meeting: 'MEETING',
  /** A criminal case worked on by more than one agency or country (aggregate figures only). */
  JointCase: 'JOINT_CASE',
  /** A source document that facts in the graph cite. */
  Source: 'SOURCE'
} as const;

export type NodeKind = typeof NodeKind[keyof typeof NodeKind];
/** What an organisation is. */
export const OrganizationKind = {
  /** A Thai government ministry, department, bureau or court. */
  GovernmentAgency: 'GOVERNMENT_AGENCY',
  /** A government agency of another state (Lao police, Finnish police, FBI…). */
  ForeignGovernmentAgency: 'FOREIGN_GOVERNMENT_AGENCY',
  /** A UN agency or other intergovernmental organisation (IOM, UNODC, ILO, UNICEF…). */
  InternationalOrganization: 'INTERNATIONAL_ORGANIZATION',
  /** A non-governmental or civil-society organisation (IJM, A21, LPN…). */
  Ngo: 'NGO',
  /** A regional or multilateral mechanism (COMMIT, Bali Process, ASEAN…). */
  RegionalMechanism: 'REGIONAL_MECHANISM',
  /** A committee, subcommittee, task force or multidisciplinary team. */
  CommitteeOrTaskforce: 'COMMITTEE_OR_TASKFORCE',
  /** A donor or a funded programme (USAID, ASEAN-ACT…). */
  DonorOrProgramme: 'DONOR_OR_PROGRAMME',
  /** A company, business association or other private-sector body. */
  PrivateSector: 'PRIVATE_SECTOR',
  /** A university, school or research institute. */
  Academic: 'ACADEMIC'
} as const;

export type OrganizationKind = typeof OrganizationKind[keyof typeof OrganizationKind];
/** The field an organisation works in. */
export const Sector = {
  LawEnforcement: 'LAW_ENFORCEMENT',
  Prosecution: 'PROSECUTION',
  Judiciary: 'JUDICIARY',
  SocialWelfare: 'SOCIAL_WELFARE',
  Labour: 'LABOUR',
  Immigration: 'IMMIGRATION',
  ForeignAffairs: 'FOREIGN_AFFAIRS',
  Health: 'HEALTH',
  Education: 'EDUCATION',
  FinanceAml: 'FINANCE_AML',
  LocalAdministration: 'LOCAL_ADMINISTRATION',
  Oversight: 'OVERSIGHT',
  Coordination: 'COORDINATION',
  Other: 'OTHER'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** What kind of instrument an agreement is. */
export const AgreementKind = {
  Mou: 'MOU',
  Sop: 'SOP',
  PlanOfAction: 'PLAN_OF_ACTION',
  Declaration: 'DECLARATION',
  Guideline: 'GUIDELINE',
  /** A standing cooperation mechanism such as the NRM, the TRM or BCATIP. */
  Mechanism: 'MECHANISM'
} as const;

export type AgreementKind = typeof AgreementKind[keyof typeof AgreementKind];
/** Whether an agreement binds parties inside one country, two parties, or more. */
export const AgreementScope = {
  Domestic: 'DOMESTIC',
  Bilateral: 'BILATERAL',
  Multilateral: 'MULTILATERAL'
} as const;

export type AgreementScope = typeof AgreementScope[keyof typeof AgreementScope];
/** The life-cycle state of an agreement. */
export const AgreementStatus = {
  Draft: 'DRAFT',
  Active: 'ACTIVE',
  Expired: 'EXPIRED',
  Superseded: 'SUPERSEDED'
} as const;

export type AgreementStatus = typeof AgreementStatus[keyof typeof AgreementStatus];
/** What kind of convening a meeting is. */
export const MeetingKind = {
  BilateralMeeting: 'BILATERAL_MEETING',
  CaseManagementMeeting: 'CASE_MANAGEMENT_MEETING',
  Workshop: 'WORKSHOP',
  Training: 'TRAINING',
  Conference: 'CONFERENCE',
  Roundtable: 'ROUNDTABLE',
  SeniorOfficialsMeeting: 'SENIOR_OFFICIALS_MEETING',
  /** A meeting of a committee, subcommittee or task force. */
  CommitteeMeeting: 'COMMITTEE_MEETING',
  /** A joint operation, inspection or field mission. */
  JointOperation: 'JOINT_OPERATION',
  Other: 'OTHER'
} as const;

export type MeetingKind = typeof MeetingKind[keyof typeof MeetingKind];
/** The form of exploitation a joint case concerns. */
export const CaseType = {
  SexTrafficking: 'SEX_TRAFFICKING',
  LabourTrafficking: 'LABOUR_TRAFFICKING',
  ForcedCriminality: 'FORCED_CRIMINALITY',
  OnlineChildSexualExploitation: 'ONLINE_CHILD_SEXUAL_EXPLOITATION',
  ForcedBegging: 'FORCED_BEGGING',
  CorruptionComplicity: 'CORRUPTION_COMPLICITY',
  Other: 'OTHER'
} as const;

export type CaseType = typeof CaseType[keyof typeof CaseType];
/** How far a joint case has gone. */
export const CaseStatus = {
  Investigation: 'INVESTIGATION',
  Prosecution: 'PROSECUTION',
  Trial: 'TRIAL',
  Convicted: 'CONVICTED',
  Closed: 'CLOSED',
  Unknown: 'UNKNOWN'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
/** Who may see a joint case. */
export const Sensitivity = {
  /** Published facts: anyone may see them. */
  Public: 'PUBLIC',
  /** Only analysts and above. */
  Restricted: 'RESTRICTED',
  /** Only users cleared for confidential material. */
  Confidential: 'CONFIDENTIAL'
} as const;

export type Sensitivity = typeof Sensitivity[keyof typeof Sensitivity];
/** The 4Ps of counter-trafficking work and the themes that run across them. */
export const Topic = {
  Prosecution: 'PROSECUTION',
  Protection: 'PROTECTION',
  Prevention: 'PREVENTION',
  Partnership: 'PARTNERSHIP',
  /** The National Referral Mechanism. */
  Nrm: 'NRM',
  /** The Transnational Referral Mechanism. */
  Trm: 'TRM',
  LabourTrafficking: 'LABOUR_TRAFFICKING',
  SexTrafficking: 'SEX_TRAFFICKING',
  OnlineChildExploitation: 'ONLINE_CHILD_EXPLOITATION',
  /** Forced criminality in online scam centres. */
  ScamCentres: 'SCAM_CENTRES',
  VictimIdentification: 'VICTIM_IDENTIFICATION',
  VictimAssistance: 'VICTIM_ASSISTANCE',
  Repatriation: 'REPATRIATION',
  CapacityBuilding: 'CAPACITY_BUILDING',
  InformationSharing: 'INFORMATION_SHARING',
  Migration: 'MIGRATION',
  Fisheries: 'FISHERIES',
  ChildProtection: 'CHILD_PROTECTION',
  Corruption: 'CORRUPTION',
  FinancialInvestigation: 'FINANCIAL_INVESTIGATION',
  Legislation: 'LEGISLATION',
  DataAndResearch: 'DATA_AND_RESEARCH',
  AwarenessRaising: 'AWARENESS_RAISING'
} as const;

export type Topic = typeof Topic[keyof typeof Topic];
/** The relationship types of the graph. */
export const RelationshipType = {
  /** Organization → Organization: a unit of a larger body (TICAC is part of RTP). */
  PartOf: 'PART_OF',
  /** Organization → Country: the state an organisation belongs to. */
  BasedIn: 'BASED_IN',
  /** Country or Organization → Organization: membership of a mechanism (COMMIT, ASEAN). */
  MemberOf: 'MEMBER_OF',
  /** Organization or Country → Agreement: a party to an instrument. */
  PartyTo: 'PARTY_TO',
  /** Organization → Meeting: took part in a convening. */
  ParticipatedIn: 'PARTICIPATED_IN',
  /** Organization → JointCase: worked on a case. */
  WorksOn: 'WORKS_ON',
  /** Meeting or JointCase → Agreement: the instrument it implements. */
  Under: 'UNDER'
} as const;

export type RelationshipType = typeof RelationshipType[keyof typeof RelationshipType];
/** The role a party plays in a relationship. Each value names the relationship type it belongs to. */
export const Role = {
  /** PARTY_TO: signed the instrument. */
  Signatory: 'SIGNATORY',
  /** PARTY_TO: carries the instrument out without having signed it. */
  Implementer: 'IMPLEMENTER',
  /** PARTY_TO or PARTICIPATED_IN: supports with funds or expertise. */
  Supporter: 'SUPPORTER',
  /** PARTY_TO: witnessed the signing. */
  Witness: 'WITNESS',
  /** PARTICIPATED_IN: hosted the convening. */
  Host: 'HOST',
  /** PARTICIPATED_IN: organised it. */
  Organizer: 'ORGANIZER',
  /** PARTICIPATED_IN: organised it with others. */
  CoOrganizer: 'CO_ORGANIZER',
  /** PARTICIPATED_IN: attended. */
  Participant: 'PARTICIPANT',
  /** PARTICIPATED_IN: paid for it. */
  Funder: 'FUNDER',
  /** PARTICIPATED_IN: facilitated or trained. */
  Facilitator: 'FACILITATOR',
  /** WORKS_ON: leads the case. */
  Lead: 'LEAD',
  /** WORKS_ON: investigates. */
  Investigator: 'INVESTIGATOR',
  /** WORKS_ON: prosecutes. */
  Prosecutor: 'PROSECUTOR',
  /** WORKS_ON: protects and assists the victims. */
  VictimSupport: 'VICTIM_SUPPORT',
  /** WORKS_ON: the foreign authority working the case with Thai agencies. */
  ForeignCounterpart: 'FOREIGN_COUNTERPART',
  /** WORKS_ON: oversees the case. */
  Oversight: 'OVERSIGHT',
  /** WORKS_ON: supports the case otherwise. */
  Support: 'SUPPORT',
  /** MEMBER_OF: an ordinary member. */
  Member: 'MEMBER',
  /** MEMBER_OF: chairs the body. */
  Chair: 'CHAIR',
  /** MEMBER_OF: serves as secretariat. */
  Secretariat: 'SECRETARIAT',
  /** MEMBER_OF: an observer. */
  Observer: 'OBSERVER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** The state of cooperation between two states, as the data records it. */
export const BilateralStatus = {
  /** No shared agreement, meeting or case. */
  None: 'NONE',
  /** They only meet in multi-country settings. */
  MultilateralOnly: 'MULTILATERAL_ONLY',
  /** Bilateral meetings or cases, but no bilateral agreement. */
  Informal: 'INFORMAL',
  /** A bilateral agreement, but no bilateral meeting or case in the period. */
  Dormant: 'DORMANT',
  /** A bilateral agreement and bilateral meetings or cases in the period. */
  Active: 'ACTIVE'
} as const;

export type BilateralStatus = typeof BilateralStatus[keyof typeof BilateralStatus];
/** One cell of the bilateral cooperation matrix. */
export type BilateralCell = {
  __typename?: 'BilateralCell';
  /** One state. */
  a: Country;
  /** The other state. */
  b: Country;
  /** The verdict. */
  status: BilateralStatus;
  /** Agreements binding just these two states. */
  bilateralAgreements: Array<Agreement>;
  /** Multi-country agreements both are party to. */
  multilateralAgreements: Array<Agreement>;
  /** Meetings with participants from both. */
  meetings: Array<Meeting>;
  /** Joint cases involving both. */
  jointCases: Array<JointCase>;
  /** How many of those meetings and cases involve these two states only. */
  bilateralActivityCount: Scalars['Int']['output'];
  /** Date of the latest meeting or case involving both. */
  lastActivity: Maybe<Scalars['PartialDate']['output']>;
  /** The verdict in words, with the counts behind it. */
  explanation: Scalars['String']['output'];
};

/** The bilateral cooperation matrix of a set of states. */
export type BilateralMatrix = {
  __typename?: 'BilateralMatrix';
  /** The states, in the order asked. */
  countries: Array<Country>;
  /** One cell per pair of states. */
  cells: Array<BilateralCell>;
};

/** Whether a sector has a direct tie across a pair of states. */
export const CoverageStatus = {
  /** At least one direct tie between agencies of this sector on both sides. */
  Covered: 'COVERED',
  /** No same-sector tie, but this sector's agencies are tied across the border to bodies of other sectors. */
  CrossSector: 'CROSS_SECTOR',
  /** Both sides have agencies of this sector in the data, but no direct tie between them. */
  Gap: 'GAP',
  /** One side has no agency of this sector in the data. */
  NoCounterpartKnown: 'NO_COUNTERPART_KNOWN'
} as const;

export type CoverageStatus = typeof CoverageStatus[keyof typeof CoverageStatus];
/** Counterpart coverage of one sector for a pair of states. */
export type SectorCoverage = {
  __typename?: 'SectorCoverage';
  sector: Sector;
  status: CoverageStatus;
  /** Agencies of this sector on side a. */
  agenciesA: Array<Organization>;
  /** Agencies of this sector on side b. */
  agenciesB: Array<Organization>;
  /** The direct ties between them, with their evidence. */
  ties: Array<CoordinationTie>;
  /** Ties between this sector's agencies on one side and bodies of other sectors on the other. */
  crossSectorTies: Array<CoordinationTie>;
  /** The verdict in words. */
  explanation: Scalars['String']['output'];
};

/** Counterpart coverage for a pair of states: sector by sector. */
export type CounterpartCoverage = {
  __typename?: 'CounterpartCoverage';
  a: Country;
  b: Country;
  /** Sectors where either side has an agency, in the vocabulary's order. */
  sectors: Array<SectorCoverage>;
};

/** An agreement in force with no recent meeting or case under it. */
export type DormantAgreement = {
  __typename?: 'DormantAgreement';
  agreement: Agreement;
  /** Its parties. */
  parties: Array<Node>;
  /** The latest meeting or case under it, if any. */
  lastActivity: Maybe<Node>;
  /** The date of that activity. */
  lastActivityDate: Maybe<Scalars['PartialDate']['output']>;
  /** Whole months from that activity to the reference date; null when there was none. */
  monthsSinceActivity: Maybe<Scalars['Int']['output']>;
};

/** Which pairs of organisations missing-link suggestions may name. */
export const PairKind = {
  Any: 'ANY',
  /** A government agency and an NGO. */
  GovernmentNgo: 'GOVERNMENT_NGO',
  /** Agencies of two different states. */
  DomesticForeign: 'DOMESTIC_FOREIGN',
  /** Organisations of the same sector. */
  SameSector: 'SAME_SECTOR'
} as const;

export type PairKind = typeof PairKind[keyof typeof PairKind];
/** Two organisations that do not coordinate directly but share partners. */
export type MissingLink = {
  __typename?: 'MissingLink';
  a: Organization;
  b: Organization;
  /** Adamic–Adar index: the sum over shared partners of 1/ln(the partner's number of ties). */
  score: Scalars['Float']['output'];
  /** The shared partners, the most telling (fewest other ties) first. */
  sharedPartners: Array<Organization>;
  /** Topics both work on with their partners. */
  sharedTopics: Array<Topic>;
};

/** An actor others' coordination runs through. */
export type Broker = {
  __typename?: 'Broker';
  organization: Organization;
  /** Normalised betweenness centrality (0–1): how often it lies on the shortest chains between others. */
  betweenness: Scalars['Float']['output'];
  /** Number of organisations it coordinates with directly. */
  degree: Scalars['Int']['output'];
  /** Whether its loss would split the network. */
  isArticulationPoint: Scalars['Boolean']['output'];
};

/** An actor whose loss would split the network. */
export type ArticulationPoint = {
  __typename?: 'ArticulationPoint';
  organization: Organization;
  /** Actors that would be cut off from the largest remaining part. */
  cutOff: Array<Organization>;
};

/** A tie whose loss would split the network. */
export type Bridge = {
  __typename?: 'Bridge';
  tie: CoordinationTie;
  /** The actors on the smaller side of the split. */
  smallerSide: Array<Organization>;
};

/** Who the network depends on, and who is on its edge. */
export type Fragility = {
  __typename?: 'Fragility';
  /** The top brokers by betweenness. */
  brokers: Array<Broker>;
  articulationPoints: Array<ArticulationPoint>;
  bridges: Array<Bridge>;
  /** Organisations with no coordination tie in the period. */
  isolated: Array<Organization>;
  /** Organisations with exactly one coordination tie. */
  peripheral: Array<Organization>;
};

/** How a tie changed between two periods. */
export const TieChangeKind = {
  New: 'NEW',
  Lapsed: 'LAPSED',
  Strengthened: 'STRENGTHENED',
  Weakened: 'WEAKENED'
} as const;

export type TieChangeKind = typeof TieChangeKind[keyof typeof TieChangeKind];
/** A change in one coordination tie between two periods. */
export type TieChange = {
  __typename?: 'TieChange';
  kind: TieChangeKind;
  /** The tie in the first period, if it existed then. */
  before: Maybe<CoordinationTie>;
  /** The tie in the second period, if it exists then. */
  after: Maybe<CoordinationTie>;
  weightBefore: Scalars['Float']['output'];
  weightAfter: Scalars['Float']['output'];
};

/** A period of time; an open end reaches as far as the data. */
export type Period = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( SourceRecord )
    | ( OrganizationRecord )
    | ( CountryRecord )
    | ( AgreementRecord )
    | ( MeetingRecord )
    | ( JointCaseRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Source: ResolverTypeWrapper<SourceRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Citation: ResolverTypeWrapper<CitationRecord>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationRecord>;
  Country: ResolverTypeWrapper<CountryRecord>;
  Agreement: ResolverTypeWrapper<AgreementRecord>;
  Meeting: ResolverTypeWrapper<MeetingRecord>;
  JointCase: ResolverTypeWrapper<JointCaseRecord>;
  Direction: Direction;
  Relationship: ResolverTypeWrapper<RelationshipRecord>;
  RelationshipConnection: ResolverTypeWrapper<Omit<RelationshipConnection, 'nodes'> & { nodes: Array<ResolversTypes['Relationship']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  GraphFilter: GraphFilter;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphResult>;
  InstrumentKind: InstrumentKind;
  CoordinationTie: ResolverTypeWrapper<CoordinationTieResult>;
  CoordinationGraph: ResolverTypeWrapper<CoordinationGraphResult>;
  Path: ResolverTypeWrapper<Omit<Path, 'nodes' | 'relationships' | 'instruments'> & { nodes: Array<ResolversTypes['Node']>, relationships: Array<ResolversTypes['Relationship']>, instruments: Array<ResolversTypes['Node']> }>;
  KindCount: ResolverTypeWrapper<KindCount>;
  RelationshipTypeCount: ResolverTypeWrapper<RelationshipTypeCount>;
  GraphStats: ResolverTypeWrapper<Omit<GraphStats, 'sources'> & { sources: Array<ResolversTypes['Source']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeConnection: ResolverTypeWrapper<Omit<NodeConnection, 'nodes'> & { nodes: Array<ResolversTypes['Node']> }>;
  NodeKind: NodeKind;
  OrganizationKind: OrganizationKind;
  Sector: Sector;
  AgreementKind: AgreementKind;
  AgreementScope: AgreementScope;
  AgreementStatus: AgreementStatus;
  MeetingKind: MeetingKind;
  CaseType: CaseType;
  CaseStatus: CaseStatus;
  Sensitivity: Sensitivity;
  Topic: Topic;
  RelationshipType: RelationshipType;
  Role: Role;
  BilateralStatus: BilateralStatus;
  BilateralCell: ResolverTypeWrapper<BilateralCellResult>;
  BilateralMatrix: ResolverTypeWrapper<Omit<BilateralMatrix, 'countries' | 'cells'> & { countries: Array<ResolversTypes['Country']>, cells: Array<ResolversTypes['BilateralCell']> }>;
  CoverageStatus: CoverageStatus;
  SectorCoverage: ResolverTypeWrapper<SectorCoverageResult>;
  CounterpartCoverage: ResolverTypeWrapper<Omit<CounterpartCoverage, 'a' | 'b' | 'sectors'> & { a: ResolversTypes['Country'], b: ResolversTypes['Country'], sectors: Array<ResolversTypes['SectorCoverage']> }>;
  DormantAgreement: ResolverTypeWrapper<DormantAgreementResult>;
  PairKind: PairKind;
  MissingLink: ResolverTypeWrapper<MissingLinkResult>;
  Broker: ResolverTypeWrapper<Omit<Broker, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  ArticulationPoint: ResolverTypeWrapper<Omit<ArticulationPoint, 'organization' | 'cutOff'> & { organization: ResolversTypes['Organization'], cutOff: Array<ResolversTypes['Organization']> }>;
  Bridge: ResolverTypeWrapper<Omit<Bridge, 'tie' | 'smallerSide'> & { tie: ResolversTypes['CoordinationTie'], smallerSide: Array<ResolversTypes['Organization']> }>;
  Fragility: ResolverTypeWrapper<FragilityResult>;
  TieChangeKind: TieChangeKind;
  TieChange: ResolverTypeWrapper<TieChangeResult>;
  Period: Period;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  PartialDate: Scalars['PartialDate']['output'];
  Source: SourceRecord;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Citation: CitationRecord;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRecord;
  Country: CountryRecord;
  Agreement: AgreementRecord;
  Meeting: MeetingRecord;
  JointCase: JointCaseRecord;
  Relationship: RelationshipRecord;
  RelationshipConnection: Omit<RelationshipConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Relationship']> };
  Boolean: Scalars['Boolean']['output'];
  GraphFilter: GraphFilter;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  Float: Scalars['Float']['output'];
  Subgraph: SubgraphResult;
  CoordinationTie: CoordinationTieResult;
  CoordinationGraph: CoordinationGraphResult;
  Path: Omit<Path, 'nodes' | 'relationships' | 'instruments'> & { nodes: Array<ResolversParentTypes['Node']>, relationships: Array<ResolversParentTypes['Relationship']>, instruments: Array<ResolversParentTypes['Node']> };
  KindCount: KindCount;
  RelationshipTypeCount: RelationshipTypeCount;
  GraphStats: Omit<GraphStats, 'sources'> & { sources: Array<ResolversParentTypes['Source']> };
  Query: Record<PropertyKey, never>;
  NodeConnection: Omit<NodeConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Node']> };
  BilateralCell: BilateralCellResult;
  BilateralMatrix: Omit<BilateralMatrix, 'countries' | 'cells'> & { countries: Array<ResolversParentTypes['Country']>, cells: Array<ResolversParentTypes['BilateralCell']> };
  SectorCoverage: SectorCoverageResult;
  CounterpartCoverage: Omit<CounterpartCoverage, 'a' | 'b' | 'sectors'> & { a: ResolversParentTypes['Country'], b: ResolversParentTypes['Country'], sectors: Array<ResolversParentTypes['SectorCoverage']> };
  DormantAgreement: DormantAgreementResult;
  MissingLink: MissingLinkResult;
  Broker: Omit<Broker, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  ArticulationPoint: Omit<ArticulationPoint, 'organization' | 'cutOff'> & { organization: ResolversParentTypes['Organization'], cutOff: Array<ResolversParentTypes['Organization']> };
  Bridge: Omit<Bridge, 'tie' | 'smallerSide'> & { tie: ResolversParentTypes['CoordinationTie'], smallerSide: Array<ResolversParentTypes['Organization']> };
  Fragility: FragilityResult;
  TieChange: TieChangeResult;
  Period: Period;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<SourceRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Source' | 'Organization' | 'Country' | 'Agreement' | 'Meeting' | 'JointCase', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<OrganizationRelationshipsArgs, 'direction' | 'first'>>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameLocal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<CountryRelationshipsArgs, 'direction' | 'first'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<AgreementRelationshipsArgs, 'direction' | 'first'>>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AgreementScope'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<MeetingRelationshipsArgs, 'direction' | 'first'>>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participantCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JointCaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['JointCase'] = ResolversParentTypes['JointCase']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<JointCaseRelationshipsArgs, 'direction' | 'first'>>;
  caseType?: Resolver<ResolversTypes['CaseType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  jurisdictions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  victimCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offenderCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sensitivity?: Resolver<ResolversTypes['Sensitivity'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
};

export type RelationshipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipConnection'] = ResolversParentTypes['RelationshipConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoordinationTieResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoordinationTie'] = ResolversParentTypes['CoordinationTie']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  a?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instrumentKinds?: Resolver<Array<ResolversTypes['InstrumentKind']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type CoordinationGraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoordinationGraph'] = ResolversParentTypes['CoordinationGraph']> = {
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipTypeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipTypeCount'] = ResolversParentTypes['RelationshipTypeCount']> = {
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  nodes?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipTypeCount']>, ParentType, ContextType>;
  earliestDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  latestDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'id'>>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  jointCase?: Resolver<Maybe<ResolversTypes['JointCase']>, ParentType, ContextType, RequireFields<QueryJointCaseArgs, 'id'>>;
  list?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<QueryListArgs, 'kind' | 'first'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'ids' | 'depth' | 'limit'>>;
  coordination?: Resolver<ResolversTypes['CoordinationGraph'], ParentType, ContextType, RequireFields<QueryCoordinationArgs, 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to' | 'maxLength' | 'limit'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  bilateralMatrix?: Resolver<ResolversTypes['BilateralMatrix'], ParentType, ContextType, Partial<QueryBilateralMatrixArgs>>;
  counterpartCoverage?: Resolver<ResolversTypes['CounterpartCoverage'], ParentType, ContextType, RequireFields<QueryCounterpartCoverageArgs, 'a' | 'b'>>;
  dormantAgreements?: Resolver<Array<ResolversTypes['DormantAgreement']>, ParentType, ContextType, RequireFields<QueryDormantAgreementsArgs, 'months'>>;
  missingLinks?: Resolver<Array<ResolversTypes['MissingLink']>, ParentType, ContextType, RequireFields<QueryMissingLinksArgs, 'pairKind' | 'limit'>>;
  fragility?: Resolver<ResolversTypes['Fragility'], ParentType, ContextType, RequireFields<QueryFragilityArgs, 'limit'>>;
  periodChanges?: Resolver<Array<ResolversTypes['TieChange']>, ParentType, ContextType, RequireFields<QueryPeriodChangesArgs, 'a' | 'b' | 'limit'>>;
};

export type NodeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BilateralCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilateralCell'] = ResolversParentTypes['BilateralCell']> = {
  a?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BilateralStatus'], ParentType, ContextType>;
  bilateralAgreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  multilateralAgreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  jointCases?: Resolver<Array<ResolversTypes['JointCase']>, ParentType, ContextType>;
  bilateralActivityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastActivity?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BilateralMatrixResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilateralMatrix'] = ResolversParentTypes['BilateralMatrix']> = {
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['BilateralCell']>, ParentType, ContextType>;
};

export type SectorCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SectorCoverage'] = ResolversParentTypes['SectorCoverage']> = {
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  agenciesA?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  agenciesB?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  crossSectorTies?: Resolver<Array<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CounterpartCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CounterpartCoverage'] = ResolversParentTypes['CounterpartCoverage']> = {
  a?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['SectorCoverage']>, ParentType, ContextType>;
};

export type DormantAgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DormantAgreement'] = ResolversParentTypes['DormantAgreement']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  lastActivity?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  lastActivityDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  monthsSinceActivity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MissingLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MissingLink'] = ResolversParentTypes['MissingLink']> = {
  a?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedPartners?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  sharedTopics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type BrokerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isArticulationPoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArticulationPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ArticulationPoint'] = ResolversParentTypes['ArticulationPoint']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  cutOff?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type BridgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Bridge'] = ResolversParentTypes['Bridge']> = {
  tie?: Resolver<ResolversTypes['CoordinationTie'], ParentType, ContextType>;
  smallerSide?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type FragilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fragility'] = ResolversParentTypes['Fragility']> = {
  brokers?: Resolver<Array<ResolversTypes['Broker']>, ParentType, ContextType>;
  articulationPoints?: Resolver<Array<ResolversTypes['ArticulationPoint']>, ParentType, ContextType>;
  bridges?: Resolver<Array<ResolversTypes['Bridge']>, ParentType, ContextType>;
  isolated?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  peripheral?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type TieChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TieChange'] = ResolversParentTypes['TieChange']> = {
  kind?: Resolver<ResolversTypes['TieChangeKind'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  weightBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weightAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  PartialDate?: GraphQLScalarType;
  Source?: SourceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  JointCase?: JointCaseResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipConnection?: RelationshipConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  CoordinationTie?: CoordinationTieResolvers<ContextType>;
  CoordinationGraph?: CoordinationGraphResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  RelationshipTypeCount?: RelationshipTypeCountResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  BilateralCell?: BilateralCellResolvers<ContextType>;
  BilateralMatrix?: BilateralMatrixResolvers<ContextType>;
  SectorCoverage?: SectorCoverageResolvers<ContextType>;
  CounterpartCoverage?: CounterpartCoverageResolvers<ContextType>;
  DormantAgreement?: DormantAgreementResolvers<ContextType>;
  MissingLink?: MissingLinkResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  ArticulationPoint?: ArticulationPointResolvers<ContextType>;
  Bridge?: BridgeResolvers<ContextType>;
  Fragility?: FragilityResolvers<ContextType>;
  TieChange?: TieChangeResolvers<ContextType>;
};

