/**
 * Agreements that have gone quiet: in force, but with no meeting or case under them for more than
 * a number of months before a reference date (by default the latest date in the data, so that an
 * archive of past reports is judged against its own time, not today's). The verdict per agreement
 * is gap-verdict.ts's, the same the matrix, the briefs and the pair panel state.
 */
import type { NodeRecord } from '../domain/records.js';
import type { PartialDate } from '../domain/partial-date.js';
import { dormantUses, type AgreementUse } from './gap-verdict.js';
import type { InstrumentIndex } from './instrument-index.js';

export { latestDateIn, monthsBetween } from './gap-verdict.js';

export interface DormantAgreement extends AgreementUse {
  parties: NodeRecord[];
}

export function dormantAgreements(
  index: InstrumentIndex,
  months: number,
  asOf: PartialDate | undefined,
): DormantAgreement[] {
  const parties = new Map(index.entries.map((e) => [e.instrument.id, [...e.orgs, ...e.countries]]));
  return dormantUses(index, { months, asOf }).map((use) => ({
    ...use,
    parties: parties.get(use.agreement.id) ?? [],
  }));
}
