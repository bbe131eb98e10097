/** Messages between the analysis service and its worker thread. */
import type { CompactFragility } from '../compact/fragility-core.js';
import type { LinkSuggestion } from '../compact/adamic-adar.js';
import type { Membership } from '../compact/membership.js';
import type { PairKind } from '../missing-links.js';

/** A tie of a projection: its ends (organisation numbers), weight and number of shared instruments. */
export interface TieRow {
  a: number;
  b: number;
  weight: number;
  sharedCount: number;
}

/**
 * Which ties of a projection a coordination answer keeps, by their ends. `countries`: one code,
 * ties with at least one end of that state; several, ties joining organisations of two different
 * states among them. `around`: ties touching one of these organisations (numbers), and with
 * `amongPartners` also ties joining two of their partners.
 */
export interface TieEnds {
  countries?: string[];
  around?: number[];
  amongPartners?: boolean;
}

export type Task =
  | { kind: 'coordination'; limit: number; ends?: TieEnds }
  | { kind: 'fragility'; limit: number; budgetMs: number }
  | { kind: 'missingLinks'; pairKind: PairKind; limit: number }
  | { kind: 'periodChanges'; limit: number; ends?: TieEnds }
  /** Only build (or bring forward) and keep the projection, ahead of the analyses. */
  | { kind: 'hold' };

export interface TieChangeRow {
  kind: 'NEW' | 'LAPSED' | 'STRENGTHENED' | 'WEAKENED';
  a: number;
  b: number;
  weightBefore: number;
  weightAfter: number;
}

export interface TaskResults {
  coordination: { ties: TieRow[]; total: number };
  fragility: CompactFragility & { bridgeTies: TieRow[] };
  missingLinks: { links: LinkSuggestion[]; truncated: boolean };
  periodChanges: { changes: TieChangeRow[]; total: number };
  hold: { ties: number };
}

export interface Input {
  /** Names the membership: the store revision, clearance and filter it was read under. */
  key: string;
  /** Sent when the worker does not hold it already. */
  membership?: Membership;
}

/** A task and the memberships it reads (TaskThread sends it; the worker may ask for missing keys). */
export interface Request {
  inputs: Input[];
  task: Task;
}
