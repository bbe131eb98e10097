/** Gap analyses: thin resolvers over server/analysis, each on the filtered instrument index. */
import type { QueryResolvers } from '../__generated__/graphql.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import { bilateralMatrix, COMMIT_MEMBERS } from '../analysis/bilateral-matrix.js';
import { projectCoordination } from '../analysis/coordination.js';
import { counterpartCoverage } from '../analysis/counterpart-coverage.js';
import { dormantAgreements } from '../analysis/dormant-agreements.js';
import { fragility } from '../analysis/fragility.js';
import { loadInstrumentIndex, type InstrumentIndex } from '../analysis/instrument-index.js';
import { missingLinks } from '../analysis/missing-links.js';
import { compareTies } from '../analysis/period-change.js';
import type { CountryRecord } from '../domain/records.js';
import { checkedFilter, intInRange } from './arguments.js';

const EVERYTHING = Number.MAX_SAFE_INTEGER;

function isoCodes(name: string, codes: readonly string[]): string[] {
  codes.forEach((code, i) => {
    if (!/^[A-Z]{2}$/.test(code))
      throw new ValidationError(`${name}[${i}] '${code}' is not an ISO 3166-1 alpha-2 code such as TH`, name);
  });
  if (new Set(codes).size < 2) throw new ValidationError(`${name} must name at least two different states`, name);
  return [...new Set(codes)];
}

function country(index: InstrumentIndex, field: string, code: string): CountryRecord {
  const upper = code.toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper))
    throw new ValidationError(`${field} '${code}' is not an ISO 3166-1 alpha-2 code such as TH`, field);
  const found = index.countries.find((c) => c.code === upper);
  if (!found) throw new NotFoundError(`no country has the code '${upper}'`, field);
  return found;
}

export const analysisQueries: QueryResolvers = {
  async bilateralMatrix(_root, args, ctx) {
    const codes = isoCodes('countries', args.countries ?? COMMIT_MEMBERS);
    const index = await loadInstrumentIndex(ctx.store, checkedFilter(args.filter));
    const missing = codes.filter((c) => !index.countries.some((k) => k.code === c));
    if (args.countries && missing.length)
      throw new NotFoundError(`no country has the code ${missing.join(', ')}`, 'countries');
    return bilateralMatrix(index, codes);
  },

  async counterpartCoverage(_root, args, ctx) {
    const index = await loadInstrumentIndex(ctx.store, checkedFilter(args.filter));
    const a = country(index, 'a', args.a);
    const b = country(index, 'b', args.b);
    if (a.code === b.code) throw new ValidationError('a and b must be different states', 'b');
    return { a, b, sectors: counterpartCoverage(index, a, b) };
  },

  async dormantAgreements(_root, args, ctx) {
    const months = intInRange('months', args.months, 0, 600, 24);
    const index = await loadInstrumentIndex(ctx.store, checkedFilter(args.filter));
    return dormantAgreements(index, months, args.asOf ?? undefined);
  },

  async missingLinks(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 200, 25);
    const index = await loadInstrumentIndex(ctx.store, checkedFilter(args.filter));
    return missingLinks(projectCoordination(index, EVERYTHING).ties, args.pairKind ?? 'ANY', limit);
  },

  async fragility(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 200, 20);
    const index = await loadInstrumentIndex(ctx.store, checkedFilter(args.filter));
    return fragility(projectCoordination(index, EVERYTHING).ties, index.organizations, limit);
  },

  async periodChanges(_root, args, ctx) {
    const limit = intInRange('limit', args.limit, 1, 1000, 100);
    const base = checkedFilter(args.filter);
    const [a, b] = await Promise.all(
      [args.a, args.b].map(async (period, i) => {
        const filter = checkedFilter(
          { ...base, from: period.from ?? null, until: period.until ?? null },
          i ? 'b' : 'a',
        );
        return projectCoordination(await loadInstrumentIndex(ctx.store, filter), EVERYTHING).ties;
      }),
    );
    return compareTies(a!, b!).slice(0, limit);
  },
};
