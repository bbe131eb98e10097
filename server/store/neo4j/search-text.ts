/**
 * The Lucene query that draws search candidates from the full-text index. The index holds every
 * searchable name already normalised by the shared ranker (see mapping.ts), split on spaces, and
 * each name again with its spaces removed; the query asks for each normalised word, and the
 * whole text without spaces, in every form the ranker accepts:
 *
 *   exact word ^4 · word prefix ^3 · fuzzy word within the ranker's typo allowance ^2 · infix
 *
 * so a name the ranker would score has at least one matching term (a typo inside a word typed
 * only in part matches the start of the word, which mapping.ts indexes as a term of its own).
 * Lucene scores by how many terms match; the ranker decides.
 *
 * The text reaches Lucene as a parameter value, never as Cypher; inside Lucene, normalised words
 * hold only letters, marks and digits, and are escaped all the same.
 */
import { normalize } from '../../graph/search-ranking.js';

/** More words than this add nothing but cost: the rest still count through the whole-text term. */
const MAX_WORDS = 8;
/** No name is this long; longer text only makes Lucene build bigger automata for nothing. */
const MAX_CHARS = 200;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, '\\$&');
}

/** The shared ranker's typo allowance for a word of this length (search-ranking.ts). */
function typoAllowance(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** The Lucene query for a search text; undefined when the text has nothing to search for. */
export function luceneQuery(text: string): string | undefined {
  const normalised = normalize(text).slice(0, MAX_CHARS).trim();
  if (!normalised) return undefined;
  const words = [...new Set(normalised.split(' '))].slice(0, MAX_WORDS);
  const compact = normalised.replace(/ /g, '');
  const terms = new Set<string>();
  for (const word of new Set([...words, compact])) {
    const term = escapeLucene(word);
    terms.add(`${term}^4`);
    terms.add(`${term}*^3`);
    const typos = typoAllowance(word.length);
    if (typos > 0) terms.add(`${term}~${typos}^2`);
    terms.add(`*${term}*`);
  }
  return [...terms].join(' ');
}

/**
 * How many candidates to draw for a result of `limit`: enough that the ranker's best are among
 * them whenever Lucene's order roughly agrees with the ranker's, bounded so a one-letter search
 * on a large graph stays cheap.
 */
export function candidateCount(limit: number): number {
  return Math.max(limit, Math.min(Math.max(limit * 10, 100), 1000));
}
