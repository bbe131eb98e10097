/**
 * Small hand-made graphs for the unit tests of the pure graph code: every field a test does not
 * care about gets a plain default.
 */
import { emptyModel, type AtlasNode, type AtlasRelationship, type Citation, type GraphModel } from './model.js';

export const CITE: Citation = {
  locator: 'Protection §7.2',
  quote: null,
  source: { id: 'rtg-q1', name: "Royal Thai Government's Progress Report", publisher: 'Royal Thai Government' },
};

export function org(id: string, over: Partial<AtlasNode> = {}): AtlasNode {
  return {
    id,
    nodeKind: 'ORGANIZATION',
    name: id.toUpperCase(),
    aliases: [],
    description: null,
    sources: [CITE],
    topics: [],
    orgKind: 'GOVERNMENT_AGENCY',
    countryCode: 'TH',
    sector: 'SOCIAL_WELFARE',
    ...over,
  };
}

export function meeting(
  id: string,
  startDate: string | null,
  endDate: string | null = startDate,
  over: Partial<AtlasNode> = {},
): AtlasNode {
  return {
    id,
    nodeKind: 'MEETING',
    name: id,
    aliases: [],
    description: null,
    sources: [CITE],
    topics: ['REPATRIATION'],
    meetingKind: 'CASE_MANAGEMENT_MEETING',
    startDate,
    endDate,
    ...over,
  };
}

export function agreement(id: string, over: Partial<AtlasNode> = {}): AtlasNode {
  return {
    id,
    nodeKind: 'AGREEMENT',
    name: id,
    aliases: [],
    description: null,
    sources: [CITE],
    topics: ['PARTNERSHIP'],
    agreementKind: 'MOU',
    scope: 'BILATERAL',
    agreementStatus: 'ACTIVE',
    ...over,
  };
}

export function country(id: string, code: string): AtlasNode {
  return {
    id,
    nodeKind: 'COUNTRY',
    name: id,
    aliases: [],
    description: null,
    sources: [CITE],
    topics: [],
    code,
    countryCode: code,
  };
}

export function rel(
  type: AtlasRelationship['type'],
  start: string,
  end: string,
  over: Partial<AtlasRelationship> = {},
): AtlasRelationship {
  return {
    id: `${type}:${start}:${end}`,
    type,
    start,
    end,
    role: null,
    from: null,
    until: null,
    sources: [CITE],
    ...over,
  };
}

export function model(nodes: AtlasNode[], relationships: AtlasRelationship[]): GraphModel {
  const m = emptyModel();
  for (const n of nodes) m.nodes.set(n.id, n);
  for (const r of relationships) m.relationships.set(r.id, r);
  return m;
}

/**
 * MSDHS and its Myanmar counterpart at the 29th case management meeting (2024), MSDHS and RTP at
 * the Ayutthaya workshop (April 2013), an undated MOU, and the countries.
 */
export function thaiNetwork(): GraphModel {
  return model(
    [
      org('msdhs', { acronym: 'MSDHS', name: 'Ministry of Social Development and Human Security' }),
      org('rtp', { acronym: 'RTP', name: 'Royal Thai Police', sector: 'LAW_ENFORCEMENT' }),
      org('mm-mswrr', { acronym: 'MSWRR', orgKind: 'FOREIGN_GOVERNMENT_AGENCY', countryCode: 'MM' }),
      org('iom', { acronym: 'IOM', orgKind: 'INTERNATIONAL_ORGANIZATION', countryCode: null, sector: null }),
      meeting('cmm-29', '2024-02-27', '2024-02-29', { countryCode: 'MM', city: 'Yangon' }),
      meeting('ayutthaya-2013', '2013-04-18', '2013-04-19', { topics: ['CAPACITY_BUILDING'], countryCode: 'TH' }),
      agreement('mou-th-mm'),
      country('thailand', 'TH'),
      country('myanmar', 'MM'),
    ],
    [
      rel('PARTICIPATED_IN', 'msdhs', 'cmm-29', { role: 'PARTICIPANT' }),
      rel('PARTICIPATED_IN', 'mm-mswrr', 'cmm-29', { role: 'HOST' }),
      rel('PARTICIPATED_IN', 'iom', 'cmm-29', { role: 'SUPPORTER' }),
      rel('PARTICIPATED_IN', 'msdhs', 'ayutthaya-2013', { role: 'ORGANIZER' }),
      rel('PARTICIPATED_IN', 'rtp', 'ayutthaya-2013'),
      rel('PARTY_TO', 'msdhs', 'mou-th-mm', { role: 'SIGNATORY' }),
      rel('PARTY_TO', 'mm-mswrr', 'mou-th-mm', { role: 'SIGNATORY' }),
      rel('UNDER', 'cmm-29', 'mou-th-mm'),
      rel('BASED_IN', 'msdhs', 'thailand'),
      rel('BASED_IN', 'rtp', 'thailand'),
      rel('BASED_IN', 'mm-mswrr', 'myanmar'),
    ],
  );
}
