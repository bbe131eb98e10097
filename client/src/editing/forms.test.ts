import { describe, expect, it } from 'vitest';
import {
  auditValue,
  buildInput,
  buildPatch,
  emptyValues,
  FORM_FIELDS,
  problemField,
  problemsByField,
  valuesFromNode,
} from './forms.js';

describe('editing forms', () => {
  it('builds a create input from the filled fields, parsing numbers, lists and topics', () => {
    const v = {
      ...emptyValues('MEETING'),
      name: ' 4th Thailand–Laos Bilateral Meeting ',
      kind: 'BILATERAL_MEETING',
      startDate: '2024-06',
      sequence: '4',
      topics: ['REPATRIATION'],
    };
    expect(buildInput('MEETING', v)).toEqual({
      value: {
        name: '4th Thailand–Laos Bilateral Meeting',
        kind: 'BILATERAL_MEETING',
        startDate: '2024-06',
        sequence: 4,
        topics: ['REPATRIATION'],
      },
      problems: {},
    });
  });

  it('says what is missing or malformed before asking the server', () => {
    const { problems } = buildInput('JOINT_CASE', {
      ...emptyValues('JOINT_CASE'),
      name: 'x',
      victimCount: 'many',
      openedOn: '03/2024',
    });
    expect(Object.keys(problems).sort()).toEqual(['caseType', 'openedOn', 'sensitivity', 'status', 'victimCount']);
    expect(problems.caseType).toBe('Case type is required.');
  });

  it('patches only the changed fields, clearing an emptied one and splitting lists', () => {
    const before = { ...emptyValues('ORGANIZATION'), name: 'A', kind: 'NGO', acronym: 'AA', aliases: 'x; y' };
    const after = { ...before, acronym: '', aliases: 'x; y; z', sector: 'SOCIAL_WELFARE' };
    expect(buildPatch('ORGANIZATION', before, after).value).toEqual({
      acronym: null,
      aliases: ['x', 'y', 'z'],
      sector: 'SOCIAL_WELFARE',
    });
    expect(buildPatch('ORGANIZATION', before, before).value).toEqual({});
  });

  it('starts an edit from the node’s values, for every kind the form knows', () => {
    const v = valuesFromNode({
      __typename: 'Meeting',
      id: 'm',
      nodeKind: 'MEETING',
      version: 3,
      name: 'CMM',
      aliases: ['a', 'b'],
      description: null,
      sources: [],
      meetingKind: 'CASE_MANAGEMENT_MEETING',
      startDate: '2024-02',
      endDate: null,
      city: 'Yangon',
      countryCode: 'MM',
      series: 'CMM',
      sequence: 29,
      participantCount: null,
      topics: ['REPATRIATION'],
    });
    expect(v).toMatchObject({ name: 'CMM', kind: 'CASE_MANAGEMENT_MEETING', sequence: '29', aliases: 'a; b' });
    for (const f of FORM_FIELDS.MEETING) expect(v).toHaveProperty(f.name);
  });

  it('places the server’s problems next to their fields', () => {
    expect(problemField('startDate')).toBe('startDate');
    expect(problemField('input.meeting.endDate')).toBe('endDate');
    expect(problemField('meeting.endDate')).toBe('endDate');
    expect(problemField('sources.1.locator')).toBe('locator');
    expect(problemField('sources')).toBe('source');
    expect(problemField('participants.0.organization')).toBe('participants');
    expect(problemField(undefined)).toBe('form');
    expect(
      problemsByField([
        { field: 'endDate', message: 'ends before it starts' },
        { field: 'sources', message: 'cite a source' },
      ]),
    ).toEqual({ endDate: 'ends before it starts', source: 'cite a source' });
  });

  it('shows audit values in words', () => {
    expect(auditValue(null)).toBe('—');
    expect(auditValue('"Bangkok"')).toBe('Bangkok');
    expect(auditValue('["a","b"]')).toBe('a; b');
    expect(auditValue('[{"source":"rtg-2024","locator":"§7.2"}]')).toBe('rtg-2024, §7.2');
    expect(auditValue('29')).toBe('29');
  });
});
