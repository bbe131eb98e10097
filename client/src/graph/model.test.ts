import { describe, expect, it } from 'vitest';
import type { NodeFieldsFragment, RelationshipFieldsFragment } from '../__generated__/graphql.js';
import { activeInterval, mergeModels, shortLabel, toAtlasNode, toModel } from './model.js';
import { meeting, org } from './test-fixtures.js';

const source = { id: 'rtg-q1', name: 'RTG report', publisher: 'RTG', publishedOn: '2024', url: null };

const cmm: NodeFieldsFragment = {
  __typename: 'Meeting',
  id: 'cmm-29',
  nodeKind: 'MEETING',
  name: '29th Myanmar–Thailand Case Management Meeting',
  aliases: ['29th CMM'],
  description: null,
  sources: [{ locator: 'Protection §7.2', quote: 'held in Yangon', source }],
  meetingKind: 'CASE_MANAGEMENT_MEETING',
  startDate: '2024-02-27',
  endDate: '2024-02-29',
  city: 'Yangon',
  countryCode: 'MM',
  series: 'Myanmar–Thailand Case Management Meeting',
  sequence: 29,
  participantCount: null,
  topics: ['REPATRIATION'],
  outcomes: [],
};

const msdhs: NodeFieldsFragment = {
  __typename: 'Organization',
  id: 'msdhs',
  nodeKind: 'ORGANIZATION',
  name: 'Ministry of Social Development and Human Security',
  aliases: ['MHDHS'],
  description: null,
  sources: [{ locator: 'Protection §7.1', quote: null, source }],
  orgKind: 'GOVERNMENT_AGENCY',
  acronym: 'MSDHS',
  nameLocal: 'กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์',
  countryCode: 'TH',
  sector: 'SOCIAL_WELFARE',
  parent: null,
};

const participated: RelationshipFieldsFragment = {
  id: 'PARTICIPATED_IN:msdhs:cmm-29',
  type: 'PARTICIPATED_IN',
  role: 'PARTICIPANT',
  from: null,
  until: null,
  start: { id: 'msdhs' },
  end: { id: 'cmm-29' },
  sources: [{ locator: 'Protection §7.2', quote: null, source }],
};

describe('the graph model', () => {
  it('flattens each kind of node, keeping its sources and kind-specific fields', () => {
    const m = toAtlasNode(cmm);
    expect(m).toMatchObject({
      nodeKind: 'MEETING',
      meetingKind: 'CASE_MANAGEMENT_MEETING',
      city: 'Yangon',
      sequence: 29,
    });
    expect(m.sources[0]).toEqual({ locator: 'Protection §7.2', quote: 'held in Yangon', source });
    const o = toAtlasNode(msdhs);
    expect(o).toMatchObject({ orgKind: 'GOVERNMENT_AGENCY', acronym: 'MSDHS', parentId: null, topics: [] });
    expect(shortLabel(o)).toBe('MSDHS');
  });

  it('merges neighbourhoods, keeping a relationship only when both its ends are loaded', () => {
    const a = toModel({ nodes: [msdhs, cmm], relationships: [participated] });
    const onlyRel = toModel({ nodes: [msdhs], relationships: [participated] });
    expect(mergeModels([a]).relationships.size).toBe(1);
    expect(mergeModels([onlyRel]).relationships.size).toBe(0);
    const merged = mergeModels([onlyRel, toModel({ nodes: [cmm], relationships: [], truncated: true })]);
    expect([...merged.nodes.keys()]).toEqual(['msdhs', 'cmm-29']);
    expect(merged.relationships.size).toBe(1);
    expect(merged.truncated).toBe(true);
  });

  it('dates meetings by their days, and leaves organisations undated', () => {
    expect(activeInterval(meeting('m', '2024-03'))).toEqual({ start: '2024-03-01', end: '2024-03-31' });
    expect(activeInterval(meeting('m', '2013-04-18', null))).toEqual({ start: '2013-04-18', end: '2013-04-18' });
    expect(activeInterval(org('o'))).toBeUndefined();
  });
});
