/**
 * The bilateral cooperation matrix: for each pair of states, the verdict of gap-verdict.ts (the
 * agreements, meetings and joint cases behind it, and whether the pair is active).
 */
import type { CountryRecord } from '../domain/records.js';
import { pairVerdict, type PairVerdict, type VerdictOptions } from './gap-verdict.js';
import type { InstrumentEntry, InstrumentIndex } from './instrument-index.js';
import { statesOf } from './sides.js';

/** The COMMIT member states, Thailand first: the default rows of the matrix. */
export const COMMIT_MEMBERS = ['TH', 'KH', 'CN', 'LA', 'MM', 'VN'];

/** A matrix cell is a pair verdict. */
export type BilateralCell = PairVerdict;

/**
 * Each instrument with the states it involves, computed once per index: indexes are kept per store
 * revision and filter (service.ts), so a repeated matrix does not recompute 80,000 instruments' states.
 */
const statesByIndex = new WeakMap<InstrumentIndex, { entry: InstrumentEntry; states: Set<string> }[]>();

function withStates(index: InstrumentIndex) {
  let list = statesByIndex.get(index);
  if (!list) {
    list = index.entries.map((entry) => ({ entry, states: statesOf(entry) }));
    statesByIndex.set(index, list);
  }
  return list;
}

export function bilateralMatrix(
  index: InstrumentIndex,
  codes: readonly string[],
  options?: VerdictOptions,
): { countries: CountryRecord[]; cells: BilateralCell[] } {
  const byCode = new Map(index.countries.map((c) => [c.code, c]));
  const countries = codes.map((code) => byCode.get(code)).filter((c): c is CountryRecord => !!c);
  // Only the instruments naming two of the asked states can be shared by a pair of them.
  const asked = new Set(codes);
  const relevant = withStates(index)
    .filter(({ states }) => [...states].filter((c) => asked.has(c)).length >= 2)
    .map(({ entry }) => entry);
  const cells: BilateralCell[] = [];
  for (let i = 0; i < countries.length; i++) {
    for (let j = i + 1; j < countries.length; j++)
      cells.push(pairVerdict(index, countries[i]!, countries[j]!, options, relevant));
  }
  return { countries, cells };
}
