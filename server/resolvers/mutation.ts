/**
 * The edit API: thin resolvers that check the viewer may edit (EDITOR or above: UNAUTHENTICATED
 * for anonymous, FORBIDDEN for a lesser role), hand each mutation to the write service
 * (server/editing) as the request's actor (the signed-in username), then drop the request's cached reads so fields resolved after the edit
 * (versions, ties, the new values) come from the store as it now is.
 */
import type { MutationResolvers } from '../__generated__/graphql.js';
import type { NodeRecord } from '../domain/records.js';
import { requireRole } from '../accounts/roles.js';
import { EditingService } from '../editing/service.js';
import { importFiles } from '../exchange/import-graph.js';
import type { RequestContext } from '../http/context.js';
import type { NodeKindValue } from '../store/port.js';

function service(ctx: RequestContext): EditingService {
  return new EditingService(ctx.store, { actor: ctx.actor });
}

/** Cached reads of this request may predate the edit. */
function forget(ctx: RequestContext): void {
  ctx.loaders.node.clearAll();
  ctx.loaders.relationships.clearAll();
  ctx.loaders.version.clearAll();
  ctx.loaders.countryByCode.clearAll();
}

async function edited<T>(ctx: RequestContext, work: (s: EditingService) => Promise<T>): Promise<T> {
  requireRole(ctx.viewer, 'EDITOR');
  try {
    return await work(service(ctx));
  } finally {
    forget(ctx);
  }
}

type Of<K extends NodeKindValue> = Extract<NodeRecord, { nodeKind: K }>;
type Args = { comment?: string | null };

function create<K extends NodeKindValue>(kind: K) {
  return (_root: unknown, args: Args & { input: object }, ctx: RequestContext) =>
    edited(ctx, async (s) => (await s.createNode(kind, { ...args.input }, args.comment)) as Of<K>);
}

function update<K extends NodeKindValue>(kind: K) {
  return (_root: unknown, args: Args & { id: string; expectedVersion: number; patch: object }, ctx: RequestContext) =>
    edited(
      ctx,
      async (s) => (await s.updateNode(kind, args.id, args.expectedVersion, { ...args.patch }, args.comment)) as Of<K>,
    );
}

function remove(kind: NodeKindValue) {
  return (_root: unknown, args: Args & { id: string; expectedVersion: number }, ctx: RequestContext) =>
    edited(ctx, (s) => s.deleteNode(kind, args.id, args.expectedVersion, args.comment));
}

export const Mutation: MutationResolvers = {
  createOrganization: create('ORGANIZATION'),
  updateOrganization: update('ORGANIZATION'),
  deleteOrganization: remove('ORGANIZATION'),
  createCountry: create('COUNTRY'),
  updateCountry: update('COUNTRY'),
  deleteCountry: remove('COUNTRY'),
  createAgreement: create('AGREEMENT'),
  updateAgreement: update('AGREEMENT'),
  deleteAgreement: remove('AGREEMENT'),
  createMeeting: create('MEETING'),
  updateMeeting: update('MEETING'),
  deleteMeeting: remove('MEETING'),
  createJointCase: create('JOINT_CASE'),
  updateJointCase: update('JOINT_CASE'),
  deleteJointCase: remove('JOINT_CASE'),
  createSource: create('SOURCE'),
  updateSource: update('SOURCE'),
  deleteSource: remove('SOURCE'),

  createRelationship: (_root, args, ctx) => edited(ctx, (s) => s.createRelationship({ ...args.input }, args.comment)),
  updateRelationship: (_root, args, ctx) =>
    edited(ctx, (s) => s.updateRelationship(args.id, args.expectedVersion, { ...args.patch }, args.comment)),
  deleteRelationship: (_root, args, ctx) =>
    edited(ctx, (s) => s.deleteRelationship(args.id, args.expectedVersion, args.comment)),

  mergeOrganizations: (_root, args, ctx) => edited(ctx, (s) => s.mergeOrganizations(args, args.comment)),

  recordMeeting: (_root, args, ctx) =>
    edited(
      ctx,
      async (s) =>
        (await s.recordMeeting(
          {
            meeting: { ...args.input.meeting },
            participants: args.input.participants.map((p) => ({ ...p })),
            under: args.input.under ?? null,
          },
          args.comment,
        )) as Of<'MEETING'>,
    ),

  importGraph: (_root, args, ctx) =>
    edited(ctx, (s) =>
      importFiles(s, {
        format: args.format,
        files: args.files.map((f) => ({ name: f.name, content: f.content, encoding: f.encoding ?? 'TEXT' })),
        dryRun: args.dryRun,
        comment: args.comment,
      }),
    ),
};
