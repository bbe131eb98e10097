/**
 * What clients see of errors: domain errors keep their message, code and field; GraphQL's own
 * errors (parse, validation, bad variables) keep theirs; anything else becomes a generic internal
 * error, logged in full on the server and never sent with a stack trace.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, RateLimitedError, ValidationError } from '../domain/errors.js';
import type { Logger } from './logger.js';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
]);

/** graphql-js's " Did you mean …?" hints: they map the schema (enum values, fields) for anyone. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export function errorFormatter(log: Logger, options: { hideSuggestions?: boolean } = {}) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = options.hideSuggestions ? { ...raw, message: raw.message.replace(SUGGESTION, '') } : raw;
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.field ? { field: original.field } : {}),
          ...(original instanceof ValidationError && original.problems.length > 0
            ? { problems: original.problems }
            : {}),
          ...(original instanceof RateLimitedError ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { ...base, extensions: { code, ...variableField(code, formatted.message) } };
    }
    log.error('internal error', original);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * graphql-js rejects a bad variable (an unknown enum value, a malformed date, a missing required
 * field) before any resolver runs, naming the path in its message: `Variable "$input" got invalid
 * value "X" at "input.kind"; …`. The path inside the variable becomes `field` and a problem (here
 * `kind`), as the write service names fields, so a form can show it next to the field.
 */
function variableField(code: string, message: string) {
  if (code !== 'BAD_USER_INPUT') return {};
  const m = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /.exec(message);
  if (!m) return {};
  const inside = (m[2] ?? m[1]!)
    .split('.')
    .slice(1)
    .join('.')
    .replace(/\[(\d+)\]/g, '.$1');
  const missing = /Field "(\w+)" of required type .* was not provided/.exec(message);
  const field = [inside, missing?.[1]].filter(Boolean).join('.') || m[1]!;
  return { field, problems: [{ field, code: missing ? 'REQUIRED' : 'INVALID_VALUE', message }] };
}
