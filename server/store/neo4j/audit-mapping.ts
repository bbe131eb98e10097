/**
 * Audit entries to AuditEntry node properties and back. The changes (each record whole, before
 * and after) travel as one JSON string, as citations do on nodes: Neo4j properties hold no maps.
 */
import type { Node } from 'neo4j-driver';
import type { AuditEntry, Concerns, RecordChange } from '../../domain/audit.js';
import { AUDIT_PROP } from './db-schema.js';
import type { Params } from './cypher.js';
import { StoredValueError, toNeo4jInt, toNumber, toText, toTextList } from './values.js';

/** The parameters of CREATE_AUDIT_ENTRY. */
export function encodeAuditEntry(entry: AuditEntry): Params {
  return {
    seq: toNeo4jInt(entry.seq),
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    summary: entry.summary,
    subjects: entry.subjects,
    changesJson: JSON.stringify(entry.changes),
    comment: entry.comment ?? null,
    concernsJson: entry.concerns ? JSON.stringify(entry.concerns) : null,
  };
}

export function decodeAuditEntry(node: Node): AuditEntry {
  const props = node.properties as Record<string, unknown>;
  const seq = toNumber(props[AUDIT_PROP.seq], 'seq');
  let changes: unknown;
  try {
    changes = JSON.parse(toText(props[AUDIT_PROP.changesJson], 'changesJson'));
  } catch (e) {
    if (e instanceof StoredValueError) throw e;
    throw new StoredValueError(`audit entry ${seq}: changesJson is not JSON`);
  }
  if (!Array.isArray(changes)) throw new StoredValueError(`audit entry ${seq}: changesJson is not a list`);
  const entry: AuditEntry = {
    seq,
    at: toText(props[AUDIT_PROP.at], 'at'),
    actor: toText(props[AUDIT_PROP.actor], 'actor'),
    action: toText(props[AUDIT_PROP.action], 'action') as AuditEntry['action'],
    summary: toText(props[AUDIT_PROP.summary], 'summary'),
    subjects: toTextList(props[AUDIT_PROP.subjects] ?? [], 'subjects'),
    changes: changes as RecordChange[],
  };
  const comment = props[AUDIT_PROP.comment];
  if (comment !== undefined && comment !== null) entry.comment = toText(comment, 'comment');
  const concerns = props[AUDIT_PROP.concernsJson];
  if (concerns !== undefined && concerns !== null)
    entry.concerns = decodeConcerns(toText(concerns, 'concernsJson'), seq);
  return entry;
}

function decodeConcerns(json: string, seq: number): Concerns {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StoredValueError(`audit entry ${seq}: concernsJson is not JSON`);
  }
  const c = value as Partial<Concerns> | null;
  if (!c || !Array.isArray(c.ids) || typeof c.sensitivity !== 'string') {
    throw new StoredValueError(`audit entry ${seq}: concernsJson has no ids and sensitivity`);
  }
  return { ids: c.ids.map(String), sensitivity: c.sensitivity };
}
