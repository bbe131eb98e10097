/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a user may do. Each role may do what the ones before it may. */
export const UserRole = {
  /** Reads PUBLIC data. */
  Viewer: 'VIEWER',
  /** Reads; cleared for RESTRICTED at least (CONFIDENTIAL when set so). */
  Analyst: 'ANALYST',
  /** Reads and changes data (create, update, delete, merge, import), at the clearance set for them. */
  Editor: 'EDITOR',
  /** Everything an editor may, and manages users, their roles and clearances, and anyone's API tokens. */
  Admin: 'ADMIN'
} as const;

export type UserRole = typeof UserRole[keyof typeof UserRole];
/**
 * The state of cooperation between two states, as the data records it. One function decides it
 * (server/analysis/gap-verdict.ts) for the matrix, the dormant list, the briefs and the explorer.
 * The pair's activity is every meeting or case of the two states alone (international bodies
 * aside), and every meeting or case recorded under one of their bilateral agreements, even when the
 * source names one side's agencies only. "Recent" means within `months` before the reference date
 * (by default the latest date in the filtered data).
 */
export const BilateralStatus = {
  /** No bilateral agreement, meeting or case at all: the two meet in multi-country settings at most. The most pressing verdict. */
  NoBilateralInstrument: 'NO_BILATERAL_INSTRUMENT',
  /** A bilateral agreement, but no recent activity of the pair: its agreements in force are all on the dormant list. */
  Dormant: 'DORMANT',
  /** Meetings or cases of the pair, but no bilateral agreement. */
  Informal: 'INFORMAL',
  /** A bilateral agreement and recent activity of the pair. */
  Active: 'ACTIVE'
} as const;

export type BilateralStatus = typeof BilateralStatus[keyof typeof BilateralStatus];
/** Whether a sector has a direct tie across a pair of states. */
export const CoverageStatus = {
  /**
   * At least one direct tie between agencies of this sector on both sides, or a bilateral agreement
   * to which the states themselves are parties that names this sector (by its topics or its
   * implementing agencies).
   */
  Covered: 'COVERED',
  /** No same-sector tie, but this sector's agencies are tied across the border to bodies of other sectors. */
  CrossSector: 'CROSS_SECTOR',
  /** Both sides have agencies of this sector in the data, but no direct tie between them. */
  Gap: 'GAP',
  /** One side has no agency of this sector in the data (listed for the core counter-trafficking sectors only). */
  NoCounterpartKnown: 'NO_COUNTERPART_KNOWN'
} as const;

export type CoverageStatus = typeof CoverageStatus[keyof typeof CoverageStatus];
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
/** How a tie changed between two periods. */
export const TieChangeKind = {
  New: 'NEW',
  Lapsed: 'LAPSED',
  Strengthened: 'STRENGTHENED',
  Weakened: 'WEAKENED'
} as const;

export type TieChangeKind = typeof TieChangeKind[keyof typeof TieChangeKind];
/** A period of time; an open end reaches as far as the data. */
export type Period = {
  from?: string | null | undefined;
  until?: string | null | undefined;
};

/** What a change did to one record. */
export const ChangeOperation = {
  /** The record did not exist before. */
  Create: 'CREATE',
  /** The record existed before and after, with different values. */
  Update: 'UPDATE',
  /** The record does not exist after. */
  Delete: 'DELETE'
} as const;

export type ChangeOperation = typeof ChangeOperation[keyof typeof ChangeOperation];
/** Which kind of record a change concerns. */
export const ChangedItemKind = {
  Node: 'NODE',
  Relationship: 'RELATIONSHIP'
} as const;

export type ChangedItemKind = typeof ChangedItemKind[keyof typeof ChangedItemKind];
/** The edit an audit entry records. */
export const EditAction = {
  /** A node was created (createOrganization, createMeeting…). */
  CreateNode: 'CREATE_NODE',
  /** A node's fields were changed. */
  UpdateNode: 'UPDATE_NODE',
  /** A node was deleted, with its ties. */
  DeleteNode: 'DELETE_NODE',
  /** A tie was created. */
  CreateRelationship: 'CREATE_RELATIONSHIP',
  /** A tie's role, dates or sources were changed. */
  UpdateRelationship: 'UPDATE_RELATIONSHIP',
  /** A tie was deleted. */
  DeleteRelationship: 'DELETE_RELATIONSHIP',
  /** Two organisations were merged into one: ties, aliases and sources moved to the survivor. */
  MergeOrganizations: 'MERGE_ORGANIZATIONS',
  /** A meeting was recorded with its participants in one step. */
  RecordMeeting: 'RECORD_MEETING',
  /** A file was imported. */
  Import: 'IMPORT',
  /** The whole graph was replaced (the seed loaded on first start, or `npm run seed -- --reset`). */
  Reset: 'RESET',
  /**
   * A review decision that changed nothing in the graph: a tie or organisation proposed by reading a
   * document was rejected. The summary names the proposal and the document, the comment the reason.
   */
  ReviewDecision: 'REVIEW_DECISION'
} as const;

export type EditAction = typeof EditAction[keyof typeof EditAction];
/** Where in a source document a fact is stated. Every node and every tie needs at least one. */
export type CitationInput = {
  /** The id of a Source node. */
  source: string | number;
  /** The place in the document: a section (§7.2), a table (Table 12) or a page. Required. */
  locator: string;
  /** A short excerpt stating the fact. */
  quote?: string | null | undefined;
};

/** A new organisation. */
export type OrganizationInput = {
  /** Slug id (lower-case letters, digits, single hyphens); made from the name when left out (with -2, -3… if taken). */
  id?: string | number | null | undefined;
  name: string;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources: Array<CitationInput>;
  kind: OrganizationKind;
  acronym?: string | null | undefined;
  nameLocal?: string | null | undefined;
  /** ISO code of a country in the graph; its BASED_IN tie is kept in step automatically. */
  countryCode?: string | null | undefined;
  sector?: Sector | null | undefined;
};

/** Changes to an organisation: a field left out is kept, a field set to null is cleared. */
export type OrganizationPatch = {
  name?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources?: Array<CitationInput> | null | undefined;
  kind?: OrganizationKind | null | undefined;
  acronym?: string | null | undefined;
  nameLocal?: string | null | undefined;
  countryCode?: string | null | undefined;
  sector?: Sector | null | undefined;
};

/** A new country. */
export type CountryInput = {
  /** Slug id; made from the name when left out. */
  id?: string | number | null | undefined;
  name: string;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources: Array<CitationInput>;
  /** ISO 3166-1 alpha-2 code. */
  code: string;
};

/** Changes to a country: a field left out is kept, a field set to null is cleared. */
export type CountryPatch = {
  name?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources?: Array<CitationInput> | null | undefined;
  code?: string | null | undefined;
};

/** A new agreement. */
export type AgreementInput = {
  /** Slug id; made from the name when left out. */
  id?: string | number | null | undefined;
  name: string;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources: Array<CitationInput>;
  kind: AgreementKind;
  scope: AgreementScope;
  signedOn?: string | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  status: AgreementStatus;
  topics?: Array<Topic> | null | undefined;
};

/** Changes to an agreement: a field left out is kept, a field set to null is cleared. */
export type AgreementPatch = {
  name?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources?: Array<CitationInput> | null | undefined;
  kind?: AgreementKind | null | undefined;
  scope?: AgreementScope | null | undefined;
  signedOn?: string | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  status?: AgreementStatus | null | undefined;
  topics?: Array<Topic> | null | undefined;
};

/** A new meeting. */
export type MeetingInput = {
  /** Slug id; made from the name when left out. */
  id?: string | number | null | undefined;
  name: string;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources: Array<CitationInput>;
  kind: MeetingKind;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  city?: string | null | undefined;
  countryCode?: string | null | undefined;
  series?: string | null | undefined;
  sequence?: number | null | undefined;
  participantCount?: number | null | undefined;
  topics?: Array<Topic> | null | undefined;
  outcomes?: Array<string> | null | undefined;
};

/** Changes to a meeting: a field left out is kept, a field set to null is cleared. */
export type MeetingPatch = {
  name?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources?: Array<CitationInput> | null | undefined;
  kind?: MeetingKind | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
  city?: string | null | undefined;
  countryCode?: string | null | undefined;
  series?: string | null | undefined;
  sequence?: number | null | undefined;
  participantCount?: number | null | undefined;
  topics?: Array<Topic> | null | undefined;
  outcomes?: Array<string> | null | undefined;
};

/** A new joint case. */
export type JointCaseInput = {
  /** Slug id; made from the name when left out. */
  id?: string | number | null | undefined;
  name: string;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources: Array<CitationInput>;
  caseType: CaseType;
  status: CaseStatus;
  openedOn?: string | null | undefined;
  closedOn?: string | null | undefined;
  jurisdictions?: Array<string> | null | undefined;
  victimCount?: number | null | undefined;
  offenderCount?: number | null | undefined;
  repatriatedCount?: number | null | undefined;
  sensitivity: Sensitivity;
  topics?: Array<Topic> | null | undefined;
};

/** Changes to a joint case: a field left out is kept, a field set to null is cleared. */
export type JointCasePatch = {
  name?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources?: Array<CitationInput> | null | undefined;
  caseType?: CaseType | null | undefined;
  status?: CaseStatus | null | undefined;
  openedOn?: string | null | undefined;
  closedOn?: string | null | undefined;
  jurisdictions?: Array<string> | null | undefined;
  victimCount?: number | null | undefined;
  offenderCount?: number | null | undefined;
  repatriatedCount?: number | null | undefined;
  sensitivity?: Sensitivity | null | undefined;
  topics?: Array<Topic> | null | undefined;
};

/** A new source document. */
export type SourceInput = {
  /** Slug id; made from the name when left out. */
  id?: string | number | null | undefined;
  name: string;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Where the document describes itself (usually its own title page). Defaults to this source, 'title page'. */
  sources?: Array<CitationInput> | null | undefined;
  publisher: string;
  publishedOn?: string | null | undefined;
  url?: string | null | undefined;
  documentId: string;
};

/** Changes to a source document: a field left out is kept, a field set to null is cleared. */
export type SourcePatch = {
  name?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  sources?: Array<CitationInput> | null | undefined;
  publisher?: string | null | undefined;
  publishedOn?: string | null | undefined;
  url?: string | null | undefined;
  documentId?: string | null | undefined;
};

/** A new tie. Its id is TYPE:start:end, so two nodes have at most one tie of each type. */
export type RelationshipInput = {
  type: RelationshipType;
  /** The participant, member, party or unit. */
  start: string | number;
  /** The meeting, mechanism, agreement or parent body. */
  end: string | number;
  /** Must be one the type accepts (see Role). */
  role?: Role | null | undefined;
  from?: string | null | undefined;
  until?: string | null | undefined;
  sources: Array<CitationInput>;
};

/** An organisation taking part in a meeting recorded with recordMeeting. */
export type ParticipantInput = {
  /** The organisation's id. */
  organization: string | number;
  role?: Role | null | undefined;
  /** Where its participation is stated; the meeting's own citations when left out. */
  sources?: Array<CitationInput> | null | undefined;
};

/** A meeting and its ties, recorded in one step. */
export type RecordMeetingInput = {
  meeting: MeetingInput;
  /** Who took part (PARTICIPATED_IN ties); at least one. */
  participants: Array<ParticipantInput>;
  /** Agreements the meeting was held under (UNDER ties, citing the meeting's sources). */
  under?: Array<string | number> | null | undefined;
};

/** Formats import reads. */
export const ImportFormat = {
  /** The JSON this API exports (format coordination-atlas). */
  Json: 'JSON',
  /** CSV: one file per kind plus relationships.csv, or a zip of them (see the README). */
  Csv: 'CSV'
} as const;

export type ImportFormat = typeof ImportFormat[keyof typeof ImportFormat];
/** How a file's content is encoded in the request. */
export const FileEncoding = {
  /** The content as text (JSON, CSV). */
  Text: 'TEXT',
  /** The bytes in base64 (a zip of CSV files). */
  Base64: 'BASE64'
} as const;

export type FileEncoding = typeof FileEncoding[keyof typeof FileEncoding];
/** One file to import. */
export type ImportFileInput = {
  /** The file's name: for CSV it says the kind (organizations.csv, relationships.csv…); .zip for a zip. */
  name: string;
  content: string;
  encoding?: FileEncoding | null | undefined;
};

/** What import does, or would do, with a row. */
export const ImportOutcome = {
  Create: 'CREATE',
  Update: 'UPDATE',
  Unchanged: 'UNCHANGED',
  Reject: 'REJECT'
} as const;

export type ImportOutcome = typeof ImportOutcome[keyof typeof ImportOutcome];
/** Narrows what part of the graph a query sees. Every criterion left out lets everything through. */
export type GraphFilter = {
  /** Only these kinds of node (organisations are always kept as the ends of ties unless excluded here). */
  nodeKinds?: Array<NodeKind> | null | undefined;
  /** Only organisations of these kinds. */
  organizationKinds?: Array<OrganizationKind> | null | undefined;
  /** Only organisations in these sectors. */
  sectors?: Array<Sector> | null | undefined;
  /** Only relationships of these types. */
  relationshipTypes?: Array<RelationshipType> | null | undefined;
  /** Only agreements, meetings and cases dealing with at least one of these topics. */
  topics?: Array<Topic> | null | undefined;
  /**
   * Only organisations based in, meetings held in and cases with jurisdiction in these states (ISO
   * codes); international bodies are kept. `coordination` reads it differently: by the ends of its
   * ties (see there).
   */
  countries?: Array<string> | null | undefined;
  /** Hide what ended before this date. */
  from?: string | null | undefined;
  /** Hide what began after this date. */
  until?: string | null | undefined;
};

/** What kind of instrument links two organisations. */
export const InstrumentKind = {
  Agreement: 'AGREEMENT',
  Meeting: 'MEETING',
  JointCase: 'JOINT_CASE'
} as const;

export type InstrumentKind = typeof InstrumentKind[keyof typeof InstrumentKind];
/** The kinds of document reading takes. */
export const DocumentFormat = {
  Pdf: 'PDF',
  Text: 'TEXT',
  Markdown: 'MARKDOWN',
  Html: 'HTML'
} as const;

export type DocumentFormat = typeof DocumentFormat[keyof typeof DocumentFormat];
/** How the `content` of an ingested document is written. */
export const ContentEncoding = {
  /** The document's text as it is (text, Markdown, HTML). */
  Text: 'TEXT',
  /** The file's bytes in base64 (needed for PDF). */
  Base64: 'BASE64'
} as const;

export type ContentEncoding = typeof ContentEncoding[keyof typeof ContentEncoding];
/** Where a proposal stands. */
export const ProposalStatus = {
  /** Waiting for an editor. */
  Pending: 'PENDING',
  /** Accepted: written to the graph through the normal editing path. */
  Accepted: 'ACCEPTED',
  /** Rejected: nothing was written. */
  Rejected: 'REJECTED',
  /** A proposed organisation merged into one the graph has (its names became aliases). */
  Merged: 'MERGED'
} as const;

export type ProposalStatus = typeof ProposalStatus[keyof typeof ProposalStatus];
export type IngestDocumentInput = {
  fileName: string;
  /** The document: its text, or its bytes in base64 (see encoding). Requests are limited to 1 MB: use `npm run ingest` for larger files. */
  content: string;
  encoding?: ContentEncoding | null | undefined;
  /** Taken from the file name's extension when absent (.pdf, .md, .html; anything else is text). */
  format?: DocumentFormat | null | undefined;
  title?: string | null | undefined;
  /** The Source node the document is, when the graph has it; otherwise give `publisher` and one is created. */
  sourceId?: string | number | null | undefined;
  publisher?: string | null | undefined;
  publishedOn?: string | null | undefined;
  comment?: string | null | undefined;
};

/** Changes an editor makes to a proposed tie before accepting it; absent fields keep the proposal's. */
export type TieProposalEdits = {
  role?: Role | null | undefined;
  from?: string | null | undefined;
  until?: string | null | undefined;
  /** Must be a passage of the document, word for word. */
  quote?: string | null | undefined;
  locator?: string | null | undefined;
};

/** Changes to a proposed organisation before accepting it. */
export type NodeProposalEdits = {
  name?: string | null | undefined;
  acronym?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
};

/** Where a node is drawn, to save with a view. */
export type NodePositionInput = {
  /** The node. */
  id: string | number;
  /** Horizontal position (a finite number). */
  x: number;
  /** Vertical position (a finite number). */
  y: number;
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
  /** WORKS_ON: leads the case. PARTY_TO: the lead agency carrying the instrument out. MEMBER_OF: leads the programme or body. */
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
export type CoordinationQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  limit?: number | null | undefined;
  includeUndated?: boolean | null | undefined;
  around?: Array<string | number> | string | number | null | undefined;
  amongPartners?: boolean | null | undefined;
}>;


export type CoordinationQuery = { coordination: { truncated: boolean, undatedCount: number, organizations: Array<{ __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }>, ties: Array<{ id: string, weight: number, sharedCount: number, instrumentKinds: Array<InstrumentKind>, topics: Array<Topic>, firstDate: string | null, lastDate: string | null, undated: boolean, a: { id: string }, b: { id: string }, evidence: Array<
        | { id: string, nodeKind: NodeKind, name: string }
        | { id: string, nodeKind: NodeKind, name: string }
        | { id: string, nodeKind: NodeKind, name: string }
        | { id: string, nodeKind: NodeKind, name: string }
        | { id: string, nodeKind: NodeKind, name: string }
        | { id: string, nodeKind: NodeKind, name: string }
      > }> } };

export type CountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountriesQuery = { list: { nodes: Array<
      | { __typename: 'Source', id: string, name: string }
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Country', code: string, id: string, name: string }
      | { __typename: 'Agreement', id: string, name: string }
      | { __typename: 'Meeting', id: string, name: string }
      | { __typename: 'JointCase', id: string, name: string }
    > } };

export type CitationFieldsFragment = { locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } };

type NodeFields_Source_Fragment = { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Organization_Fragment = { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Country_Fragment = { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Agreement_Fragment = { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Meeting_Fragment = { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, outcomes: Array<string>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_JointCase_Fragment = { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, repatriatedCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

export type NodeFieldsFragment =
  | NodeFields_Source_Fragment
  | NodeFields_Organization_Fragment
  | NodeFields_Country_Fragment
  | NodeFields_Agreement_Fragment
  | NodeFields_Meeting_Fragment
  | NodeFields_JointCase_Fragment
;

export type RelationshipFieldsFragment = { id: string, type: RelationshipType, role: Role | null, from: string | null, until: string | null, start:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , end:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

export type NeighbourhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  filter?: GraphFilter | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, outcomes: Array<string>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, repatriatedCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    >, relationships: Array<{ id: string, type: RelationshipType, role: Role | null, from: string | null, until: string | null, start:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , end:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }> } };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { earliestDate: string | null, latestDate: string | null, nodes: Array<{ kind: NodeKind, count: number }>, relationships: Array<{ type: RelationshipType, count: number }>, sources: Array<{ id: string, name: string, publisher: string }> } };

export type CitationInputFieldsFragment = { locator: string, quote: string | null, source: { id: string } };

export type EditableNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableNodeQuery = { node:
    | { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, documentId: string, id: string, nodeKind: NodeKind, version: number, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string } }> }
    | { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, version: number, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, sources: Array<{ locator: string, quote: string | null, source: { id: string } }> }
    | { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, version: number, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string } }> }
    | { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, version: number, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string } }> }
    | { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, version: number, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string } }> }
    | { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, repatriatedCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, version: number, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string } }> }
   | null };

export type SourceDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SourceDocumentsQuery = { list: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
  comment?: string | null | undefined;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, version: number } };

export type CreateAgreementMutationVariables = Exact<{
  input: AgreementInput;
  comment?: string | null | undefined;
}>;


export type CreateAgreementMutation = { createAgreement: { id: string, version: number } };

export type CreateJointCaseMutationVariables = Exact<{
  input: JointCaseInput;
  comment?: string | null | undefined;
}>;


export type CreateJointCaseMutation = { createJointCase: { id: string, version: number } };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
  comment?: string | null | undefined;
}>;


export type RecordMeetingMutation = { recordMeeting: { id: string, version: number } };

export type CreateRelationshipMutationVariables = Exact<{
  input: RelationshipInput;
  comment?: string | null | undefined;
}>;


export type CreateRelationshipMutation = { createRelationship: { id: string, version: number } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: OrganizationPatch;
  comment?: string | null | undefined;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, version: number } };

export type UpdateCountryMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: CountryPatch;
  comment?: string | null | undefined;
}>;


export type UpdateCountryMutation = { updateCountry: { id: string, version: number } };

export type UpdateAgreementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: AgreementPatch;
  comment?: string | null | undefined;
}>;


export type UpdateAgreementMutation = { updateAgreement: { id: string, version: number } };

export type UpdateMeetingMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: MeetingPatch;
  comment?: string | null | undefined;
}>;


export type UpdateMeetingMutation = { updateMeeting: { id: string, version: number } };

export type UpdateJointCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: JointCasePatch;
  comment?: string | null | undefined;
}>;


export type UpdateJointCaseMutation = { updateJointCase: { id: string, version: number } };

export type UpdateSourceMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  patch: SourcePatch;
  comment?: string | null | undefined;
}>;


export type UpdateSourceMutation = { updateSource: { id: string, version: number } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, displayName: string, role: UserRole } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { username: string, displayName: string, role: UserRole } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type AuditEntryFieldsFragment = { id: string, at: string, actor: string, action: EditAction, comment: string | null, summary: string, changeCount: number };

export type RecordChangeFieldsFragment = { operation: ChangeOperation, itemKind: ChangedItemKind, itemId: string, label: string, fields: Array<{ field: string, before: string | null, after: string | null }> };

export type NodeHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NodeHistoryQuery = { history: { endCursor: string | null, hasNextPage: boolean, entries: Array<{ id: string, at: string, actor: string, action: EditAction, comment: string | null, summary: string, changeCount: number, changes: Array<{ operation: ChangeOperation, itemKind: ChangedItemKind, itemId: string, label: string, fields: Array<{ field: string, before: string | null, after: string | null }> }> }> } };

export type RecentChangesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecentChangesQuery = { recentChanges: { endCursor: string | null, hasNextPage: boolean, entries: Array<{ id: string, at: string, actor: string, action: EditAction, comment: string | null, summary: string, changeCount: number, changes: Array<{ operation: ChangeOperation, itemKind: ChangedItemKind, itemId: string, label: string, fields: Array<{ field: string, before: string | null, after: string | null }> }> }> } };

export type CreateCountryMutationVariables = Exact<{
  input: CountryInput;
  comment?: string | null | undefined;
}>;


export type CreateCountryMutation = { createCountry: { id: string, version: number } };

export type CreateSourceMutationVariables = Exact<{
  input: SourceInput;
  comment?: string | null | undefined;
}>;


export type CreateSourceMutation = { createSource: { id: string, version: number } };

export type DeletionFieldsFragment = { id: string, removedRelationships: Array<string> };

export type DeleteOrganizationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type DeleteOrganizationMutation = { deleteOrganization: { id: string, removedRelationships: Array<string> } };

export type DeleteCountryMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type DeleteCountryMutation = { deleteCountry: { id: string, removedRelationships: Array<string> } };

export type DeleteAgreementMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type DeleteAgreementMutation = { deleteAgreement: { id: string, removedRelationships: Array<string> } };

export type DeleteMeetingMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type DeleteMeetingMutation = { deleteMeeting: { id: string, removedRelationships: Array<string> } };

export type DeleteJointCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type DeleteJointCaseMutation = { deleteJointCase: { id: string, removedRelationships: Array<string> } };

export type DeleteSourceMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  comment?: string | null | undefined;
}>;


export type DeleteSourceMutation = { deleteSource: { id: string, removedRelationships: Array<string> } };

export type MergeOrganizationsMutationVariables = Exact<{
  survivor: string | number;
  duplicate: string | number;
  survivorVersion?: number | null | undefined;
  duplicateVersion?: number | null | undefined;
  comment?: string | null | undefined;
}>;


export type MergeOrganizationsMutation = { mergeOrganizations: { id: string, version: number } };

export type ImportGraphMutationVariables = Exact<{
  format: ImportFormat;
  files: Array<ImportFileInput> | ImportFileInput;
  dryRun?: boolean | null | undefined;
  comment?: string | null | undefined;
}>;


export type ImportGraphMutation = { importGraph: { dryRun: boolean, applied: boolean, counts: { create: number, update: number, unchanged: number, reject: number }, rejected: Array<{ file: string, row: number, kind: string, id: string | null, outcome: ImportOutcome, problems: Array<{ field: string, code: string | null, message: string }> }>, rows: Array<{ file: string, row: number, kind: string, id: string | null, outcome: ImportOutcome, problems: Array<{ field: string, code: string | null, message: string }> }> } };

export type SetupFirstAdminMutationVariables = Exact<{
  token: string;
  username: string;
  password: string;
  displayName?: string | null | undefined;
}>;


export type SetupFirstAdminMutation = { setupFirstAdmin: { username: string, displayName: string, role: UserRole } };

type ChangeEnd_Source_Fragment = { id: string, nodeKind: NodeKind, name: string };

type ChangeEnd_Organization_Fragment = { acronym: string | null, countryCode: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind };

type ChangeEnd_Country_Fragment = { id: string, nodeKind: NodeKind, name: string };

type ChangeEnd_Agreement_Fragment = { id: string, nodeKind: NodeKind, name: string };

type ChangeEnd_Meeting_Fragment = { id: string, nodeKind: NodeKind, name: string };

type ChangeEnd_JointCase_Fragment = { id: string, nodeKind: NodeKind, name: string };

export type ChangeEndFragment =
  | ChangeEnd_Source_Fragment
  | ChangeEnd_Organization_Fragment
  | ChangeEnd_Country_Fragment
  | ChangeEnd_Agreement_Fragment
  | ChangeEnd_Meeting_Fragment
  | ChangeEnd_JointCase_Fragment
;

export type ChangeTieFragment = { id: string, weight: number, sharedCount: number, firstDate: string | null, lastDate: string | null, a: { acronym: string | null, countryCode: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { acronym: string | null, countryCode: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, evidence: Array<
    | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
  > };

export type PeriodChangesQueryVariables = Exact<{
  a: Period;
  b: Period;
  filter?: GraphFilter | null | undefined;
  limit?: number | null | undefined;
  around?: Array<string | number> | string | number | null | undefined;
  amongPartners?: boolean | null | undefined;
}>;


export type PeriodChangesQuery = { periodChanges: Array<{ kind: TieChangeKind, weightBefore: number, weightAfter: number, before: { id: string, weight: number, sharedCount: number, firstDate: string | null, lastDate: string | null, a: { acronym: string | null, countryCode: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { acronym: string | null, countryCode: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, evidence: Array<
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      > } | null, after: { id: string, weight: number, sharedCount: number, firstDate: string | null, lastDate: string | null, a: { acronym: string | null, countryCode: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { acronym: string | null, countryCode: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, evidence: Array<
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
        | { id: string, nodeKind: NodeKind, name: string, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      > } | null }> };

export type TieEvidenceQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TieEvidenceQuery = { nodes: Array<
    | { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, outcomes: Array<string>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, repatriatedCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
   | null> };

type GapNode_Source_Fragment = { __typename: 'Source', id: string, nodeKind: NodeKind, name: string };

type GapNode_Organization_Fragment = { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind };

type GapNode_Country_Fragment = { __typename: 'Country', id: string, nodeKind: NodeKind, name: string };

type GapNode_Agreement_Fragment = { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string };

type GapNode_Meeting_Fragment = { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string };

type GapNode_JointCase_Fragment = { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string };

export type GapNodeFragment =
  | GapNode_Source_Fragment
  | GapNode_Organization_Fragment
  | GapNode_Country_Fragment
  | GapNode_Agreement_Fragment
  | GapNode_Meeting_Fragment
  | GapNode_JointCase_Fragment
;

export type GapTieFragment = { id: string, weight: number, sharedCount: number, a: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, evidence: Array<
    | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
    | { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
    | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
    | { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }
    | { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }
    | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
  > };

export type BilateralMatrixQueryVariables = Exact<{
  countries?: Array<string> | string | null | undefined;
  months?: number | null | undefined;
  filter?: GraphFilter | null | undefined;
}>;


export type BilateralMatrixQuery = { bilateralMatrix: { countries: Array<{ id: string, code: string, name: string }>, cells: Array<{ status: BilateralStatus, bilateralActivityCount: number, lastActivity: string | null, referenceDate: string | null, months: number, explanation: string, a: { code: string }, b: { code: string }, bilateralAgreements: Array<{ __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }>, multilateralAgreements: Array<{ __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }>, meetings: Array<{ __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }>, jointCases: Array<{ __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }>, agreements: Array<{ inForce: boolean, dormant: boolean, summary: string, agreement: { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string } }>, activity: Array<{ date: string | null, recent: boolean, note: string, instrument:
          | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
          | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
         }> }> } };

export type CounterpartCoverageQueryVariables = Exact<{
  a: string;
  b: string;
  filter?: GraphFilter | null | undefined;
}>;


export type CounterpartCoverageQuery = { counterpartCoverage: { omittedSectors: Array<Sector>, sectors: Array<{ sector: Sector, label: string, status: CoverageStatus, explanation: string, agenciesA: Array<{ __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }>, agenciesB: Array<{ __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }>, ties: Array<{ id: string, weight: number, sharedCount: number, a: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, evidence: Array<
          | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
          | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
        > }>, crossSectorTies: Array<{ id: string, weight: number, sharedCount: number, a: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, evidence: Array<
          | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
          | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
        > }>, stateAgreements: Array<{ __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }> }> } };

export type DormantAgreementsQueryVariables = Exact<{
  months?: number | null | undefined;
  filter?: GraphFilter | null | undefined;
}>;


export type DormantAgreementsQuery = { dormantAgreements: Array<{ lastActivityDate: string | null, monthsSinceActivity: number | null, summary: string, agreement: { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }, parties: Array<
      | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
      | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
    >, lastActivity:
      | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
      | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
     | null }> };

export type MissingLinksQueryVariables = Exact<{
  pairKind?: PairKind | null | undefined;
  filter?: GraphFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type MissingLinksQuery = { missingLinks: Array<{ score: number, sharedTopics: Array<Topic>, a: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, sharedPartners: Array<{ __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }> }> };

export type FragilityQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type FragilityQuery = { fragility: { brokers: Array<{ betweenness: number, degree: number, isArticulationPoint: boolean, organization: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind } }>, articulationPoints: Array<{ organization: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, cutOff: Array<{ __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }> }>, bridges: Array<{ tie: { id: string, weight: number, sharedCount: number, a: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, b: { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }, evidence: Array<
          | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
          | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Agreement', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'Meeting', id: string, nodeKind: NodeKind, name: string }
          | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
        > }, smallerSide: Array<{ __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }> }>, isolated: Array<{ __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }>, peripheral: Array<{ __typename: 'Organization', acronym: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }> } };

export type ShortestPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength?: number | null | undefined;
  filter?: GraphFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type ShortestPathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, outcomes: Array<string>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, repatriatedCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    >, relationships: Array<{ id: string, type: RelationshipType, role: Role | null, from: string | null, until: string | null, start:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , end:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }>, instruments: Array<
      | { id: string, name: string, nodeKind: NodeKind }
      | { id: string, name: string, nodeKind: NodeKind }
      | { id: string, name: string, nodeKind: NodeKind }
      | { id: string, name: string, nodeKind: NodeKind }
      | { id: string, name: string, nodeKind: NodeKind }
      | { id: string, name: string, nodeKind: NodeKind }
    > }> };

export type PathEndsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type PathEndsQuery = { nodes: Array<
    | { id: string, name: string, nodeKind: NodeKind }
    | { id: string, name: string, nodeKind: NodeKind }
    | { id: string, name: string, nodeKind: NodeKind }
    | { id: string, name: string, nodeKind: NodeKind }
    | { id: string, name: string, nodeKind: NodeKind }
    | { id: string, name: string, nodeKind: NodeKind }
   | null> };

export type ProposalEndFieldsFragment = { id: string, name: string, kind: NodeKind };

export type TieProposalFieldsFragment = { id: string, sentenceId: string, type: RelationshipType, role: Role | null, from: string | null, until: string | null, quote: string, quoteStart: number, quoteEnd: number, locator: string, confidence: number, reason: string, alsoIn: number, status: ProposalStatus, start: { id: string, name: string, kind: NodeKind }, end: { id: string, name: string, kind: NodeKind } };

export type ReadingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadingsQuery = { readings: Array<{ id: string, title: string, fileName: string, ingestedBy: string, ingestedAt: string, pendingCount: number }> };

export type ReviewReadingQueryVariables = Exact<{
  id: string | number;
  status?: ProposalStatus | null | undefined;
}>;


export type ReviewReadingQuery = { reading: { id: string, title: string, fileName: string, format: DocumentFormat, sourceId: string, pageCount: number | null, version: number, pendingCount: number, sentences: Array<{ id: string, locator: string, text: string, start: number, end: number, dates: Array<string>, counts: Array<string>, passage: { text: string, start: number }, ties: Array<{ id: string, sentenceId: string, type: RelationshipType, role: Role | null, from: string | null, until: string | null, quote: string, quoteStart: number, quoteEnd: number, locator: string, confidence: number, reason: string, alsoIn: number, status: ProposalStatus, start: { id: string, name: string, kind: NodeKind }, end: { id: string, name: string, kind: NodeKind } }> }>, newOrganizations: Array<{ id: string, name: string, acronym: string | null, organizationKind: OrganizationKind, quote: string, locator: string, confidence: number, reason: string, status: ProposalStatus }>, decisions: Array<{ proposalId: string, summary: string, status: ProposalStatus, by: string, at: string, comment: string | null, resultId: string | null }> } | null };

export type ReviewSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewSourcesQuery = { list: { nodes: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > } };

export type IngestDocumentMutationVariables = Exact<{
  input: IngestDocumentInput;
}>;


export type IngestDocumentMutation = { ingestDocument: { id: string, pendingCount: number } };

export type AcceptTieProposalMutationVariables = Exact<{
  reading: string | number;
  proposal: string | number;
  edits?: TieProposalEdits | null | undefined;
  comment?: string | null | undefined;
}>;


export type AcceptTieProposalMutation = { acceptTieProposal: { id: string, version: number, ties: Array<{ id: string, start: { id: string }, end: { id: string } }> } };

export type RejectProposalMutationVariables = Exact<{
  reading: string | number;
  proposal: string | number;
  comment?: string | null | undefined;
}>;


export type RejectProposalMutation = { rejectProposal: { id: string, version: number } };

export type AcceptNodeProposalMutationVariables = Exact<{
  reading: string | number;
  proposal: string | number;
  edits?: NodeProposalEdits | null | undefined;
  comment?: string | null | undefined;
}>;


export type AcceptNodeProposalMutation = { acceptNodeProposal: { id: string, version: number } };

export type MergeNodeProposalMutationVariables = Exact<{
  reading: string | number;
  proposal: string | number;
  into: string | number;
  comment?: string | null | undefined;
}>;


export type MergeNodeProposalMutation = { mergeNodeProposal: { id: string, version: number } };

export type ReviewDecisionsQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewDecisionsQuery = { reading: { id: string, decisions: Array<{ proposalId: string, summary: string, status: ProposalStatus, by: string, at: string, comment: string | null, resultId: string | null }> } | null };

export type SearchNodesQueryVariables = Exact<{
  text: string;
  kinds?: Array<NodeKind> | NodeKind | null | undefined;
  limit?: number | null | undefined;
}>;


export type SearchNodesQuery = { search: Array<{ score: number, matched: string, node:
      | { __typename: 'Source', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Organization', acronym: string | null, countryCode: string | null, nameLocal: string | null, id: string, nodeKind: NodeKind, name: string, orgKind: OrganizationKind }
      | { __typename: 'Country', id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Agreement', signedOn: string | null, id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'Meeting', startDate: string | null, city: string | null, id: string, nodeKind: NodeKind, name: string }
      | { __typename: 'JointCase', id: string, nodeKind: NodeKind, name: string }
     }> };

export type SavedViewFieldsFragment = { id: string, name: string, owner: string, state: string, updatedAt: string, version: number, positions: Array<{ id: string, x: number, y: number }> };

export type SavedViewsQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedViewsQuery = { savedViews: Array<{ id: string, name: string, owner: string, state: string, updatedAt: string, version: number, positions: Array<{ id: string, x: number, y: number }> }> };

export type SaveViewMutationVariables = Exact<{
  name: string;
  state: string;
  positions: Array<NodePositionInput> | NodePositionInput;
}>;


export type SaveViewMutation = { saveView: { id: string, name: string, owner: string, state: string, updatedAt: string, version: number, positions: Array<{ id: string, x: number, y: number }> } };

export type RenameViewMutationVariables = Exact<{
  id: string | number;
  name: string;
  expectedVersion: number;
}>;


export type RenameViewMutation = { renameView: { id: string, name: string, owner: string, state: string, updatedAt: string, version: number, positions: Array<{ id: string, x: number, y: number }> } };

export type DeleteViewMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeleteViewMutation = { deleteView: boolean };

export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"repatriatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const RelationshipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RelationshipFieldsFragment, unknown>;
export const CitationInputFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationInputFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CitationInputFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const RecordChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<RecordChangeFieldsFragment, unknown>;
export const DeletionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedRelationships"}}]}}]} as unknown as DocumentNode<DeletionFieldsFragment, unknown>;
export const ChangeEndFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}}]} as unknown as DocumentNode<ChangeEndFragment, unknown>;
export const ChangeTieFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ChangeTieFragment, unknown>;
export const GapNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]} as unknown as DocumentNode<GapNodeFragment, unknown>;
export const GapTieFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]} as unknown as DocumentNode<GapTieFragment, unknown>;
export const ProposalEndFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalEndFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ProposalEndFieldsFragment, unknown>;
export const TieProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TieProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TieProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalEndFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalEndFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"quoteStart"}},{"kind":"Field","name":{"kind":"Name","value":"quoteEnd"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"alsoIn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalEndFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<TieProposalFieldsFragment, unknown>;
export const SavedViewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SavedViewFieldsFragment, unknown>;
export const CoordinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coordination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeUndated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"around"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amongPartners"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeUndated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeUndated"}}},{"kind":"Argument","name":{"kind":"Name","value":"around"},"value":{"kind":"Variable","name":{"kind":"Name","value":"around"}}},{"kind":"Argument","name":{"kind":"Name","value":"amongPartners"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amongPartners"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"undatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"repatriatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CoordinationQuery, CoordinationQueryVariables>;
export const CountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountriesQuery, CountriesQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"repatriatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliestDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestDate"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const EditableNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationInputFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"repatriatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationInputFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EditableNodeQuery, EditableNodeQueryVariables>;
export const SourceDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SOURCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SourceDocumentsQuery, SourceDocumentsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const CreateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateAgreementMutation, CreateAgreementMutationVariables>;
export const CreateJointCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJointCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JointCaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateJointCaseMutation, CreateJointCaseMutationVariables>;
export const RecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const CreateRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateRelationshipMutation, CreateRelationshipMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const UpdateCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCountry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCountryMutation, UpdateCountryMutationVariables>;
export const UpdateAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateAgreementMutation, UpdateAgreementMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const UpdateJointCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJointCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JointCasePatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateJointCaseMutation, UpdateJointCaseMutationVariables>;
export const UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourcePatch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"patch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patch"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSourceMutation, UpdateSourceMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const NodeHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"about"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordChangeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const RecentChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordChangeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"changeCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"itemKind"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<RecentChangesQuery, RecentChangesQueryVariables>;
export const CreateCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCountry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateCountryMutation, CreateCountryMutationVariables>;
export const CreateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateSourceMutation, CreateSourceMutationVariables>;
export const DeleteOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedRelationships"}}]}}]} as unknown as DocumentNode<DeleteOrganizationMutation, DeleteOrganizationMutationVariables>;
export const DeleteCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCountry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedRelationships"}}]}}]} as unknown as DocumentNode<DeleteCountryMutation, DeleteCountryMutationVariables>;
export const DeleteAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedRelationships"}}]}}]} as unknown as DocumentNode<DeleteAgreementMutation, DeleteAgreementMutationVariables>;
export const DeleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedRelationships"}}]}}]} as unknown as DocumentNode<DeleteMeetingMutation, DeleteMeetingMutationVariables>;
export const DeleteJointCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteJointCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteJointCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedRelationships"}}]}}]} as unknown as DocumentNode<DeleteJointCaseMutation, DeleteJointCaseMutationVariables>;
export const DeleteSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeletionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeletionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deletion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"removedRelationships"}}]}}]} as unknown as DocumentNode<DeleteSourceMutation, DeleteSourceMutationVariables>;
export const MergeOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"survivor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"duplicate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"survivorVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"duplicateVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"survivor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"survivor"}}},{"kind":"Argument","name":{"kind":"Name","value":"duplicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"duplicate"}}},{"kind":"Argument","name":{"kind":"Name","value":"survivorVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"survivorVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"duplicateVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"duplicateVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MergeOrganizationsMutation, MergeOrganizationsMutationVariables>;
export const ImportGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"create"}},{"kind":"Field","name":{"kind":"Name","value":"update"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rejected"},"name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"outcomes"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REJECT"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"150"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"400"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportGraphMutation, ImportGraphMutationVariables>;
export const SetupFirstAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupFirstAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupFirstAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"displayName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"displayName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SetupFirstAdminMutation, SetupFirstAdminMutationVariables>;
export const PeriodChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Period"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"around"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amongPartners"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"around"},"value":{"kind":"Variable","name":{"kind":"Name","value":"around"}}},{"kind":"Argument","name":{"kind":"Name","value":"amongPartners"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amongPartners"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weightBefore"}},{"kind":"Field","name":{"kind":"Name","value":"weightAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeTie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeTie"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]}}]} as unknown as DocumentNode<PeriodChangesQuery, PeriodChangesQueryVariables>;
export const TieEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TieEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"repatriatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TieEvidenceQuery, TieEvidenceQueryVariables>;
export const BilateralMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BilateralMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countries"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bilateralMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countries"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bilateralAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"multilateralAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"dormant"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"recent"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bilateralActivityCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDate"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]} as unknown as DocumentNode<BilateralMatrixQuery, BilateralMatrixQueryVariables>;
export const CounterpartCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CounterpartCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counterpartCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agenciesA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenciesB"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapTie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"crossSectorTies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapTie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateAgreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"omittedSectors"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}}]}}]} as unknown as DocumentNode<CounterpartCoverageQuery, CounterpartCoverageQueryVariables>;
export const DormantAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DormantAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dormantAgreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityDate"}},{"kind":"Field","name":{"kind":"Name","value":"monthsSinceActivity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]} as unknown as DocumentNode<DormantAgreementsQuery, DormantAgreementsQueryVariables>;
export const MissingLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissingLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pairKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PairKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pairKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pairKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"sharedPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedTopics"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]} as unknown as DocumentNode<MissingLinksQuery, MissingLinksQueryVariables>;
export const FragilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fragility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fragility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"isArticulationPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"articulationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bridges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapTie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smallerSide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"isolated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peripheral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationTie"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapNode"}}]}}]}}]} as unknown as DocumentNode<FragilityQuery, FragilityQueryVariables>;
export const ShortestPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"repatriatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<ShortestPathsQuery, ShortestPathsQueryVariables>;
export const PathEndsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathEnds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}}]}}]}}]} as unknown as DocumentNode<PathEndsQuery, PathEndsQueryVariables>;
export const ReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"ingestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"ingestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}}]}}]}}]} as unknown as DocumentNode<ReadingsQuery, ReadingsQueryVariables>;
export const ReviewReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"dates"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}},{"kind":"Field","name":{"kind":"Name","value":"passage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"start"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TieProposalFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKind"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"resultId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalEndFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalEnd"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TieProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TieProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalEndFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalEndFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"quoteStart"}},{"kind":"Field","name":{"kind":"Name","value":"quoteEnd"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"alsoIn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ReviewReadingQuery, ReviewReadingQueryVariables>;
export const ReviewSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SOURCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewSourcesQuery, ReviewSourcesQueryVariables>;
export const IngestDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IngestDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IngestDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ingestDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCount"}}]}}]}}]} as unknown as DocumentNode<IngestDocumentMutation, IngestDocumentMutationVariables>;
export const AcceptTieProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTieProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reading"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edits"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TieProposalEdits"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTieProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reading"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reading"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}}},{"kind":"Argument","name":{"kind":"Name","value":"edits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edits"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptTieProposalMutation, AcceptTieProposalMutationVariables>;
export const RejectProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reading"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reading"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reading"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RejectProposalMutation, RejectProposalMutationVariables>;
export const AcceptNodeProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNodeProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reading"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edits"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeProposalEdits"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNodeProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reading"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reading"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}}},{"kind":"Argument","name":{"kind":"Name","value":"edits"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edits"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptNodeProposalMutation, AcceptNodeProposalMutationVariables>;
export const MergeNodeProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeNodeProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reading"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"into"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeNodeProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reading"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reading"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposal"}}},{"kind":"Argument","name":{"kind":"Name","value":"into"},"value":{"kind":"Variable","name":{"kind":"Name","value":"into"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MergeNodeProposalMutation, MergeNodeProposalMutationVariables>;
export const ReviewDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reading"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"resultId"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDecisionsQuery, ReviewDecisionsQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedViews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const SaveViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"positions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodePositionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"positions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"positions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SaveViewMutation, SaveViewMutationVariables>;
export const RenameViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RenameViewMutation, RenameViewMutationVariables>;
export const DeleteViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode<DeleteViewMutation, DeleteViewMutationVariables>;