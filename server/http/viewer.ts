/**
 * Who is asking: every request is resolved once, here, to a Viewer (a signed-in user, from the
 * session cookie or an API token, or anonymous), kept in `res.locals.viewer`. The GraphQL context,
 * /export and /brief all read it from there, so each reads through the same redaction.
 */
import type { CookieOptions, NextFunction, Request, RequestHandler, Response } from 'express';
import type { AccountService } from '../accounts/service.js';
import { ANONYMOUS_VIEWER, type Viewer } from '../accounts/roles.js';
import type { Logger } from './logger.js';

export const SESSION_COOKIE = 'atlas_session';

export type AnonymousAccess = 'public-read' | 'off';

/** The value of one cookie in the request, or undefined. */
export function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** HTTP-only, SameSite=Strict, Path=/; Secure in production and whenever the request came over HTTPS. */
export function sessionCookieOptions(req: Request, production: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure: production || req.secure };
}

export function viewerOf(res: Response): Viewer {
  return (res.locals.viewer as Viewer | undefined) ?? ANONYMOUS_VIEWER;
}

function unauthenticated(res: Response, message: string): void {
  res
    .status(401)
    .set('www-authenticate', 'Bearer')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Resolves the viewer. A bearer token that does not work is refused (a script should fail loudly);
 * a session cookie that does not work (expired, revoked) is cleared and the request goes on as
 * anonymous, so the explorer can show the sign-in form.
 */
export function resolveViewer(accounts: AccountService, production: boolean, log: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void (async () => {
      const auth = req.headers.authorization;
      if (auth !== undefined) {
        const m = /^Bearer\s+(\S+)$/i.exec(auth);
        const viewer = m ? await accounts.viewerFromToken(m[1]!) : undefined;
        if (!viewer) return unauthenticated(res, 'The API token is not valid (unknown, revoked or malformed)');
        res.locals.viewer = viewer;
        return next();
      }
      const sessionId = cookieValue(req, SESSION_COOKIE);
      if (sessionId) {
        const viewer = await accounts.viewerFromSession(sessionId);
        if (viewer) {
          res.locals.viewer = viewer;
          res.locals.sessionId = sessionId;
        } else {
          res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req, production));
        }
      }
      next();
    })().catch((e: unknown) => {
      log.error('could not resolve the viewer', e);
      res.status(503).json({ errors: [{ message: 'Service unavailable', extensions: { code: 'STORE_UNAVAILABLE' } }] });
    });
  };
}

/** For routes outside GraphQL (/export, /brief): refuses anonymous requests when anonymous access is off. */
export function requireViewer(access: AnonymousAccess): RequestHandler {
  return (_req, res, next) => {
    if (access === 'off' && !viewerOf(res).account) return unauthenticated(res, 'Sign in to use this');
    next();
  };
}
