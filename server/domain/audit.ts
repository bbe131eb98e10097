/**
 * The audit trail's records. An entry is one edit (one mutation, one import): who made it, when,
 * why, and every record it changed, whole, before and after. Entries are built by the write
 * service (server/editing) and stored by the store in the same atomic write as the change; the
 * store adds the number and the time. Nothing edits an entry once written.
 */
import { ChangeOperation, EditAction, type Sensitivity } from '../__generated__/enums.js';
import type { NodeRecord, RelationshipRecord } from './records.js';

export { ChangeOperation, EditAction };
export type ChangeOperationValue = (typeof ChangeOperation)[keyof typeof ChangeOperation];
export type EditActionValue = (typeof EditAction)[keyof typeof EditAction];
export type SensitivityValue = (typeof Sensitivity)[keyof typeof Sensitivity];

interface ChangeBase {
  operation: ChangeOperationValue;
  /**
   * The highest sensitivity the change touched when it was made (a joint case's, or a case at
   * either end of a tie): what the redacting store uses when the nodes no longer exist to ask.
   */
  sensitivity: SensitivityValue;
}

export interface NodeChange extends ChangeBase {
  itemKind: 'NODE';
  id: string;
  before?: NodeRecord;
  after?: NodeRecord;
}

export interface RelationshipChange extends ChangeBase {
  itemKind: 'RELATIONSHIP';
  id: string;
  before?: RelationshipRecord;
  after?: RelationshipRecord;
}

export type RecordChange = NodeChange | RelationshipChange;

/** An entry as the write service hands it to the store. */
export interface AuditDraft {
  actor: string;
  action: EditActionValue;
  comment?: string;
  /** The edit in one line, e.g. "updated Organization 'Royal Thai Police'". */
  summary: string;
  changes: RecordChange[];
  /**
   * For an entry that changes nothing in the graph (a review decision): the node ids it is about
   * (history finds it under each) and the highest sensitivity among them, so the redacting store
   * hides it from a viewer below that clearance, as it hides a change.
   */
  concerns?: Concerns;
}

/** What an entry without changes is about. */
export interface Concerns {
  ids: string[];
  sensitivity: SensitivityValue;
}

/** An entry as stored. */
export interface AuditEntry extends AuditDraft {
  /** Increases with every entry, across resets: the order of the trail. */
  seq: number;
  /** ISO 8601 timestamp (UTC) of the write. */
  at: string;
  /** Node and relationship ids the entry concerns: what `history(id)` looks up. */
  subjects: string[];
}

/**
 * The ids an entry concerns: each changed record, both ends of each changed tie, and the ids an
 * entry without changes names.
 */
export function subjectsOf(changes: readonly RecordChange[], concerns?: Concerns): string[] {
  const ids = new Set<string>(concerns?.ids ?? []);
  for (const change of changes) {
    ids.add(change.id);
    if (change.itemKind === 'RELATIONSHIP') {
      const rel = change.after ?? change.before;
      if (rel) {
        ids.add(rel.start);
        ids.add(rel.end);
      }
    }
  }
  return [...ids];
}

/** Whether a change concerns a node: the node itself, or one of its ties. */
export function changeConcerns(change: RecordChange, id: string): boolean {
  if (change.id === id) return true;
  if (change.itemKind !== 'RELATIONSHIP') return false;
  const rel = change.after ?? change.before;
  return rel !== undefined && (rel.start === id || rel.end === id);
}

/** Entry ids are the sequence number; an `after` cursor is the id of the last entry seen. */
export function entryId(seq: number): string {
  return String(seq);
}

export interface AuditPage {
  /** Newest first. */
  items: AuditEntry[];
  /** The cursor of the page's last entry, when older entries follow. */
  endCursor: string | undefined;
}

/** A page request over the trail: `after` is a cursor from a previous page. */
export interface AuditPageRequest {
  first: number;
  after?: string;
}
