/**
 * GET /export?format=json|csv|graphml|gexf[&ids=a,b,c] — the graph (or the explorer's current view:
 * the given nodes and the ties among them) as a file download. It reads through the redacting
 * store at the request's viewer's clearance (server/http/viewer.ts), like every query, so a file
 * never holds what the viewer may not see.
 */
import { Router } from 'express';
import { redactingStore } from '../access/redacting-store.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../exchange/export-graph.js';
import type { GraphStore } from '../store/port.js';
import type { Logger } from './logger.js';
import { viewerOf } from './viewer.js';

const MAX_IDS = 5000;

export function exportRoutes(store: GraphStore, log: Logger): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const format = String(req.query.format ?? 'json').toLowerCase() as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) {
      res.status(400).json({
        errors: [
          {
            message: `format must be one of ${EXPORT_FORMATS.join(', ')}`,
            extensions: { code: 'BAD_USER_INPUT', field: 'format' },
          },
        ],
      });
      return;
    }
    const ids =
      typeof req.query.ids === 'string'
        ? req.query.ids
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : undefined;
    if (ids && (ids.length === 0 || ids.length > MAX_IDS)) {
      res.status(400).json({
        errors: [
          { message: `ids must name 1 to ${MAX_IDS} nodes`, extensions: { code: 'BAD_USER_INPUT', field: 'ids' } },
        ],
      });
      return;
    }
    try {
      const file = await exportGraph(redactingStore(store, viewerOf(res).clearance), { format, ids });
      res
        .status(200)
        .type(file.mimeType)
        .attachment(file.name)
        .send(typeof file.content === 'string' ? file.content : Buffer.from(file.content));
    } catch (e) {
      log.error('export failed', e);
      res
        .status(500)
        .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  });
  return router;
}
