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

/**
 * One problem with one field of the input. `code` says what kind of problem it is, so a form can
 * react without parsing the message: REQUIRED, INVALID_VALUE, END_BEFORE_START, SOURCE_REQUIRED,
 * DANGLING_REFERENCE, NOT_ALLOWED, DUPLICATE_ID, IN_USE.
 */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
}

/** Input breaks a rule of the domain; nothing was changed. */
export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  /** Every problem found, one per field. */
  readonly problems: FieldProblem[];
  constructor(message: string, field?: string, problems?: FieldProblem[]) {
    super(message, field);
    this.problems = problems ?? (field ? [{ field, message }] : []);
  }

  /** One error for several problems: the message lists them, `field` names the first. */
  static of(problems: FieldProblem[]): ValidationError {
    const message =
      problems.length === 1
        ? `${problems[0]!.field}: ${problems[0]!.message}`
        : `${problems.length} problems: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`;
    return new ValidationError(message, problems[0]?.field, problems);
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

/** The request needs a signed-in user (or the credentials given are not valid). */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
}

/** The signed-in user's role does not allow this. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
}

/** Too many attempts (failed logins): try again after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
