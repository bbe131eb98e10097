/**
 * The domain's enums as runtime lists (in the SDL's order, which is the order the explorer lists
 * them in) and the words the explorer shows for each value.
 */
import {
  InstrumentKind,
  NodeKind,
  OrganizationKind,
  RelationshipType,
  Sector,
  Topic,
} from '../__generated__/graphql.js';
import { KIND_WORDS } from '../../../server/look/look.js';

export type {
  InstrumentKind,
  NodeKind,
  OrganizationKind,
  RelationshipType,
  Role,
  Sector,
  Topic,
} from '../__generated__/graphql.js';

export const NODE_KINDS: readonly NodeKind[] = Object.values(NodeKind);
/** The node kinds the graph views draw: sources are cited, not drawn. */
export const GRAPH_NODE_KINDS: readonly NodeKind[] = NODE_KINDS.filter((k) => k !== NodeKind.Source);
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = Object.values(OrganizationKind);
export const SECTORS: readonly Sector[] = Object.values(Sector);
export const TOPICS: readonly Topic[] = Object.values(Topic);
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = Object.values(RelationshipType);
export const INSTRUMENT_KINDS: readonly InstrumentKind[] = Object.values(InstrumentKind);

/** Agreements, meetings and joint cases: the instruments that tie organisations together. */
export const INSTRUMENT_NODE_KINDS: readonly NodeKind[] = [NodeKind.Agreement, NodeKind.Meeting, NodeKind.JointCase];

const WORDS: Record<string, string> = {
  // Node and organisation kinds: the words every picture, legend and brief uses (one source).
  ...KIND_WORDS,
  // Sectors
  FINANCE_AML: 'Finance / AML',
  // Topics
  NRM: 'NRM (national referral)',
  TRM: 'TRM (transnational referral)',
  SCAM_CENTRES: 'Scam centres',
  ONLINE_CHILD_EXPLOITATION: 'Online child exploitation',
  ONLINE_CHILD_SEXUAL_EXPLOITATION: 'Online child sexual exploitation',
  // Relationship types
  PART_OF: 'Part of',
  BASED_IN: 'Based in',
  MEMBER_OF: 'Member of',
  PARTY_TO: 'Party to',
  PARTICIPATED_IN: 'Took part in',
  WORKS_ON: 'Works on',
  UNDER: 'Under',
  // Kinds of agreement and meeting
  MOU: 'MOU',
  SOP: 'SOP',
  CO_ORGANIZER: 'Co-organiser',
  ORGANIZER: 'Organiser',
};

/** The words for an enum value: SOCIAL_WELFARE → "Social welfare". */
export function label(value: string | null | undefined): string {
  if (!value) return '';
  const known = WORDS[value];
  if (known) return known;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const PLURALS: Partial<Record<NodeKind, string>> = {
  ORGANIZATION: 'organisations',
  COUNTRY: 'countries',
  AGREEMENT: 'agreements',
  MEETING: 'meetings',
  JOINT_CASE: 'joint cases',
  SOURCE: 'sources',
};

/** "1 meeting", "3 meetings". */
export function countOf(kind: NodeKind, n: number): string {
  return n === 1 ? `1 ${label(kind).toLowerCase()}` : `${n} ${PLURALS[kind] ?? label(kind).toLowerCase()}`;
}
