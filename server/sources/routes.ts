/**
 * /sources/<id>?locator=…&quote=… — the evidence reader: the source document opened at the
 * quoted passage. Read through the requesting viewer's redacted store like every other read.
 */
import { Router, type Request, type Response } from 'express';
import { redactingStore } from '../access/redacting-store.js';
import type { SourceRecord } from '../domain/records.js';
import type { Logger } from '../http/logger.js';
import { viewerOf } from '../http/viewer.js';
import type { GraphStore } from '../store/port.js';
import { readerHtml } from './reader-html.js';

const MAX_PARAM = 2000;

function problem(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

export function sourceRoutes(store: GraphStore, log: Logger): Router {
  const router = Router();
  router.get('/sources/:id', async (req: Request<{ id: string }>, res) => {
    const params: Record<'locator' | 'quote', string | undefined> = { locator: undefined, quote: undefined };
    for (const key of ['locator', 'quote'] as const) {
      const value = req.query[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value.length > MAX_PARAM) {
        problem(res, 400, 'BAD_USER_INPUT', `${key} must be one text of at most ${MAX_PARAM} characters`, key);
        return;
      }
      params[key] = value;
    }
    try {
      const [node] = await redactingStore(store, viewerOf(res).clearance).getNodes([req.params.id]);
      if (node?.nodeKind !== 'SOURCE') {
        problem(res, 404, 'NOT_FOUND', `no source document has the id '${req.params.id.slice(0, 80)}'`, 'id');
        return;
      }
      res.type('html').send(readerHtml(node as SourceRecord, params));
    } catch (e) {
      log.error('source reader failed', e);
      problem(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
  return router;
}
