/**
 * The general reading rules, each on small invented sentences (not the seed documents' text):
 * memberships and secretariats in prose, member lists, "led by … supported by", states signing a
 * body's MOU, "They" and "this training" referring back, "Participants included…" after the
 * meeting was named, peers listed side by side, and a narrow column's lines carried on in lower
 * case. Every quote stays a verbatim span of the text.
 */
import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../server/domain/records.js';
import { readText } from '../../server/reading/formats/text.js';
import { readAgainstGraph } from '../../server/reading/ingest.js';

const cite = [{ source: 'test-source', locator: '¶1' }];
const org = (id: string, name: string, acronym: string, kind = 'INTERNATIONAL_ORGANIZATION'): NodeRecord =>
  ({ nodeKind: 'ORGANIZATION', id, name, acronym, kind, aliases: [], sources: cite }) as NodeRecord;
const country = (id: string, name: string, code: string): NodeRecord =>
  ({ nodeKind: 'COUNTRY', id, name, code, aliases: [], sources: cite }) as NodeRecord;

const NODES: NodeRecord[] = [
  org('rfa', 'River Forum Agency', 'RFA'),
  org('hla', 'Harbour Labour Agency', 'HLA'),
  org('cda', 'Children Development Agency', 'CDA'),
  org('mesa', 'Mekong Shelter Alliance', 'MESA', 'REGIONAL_MECHANISM'),
  org('lwg', 'Lakeside Working Group', 'LWG', 'COMMITTEE_OR_TASKFORCE'),
  org('tidal', 'Tidal Rights Programme', 'TRP', 'DONOR_OR_PROGRAMME'),
  org('mof', 'Ministry of Fisheries', 'MOFI', 'GOVERNMENT_AGENCY'),
  org('mow', 'Ministry of Waterways', 'MOWW', 'GOVERNMENT_AGENCY'),
  org('dci', 'Department of Coastal Inspection', 'DCI', 'GOVERNMENT_AGENCY'),
  country('aland', 'Aland', 'AX'),
  country('belize', 'Belize', 'BZ'),
  {
    nodeKind: 'AGREEMENT',
    id: 'mesa-mou',
    name: 'MESA Memorandum of Understanding on Shelter Standards',
    aliases: [],
    kind: 'MOU',
    scope: 'MULTILATERAL',
    status: 'ACTIVE',
    topics: [],
    sources: cite,
  } as NodeRecord,
  {
    nodeKind: 'MEETING',
    id: 'harbour-workshop',
    name: 'Harbour Inspection Workshop',
    aliases: [],
    kind: 'WORKSHOP',
    startDate: '2031-05-06',
    city: 'Portville',
    topics: [],
    outcomes: [],
    sources: cite,
  } as NodeRecord,
];

function read(text: string) {
  const doc = readText(text, 'test');
  const result = readAgainstGraph(doc, NODES, new Set());
  for (const t of result.ties) expect(doc.text.slice(t.quoteStart, t.quoteEnd)).toBe(t.quote);
  return result.ties.map((t) => `${t.type}:${t.start.id}:${t.end.id}${t.role ? `:${t.role}` : ''}`);
}

describe('reading rules', () => {
  it('reads a secretariat and a membership written in prose', () => {
    expect(read('RFA serves as Secretariat to the Mekong Shelter Alliance.\n')).toContain(
      'MEMBER_OF:rfa:mesa:SECRETARIAT',
    );
    expect(read('The Harbour Labour Agency is a member of the Lakeside Working Group.\n')).toContain(
      'MEMBER_OF:hla:lwg:MEMBER',
    );
    // Two names near each other without words of membership propose nothing of the kind.
    expect(read('RFA met the Mekong Shelter Alliance.\n').filter((t) => t.startsWith('MEMBER_OF'))).toEqual([]);
  });

  it('reads the members listed after a body', () => {
    const ties = read('LWG members include: RFA, HLA and CDA.\n');
    expect(ties).toEqual(
      expect.arrayContaining(['MEMBER_OF:rfa:lwg:MEMBER', 'MEMBER_OF:hla:lwg:MEMBER', 'MEMBER_OF:cda:lwg:MEMBER']),
    );
  });

  it('reads who leads and who supports a programme', () => {
    const ties = read(
      'The Tidal Rights Programme, a joint programme led by RFA and supported by HLA and CDA, ended.\n',
    );
    expect(ties).toEqual(
      expect.arrayContaining(['MEMBER_OF:rfa:tidal:LEAD', 'MEMBER_OF:hla:tidal:MEMBER', 'MEMBER_OF:cda:tidal:MEMBER']),
    );
    // The list ends where the sentence goes on: ", organised a fair with…" names no member.
    const more = read(
      'The Tidal Rights Programme, led by RFA and supported by HLA, organised a fair with the Lakeside Working Group.\n',
    );
    expect(more).toContain('MEMBER_OF:hla:tidal:MEMBER');
    expect(more.some((t) => t.startsWith('MEMBER_OF:lwg:tidal'))).toBe(false);
  });

  it('makes the states signing a body’s MOU, named by most of its words, parties and members', () => {
    const ties = read(
      'In 2030 the two Governments (Aland and Belize) signed the Memorandum of Understanding on MESA Shelter Standards.\n',
    );
    expect(ties).toEqual(
      expect.arrayContaining([
        'PARTY_TO:aland:mesa-mou:SIGNATORY',
        'PARTY_TO:belize:mesa-mou:SIGNATORY',
        'MEMBER_OF:aland:mesa:MEMBER',
        'MEMBER_OF:belize:mesa:MEMBER',
      ]),
    );
  });

  it('takes "They" for the organisations of the sentence before', () => {
    const ties = read(
      'RFA and HLA worked together on inspections. They jointly supported the Harbour Inspection Workshop.\n',
    );
    expect(ties).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN:rfa:harbour-workshop:SUPPORTER',
        'PARTICIPATED_IN:hla:harbour-workshop:SUPPORTER',
      ]),
    );
  });

  it('takes "this training" for the meeting named before', () => {
    const ties = read(
      'RFA held the Harbour Inspection Workshop. As part of this workshop, CDA delivered a session on the MESA Memorandum of Understanding on Shelter Standards.\n',
    );
    expect(ties.some((t) => t.startsWith('PARTICIPATED_IN:cda:harbour-workshop'))).toBe(true);
  });

  it('gives a list of participants a section later to the meeting the document last named', () => {
    const ties = read(
      'Background\n\nRFA convened the Harbour Inspection Workshop on 6 May 2031 in Portville.\n\nOpening\n\nThe chair welcomed everyone. Participants included officials from the Ministry of Fisheries, HLA and CDA.\n',
    );
    expect(ties).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN:mof:harbour-workshop:PARTICIPANT',
        'PARTICIPATED_IN:hla:harbour-workshop:PARTICIPANT',
        'PARTICIPATED_IN:cda:harbour-workshop:PARTICIPANT',
      ]),
    );
  });

  it('does not make a department listed between ministries part of the next one', () => {
    expect(
      read(
        'Officials came from the Ministry of Fisheries, Department of Coastal Inspection, Ministry of Waterways and RFA.\n',
      ),
    ).not.toContain('PART_OF:dci:mow');
    expect(
      read('Officials came from RFA, the Department of Coastal Inspection (DCI), Ministry of Waterways, and HLA.\n'),
    ).toContain('PART_OF:dci:mow');
  });

  it('joins a narrow column’s lines carried on in lower case into one sentence', () => {
    const doc = readText(
      'Border work\n\nIn particular, RFA assists the Governments of Aland\n\nand Belize through the MESA Memorandum\n\nof Understanding on Shelter Standards, where it advises officials.\n',
      'test',
    );
    const block = doc.blocks.find((b) => doc.text.slice(b.start, b.end).includes('MESA'))!;
    expect(doc.text.slice(block.start, block.end)).toContain('In particular, RFA assists');
    const ties = read(doc.text);
    for (const party of ['rfa', 'aland', 'belize']) {
      expect(ties.some((t) => t.startsWith(`PARTY_TO:${party}:mesa-mou`))).toBe(true);
    }
  });
});
