/** Conflicts both stores report the same way. */
import type { AuditDraft } from '../domain/audit.js';
import { ConflictError } from '../domain/errors.js';

/** An edit deleting a node did not delete all its ties explicitly (see EditPlan.audit). */
export function tiesNotAccountedFor(id: string): ConflictError {
  return new ConflictError(
    `'${id}' has ties this change does not account for (added meanwhile, or outside what you may see): nothing was changed`,
    'id',
  );
}

/** A note (GraphStore.note) changes nothing and says what it is about: a programming error otherwise. */
export function checkNote(draft: AuditDraft): void {
  if (draft.changes.length > 0) throw new Error('a note changes nothing: write changes through edit');
  if (!draft.concerns) throw new Error('a note must say what it concerns (ids and sensitivity)');
}
