/**
 * /brief?focus=pair:TH-LA (printable HTML), /brief.pdf?focus=… (PDF) and /brief.svg?focus=… (the
 * diagram alone, for the explorer's pair view), read through the requesting viewer's redacted
 * store like every other query. Optional `from` and `until` narrow the period. The embedded
 * typeface is served under /brief/fonts for the HTML page and the SVG.
 */
import { Router, type Request } from 'express';
import { DomainError } from '../domain/errors.js';
import { isPartialDate } from '../domain/partial-date.js';
import { ValidationError } from '../domain/errors.js';
import type { Logger } from '../http/logger.js';
import { viewerOf } from '../http/viewer.js';
import type { GraphStore } from '../store/port.js';
import { composeBrief } from './brief-data.js';
import { DORMANT_AFTER_MONTHS } from './brief-items.js';
import { formatFocus, parseFocus } from './focus.js';
import { briefHtml } from './render-html.js';
import { fontBytes } from './fonts.js';
import { PdfRenderer } from './pdf-worker/pool.js';
import { FONT_ROUTE } from './render-html.js';
import { pictureSvg } from './render-svg.js';

function period(req: Request): { from?: string; until?: string } {
  const out: { from?: string; until?: string } = {};
  for (const key of ['from', 'until'] as const) {
    const value = req.query[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !isPartialDate(value))
      throw new ValidationError(`${key} must be a date as YYYY, YYYY-MM or YYYY-MM-DD`, key);
    out[key] = value;
  }
  return out;
}

/** `months`: the quiet period verdicts are judged over, as the Gaps view's dormant list sets it. */
function verdictMonths(req: Request): { months: number } {
  const value = req.query.months;
  if (value === undefined) return { months: DORMANT_AFTER_MONTHS };
  if (typeof value !== 'string' || !/^\d{1,3}$/.test(value) || Number(value) > 600)
    throw new ValidationError('months must be a whole number from 0 to 600', 'months');
  return { months: Number(value) };
}

/**
 * The HTTP status of a brief refused for a domain reason: the analysis worker full (BUSY) or too
 * slow is the server's state, not the asker's mistake, so it is 503 (ask again later), not 400.
 */
export function briefErrorStatus(code: string): number {
  return (
    ({ NOT_FOUND: 404, RATE_LIMITED: 429, BUSY: 503, ANALYSIS_TIMEOUT: 503 } as Record<string, number>)[code] ?? 400
  );
}

/** Expects the viewer middleware (server/http/viewer.ts) to have resolved who is asking. */
export function briefRoutes(store: GraphStore, log: Logger): Router {
  const router = Router();
  const pdfs = new PdfRenderer();
  const handle = (format: 'html' | 'pdf' | 'svg') => async (req: Request, res: import('express').Response) => {
    try {
      const focus = parseFocus(typeof req.query.focus === 'string' ? req.query.focus : undefined);
      const brief = await composeBrief(
        store,
        viewerOf(res).clearance,
        focus,
        period(req),
        new Date(),
        verdictMonths(req),
      );
      if (format === 'pdf') {
        res
          .type('application/pdf')
          .setHeader(
            'content-disposition',
            `inline; filename="brief-${formatFocus(focus).replace(/[^a-z0-9-]+/gi, '-')}.pdf"`,
          );
        res.send(Buffer.from(await pdfs.render(brief)));
      } else if (format === 'svg') {
        res.type('image/svg+xml').send(pictureSvg(brief.picture, brief.title, `${FONT_ROUTE}/sarabun-regular.ttf`));
      } else {
        const pdfHref = `brief.pdf?${new URLSearchParams(req.query as Record<string, string>).toString()}`;
        res.type('html').send(briefHtml(brief, pdfHref));
      }
    } catch (e) {
      if (e instanceof DomainError) {
        res
          .status(briefErrorStatus(e.code))
          .json({ errors: [{ message: e.message, extensions: { code: e.code, field: e.field } }] });
      } else {
        log.error('brief failed', e);
        res
          .status(500)
          .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      }
    }
  };
  router.get('/brief', handle('html'));
  router.get('/brief.pdf', handle('pdf'));
  router.get('/brief.svg', handle('svg'));
  router.get(`${FONT_ROUTE}/:file`, async (req, res) => {
    const weight = { 'sarabun-regular.ttf': 'regular', 'sarabun-bold.ttf': 'bold' }[req.params.file] as
      'regular' | 'bold' | undefined;
    if (!weight) {
      res.status(404).json({ errors: [{ message: 'No such font', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    res
      .type('font/ttf')
      .setHeader('cache-control', 'public, max-age=86400')
      .send(Buffer.from(await fontBytes(weight)));
  });
  return router;
}
