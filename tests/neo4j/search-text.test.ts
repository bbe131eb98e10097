/**
 * The Lucene query behind search candidates. Two things are checked here: that search text can
 * only ever become escaped word terms (no Lucene syntax from the user), and that the query's
 * design reaches what the shared ranker scores. The second is a check of the design against
 * Lucene's documented term semantics (exact, prefix, fuzzy, wildcard on whitespace tokens), not a
 * test of Lucene: the contract suite runs the real index when NEO4J_URI is set.
 */
import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { normalize, scoreNode } from '../../server/graph/search-ranking.js';
import type { NodeRecord } from '../../server/domain/records.js';
import { encodeNode } from '../../server/store/neo4j/mapping.js';
import { candidateCount, escapeLucene, luceneQuery } from '../../server/store/neo4j/search-text.js';
import { org, smallWorld } from '../fixtures/builders.js';

describe('Lucene query from search text', () => {
  it('asks for each normalised word and the whole text, exactly, by prefix, with typos and inside words', () => {
    expect(luceneQuery('Département  de POLICE!')).toBe(
      [
        'departement^4 departement*^3 departement~2^2 *departement*',
        'de^4 de*^3 *de*',
        'police^4 police*^3 police~1^2 *police*',
        'departementdepolice^4 departementdepolice*^3 departementdepolice~2^2 *departementdepolice*',
      ].join(' '),
    );
  });

  it('has nothing to ask for text without letters or digits', () => {
    expect(luceneQuery('  — !? ')).toBeUndefined();
  });

  it('lets no Lucene syntax through from the text', () => {
    const hostile = 'name:* OR id:x~ AND -"quoted" (group) [a TO z] {x} ^9 \\ / && || !';
    const query = luceneQuery(hostile)!;
    const terms = query.split(' ').map((t) => t.replace(/^\*|\*?(\^\d|~\d\^\d)?$|\*$/g, ''));
    for (const term of terms) expect(term).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
    expect(escapeLucene('a:b*c"d\\e/f')).toBe('a\\:b\\*c\\"d\\\\e\\/f');
  });

  it('draws enough candidates for the ranker, and not unboundedly many', () => {
    expect(candidateCount(5)).toBe(100);
    expect(candidateCount(50)).toBe(500);
    expect(candidateCount(500)).toBe(1000);
    expect(candidateCount(5000)).toBe(5000);
  });
});

/** Does one Lucene term of the query match one whitespace token, per Lucene's term semantics? */
function termMatches(term: string, token: string): boolean {
  const m = /^(\*?)(.+?)(\*?)(?:~(\d))?(?:\^\d)?$/u.exec(term)!;
  const [, lead, word, trail, typos] = m as unknown as [string, string, string, string, string | undefined];
  if (typos !== undefined) return distance(word, token) <= Number(typos);
  if (lead && trail) return token.includes(word);
  if (trail) return token.startsWith(word);
  return token === word;
}

function reachable(text: string, node: NodeRecord): boolean {
  const props = encodeNode(node).props as { searchWords: string[]; searchCompact: string[] };
  const tokens = [...props.searchWords.flatMap((w) => w.split(' ')), ...props.searchCompact];
  return luceneQuery(text)!
    .split(' ')
    .some((term) => tokens.some((token) => termMatches(term, token)));
}

describe('the query reaches what the ranker scores (design check)', () => {
  const nodes = [
    ...smallWorld().nodes,
    org('oag', { name: 'Office of the Attorney General', acronym: 'OAG', nameLocal: 'สำนักงานอัยการสูงสุด' }),
    org('tip', { name: 'Anti-Trafficking in Persons Division', aliases: ['Søren Ølgaard Centre'] }),
  ];
  const searches = [
    'dsi',
    'department of special',
    'MHDHS',
    'departement de POLICE',
    'กระทรวงการพัฒนาสังคม',
    'อัยการ',
    'lao',
    'i',
    'th',
    'kingdom',
    'royalthaipolice',
    'Royal Thai Polise',
    'special dep',
    'Atorney General',
    'Ministry Justice',
    'vestigat',
    'consultaton workshop',
    'anti trafficking',
    'antitrafficking',
    'søren',
    'olgaard',
    'bilateral meet',
    'thailand lao',
  ];

  it.each(searches)('every node the ranker scores for %j is reachable by a term', (text) => {
    const query = normalize(text);
    for (const node of nodes) {
      if (scoreNode(query, node)) expect(reachable(text, node), node.id).toBe(true);
    }
  });

  it('reaches a typo inside a word typed only in part, through the indexed starts of words', () => {
    const dsi = nodes.find((n) => n.id === 'dsi')!;
    expect(scoreNode(normalize('investagat'), dsi)).toBeDefined();
    expect(reachable('investagat', dsi)).toBe(true);
  });
});
