/**
 * Reading and the review queue: thin over server/reading/service.ts. Every field needs the
 * EDITOR role; proposals naming items the editor may not see are left out on the way out.
 */
import type {
  MutationResolvers,
  NodeProposalResolvers,
  QueryResolvers,
  ReadingResolvers,
  ReadingSentenceResolvers,
  TieProposalResolvers,
} from '../__generated__/graphql.js';
import { accountsOf, type RequestContext } from '../http/context.js';
import { ValidationError } from '../domain/errors.js';
import { readingStoreOf } from '../reading/reading-store.js';
import type { ReadingRecord } from '../reading/records.js';
import { ReadingService } from '../reading/service.js';
import { idsOfReading, passageAround, visibleReading, type VisibleReading } from '../reading/visible.js';

function service(ctx: RequestContext): ReadingService {
  return new ReadingService(ctx.store, readingStoreOf(accountsOf(ctx).store), ctx.viewer);
}

/** Cached reads of this request may predate an accept. */
function forget(ctx: RequestContext): void {
  ctx.loaders.node.clearAll();
  ctx.loaders.relationships.clearAll();
  ctx.loaders.version.clearAll();
}

async function forViewer(record: ReadingRecord, ctx: RequestContext): Promise<VisibleReading> {
  const ids = idsOfReading(record);
  const nodes = await ctx.loaders.node.loadMany(ids);
  const visible = new Set(ids.filter((_id, i) => nodes[i] && !(nodes[i] instanceof Error)));
  return visibleReading(record, visible);
}

function decode(content: string, encoding: string | null | undefined): Uint8Array {
  if (encoding === 'BASE64') {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw new ValidationError('content: not base64', 'input.content');
    return new Uint8Array(Buffer.from(content, 'base64'));
  }
  return new TextEncoder().encode(content);
}

async function decided(ctx: RequestContext, readingId: string, work: (s: ReadingService) => Promise<unknown>) {
  const s = service(ctx);
  try {
    await work(s);
  } finally {
    forget(ctx);
  }
  return forViewer(await s.get(readingId), ctx);
}

export const readingQueries: QueryResolvers = {
  async readings(_root, _args, ctx) {
    const records = await service(ctx).list();
    return Promise.all(records.map((r) => forViewer(r, ctx)));
  },
  async reading(_root, args, ctx) {
    const s = service(ctx);
    const record = await s.get(args.id).catch(() => null);
    return record ? forViewer(record, ctx) : null;
  },
};

export const readingMutations: MutationResolvers = {
  async ingestDocument(_root, { input }, ctx) {
    const s = service(ctx);
    try {
      const record = await s.ingest({
        fileName: input.fileName,
        data: decode(input.content, input.encoding),
        format: input.format,
        title: input.title,
        sourceId: input.sourceId,
        publisher: input.publisher,
        publishedOn: input.publishedOn,
        comment: input.comment,
      });
      return forViewer(record, ctx);
    } finally {
      forget(ctx);
    }
  },
  acceptTieProposal: (_root, args, ctx) =>
    decided(ctx, args.reading, (s) => s.acceptTie(args.reading, args.proposal, { ...args.edits }, args.comment)),
  acceptNodeProposal: (_root, args, ctx) =>
    decided(ctx, args.reading, (s) => s.acceptNode(args.reading, args.proposal, { ...args.edits }, args.comment)),
  mergeNodeProposal: (_root, args, ctx) =>
    decided(ctx, args.reading, (s) => s.mergeNode(args.reading, args.proposal, args.into, args.comment)),
  rejectProposal: (_root, args, ctx) =>
    decided(ctx, args.reading, (s) => s.reject(args.reading, args.proposal, args.comment)),
};

export const Reading: ReadingResolvers = {
  id: (r) => r.record.id,
  title: (r) => r.record.title,
  fileName: (r) => r.record.fileName,
  format: (r) => r.record.format,
  sourceId: (r) => r.record.sourceId,
  pageCount: (r) => r.record.pageCount ?? null,
  ingestedBy: (r) => r.record.ingestedBy,
  ingestedAt: (r) => r.record.ingestedAt,
  version: (r) => r.record.version,
  pendingCount: (r) =>
    r.ties.filter((t) => t.status === 'PENDING').length + r.record.nodes.filter((n) => n.status === 'PENDING').length,
  ties: (r, args) => r.ties.filter((t) => !args.status || t.status === args.status),
  sentences: (r, args) => {
    const used = new Set(r.ties.filter((t) => !args.status || t.status === args.status).map((t) => t.sentence));
    return r.record.sentences.filter((s) => used.has(s.id)).map((sentence) => ({ sentence, reading: r }));
  },
  newOrganizations: (r, args) => r.record.nodes.filter((n) => !args.status || n.status === args.status),
  decisions: (r) =>
    [
      ...r.ties.flatMap((t) =>
        t.decision
          ? [
              {
                proposalId: t.id,
                summary: `${t.type} ${t.start.name} → ${t.end.name}`,
                status: t.status,
                ...t.decision,
              },
            ]
          : [],
      ),
      ...r.record.nodes.flatMap((n) =>
        n.decision
          ? [{ proposalId: n.id, summary: `new organization ${n.name}`, status: n.status, ...n.decision }]
          : [],
      ),
    ]
      .map((d) => ({ ...d, comment: d.comment ?? null, resultId: d.resultId ?? null }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
};

export const ReadingSentence: ReadingSentenceResolvers = {
  id: (s) => s.sentence.id,
  locator: (s) => s.sentence.locator,
  text: (s) => s.reading.record.text.slice(s.sentence.start, s.sentence.end),
  start: (s) => s.sentence.start,
  end: (s) => s.sentence.end,
  passage: (s) => passageAround(s.reading.record, s.sentence.start, s.sentence.end),
  dates: (s) => s.sentence.dates,
  counts: (s) => s.sentence.counts,
  ties: (s) => s.reading.ties.filter((t) => t.sentence === s.sentence.id),
};

export const TieProposal: TieProposalResolvers = {
  sentenceId: (t) => t.sentence,
  role: (t) => t.role ?? null,
  from: (t) => t.from ?? null,
  until: (t) => t.until ?? null,
  decision: (t) => (t.decision ? { comment: null, resultId: null, ...t.decision } : null),
};

export const NodeProposal: NodeProposalResolvers = {
  acronym: (n) => n.acronym ?? null,
  organizationKind: (n) => n.organizationKind as never,
  decision: (n) => (n.decision ? { comment: null, resultId: null, ...n.decision } : null),
};
