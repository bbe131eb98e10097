/**
 * Typed errors of the domain. The API maps each to an `extensions.code`; anything else reaching
 * the API is an internal error whose details stay in the server log.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** The argument or field at fault, as a dotted path, when one is. */
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super(message);
    this.name = new.target.name;
    this.field = field;
  }
}

/** A referenced node or relationship does not exist. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
}

/** Input breaks a rule of the domain; nothing was changed. */
export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  /** Every problem found, when there are several. */
  readonly problems: { field: string; message: string }[];
  constructor(message: string, field?: string, problems?: { field: string; message: string }[]) {
    super(message, field);
    this.problems = problems ?? (field ? [{ field, message }] : []);
  }
}

/** The write conflicts with the current state (a duplicate id, a stale version). */
export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

/** The store cannot be reached or failed; the request may be retried. */
export class StoreUnavailableError extends DomainError {
  readonly code = 'STORE_UNAVAILABLE';
}
