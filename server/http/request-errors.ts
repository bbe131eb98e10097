/**
 * Errors raised before GraphQL sees the request (a body that is not JSON, one that is too large)
 * are answered in GraphQL's error shape with a code, never with Express's HTML stack trace.
 */
import type { ErrorRequestHandler } from 'express';
import type { Logger } from './logger.js';

export function requestErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: { status?: number; type?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = err.status ?? 500;
    const [code, message] =
      err.type === 'entity.too.large'
        ? ['PAYLOAD_TOO_LARGE', 'The request body is too large']
        : err.type === 'entity.parse.failed'
          ? ['BAD_REQUEST', 'The request body is not valid JSON']
          : status < 500
            ? ['BAD_REQUEST', 'The request could not be read']
            : ['INTERNAL_SERVER_ERROR', 'Internal server error'];
    if (status >= 500) log.error('request failed', err);
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
