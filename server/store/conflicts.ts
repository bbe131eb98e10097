/** Conflicts both stores report the same way. */
import { ConflictError } from '../domain/errors.js';

/** An edit deleting a node did not delete all its ties explicitly (see EditPlan.audit). */
export function tiesNotAccountedFor(id: string): ConflictError {
  return new ConflictError(
    `'${id}' has ties this change does not account for (added meanwhile, or outside what you may see): nothing was changed`,
    'id',
  );
}
