/**
 * /sources/<id>?locator=…&quote=… — the evidence reader: the source document opened at the
 * quoted passage. POST /sources/<id>/text — an editor pastes the document's text (the reader's
 * form), written through the editing service like any change: versioned, validated, audited.
 * Both read and write through the requesting viewer, like every other route.
 */
import express, { Router, type Request, type Response } from 'express';
import { redactingStore } from '../access/redacting-store.js';
import { atLeast, requireRole } from '../accounts/roles.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import type { SourceRecord } from '../domain/records.js';
import { EditingService } from '../editing/service.js';
import type { Logger } from '../http/logger.js';
import { viewerOf } from '../http/viewer.js';
import type { GraphStore } from '../store/port.js';
import { readerHtml } from './reader-html.js';

const MAX_PARAM = 2000;
/** A long report is ~100k characters; the record allows 5M. */
const MAX_BODY = '6mb';

function problem(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

const STATUS: Record<string, number> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  STORE_UNAVAILABLE: 503,
};

export function sourceRoutes(store: GraphStore, log: Logger): Router {
  const router = Router();
  const failed = (res: Response, e: unknown) => {
    if (e instanceof DomainError) problem(res, STATUS[e.code] ?? 400, e.code, e.message, e.field);
    else {
      log.error('source reader failed', e);
      problem(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };

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
      const viewer = viewerOf(res);
      const reading = redactingStore(store, viewer.clearance);
      const [node] = await reading.getNodes([req.params.id]);
      if (node?.nodeKind !== 'SOURCE') {
        problem(res, 404, 'NOT_FOUND', `no source document has the id '${req.params.id.slice(0, 80)}'`, 'id');
        return;
      }
      const editable = viewer.account && atLeast(viewer.account.role, 'EDITOR');
      const [version] = editable ? await reading.versionsOf([node.id]) : [null];
      res.type('html').send(readerHtml(node as SourceRecord, params, version ?? undefined));
    } catch (e) {
      failed(res, e);
    }
  });

  router.post(
    '/sources/:id/text',
    express.urlencoded({ extended: false, limit: MAX_BODY }),
    async (req: Request<{ id: string }>, res) => {
      try {
        const viewer = viewerOf(res);
        const account = requireRole(viewer, 'EDITOR');
        const body = (req.body ?? {}) as Record<string, unknown>;
        const text = typeof body.text === 'string' ? body.text.replace(/\r\n/g, '\n') : '';
        if (!text.trim()) throw new ValidationError("text: paste the document's text", 'text');
        const version = Number(body.expectedVersion);
        if (!Number.isInteger(version) || version < 1)
          throw new ValidationError('expectedVersion must be the version the text was pasted onto', 'expectedVersion');
        const comment = typeof body.comment === 'string' && body.comment.trim() ? body.comment : 'document text pasted';
        const editing = new EditingService(redactingStore(store, viewer.clearance), { actor: account.username });
        await editing.updateNode('SOURCE', req.params.id, version, { text }, comment);
        res.redirect(303, `/sources/${encodeURIComponent(req.params.id)}`);
      } catch (e) {
        failed(res, e);
      }
    },
  );
  return router;
}
