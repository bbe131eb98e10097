/**
 * The bilateral cooperation matrix: for each pair of states, the verdict of gap-verdict.ts (the
 * agreements, meetings and joint cases behind it, and whether the pair is active).
 */
import type { CountryRecord } from '../domain/records.js';
import { pairVerdict, prepareVerdicts, statesIn, type PairVerdict, type VerdictOptions } from './gap-verdict.js';
import type { InstrumentEntry, InstrumentIndex } from './instrument-index.js';
import { yieldToLoop } from '../scheduling/time-slices.js';

/** The COMMIT member states, Thailand first: the default rows of the matrix. */
export const COMMIT_MEMBERS = ['TH', 'KH', 'CN', 'LA', 'MM', 'VN'];

/** A matrix cell is a pair verdict. */
export type BilateralCell = PairVerdict;

/**
 * The matrix for the states of `codes`. Its verdicts are worked out one pair at a time, letting
 * other requests run in between: on a national graph a pair takes a large fraction of a second.
 */
export async function bilateralMatrix(
  index: InstrumentIndex,
  codes: readonly string[],
  options?: VerdictOptions,
): Promise<{ countries: CountryRecord[]; cells: BilateralCell[] }> {
  await prepareVerdicts(index);
  const byCode = new Map(index.countries.map((c) => [c.code, c]));
  const countries = codes.map((code) => byCode.get(code)).filter((c): c is CountryRecord => !!c);
  // Only the instruments naming two of the asked states can be shared by a pair of them.
  const asked = new Set(codes);
  const relevant: InstrumentEntry[] = [];
  for (const [entry, states] of statesIn(index)) {
    let count = 0;
    for (const c of states) if (asked.has(c)) count++;
    if (count >= 2) relevant.push(entry);
  }
  const cells: BilateralCell[] = [];
  for (let i = 0; i < countries.length; i++) {
    for (let j = i + 1; j < countries.length; j++) {
      cells.push(pairVerdict(index, countries[i]!, countries[j]!, options, relevant));
      await yieldToLoop();
    }
  }
  return { countries, cells };
}
