/**
 * Gap analyses: thin resolvers over server/analysis. Each evaluates its filter once per store
 * revision, clearance and filter (analysis/service.ts); the costly ones run on the analysis worker
 * thread, and the answers of the others are kept per revision, clearance, filter and arguments.
 */
import type { QueryResolvers } from '../__generated__/graphql.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { bilateralMatrix, COMMIT_MEMBERS } from '../analysis/bilateral-matrix.js';
import { dormantAgreements } from '../analysis/dormant-agreements.js';
import { DEFAULT_QUIET_MONTHS } from '../analysis/gap-verdict.js';
import { analysisService } from '../analysis/service.js';
import type { CountryRecord, OrganizationRecord } from '../domain/records.js';
import type { GraphFilter } from '../graph/filter.js';
import type { RequestContext } from '../http/context.js';
import { checkedFilter, intInRange, nonEmptyIds } from './arguments.js';

function isoCodes(name: string, codes: readonly string[]): string[] {
  codes.forEach((code, i) => {
    if (!/^[A-Z]{2}$/.test(code))
      throw new ValidationError(`${name}[${i}] '${code}' is not an ISO 3166-1 alpha-2 code such as TH`, name);
  });
  if (new Set(codes).size < 2) throw new ValidationError(`${name} must name at least two different states`, name);
  return [...new Set(codes)];
}

/** Today, for answers that may depend on it: a kept answer is not served the next day. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function country(countries: readonly CountryRecord[], field: string, code: string): CountryRecord {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper))
    throw new ValidationError(`${field} '${code}' is not an ISO 3166-1 alpha-2 code such as TH`, field);
  const found = countries.find((c) => c.code === upper);
  if (!found) throw new NotFoundError(`no country has the code '${upper}'`, field);
  return found;
}

/** The prepared index for this request's viewer and filter. */
export function prepared(ctx: RequestContext, filter: GraphFilter, orgs?: OrganizationRecord[]) {
  return analysisService().prepare(ctx.store, ctx.viewer.clearance, filter, orgs);
}

export const analysisQueries: QueryResolvers = {
  async bilateralMatrix(_root, args, ctx) {
    const codes = isoCodes('countries', args.countries ?? COMMIT_MEMBERS);
    const months = intInRange('months', args.months, 0, 600, DEFAULT_QUIET_MONTHS);
    const p = await prepared(ctx, checkedFilter(args.filter));
    const { countries } = p.selection.catalogue;
    const missing = codes.filter((c) => !countries.some((k) => k.code === c));
    if (args.countries && missing.length)
      throw new NotFoundError(`no country has the code ${missing.join(', ')}`, 'countries');
    const asOf = args.asOf ?? undefined;
    return analysisService().answer(p, `matrix|${codes.join(',')}|${months}|${asOf ?? today()}`, async () =>
      bilateralMatrix(await p.records(), codes, { months, asOf }),
    );
  },

  async counterpartCoverage(_root, args, ctx) {
    const p = await prepared(ctx, checkedFilter(args.filter));
    const { countries } = p.selection.catalogue;
    const a = country(countries, 'a', args.a);
    const b = country(countries, 'b', args.b);
    if (a.code === b.code) throw new ValidationError('a and b must be different states', 'b');
    return analysisService().coverage(p, a, b);
  },

  async dormantAgreements(_root, args, ctx) {
    const months = intInRange('months', args.months, 0, 600, DEFAULT_QUIET_MONTHS);
    const p = await prepared(ctx, checkedFilter(args.filter));
    const asOf = args.asOf ?? undefined;
    return analysisService().answer(p, `dormant|${months}|${asOf ?? today()}`, async () =>
      dormantAgreements(await p.records(), months, asOf),
    );
  },

  async missingLinks(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 200, 25);
    const p = await prepared(ctx, checkedFilter(args.filter));
    return (await analysisService().missingLinks(p, args.pairKind ?? 'ANY', limit)).links;
  },

  async missingLinkReport(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 200, 25);
    const p = await prepared(ctx, checkedFilter(args.filter));
    return analysisService().missingLinks(p, args.pairKind ?? 'ANY', limit);
  },

  async fragility(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 200, 20);
    const p = await prepared(ctx, checkedFilter(args.filter));
    return analysisService().fragility(p, limit);
  },

  async periodChanges(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 1000, 100);
    const around = args.around ? nonEmptyIds('around', args.around, 20) : undefined;
    if (args.amongPartners && !around) throw new ValidationError('amongPartners needs around', 'amongPartners');
    const ends = around ? { around, amongPartners: !!args.amongPartners } : undefined;
    const base = checkedFilter(args.filter);
    // An instrument with no date cannot be placed in either period: counted in both, it would hide
    // a tie's change (a tie that is new in b looks merely strengthened), so only dated ones count.
    const filters = [args.a, args.b].map((period, i) => ({
      ...checkedFilter({ ...base, from: period.from ?? null, until: period.until ?? null }, i ? 'b' : 'a'),
      datedOnly: true,
    }));
    // Both periods numbered over the same organisations, so the worker can pair their ties.
    const [a, b] = await Promise.all(filters.map((f) => prepared(ctx, f)));
    // Organisations carry no dates, so both periods usually number the same ones; if not, renumber.
    const same = a!.orgs.length === b!.orgs.length && a!.orgs.every((o, i) => o.id === b!.orgs[i]!.id);
    if (same) return (await analysisService().periodChanges(a!, b!, limit, ends)).changes;
    const shared = [...new Map([...a!.orgs, ...b!.orgs].map((o) => [o.id, o])).values()];
    const [pa, pb] = await Promise.all(filters.map((f) => prepared(ctx, f, shared)));
    return (await analysisService().periodChanges(pa!, pb!, limit, ends)).changes;
  },
};
