/**
 * The Gaps view: where cooperation is missing, has gone quiet, or hangs on one actor, within the
 * explorer's filters and time window. Every item shows its evidence in the graph when chosen.
 */
import { BilateralMatrixDocument, type PairKind } from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import { ABSENCE_NOTE, pairKey, type FocusPlan } from '../../graph/gaps.js';
import { toGraphFilter, type Filters } from '../../graph/filter.js';
import type { GapsState } from '../../graph/url-state.js';
import { DormantList, FragilityLists, MissingLinksList } from './GapLists.js';
import { MatrixGrid } from './MatrixGrid.js';
import { PairDetails } from './PairDetails.js';

export interface GapsViewProps {
  filters: Filters;
  /** The filters in words ("2024 · meetings"), or '' when none apply. */
  filterWords: string;
  gaps: GapsState;
  onGaps(gaps: Partial<GapsState>): void;
  onFocus(plan: FocusPlan): void;
}

export function GapsView({ filters, filterWords, gaps, onGaps, onFocus }: GapsViewProps) {
  const filter = toGraphFilter(filters);
  // The states chosen in the country filter, when there are at least two; else the COMMIT members.
  const countries = filters.countries && filters.countries.length >= 2 ? filters.countries : null;
  // The same months as the dormant list: a pair called dormant has its agreements on that list.
  const matrix = useQuery(BilateralMatrixDocument, { countries, filter, months: gaps.months });
  const m = matrix.data?.bilateralMatrix;
  const names = new Map((m?.countries ?? []).map((c) => [c.code, c.name]));
  const open = gaps.pair ? pairKey(gaps.pair[0], gaps.pair[1]) : null;
  const cell = open ? m?.cells.find((c) => pairKey(c.a.code, c.b.code) === open) : undefined;

  return (
    <div className="gaps-wrap" data-testid="gaps-view">
      <div className="gaps">
        <header className="gaps-head">
          <div>
            <h2>Gaps</h2>
            <p className="muted">
              Where cooperation is missing, has gone quiet, or hangs on one actor —{' '}
              {filterWords ? (
                <>
                  within the current filters: <strong data-testid="gaps-filters">{filterWords}</strong>
                </>
              ) : (
                'across the whole graph (the filters on the left narrow every analysis)'
              )}
              . Choose any item to see its evidence in the graph.
            </p>
          </div>
        </header>
        <p className="absence-note" role="note" data-testid="absence-note">
          <strong>{ABSENCE_NOTE}</strong> A gap means no source document in the graph records a tie: treat it as a
          question to ask, not a finding to report.
        </p>

        <section className="gap-card" aria-labelledby="gaps-matrix">
          <header className="gap-card-head">
            <h3 id="gaps-matrix">Bilateral cooperation</h3>
            <span className="muted">
              {countries ? 'The states in the country filter' : 'COMMIT members, Thailand first'} · choose a cell for
              its evidence
            </span>
          </header>
          {matrix.error && (
            <p className="error" role="alert">
              {matrix.error}
            </p>
          )}
          {matrix.loading && (
            <p className="muted" data-testid="loading">
              Loading the matrix…
            </p>
          )}
          {m && <MatrixGrid matrix={m} pair={gaps.pair} onPair={(pair) => onGaps({ pair })} />}
        </section>

        {cell && (
          <PairDetails
            key={open}
            cell={cell}
            names={names}
            filter={filter}
            onFocus={onFocus}
            onClose={() => onGaps({ pair: null })}
          />
        )}

        <FragilityLists filter={filter} onFocus={onFocus} />
        <div className="gaps-columns">
          <DormantList
            filter={filter}
            months={gaps.months}
            onMonths={(months) => onGaps({ months })}
            onFocus={onFocus}
          />
          <MissingLinksList
            filter={filter}
            pairKind={gaps.pairKind}
            onPairKind={(pairKind: PairKind) => onGaps({ pairKind })}
            onFocus={onFocus}
          />
        </div>
      </div>
    </div>
  );
}
