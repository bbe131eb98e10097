/**
 * How search ranks nodes, the same for every store: exact acronym or name first, then prefixes,
 * then words in any order, then substrings, then near-misses (one or two typos). Matching ignores
 * case, accents and punctuation, and keeps Thai script intact.
 */
import { distance } from 'fastest-levenshtein';
import type { NodeRecord } from '../domain/records.js';

export interface Ranked {
  node: NodeRecord;
  score: number;
  /** The name, acronym or alias that matched. */
  matched: string;
}

/** Lower-case, strip Latin accents, turn punctuation into spaces. Thai vowel and tone marks stay. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name a node answers to, with how strongly an exact match on it counts. */
export function searchableNames(node: NodeRecord): { value: string; weight: number }[] {
  const names: { value: string; weight: number }[] = [{ value: node.name, weight: 1 }];
  if (node.nodeKind === 'ORGANIZATION') {
    if (node.acronym) names.push({ value: node.acronym, weight: 1 });
    if (node.nameLocal) names.push({ value: node.nameLocal, weight: 0.95 });
  }
  if (node.nodeKind === 'COUNTRY') names.push({ value: node.code, weight: 0.9 });
  for (const alias of node.aliases) names.push({ value: alias, weight: 0.95 });
  return names;
}

/** The score of one node for a normalised query, or undefined when it does not match. */
export function scoreNode(query: string, node: NodeRecord): Ranked | undefined {
  if (!query) return undefined;
  let best: Ranked | undefined;
  for (const { value, weight } of searchableNames(node)) {
    const score = scoreName(query, normalize(value)) * weight;
    if (score > 0 && (!best || score > best.score)) best = { node, score, matched: value };
  }
  return best;
}

function scoreName(query: string, name: string): number {
  if (!name) return 0;
  if (name === query) return 100;
  if (name.replace(/ /g, '') === query.replace(/ /g, '')) return 95;
  // Shorter names rank above longer ones with the same kind of match.
  const closeness = Math.min(query.length / name.length, 1) * 10;
  if (name.startsWith(query)) return 70 + closeness;
  const nameWords = name.split(' ');
  const queryWords = query.split(' ');
  if (queryWords.every((q) => nameWords.some((w) => w.startsWith(q)))) return 60 + closeness;
  if (name.includes(query)) return 45 + closeness;
  return fuzzyScore(queryWords, nameWords, query, name);
}

/** Near-misses: the whole text or every word within a typo or two of a name or its words. */
function fuzzyScore(queryWords: string[], nameWords: string[], query: string, name: string): number {
  const allowed = (len: number) => (len < 4 ? 0 : len < 8 ? 1 : 2);
  const whole = distance(query, name);
  if (whole <= allowed(query.length)) return 40 - 5 * whole;
  const wordsMatch = queryWords.every((q) =>
    nameWords.some((w) =>
      w.startsWith(q)
        ? true
        : distance(q, w.slice(0, q.length + 1)) <= allowed(q.length) || distance(q, w) <= allowed(q.length),
    ),
  );
  return wordsMatch ? 25 : 0;
}

/** Ranks candidate nodes for a search text, best first. */
export function rankNodes(text: string, candidates: Iterable<NodeRecord>, limit: number): Ranked[] {
  const query = normalize(text);
  const hits: Ranked[] = [];
  for (const node of candidates) {
    const hit = scoreNode(query, node);
    if (hit) hits.push(hit);
  }
  hits.sort(
    (a, b) => b.score - a.score || a.node.name.length - b.node.name.length || a.node.id.localeCompare(b.node.id),
  );
  return hits.slice(0, limit);
}
