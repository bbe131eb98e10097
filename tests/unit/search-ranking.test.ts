import { describe, expect, it } from 'vitest';
import { normalize, rankNodes } from '../../server/graph/search-ranking.js';
import { org } from '../fixtures/builders.js';

const nodes = [
  org('dsi', { name: 'Department of Special Investigation', acronym: 'DSI' }),
  org('dsdw', { name: 'Department of Social Development and Welfare', acronym: 'DSDW' }),
  org('dsis', { name: 'DSI Special Unit' }),
  org('oag', { name: 'Office of the Attorney General', acronym: 'OAG', nameLocal: 'สำนักงานอัยการสูงสุด' }),
];

describe('search ranking', () => {
  it('normalises case, accents and punctuation but keeps Thai marks', () => {
    expect(normalize('  Département — de la Police! ')).toBe('departement de la police');
    // ที่ = consonant + vowel mark U+0E35 + tone mark U+0E48: both must survive accent stripping.
    expect(normalize('ที่')).toBe('\u0E17\u0E35\u0E48');
  });

  it('puts the exact acronym first, then names starting with it', () => {
    expect(rankNodes('dsi', nodes, 10).map((h) => h.node.id)).toEqual(['dsi', 'dsis']);
  });

  it('matches words in any order and by prefix', () => {
    expect(rankNodes('special dep', nodes, 10)[0]!.node.id).toBe('dsi');
    expect(rankNodes('attorney', nodes, 10).map((h) => [h.node.id, h.matched])).toEqual([
      ['oag', 'Office of the Attorney General'],
    ]);
  });

  it('tolerates a typo in a long word but not in a short acronym', () => {
    expect(rankNodes('Atorney General', nodes, 10)[0]!.node.id).toBe('oag');
    expect(rankNodes('dsx', nodes, 10)).toEqual([]);
  });

  it('finds Thai names by a part', () => {
    expect(rankNodes('อัยการ', nodes, 10)[0]!.node.id).toBe('oag');
  });
});
