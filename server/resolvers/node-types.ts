/** Resolvers of the concrete node types: the connected items each one exposes. */
import type {
  AgreementResolvers,
  CitationResolvers,
  CountryResolvers,
  JointCaseResolvers,
  MeetingResolvers,
  OrganizationResolvers,
  RelationshipResolvers,
  SourceResolvers,
} from '../__generated__/graphql.js';
import { NotFoundError } from '../domain/errors.js';
import type { CountryRecord, NodeRecord, OrganizationRecord } from '../domain/records.js';
import type { RequestContext } from '../http/context.js';
import { connected } from './connected.js';
import { knownNode, knownParent, rememberNodes } from './known-nodes.js';
import { nodeFields } from './node.js';

async function countryOf(code: string | undefined, ctx: RequestContext): Promise<CountryRecord | null> {
  return code ? ctx.loaders.countryByCode.load(code) : null;
}

/** The node, synchronously when the request already read it (see known-nodes.ts). */
function nodeById(id: string, ctx: RequestContext): NodeRecord | Promise<NodeRecord> {
  return knownNode(ctx, id) ?? loadNode(id, ctx);
}

async function loadNode(id: string, ctx: RequestContext): Promise<NodeRecord> {
  const node = await ctx.loaders.node.load(id);
  // A dangling reference would be a store fault: stores refuse ties to missing nodes.
  if (!node) throw new NotFoundError(`no node has the id '${id}'`);
  rememberNodes(ctx, [node]);
  return node;
}

export const Organization: OrganizationResolvers = {
  ...nodeFields,
  country: (org, _args, ctx) => countryOf(org.countryCode, ctx),
  parent: (org, _args, ctx) => {
    const known = knownParent(ctx, org.id) as OrganizationRecord | null | undefined;
    if (known !== undefined) return known;
    return connected<OrganizationRecord>(ctx, org.id, 'PART_OF', 'OUTGOING').then((p) => p[0] ?? null);
  },
  units: (org, _args, ctx) => connected<OrganizationRecord>(ctx, org.id, 'PART_OF', 'INCOMING'),
};

export const Country: CountryResolvers = {
  ...nodeFields,
  memberships: (country, _args, ctx) => connected<OrganizationRecord>(ctx, country.id, 'MEMBER_OF', 'OUTGOING'),
};

export const Agreement: AgreementResolvers = {
  ...nodeFields,
  parties: (agreement, _args, ctx) => connected(ctx, agreement.id, 'PARTY_TO', 'INCOMING'),
};

export const Meeting: MeetingResolvers = {
  ...nodeFields,
  country: (meeting, _args, ctx) => countryOf(meeting.countryCode, ctx),
  participants: (meeting, _args, ctx) => connected<OrganizationRecord>(ctx, meeting.id, 'PARTICIPATED_IN', 'INCOMING'),
};

export const JointCase: JointCaseResolvers = {
  ...nodeFields,
  agencies: (jointCase, _args, ctx) => connected<OrganizationRecord>(ctx, jointCase.id, 'WORKS_ON', 'INCOMING'),
};

export const Source: SourceResolvers = { ...nodeFields };

export const Relationship: RelationshipResolvers = {
  start: (rel, _args, ctx) => nodeById(rel.start, ctx),
  end: (rel, _args, ctx) => nodeById(rel.end, ctx),
  version: async (rel, _args, ctx) => (await ctx.loaders.version.load(rel.id)) ?? 0,
};

export const Citation: CitationResolvers = {
  source: (citation, _args, ctx) => {
    const check = (source: NodeRecord) => {
      if (source.nodeKind !== 'SOURCE') throw new NotFoundError(`'${citation.source}' is not a source document`);
      return source;
    };
    const source = nodeById(citation.source, ctx);
    return source instanceof Promise ? source.then(check) : check(source);
  },
};
