/**
 * Missing links: organisations that do not coordinate directly but share partners, ranked by the
 * Adamic–Adar index — the sum, over their shared partners, of 1/ln(partner's number of ties) — so
 * a shared partner that coordinates with few others says more than a hub that coordinates with
 * everyone. Candidates are pairs two steps apart, walked with a bound per organisation
 * (compact/adamic-adar.ts); the pairs returned are scored exactly.
 */
import type { OrganizationRecord } from '../domain/records.js';
import type { CoordinationTie } from './coordination.js';
import { adamicAdar, type LinkSuggestion } from './compact/adamic-adar.js';
import type { CompactGraph } from './compact/compact-graph.js';
import { graphOfTies } from './compact/from-ties.js';

export type PairKind = 'ANY' | 'GOVERNMENT_NGO' | 'DOMESTIC_FOREIGN' | 'SAME_SECTOR';

export interface MissingLink {
  a: OrganizationRecord;
  b: OrganizationRecord;
  score: number;
  sharedPartners: OrganizationRecord[];
  sharedTopics: string[];
}

export interface MissingLinks {
  links: MissingLink[];
  /** Whether a bound on the candidates walked cut the search (the best pairs may be missing). */
  truncated: boolean;
}

const GOVERNMENT = ['GOVERNMENT_AGENCY', 'FOREIGN_GOVERNMENT_AGENCY'];

/** How far each organisation's candidate walk goes. */
export const LINK_BOUNDS = { stepsPerVertex: 1500, perVertex: 10 };

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
  return missingLinksReport(ties, kind, limit).links;
}

export function missingLinksReport(ties: CoordinationTie[], kind: PairKind, limit: number): MissingLinks {
  const { graph, orgs } = graphOfTies(ties);
  const found = suggestLinks(graph, (v) => orgs[v]!, kind, limit);
  const topics = new Map<string, Set<string>>();
  for (const t of ties) {
    for (const x of [t.a.id, t.b.id]) {
      const known = topics.get(x) ?? topics.set(x, new Set()).get(x)!;
      for (const topic of t.topics) known.add(topic);
    }
  }
  return {
    links: linkRecords(
      found.links,
      (v) => orgs[v]!,
      (id) => topics.get(id),
    ),
    truncated: found.truncated,
  };
}

export function suggestLinks(
  graph: CompactGraph,
  org: (v: number) => OrganizationRecord,
  kind: PairKind,
  limit: number,
): { links: LinkSuggestion[]; truncated: boolean } {
  return adamicAdar(graph, {
    limit,
    ...LINK_BOUNDS,
    allowed: kind === 'ANY' ? () => true : (a, b) => pairMatches(kind, org(a), org(b)),
  });
}

export function linkRecords(
  links: LinkSuggestion[],
  org: (v: number) => OrganizationRecord,
  topicsOf: (id: string) => ReadonlySet<string> | undefined,
): MissingLink[] {
  return links.map((l) => {
    const [a, b] = [org(l.a), org(l.b)];
    const other = topicsOf(b.id);
    return {
      a,
      b,
      score: Math.round(l.score * 1e6) / 1e6,
      sharedPartners: l.shared.map(org),
      sharedTopics: [...(topicsOf(a.id) ?? [])].filter((t) => other?.has(t)).sort(),
    };
  });
}
