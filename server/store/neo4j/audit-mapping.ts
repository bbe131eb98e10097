/**
 * Audit entries to AuditEntry node properties and back. The changes (each record whole, before
 * and after) travel as one JSON string, as citations do on nodes: Neo4j properties hold no maps.
 */
import type { Node } from 'neo4j-driver';
import type { AuditEntry, RecordChange } from '../../domain/audit.js';
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
  return entry;
}
