/**
 * Driver records to domain records, on values built with neo4j-driver's own types (Node,
 * Relationship, Record, Integer, Date, DateTime): what the store writes comes back exactly, and
 * nothing of Neo4j (element ids, Integers, temporal objects, derived properties) leaks out.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../server/domain/records.js';
import { PROPERTY_KEYS } from '../../server/store/neo4j/db-schema.js';
import { decodeNode, decodeRelationship, encodeNode, encodeRelationship } from '../../server/store/neo4j/mapping.js';
import { decodeAuditEntry, encodeAuditEntry } from '../../server/store/neo4j/audit-mapping.js';
import { StoredValueError, toNumber, toPartialDate, toText } from '../../server/store/neo4j/values.js';
import { jointCase, meeting, org, smallWorld } from '../fixtures/builders.js';
import { record, storedNode, storedRelationship } from './recording-runner.js';

const world = smallWorld();
const { Node, Relationship, Date: Neo4jDate, DateTime, LocalDateTime } = neo4j.types;

function nodeWith(labels: string[], props: Record<string, unknown>) {
  return new Node<Integer>(neo4j.int(1), labels, props, '4:f00:1');
}

describe('nodes', () => {
  it('come back exactly as written, for every kind', () => {
    for (const node of world.nodes) expect(decodeNode(storedNode(node))).toEqual(node);
  });

  it('read from a driver Record the way the store reads them', () => {
    const msdhs = world.nodes.find((n) => n.id === 'msdhs')!;
    const row = record({ n: storedNode(msdhs) });
    expect(decodeNode(row.get('n'))).toEqual(msdhs);
  });

  it('leave optional fields absent, not null, and keep empty lists as lists', () => {
    const iom = decodeNode(storedNode(org('iom')));
    expect(Object.keys(iom)).not.toContain('acronym');
    expect(iom).toMatchObject({ aliases: [] });
    const bare = decodeNode(storedNode(meeting('m')));
    expect(bare).toMatchObject({ topics: [], outcomes: [], aliases: [] });
    expect(Object.values(bare)).not.toContain(null);
    expect(Object.values(bare)).not.toContain(undefined);
  });

  it('store integers as Neo4j INTEGER and read them back as numbers', () => {
    const m = meeting('m', { sequence: 3, participantCount: 40 });
    const props = encodeNode(m).props;
    expect(neo4j.isInt(props.sequence)).toBe(true);
    const read = decodeNode(nodeWith(['Node', 'Meeting'], props));
    expect(read).toEqual(m);
    expect(typeof (read as typeof m).sequence).toBe('number');
  });

  it('read native dates and date-times in date fields as ISO days', () => {
    const props = {
      ...encodeNode(jointCase('c')).props,
      openedOn: new Neo4jDate(2024, 3, 5),
      closedOn: new DateTime(2024, 11, 30, 23, 0, 0, 0, 3600),
    };
    expect(decodeNode(nodeWith(['Node', 'JointCase'], props))).toMatchObject({
      openedOn: '2024-03-05',
      closedOn: '2024-11-30',
    });
    expect(toPartialDate(new LocalDateTime(2013, 4, 18, 9, 30, 0, 0), 'd')).toBe('2013-04-18');
    expect(toText(new Neo4jDate(2024, 3, 5), 'd')).toBe('2024-03-05');
  });

  it('never carry element ids, identities, derived or foreign properties', () => {
    const m2024 = world.nodes.find((n) => n.id === 'm-2024')!;
    const stored = storedNode(m2024);
    stored.properties.legacyFlag = true;
    const read = decodeNode(stored);
    expect(read).toEqual(m2024);
    const json = JSON.stringify(read);
    for (const leak of [stored.elementId, 'searchWords', 'searchCompact', 'activeFrom', 'sourcesJson', 'legacyFlag']) {
      expect(json).not.toContain(leak);
    }
  });

  it('are written as Neo4j can store them: scalars and lists of strings, no maps, only known keys', () => {
    for (const node of world.nodes) {
      for (const [key, value] of Object.entries(encodeNode(node).props)) {
        expect(PROPERTY_KEYS).toContain(key);
        const ok =
          typeof value === 'string' ||
          neo4j.isInt(value) ||
          (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'));
        expect(ok, `${node.id}.${key}`).toBe(true);
      }
    }
  });

  it('carry search keys as the shared ranker normalises names, and day spans for date filters', () => {
    const msdhs = encodeNode(world.nodes.find((n) => n.id === 'msdhs')!).props;
    expect(msdhs.searchWords).toContain('ministry of social development and human security');
    expect(msdhs.searchCompact).toContain('mhdhs');
    const m2024 = encodeNode(world.nodes.find((n) => n.id === 'm-2024')!).props;
    expect([m2024.activeFrom, m2024.activeUntil]).toEqual(['2024-03-01', '2024-03-31']);
  });

  it('refuse what the store did not write', () => {
    const props = encodeNode(org('x')).props;
    expect(() => decodeNode(nodeWith(['Node'], props))).toThrow(StoredValueError);
    expect(() => decodeNode(nodeWith(['Node', 'Organization', 'Country'], props))).toThrow(StoredValueError);
    expect(() => decodeNode(nodeWith(['Node', 'Organization'], { ...props, sourcesJson: '{oops' }))).toThrow(
      StoredValueError,
    );
    expect(() => decodeNode(nodeWith(['Node', 'Organization'], { ...props, sourcesJson: '[{"source":1}]' }))).toThrow(
      StoredValueError,
    );
    expect(() => toNumber(neo4j.int('9007199254740993'), 'n')).toThrow(StoredValueError);
  });

  it('take the kind from the kind label, whatever the label order', () => {
    const thailand: NodeRecord = world.nodes.find((n) => n.id === 'thailand')!;
    expect(decodeNode(nodeWith(['Country', 'Node'], encodeNode(thailand).props))).toEqual(thailand);
  });
});

describe('relationships', () => {
  it('come back exactly as written, with ends as domain ids', () => {
    for (const rel of world.relationships) {
      expect(decodeRelationship(storedRelationship(rel), rel.start, rel.end)).toEqual(rel);
    }
  });

  it('read from a driver Record the way the store reads them', () => {
    const rel = world.relationships.find((r) => r.id === 'PARTY_TO:msdhs:mou-th-la')!;
    const row = record({ r: storedRelationship(rel), start: rel.start, end: rel.end });
    const read = decodeRelationship(row.get('r'), row.get('start'), row.get('end'));
    expect(read).toEqual(rel);
    expect(JSON.stringify(read)).not.toMatch(/5:db:|4:db:|elementId|identity/);
  });

  it('take the id from type and ends, not from internal ids', () => {
    const rel = world.relationships[0]!;
    const stored = new Relationship<Integer>(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      rel.type,
      encodeRelationship(rel).props,
    );
    expect(decodeRelationship(stored, rel.start, rel.end).id).toBe(rel.id);
  });

  it('refuse a type outside the vocabulary', () => {
    const rel = world.relationships[0]!;
    const stored = new Relationship<Integer>(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      'KNOWS',
      encodeRelationship(rel).props,
    );
    expect(() => decodeRelationship(stored, 'a', 'b')).toThrow(StoredValueError);
  });
});

describe('audit entries', () => {
  const entry = {
    seq: 42,
    at: '2025-02-03T04:05:06.789Z',
    actor: 'ana',
    action: 'UPDATE_NODE' as const,
    summary: 'renamed',
    subjects: ['iom'],
    changes: [
      {
        itemKind: 'NODE' as const,
        id: 'iom',
        operation: 'UPDATE' as const,
        sensitivity: 'PUBLIC' as const,
        before: org('iom'),
        after: org('iom', { name: 'IOM Thailand' }),
      },
    ],
  };
  const stored = (props: Record<string, unknown>) => new Node<Integer>(neo4j.int(9), ['AuditEntry'], props, '4:f00:9');

  it('come back exactly as written: Integer seq as a number, changes from JSON, no comment when none', () => {
    const props = encodeAuditEntry(entry);
    expect(neo4j.isInt(props.seq)).toBe(true);
    // CREATE_AUDIT_ENTRY sets comment to null, which Neo4j does not store.
    const { comment, ...written } = props;
    expect(comment).toBeNull();
    expect(decodeAuditEntry(stored(written))).toEqual(entry);
    expect(decodeAuditEntry(stored(encodeAuditEntry({ ...entry, comment: 'why' })))).toEqual({
      ...entry,
      comment: 'why',
    });
  });

  it('refuse what the store did not write', () => {
    expect(() => decodeAuditEntry(stored({ ...encodeAuditEntry(entry), changesJson: '{oops' }))).toThrow(
      StoredValueError,
    );
    expect(() => decodeAuditEntry(stored({ ...encodeAuditEntry(entry), changesJson: '{}' }))).toThrow(StoredValueError);
    expect(() => decodeAuditEntry(stored({ ...encodeAuditEntry(entry), seq: 'x' }))).toThrow(StoredValueError);
  });

  it('are written with property keys of the declared schema only', () => {
    for (const key of Object.keys(encodeAuditEntry(entry))) expect(PROPERTY_KEYS).toContain(key);
  });
});
