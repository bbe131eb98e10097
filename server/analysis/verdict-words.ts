/**
 * The words of the pair verdicts, shared by everything that prints one: the API's explanations,
 * the briefs' status lines and the explorer's matrix and pair panel. No imports: the explorer
 * bundles this module as it is, so a verdict reads the same on every surface.
 */

/** The state of cooperation between two states, from the most to the least pressing. */
export type PairStatus = 'NO_BILATERAL_INSTRUMENT' | 'DORMANT' | 'INFORMAL' | 'ACTIVE';

/** The order legends list them in: the most pressing first. */
export const PAIR_STATUSES: readonly PairStatus[] = ['NO_BILATERAL_INSTRUMENT', 'DORMANT', 'INFORMAL', 'ACTIVE'];

/** The verdict as a label. */
export const PAIR_STATUS_WORDS: Record<PairStatus, string> = {
  NO_BILATERAL_INSTRUMENT: 'No bilateral instrument',
  DORMANT: 'Dormant',
  INFORMAL: 'Informal',
  ACTIVE: 'Active',
};

/** What each verdict means, for legends (`months` is the quiet period the verdict was judged on). */
export function pairStatusMeaning(status: PairStatus, months: number): string {
  switch (status) {
    case 'NO_BILATERAL_INSTRUMENT':
      return 'No bilateral agreement, meeting or case recorded: at most multi-country settings';
    case 'DORMANT':
      return `A bilateral agreement, but no activity of the pair in the last ${months} months of the data`;
    case 'INFORMAL':
      return 'Bilateral meetings or cases, but no bilateral agreement';
    case 'ACTIVE':
      return `A bilateral agreement and activity of the pair in the last ${months} months of the data`;
  }
}

/** "Thailand's side". */
export function sideWords(countryName: string): string {
  return `${countryName}${countryName.endsWith('s') ? '’' : '’s'} side`;
}
