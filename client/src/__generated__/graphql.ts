/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  /** Only organisations based in, meetings held in and cases with jurisdiction in these states (ISO codes); international bodies are kept. */
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
export type CoordinationQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type CoordinationQuery = { coordination: { truncated: boolean, organizations: Array<{ __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }>, ties: Array<{ id: string, weight: number, sharedCount: number, instrumentKinds: Array<InstrumentKind>, topics: Array<Topic>, firstDate: string | null, lastDate: string | null, a: { id: string }, b: { id: string }, evidence: Array<
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

export type NeighbourhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, outcomes: Array<string>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
      | { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
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

export type TieEvidenceQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TieEvidenceQuery = { nodes: Array<
    | { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, outcomes: Array<string>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
    | { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
   | null> };

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
      | { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> }
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

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { earliestDate: string | null, latestDate: string | null, nodes: Array<{ kind: NodeKind, count: number }>, relationships: Array<{ type: RelationshipType, count: number }>, sources: Array<{ id: string, name: string, publisher: string }> } };

export type CitationFieldsFragment = { locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } };

type NodeFields_Source_Fragment = { __typename: 'Source', publisher: string, publishedOn: string | null, url: string | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Organization_Fragment = { __typename: 'Organization', acronym: string | null, nameLocal: string | null, countryCode: string | null, sector: Sector | null, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, orgKind: OrganizationKind, parent: { id: string } | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Country_Fragment = { __typename: 'Country', code: string, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Agreement_Fragment = { __typename: 'Agreement', scope: AgreementScope, signedOn: string | null, validFrom: string | null, validUntil: string | null, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, agreementKind: AgreementKind, agreementStatus: AgreementStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_Meeting_Fragment = { __typename: 'Meeting', startDate: string | null, endDate: string | null, city: string | null, countryCode: string | null, series: string | null, sequence: number | null, participantCount: number | null, topics: Array<Topic>, outcomes: Array<string>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, meetingKind: MeetingKind, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

type NodeFields_JointCase_Fragment = { __typename: 'JointCase', caseType: CaseType, openedOn: string | null, closedOn: string | null, jurisdictions: Array<string>, victimCount: number | null, offenderCount: number | null, sensitivity: Sensitivity, topics: Array<Topic>, id: string, nodeKind: NodeKind, name: string, aliases: Array<string>, description: string | null, caseStatus: CaseStatus, sources: Array<{ locator: string, quote: string | null, source: { id: string, name: string, publisher: string, publishedOn: string | null, url: string | null } }> };

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

export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const NodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<NodeFieldsFragment, unknown>;
export const RelationshipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RelationshipFieldsFragment, unknown>;
export const CoordinationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coordination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCount"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentKinds"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<CoordinationQuery, CoordinationQueryVariables>;
export const CountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"COUNTRY"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountriesQuery, CountriesQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const TieEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TieEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<TieEvidenceQuery, TieEvidenceQueryVariables>;
export const ShortestPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxLength"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxLength"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationshipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"agreementKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","alias":{"kind":"Name","value":"agreementStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"meetingKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","alias":{"kind":"Name","value":"caseStatus"},"name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"victimCount"}},{"kind":"Field","name":{"kind":"Name","value":"offenderCount"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationshipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relationship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}}]}}]}}]} as unknown as DocumentNode<ShortestPathsQuery, ShortestPathsQueryVariables>;
export const PathEndsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathEnds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}}]}}]}}]} as unknown as DocumentNode<PathEndsQuery, PathEndsQueryVariables>;
export const StatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliestDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestDate"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}}]}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeKind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","alias":{"kind":"Name","value":"orgKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"nameLocal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;