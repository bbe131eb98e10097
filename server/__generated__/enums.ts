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
/** What import does, or would do, with a row. */
export const ImportOutcome = {
  Create: 'CREATE',
  Update: 'UPDATE',
  Unchanged: 'UNCHANGED',
  Reject: 'REJECT'
} as const;

export type ImportOutcome = typeof ImportOutcome[keyof typeof ImportOutcome];
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