/**
 * Missing links: organisations that do not coordinate directly but share partners, ranked by the
 * Adamic–Adar index — the sum, over their shared partners, of 1/ln(partner's number of ties) — so
 * a shared partner that coordinates with few others says more than a hub that coordinates with
 * everyone. (No maintained JS library offers link prediction; the formula is one line.)
 */
import type { OrganizationRecord } from '../domain/records.js';
import type { CoordinationTie } from './coordination.js';

export type PairKind = 'ANY' | 'GOVERNMENT_NGO' | 'DOMESTIC_FOREIGN' | 'SAME_SECTOR';

export interface MissingLink {
  a: OrganizationRecord;
  b: OrganizationRecord;
  score: number;
  sharedPartners: OrganizationRecord[];
  sharedTopics: string[];
}

const GOVERNMENT = ['GOVERNMENT_AGENCY', 'FOREIGN_GOVERNMENT_AGENCY'];

export function pairMatches(kind: PairKind, a: OrganizationRecord, b: OrganizationRecord): boolean {
  switch (kind) {
    case 'ANY':
      return true;
    case 'GOVERNMENT_NGO':
      return (GOVERNMENT.includes(a.kind) && b.kind === 'NGO') || (GOVERNMENT.includes(b.kind) && a.kind === 'NGO');
    case 'DOMESTIC_FOREIGN':
      return !!a.countryCode && !!b.countryCode && a.countryCode !== b.countryCode;
    case 'SAME_SECTOR':
      return !!a.sector && a.sector === b.sector;
  }
}

export function missingLinks(ties: CoordinationTie[], kind: PairKind, limit: number): MissingLink[] {
  const partners = new Map<string, Set<string>>();
  const topics = new Map<string, Set<string>>();
  const orgs = new Map<string, OrganizationRecord>();
  for (const t of ties) {
    for (const [x, y] of [
      [t.a, t.b],
      [t.b, t.a],
    ] as const) {
      orgs.set(x.id, x);
      (partners.get(x.id) ?? partners.set(x.id, new Set()).get(x.id)!).add(y.id);
      const known = topics.get(x.id) ?? topics.set(x.id, new Set()).get(x.id)!;
      for (const topic of t.topics) known.add(topic);
    }
  }
  const scores = new Map<string, { a: string; b: string; score: number; shared: string[] }>();
  for (const [z, around] of partners) {
    const weight = 1 / Math.log(around.size);
    const list = [...around].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (partners.get(x)!.has(y) || !pairMatches(kind, orgs.get(x)!, orgs.get(y)!)) continue;
        const key = `${x}~${y}`;
        const entry = scores.get(key) ?? { a: x, b: y, score: 0, shared: [] };
        entry.score += weight;
        entry.shared.push(z);
        scores.set(key, entry);
      }
    }
  }
  return [...scores.values()]
    .sort((p, q) => q.score - p.score || `${p.a}~${p.b}`.localeCompare(`${q.a}~${q.b}`))
    .slice(0, limit)
    .map((p) => ({
      a: orgs.get(p.a)!,
      b: orgs.get(p.b)!,
      score: Math.round(p.score * 1e6) / 1e6,
      // The partners that say most (fewest other ties) first.
      sharedPartners: p.shared
        .sort((x, y) => partners.get(x)!.size - partners.get(y)!.size || x.localeCompare(y))
        .map((id) => orgs.get(id)!),
      sharedTopics: [...topics.get(p.a)!].filter((t) => topics.get(p.b)!.has(t)).sort(),
    }));
}
