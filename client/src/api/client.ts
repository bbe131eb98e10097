/**
 * The explorer's one way to the API: typed documents in, typed data out, and errors in words an
 * analyst can act on.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export const API_PATH = '/graphql';

/** One problem with one field of a mutation's input, as the server names it (`input.name`, `patch.startDate`…). */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
}

/** An API failure, with a message for the analyst, the code the server gave, and per-field problems. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What the explorer says when a change needs an editor's sign-in. */
export const SIGN_IN_TO_EDIT = 'Sign in as an editor to change data.';

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; problems?: FieldProblem[] };
}

const printed = new WeakMap<object, string>();
function queryText(doc: TypedDocumentNode<unknown, unknown>): string {
  let text = printed.get(doc);
  if (text === undefined) {
    text = print(doc);
    printed.set(doc, text);
  }
  return text;
}

/** The JSON body of a GraphQL request. */
export function requestBody<R, V>(doc: TypedDocumentNode<R, V>, variables: V): string {
  const d = doc as TypedDocumentNode<unknown, unknown>;
  return JSON.stringify({ query: queryText(d), variables, operationName: operationName(d) });
}

function operationName(doc: TypedDocumentNode<unknown, unknown>): string | undefined {
  for (const d of doc.definitions) if (d.kind === 'OperationDefinition') return d.name?.value;
  return undefined;
}

export function isMutation(doc: TypedDocumentNode<unknown, unknown>): boolean {
  return doc.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
}

/** What a GraphQL error means for the analyst. */
export function describeErrors(errors: readonly GraphQLErrorBody[], options: { mutation?: boolean } = {}): ApiError {
  const first = errors[0];
  const code = first?.extensions?.code;
  const messages = [...new Set(errors.map((e) => e.message))].join('; ');
  switch (code) {
    case 'NOT_FOUND':
      return new ApiError(`Not found: ${messages}`, code);
    case 'BAD_USER_INPUT':
    case 'VALIDATION_FAILED': {
      const problems = errors.flatMap((e) => e.extensions?.problems ?? []);
      const field = first?.extensions?.field;
      if (!problems.length && field) problems.push({ field, message: first.message });
      return new ApiError(`The request was not accepted: ${messages}`, code, problems);
    }
    case 'CONFLICT':
      return new ApiError(
        'Someone else changed this record since you opened it: nothing was saved. Reload it to see their change, then edit again.',
        code,
      );
    case 'UNAUTHENTICATED':
      return new ApiError(options.mutation ? SIGN_IN_TO_EDIT : `Sign in to see this: ${messages}`, code);
    case 'FORBIDDEN':
      return new ApiError(
        options.mutation ? `${SIGN_IN_TO_EDIT} Your account may read but not change data.` : `Not allowed: ${messages}`,
        code,
      );
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
      return new ApiError(
        `The server refused the explorer's request: ${messages}. The explorer may be older than the server: reload the page.`,
        code,
      );
    case 'RATE_LIMITED':
      return new ApiError('The server is limiting requests from this browser. Wait a moment, then try again.', code);
    case 'INTERNAL_SERVER_ERROR':
      return new ApiError('The server failed to answer. Try again; if it keeps failing, check the server log.', code);
    default:
      return new ApiError(messages || 'The API returned an error without a message.', code);
  }
}

export async function request<R, V>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
  options: { signal?: AbortSignal; endpoint?: string } = {},
): Promise<R> {
  let response: Response;
  try {
    response = await fetch(options.endpoint ?? API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: requestBody(doc, variables),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('Cannot reach the Coordination Atlas server. Check that it is running and that you are online.');
  }
  let body: { data?: R | null; errors?: GraphQLErrorBody[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length)
    throw describeErrors(body.errors, { mutation: isMutation(doc as TypedDocumentNode<unknown, unknown>) });
  if (!response.ok) {
    throw new ApiError(
      response.status >= 500
        ? `The server failed to answer (HTTP ${response.status}). Try again in a moment.`
        : `The server refused the request (HTTP ${response.status}).`,
    );
  }
  if (!body?.data) throw new ApiError('The server sent an answer the explorer cannot read.');
  return body.data;
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
