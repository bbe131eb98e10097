/**
 * The one answer to an edit that runs into records its editor may not see (a hidden case's tie,
 * a citation or country code a hidden case uses): the same words whatever the record, naming
 * nothing of it, so refusals cannot be compared to learn what is hidden.
 */
import { ConflictError, ValidationError } from '../domain/errors.js';

export const HIDDEN_COLLISION =
  'this change runs into records outside your clearance, so nothing was changed: ask someone cleared to see them';

/** For a deletion or merge that would leave a hidden tie behind. */
export function hiddenConflict(): ConflictError {
  return new ConflictError(HIDDEN_COLLISION, 'id');
}

/** For a record a hidden one still uses (a source it cites, a country code it names). */
export function hiddenInUse(): ValidationError {
  return ValidationError.of([{ field: 'id', code: 'IN_USE', message: HIDDEN_COLLISION }]);
}
