/**
 * The domain vocabulary as runtime values. The values themselves are declared once, in
 * schema/vocabulary.graphql; this module only lists them (generated) and adds the rules the SDL
 * cannot express: which roles a relationship type accepts and which node kinds it joins.
 */
import {
  AgreementKind,
  AgreementScope,
  AgreementStatus,
  CaseStatus,
  CaseType,
  MeetingKind,
  NodeKind,
  OrganizationKind,
  RelationshipType,
  Role,
  Sector,
  Sensitivity,
  Topic,
} from '../__generated__/enums.js';

export {
  AgreementKind,
  AgreementScope,
  AgreementStatus,
  CaseStatus,
  CaseType,
  MeetingKind,
  NodeKind,
  OrganizationKind,
  RelationshipType,
  Role,
  Sector,
  Sensitivity,
  Topic,
};

function valuesOf<T extends Record<string, string>>(e: T): [T[keyof T], ...T[keyof T][]] {
  return Object.values(e) as [T[keyof T], ...T[keyof T][]];
}

export const NODE_KINDS = valuesOf(NodeKind);
export const ORGANIZATION_KINDS = valuesOf(OrganizationKind);
export const SECTORS = valuesOf(Sector);
export const AGREEMENT_KINDS = valuesOf(AgreementKind);
export const AGREEMENT_SCOPES = valuesOf(AgreementScope);
export const AGREEMENT_STATUSES = valuesOf(AgreementStatus);
export const MEETING_KINDS = valuesOf(MeetingKind);
export const CASE_TYPES = valuesOf(CaseType);
export const CASE_STATUSES = valuesOf(CaseStatus);
export const SENSITIVITIES = valuesOf(Sensitivity);
export const TOPICS = valuesOf(Topic);
export const RELATIONSHIP_TYPES = valuesOf(RelationshipType);
export const ROLES = valuesOf(Role);

type NodeKindValue = (typeof NODE_KINDS)[number];
type RelationshipTypeValue = (typeof RELATIONSHIP_TYPES)[number];
type RoleValue = (typeof ROLES)[number];

/** Which node kinds each relationship type may join, and which roles it accepts. */
export const RELATIONSHIP_RULES: Record<
  RelationshipTypeValue,
  { start: readonly NodeKindValue[]; end: readonly NodeKindValue[]; roles: readonly RoleValue[] }
> = {
  PART_OF: { start: ['ORGANIZATION'], end: ['ORGANIZATION'], roles: [] },
  BASED_IN: { start: ['ORGANIZATION'], end: ['COUNTRY'], roles: [] },
  MEMBER_OF: {
    start: ['COUNTRY', 'ORGANIZATION'],
    end: ['ORGANIZATION'],
    roles: ['MEMBER', 'CHAIR', 'SECRETARIAT', 'OBSERVER', 'LEAD'],
  },
  PARTY_TO: {
    start: ['ORGANIZATION', 'COUNTRY'],
    end: ['AGREEMENT'],
    roles: ['SIGNATORY', 'IMPLEMENTER', 'LEAD', 'SUPPORTER', 'WITNESS'],
  },
  PARTICIPATED_IN: {
    start: ['ORGANIZATION'],
    end: ['MEETING'],
    roles: ['HOST', 'ORGANIZER', 'CO_ORGANIZER', 'PARTICIPANT', 'FUNDER', 'FACILITATOR', 'SUPPORTER'],
  },
  WORKS_ON: {
    start: ['ORGANIZATION'],
    end: ['JOINT_CASE'],
    roles: ['LEAD', 'INVESTIGATOR', 'PROSECUTOR', 'VICTIM_SUPPORT', 'FOREIGN_COUNTERPART', 'OVERSIGHT', 'SUPPORT'],
  },
  UNDER: { start: ['MEETING', 'JOINT_CASE'], end: ['AGREEMENT'], roles: [] },
};

/** Node kinds that are instruments of coordination: organisations sharing one coordinate. */
export const INSTRUMENT_KINDS = ['AGREEMENT', 'MEETING', 'JOINT_CASE'] as const satisfies readonly NodeKindValue[];

/** The relationship type that ties an organisation to each kind of instrument. */
export const INSTRUMENT_TIE: Record<(typeof INSTRUMENT_KINDS)[number], RelationshipTypeValue> = {
  AGREEMENT: 'PARTY_TO',
  MEETING: 'PARTICIPATED_IN',
  JOINT_CASE: 'WORKS_ON',
};

type SectorValue = (typeof SECTORS)[number];
type TopicValue = (typeof TOPICS)[number];

/** The words for each sector, wherever one is printed (the API's explanations, briefs, the explorer). */
export const SECTOR_LABELS: Record<SectorValue, string> = {
  LAW_ENFORCEMENT: 'Law enforcement',
  PROSECUTION: 'Prosecution',
  JUDICIARY: 'Judiciary',
  SOCIAL_WELFARE: 'Social welfare',
  LABOUR: 'Labour',
  IMMIGRATION: 'Immigration',
  FOREIGN_AFFAIRS: 'Foreign affairs',
  HEALTH: 'Health',
  EDUCATION: 'Education',
  FINANCE_AML: 'Finance / AML',
  LOCAL_ADMINISTRATION: 'Local administration',
  OVERSIGHT: 'Oversight',
  COORDINATION: 'Coordination',
  OTHER: 'Other',
};

/**
 * The counter-trafficking chain's core sectors: where a missing counterpart across a border is
 * worth raising (the bilateral diagram's gap lanes, counterpart coverage's always-listed rows).
 */
export const CORE_SECTORS: readonly SectorValue[] = [
  'LAW_ENFORCEMENT',
  'PROSECUTION',
  'SOCIAL_WELFARE',
  'LABOUR',
  'IMMIGRATION',
  'COORDINATION',
];

/**
 * The sector a topic names, for the topics that name one unmistakably: an agreement between two
 * governments on labour trafficking is labour's business. Broad topics (prevention, partnership,
 * migration…) name none.
 */
export const TOPIC_SECTOR: Partial<Record<TopicValue, SectorValue>> = {
  PROSECUTION: 'PROSECUTION',
  LABOUR_TRAFFICKING: 'LABOUR',
  VICTIM_ASSISTANCE: 'SOCIAL_WELFARE',
  REPATRIATION: 'SOCIAL_WELFARE',
  CHILD_PROTECTION: 'SOCIAL_WELFARE',
  FINANCIAL_INVESTIGATION: 'FINANCE_AML',
};
