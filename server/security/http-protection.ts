/**
 * HTTP-level protection: security headers with a Content Security Policy that allows no inline
 * script, and per-client rate limits on the API. Limits are configurable because a load test
 * from one address measures capacity, not the limiter.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // React and Cytoscape set element styles; the IDE's editor injects style sheets.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'worker-src': ["'self'", 'blob:'],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
      },
    },
    // Served over plain HTTP on development machines; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
  });
}

export function apiRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({
        errors: [
          {
            message: `Too many requests: at most ${perMinute} a minute from one client`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
