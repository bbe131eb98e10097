/**
 * Records to Neo4j properties and back. What is written is decoded field by field from the
 * per-kind field table, so derived properties (search keys, day spans) and anything else in the
 * database never leak into a record, optional fields come back absent (never null), and lists
 * come back as lists (empty when absent: Neo4j cannot tell an empty list from none).
 */
import type { Node, Relationship } from 'neo4j-driver';
import { z } from 'zod';
import { citationSchema, relationshipId, type NodeRecord, type RelationshipRecord } from '../../domain/records.js';
import { activeInterval } from '../../graph/filter.js';
import { normalize, searchableNames } from '../../graph/search-ranking.js';
import {
  KIND_LABEL,
  NODE_FIELDS,
  PROP,
  RELATIONSHIP_FIELDS,
  isRelationshipType,
  kindOfLabel,
  type FieldType,
} from './db-schema.js';
import { StoredValueError, toNeo4jInt, toNumber, toPartialDate, toText, toTextList } from './values.js';
import type { NodeKindValue } from '../port.js';

export type Properties = Record<string, unknown>;

/** A node as the upsert statements take it. */
export interface NodeRow {
  id: string;
  props: Properties;
}

/** A relationship as the upsert statements take it. */
export interface RelationshipRow {
  id: string;
  start: string;
  end: string;
  props: Properties;
}

function encodeFields(record: Record<string, unknown>, fields: Record<string, FieldType>, into: Properties): void {
  for (const [key, type] of Object.entries(fields)) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (type === 'strings') {
      if ((value as unknown[]).length > 0) into[key] = value;
    } else if (type === 'int') {
      into[key] = toNeo4jInt(value as number);
    } else {
      into[key] = value;
    }
  }
}

function decodeFields(props: Properties, fields: Record<string, FieldType>, into: Record<string, unknown>): void {
  for (const [key, type] of Object.entries(fields)) {
    const value = props[key];
    if (type === 'strings') {
      into[key] = value === undefined || value === null ? [] : toTextList(value, key);
    } else if (value === undefined || value === null) {
      continue;
    } else if (type === 'int') {
      into[key] = toNumber(value, key);
    } else if (type === 'date') {
      into[key] = toPartialDate(value, key);
    } else {
      into[key] = toText(value, key);
    }
  }
}

const citations = z.array(citationSchema);

function decodeSources(props: Properties, owner: string): NodeRecord['sources'] {
  const raw = props[PROP.sourcesJson];
  if (typeof raw !== 'string') throw new StoredValueError(`${owner}: no ${PROP.sourcesJson} property`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new StoredValueError(`${owner}: ${PROP.sourcesJson} is not JSON`);
  }
  const parsed = citations.safeParse(json);
  if (!parsed.success) throw new StoredValueError(`${owner}: ${PROP.sourcesJson} is not a list of citations`);
  return parsed.data;
}

/** The derived properties that index a node for search and date filters. */
/**
 * The shared ranker forgives a typo in a word typed only in part ("ministry" finds "Ministerial"):
 * it compares the typed word with the start of each name word. Lucene's fuzzy match compares
 * whole terms, so the start of every word is indexed as a term of its own for it to find.
 */
function wordPrefixes(names: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const word of names.flatMap((name) => name.split(' '))) {
    for (let end = 4; end < word.length; end++) prefixes.add(word.slice(0, end));
  }
  return [...prefixes];
}

function derivedProperties(node: NodeRecord): Properties {
  const words = [...new Set(searchableNames(node).map((n) => normalize(n.value)))].filter(Boolean);
  const derived: Properties = {
    [PROP.searchWords]: [...words, ...wordPrefixes(words)],
    [PROP.searchCompact]: [...new Set(words.map((w) => w.replace(/ /g, '')))],
  };
  const span = activeInterval(node);
  if (span?.start !== undefined) derived[PROP.activeFrom] = span.start;
  if (span?.end !== undefined) derived[PROP.activeUntil] = span.end;
  return derived;
}

export function encodeNode(node: NodeRecord): NodeRow {
  const props: Properties = { [PROP.id]: node.id };
  encodeFields(node, NODE_FIELDS[node.nodeKind], props);
  props[PROP.sourcesJson] = JSON.stringify(node.sources);
  Object.assign(props, derivedProperties(node));
  return { id: node.id, props };
}

/** The kind of a stored node: exactly one kind label, else the node is not one the store wrote. */
function kindOf(node: Node): NodeKindValue {
  const kinds = node.labels.map(kindOfLabel).filter((k) => k !== undefined);
  if (kinds.length !== 1) {
    throw new StoredValueError(
      `node ${String(node.properties[PROP.id])}: labels [${node.labels.join(', ')}] name no single kind`,
    );
  }
  return kinds[0]!;
}

export function decodeNode(node: Node): NodeRecord {
  const props = node.properties as Properties;
  const nodeKind = kindOf(node);
  const id = toText(props[PROP.id], 'id');
  const record: Record<string, unknown> = { nodeKind, id };
  decodeFields(props, NODE_FIELDS[nodeKind], record);
  record.sources = decodeSources(props, id);
  // The field table is checked against each record type (db-schema.ts), so the object built
  // from it is that record.
  return record as NodeRecord;
}

export function encodeRelationship(rel: RelationshipRecord): RelationshipRow {
  // The id is what type and ends make it, whatever the record carries: it is how a tie is found.
  const id = relationshipId(rel);
  const props: Properties = { [PROP.id]: id };
  encodeFields(rel, RELATIONSHIP_FIELDS, props);
  props[PROP.sourcesJson] = JSON.stringify(rel.sources);
  return { id, start: rel.start, end: rel.end, props };
}

/** A stored relationship, with the domain ids of its ends (read from the end nodes, not element ids). */
export function decodeRelationship(rel: Relationship, start: unknown, end: unknown): RelationshipRecord {
  if (!isRelationshipType(rel.type))
    throw new StoredValueError(`relationship type ${rel.type} is not in the vocabulary`);
  const props = rel.properties as Properties;
  const ends = { type: rel.type, start: toText(start, 'start'), end: toText(end, 'end') };
  const id = relationshipId(ends);
  const record: Record<string, unknown> = { id, ...ends };
  decodeFields(props, RELATIONSHIP_FIELDS, record);
  record.sources = decodeSources(props, id);
  return record as RelationshipRecord;
}

/** The kind labels for kinds asked by a caller; kinds outside the vocabulary match nothing. */
export function labelsOf(kinds: readonly string[]): string[] {
  return kinds.filter((k): k is NodeKindValue => Object.hasOwn(KIND_LABEL, k)).map((k) => KIND_LABEL[k]);
}
