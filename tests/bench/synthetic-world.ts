/**
 * A synthetic coordination graph of a chosen size, shaped like the real one: a few hub agencies
 * in most meetings, many small bilateral meetings, some large conferences.
 */
import type { OrganizationRecord } from '../../server/domain/records.js';
import type { Dataset } from '../../server/store/port.js';
import { agreement, country, jointCase, meeting, org, source, tie } from '../fixtures/builders.js';

/**
 * The benchmark's sizes: organisations and meetings. M and L give the graphs issue 13 measured
 * (about 14,000 nodes and 49,000 ties; 147,000 nodes and 500,000 ties).
 */
export const SIZES = {
  S: { organizations: 460, meetings: 820 },
  M: { organizations: 4600, meetings: 8200 },
  L: { organizations: 50_000, meetings: 84_300 },
} as const;

export type SizeName = keyof typeof SIZES;

const DOMAINS = ['Labour', 'Justice', 'Welfare', 'Police', 'Migration'];
const SECTOR_OF: Record<string, OrganizationRecord['sector']> = {
  Labour: 'LABOUR',
  Justice: 'PROSECUTION',
  Welfare: 'SOCIAL_WELFARE',
  Police: 'LAW_ENFORCEMENT',
  Migration: 'IMMIGRATION',
};

/** A small deterministic generator, so every run builds the same graph. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

export function syntheticWorld(organizations: number, meetings: number, seed = 7): Dataset {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const nodes: Dataset['nodes'] = [
    source(),
    country('thailand', 'TH'),
    country('lao-pdr', 'LA'),
    country('myanmar', 'MM'),
  ];
  const relationships: Dataset['relationships'] = [];
  const orgIds: string[] = [];
  for (let i = 0; i < organizations; i++) {
    const id = `org-${i}`;
    orgIds.push(id);
    const domain = pick(DOMAINS);
    nodes.push(
      org(id, {
        name: `Agency ${i} for ${domain}`,
        acronym: `AG${i}`,
        countryCode: pick(['TH', 'LA', 'MM']),
        sector: SECTOR_OF[domain],
      }),
    );
  }
  const hubs = orgIds.slice(0, Math.max(3, Math.floor(organizations / 100)));
  const agreements = Math.max(1, Math.floor(meetings / 10));
  for (let a = 0; a < agreements; a++) {
    nodes.push(agreement(`agr-${a}`, { signedOn: `${2005 + (a % 19)}` }));
    for (const party of new Set([pick(hubs), pick(orgIds), pick(orgIds)])) {
      relationships.push(tie('PARTY_TO', party, `agr-${a}`, { role: 'SIGNATORY' }));
    }
  }
  for (let m = 0; m < meetings; m++) {
    const year = 2013 + (m % 12);
    nodes.push(
      meeting(`meet-${m}`, {
        startDate: `${year}-0${1 + (m % 9)}`,
        topics: [pick(['PROSECUTION', 'PROTECTION', 'PREVENTION', 'PARTNERSHIP'])],
      }),
    );
    const size = rnd() < 0.05 ? 20 + Math.floor(rnd() * 40) : 2 + Math.floor(rnd() * 4);
    const members = new Set([pick(hubs)]);
    while (members.size < size) members.add(pick(orgIds));
    for (const o of members) relationships.push(tie('PARTICIPATED_IN', o, `meet-${m}`, { role: 'PARTICIPANT' }));
    if (rnd() < 0.3) relationships.push(tie('UNDER', `meet-${m}`, `agr-${Math.floor(rnd() * agreements)}`));
  }
  for (let c = 0; c < Math.floor(meetings / 20); c++) {
    nodes.push(jointCase(`case-${c}`, { openedOn: `${2015 + (c % 10)}` }));
    for (const o of new Set([pick(orgIds), pick(orgIds)]))
      relationships.push(tie('WORKS_ON', o, `case-${c}`, { role: 'INVESTIGATOR' }));
  }
  return { nodes, relationships };
}
