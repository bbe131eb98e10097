/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  description?: Maybe<Scalars['String']['output']>;
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** When it was published. */
  publishedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** Where it can be read, if public online. */
  url?: Maybe<Scalars['String']['output']>;
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
  quote?: Maybe<Scalars['String']['output']>;
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
  description?: Maybe<Scalars['String']['output']>;
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
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** What kind of organisation it is. */
  kind: OrganizationKind;
  /** The short form the field uses (RTP, DSI, MSDHS). */
  acronym?: Maybe<Scalars['String']['output']>;
  /** The name in the local script (Thai), where known. */
  nameLocal?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of its state; null for international bodies. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Its state; null for international bodies. */
  country?: Maybe<Country>;
  /** The field it works in. */
  sector?: Maybe<Sector>;
  /** The body it is a unit of (PART_OF). */
  parent?: Maybe<Organization>;
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
  description?: Maybe<Scalars['String']['output']>;
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
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** MOU, SOP, plan of action… */
  kind: AgreementKind;
  /** Domestic, bilateral or multilateral. */
  scope: AgreementScope;
  /** When it was signed. */
  signedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** When it took effect. */
  validFrom?: Maybe<Scalars['PartialDate']['output']>;
  /** When it ends or ended. */
  validUntil?: Maybe<Scalars['PartialDate']['output']>;
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
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** What kind of convening. */
  kind: MeetingKind;
  /** First day. */
  startDate?: Maybe<Scalars['PartialDate']['output']>;
  /** Last day (the start date when a one-day meeting). */
  endDate?: Maybe<Scalars['PartialDate']['output']>;
  /** Where it was held. */
  city?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of where it was held. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Where it was held. */
  country?: Maybe<Country>;
  /** The recurring series it belongs to (e.g. Myanmar–Thailand Case Management Meeting). */
  series?: Maybe<Scalars['String']['output']>;
  /** Its number in the series (29 for the 29th). */
  sequence?: Maybe<Scalars['Int']['output']>;
  /** How many people took part, when the source says. */
  participantCount?: Maybe<Scalars['Int']['output']>;
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
  description?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** The form of exploitation. */
  caseType: CaseType;
  /** How far it has gone. */
  status: CaseStatus;
  /** When it was opened. */
  openedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** When it was closed, if it was. */
  closedOn?: Maybe<Scalars['PartialDate']['output']>;
  /** ISO codes of the states whose authorities worked it. */
  jurisdictions: Array<Scalars['String']['output']>;
  /** Number of victims identified, when the source says. */
  victimCount?: Maybe<Scalars['Int']['output']>;
  /** Number of offenders or suspects, when the source says. */
  offenderCount?: Maybe<Scalars['Int']['output']>;
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
  role?: Maybe<Role>;
  /** When the tie began, where known. */
  from?: Maybe<Scalars['PartialDate']['output']>;
  /** When the tie ended, where known. */
  until?: Maybe<Scalars['PartialDate']['output']>;
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
  endCursor?: Maybe<Scalars['String']['output']>;
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
  firstDate?: Maybe<Scalars['PartialDate']['output']>;
  /** Latest dated activity they share. */
  lastDate?: Maybe<Scalars['PartialDate']['output']>;
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
  earliestDate?: Maybe<Scalars['PartialDate']['output']>;
  /** The latest date of any dated node. */
  latestDate?: Maybe<Scalars['PartialDate']['output']>;
  /** The source documents. */
  sources: Array<Source>;
};

export type Query = {
  __typename?: 'Query';
  /** Find nodes by name, acronym, alias or local name; case- and accent-insensitive, tolerant of small typos. */
  search: Array<SearchHit>;
  /** One node by id, or null when there is none. */
  node?: Maybe<Node>;
  /** Several nodes by id, in the order asked; null for unknown ids. */
  nodes: Array<Maybe<Node>>;
  /** One organisation by id. */
  organization?: Maybe<Organization>;
  /** One country by id or ISO code. */
  country?: Maybe<Country>;
  /** One agreement by id. */
  agreement?: Maybe<Agreement>;
  /** One meeting by id. */
  meeting?: Maybe<Meeting>;
  /** One joint case by id. */
  jointCase?: Maybe<JointCase>;
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

/** A page of nodes. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  /** The nodes on this page. */
  nodes: Array<Node>;
  /** How many nodes match in all. */
  totalCount: Scalars['Int']['output'];
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};
