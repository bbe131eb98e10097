/** Fields every node kind shares: its kind, its relationships (paginated) and its sources. */
import { ValidationError } from '../domain/errors.js';
import type { NodeRecord } from '../domain/records.js';
import type { RelationshipType } from '../domain/vocabulary.js';
import type { RequestContext } from '../http/context.js';
import { intInRange } from './arguments.js';
import { tiesOf } from './connected.js';

const TYPENAME = {
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  AGREEMENT: 'Agreement',
  MEETING: 'Meeting',
  JOINT_CASE: 'JointCase',
  SOURCE: 'Source',
} as const satisfies Record<NodeRecord['nodeKind'], string>;

export const Node = {
  __resolveType: (node: NodeRecord) => TYPENAME[node.nodeKind],
};

interface RelationshipsArgs {
  types?: (typeof RelationshipType)[keyof typeof RelationshipType][] | null;
  direction?: 'OUTGOING' | 'INCOMING' | 'BOTH' | null;
  first?: number | null;
  after?: string | null;
}

/** Field resolvers shared by every type implementing Node. */
export const nodeFields = {
  /** 0 only when the node was deleted while the request ran. */
  async version(node: NodeRecord, _args: unknown, ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.version.load(node.id)) ?? 0;
  },

  async relationships(node: NodeRecord, args: RelationshipsArgs, ctx: RequestContext) {
    const first = intInRange('first', args.first, 1, 500, 50);
    const offset = args.after ? decodeOffset(args.after) : 0;
    const all = (await tiesOf(ctx, node.id, undefined, args.direction ?? 'BOTH')).filter(
      (r) => !args.types || args.types.includes(r.type),
    );
    const page = all.slice(offset, offset + first);
    const hasNextPage = offset + page.length < all.length;
    return {
      nodes: page,
      totalCount: all.length,
      hasNextPage,
      endCursor: hasNextPage ? Buffer.from(String(offset + page.length)).toString('base64url') : null,
    };
  },
};

function decodeOffset(cursor: string): number {
  const n = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isInteger(n) || n < 0) throw new ValidationError('after: not a cursor this API returned', 'after');
  return n;
}
