import { describe, expect, it } from 'vitest';
import type { EditableNodeQuery } from '../__generated__/graphql.js';
import { mergePreview } from './manage.js';

type Node = NonNullable<EditableNodeQuery['node']>;
const org = (over: Partial<Extract<Node, { __typename: 'Organization' }>>): Node => ({
  __typename: 'Organization',
  id: 'a',
  nodeKind: 'ORGANIZATION',
  version: 1,
  name: 'A',
  aliases: [],
  description: null,
  sources: [],
  orgKind: 'NGO',
  acronym: null,
  nameLocal: null,
  countryCode: null,
  sector: null,
  ...over,
});

describe('merging organisations', () => {
  it('shows what moves to the survivor: new names, new citations, missing fields and ties', () => {
    const cite = (source: string, locator: string) => ({ source: { id: source }, locator, quote: null });
    const keep = org({ name: 'Mekong Foundation', aliases: ['MF'], sources: [cite('r', 'p. 1')] });
    const dup = org({
      id: 'b',
      name: 'Mekong Fdn',
      acronym: 'MF',
      aliases: ['Mekong Foundation'],
      countryCode: 'TH',
      sources: [cite('r', 'p. 1'), cite('r', 'p. 2')],
    });
    const ties = [{ id: 'MEMBER_OF:b:x', type: 'MEMBER_OF', other: 'X' }];
    expect(mergePreview(keep, dup, ties)).toEqual({
      aliases: ['Mekong Fdn'],
      sources: 1,
      fields: ['acronym', 'countryCode'],
      ties,
    });
  });
});
