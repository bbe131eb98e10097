/**
 * One country pair opened from the matrix: its verdict explained, the instruments behind it, and
 * the sector-by-sector counterpart coverage with the ties and their evidence.
 */
import {
  CounterpartCoverageDocument,
  type BilateralMatrixQuery,
  type GapNodeFragment,
  type GapTieFragment,
  type GraphFilter,
} from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import {
  BILATERAL_COLOURS,
  BILATERAL_WORDS,
  COVERAGE_COLOURS,
  COVERAGE_WORDS,
  focusOnCell,
  focusOnNode,
  focusOnTie,
  type FocusPlan,
} from '../../graph/gaps.js';
import { formatDate } from '../../graph/partial-date.js';
import { label } from '../../graph/vocabulary.js';
import { GapNodeButton, gapName } from './GapNodeButton.js';

type Cell = BilateralMatrixQuery['bilateralMatrix']['cells'][number];

export function PairDetails({
  cell,
  names,
  filter,
  onFocus,
  onClose,
}: {
  cell: Cell;
  names: ReadonlyMap<string, string>;
  filter: GraphFilter | null;
  onFocus(plan: FocusPlan): void;
  onClose(): void;
}) {
  const a = cell.a.code;
  const b = cell.b.code;
  const coverage = useQuery(CounterpartCoverageDocument, { a, b, filter });
  const colour = BILATERAL_COLOURS[cell.status];
  // The pair on its own by default: regional instruments (COMMIT, ASEAN) pull in every member state.
  const bilateral = focusOnCell({ ...cell, multilateralAgreements: [] });
  const pairName = `${names.get(a) ?? a} – ${names.get(b) ?? b}`;
  const about = (plan: FocusPlan | null, subject: string): FocusPlan | null => plan && { ...plan, subject };
  const plan = about(bilateral ?? focusOnCell(cell), `${pairName}: bilateral cooperation`);
  // Offered only when it adds something: a pair that only shares regional instruments shows them anyway.
  const regional = about(
    bilateral && cell.multilateralAgreements.length ? focusOnCell(cell) : null,
    `${pairName}: bilateral and regional cooperation`,
  );
  // The brief judges its verdicts over the same period and months as this panel.
  const period = new URLSearchParams({
    ...(filter?.from ? { from: filter.from } : {}),
    ...(filter?.until ? { until: filter.until } : {}),
    ...(cell.months !== 24 ? { months: String(cell.months) } : {}),
  }).toString();
  const briefQuery = (focus: string) => `focus=${encodeURIComponent(focus)}${period ? `&${period}` : ''}`;
  const groups: [string, readonly GapNodeFragment[]][] = [
    ['Multilateral agreements', cell.multilateralAgreements],
    ['Meetings', cell.meetings],
    ['Joint cases', cell.jointCases],
  ];
  return (
    <section
      className="gap-card pair-details"
      data-testid="pair-details"
      data-pair={`${a}~${b}`}
      aria-label={`${names.get(a)} – ${names.get(b)}`}
    >
      <header className="gap-card-head">
        <h3>
          {names.get(a) ?? a} – {names.get(b) ?? b}{' '}
          <span
            className="swatch"
            style={{ background: colour.background, color: colour.text }}
            data-testid="pair-status"
          >
            {BILATERAL_WORDS[cell.status]}
          </span>
        </h3>
        <div className="gap-card-actions">
          {plan && (
            <button type="button" className="btn small primary" onClick={() => onFocus(plan)} data-testid="pair-show">
              Show in graph
            </button>
          )}
          {regional && (
            <button
              type="button"
              className="btn small"
              onClick={() => onFocus(regional)}
              title="Also draw the regional agreements both are party to, with their other members"
              data-testid="pair-show-regional"
            >
              With regional instruments
            </button>
          )}
          <button type="button" className="btn small" onClick={onClose} aria-label="Close the pair">
            Close
          </button>
        </div>
      </header>
      <p className="explanation" data-testid="pair-explanation">
        {cell.explanation}
        {cell.lastActivity && <> Latest activity: {formatDate(cell.lastActivity)}.</>}
      </p>
      {cell.agreements.length > 0 && (
        <div className="evidence-group">
          <h4>
            Bilateral agreements and their use <span className="count">{cell.agreements.length}</span>
          </h4>
          <ul className="gap-list">
            {cell.agreements.map((u) => (
              <li
                key={u.agreement.id}
                data-testid="pair-agreement"
                data-id={u.agreement.id}
                data-dormant={String(u.dormant)}
              >
                <GapNodeButton
                  node={u.agreement}
                  onClick={() => onFocus(focusOnNode(u.agreement))}
                  testId="evidence-item"
                />
                {u.dormant && <span className="role">dormant</span>}
                {!u.inForce && <span className="role">not in force</span>}
                <span className="muted"> {u.summary}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {cell.activity.length > 0 && (
        <div className="evidence-group">
          <h4>
            The pair’s own activity <span className="count">{cell.activity.length}</span>
          </h4>
          <ul className="gap-list">
            {cell.activity.map((x) => (
              <li key={x.instrument.id} data-testid="pair-activity" data-id={x.instrument.id}>
                <GapNodeButton node={x.instrument} onClick={() => onFocus(focusOnNode(x.instrument))} />
                <span className="muted">
                  {' '}
                  {x.date ? formatDate(x.date) : 'undated'}
                  {x.note !== 'bilateral' && ` · ${x.note}`}
                  {!x.recent && ` · older than ${cell.months} months`}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <figure className="bilateral-diagram" data-testid="pair-diagram">
        <img
          src={`/brief.svg?${briefQuery(`pair:${a}-${b}`)}`}
          alt={`Bilateral diagram: ${names.get(a) ?? a} and ${names.get(b) ?? b}, agencies by sector with the instruments joining them`}
          style={{ width: '100%', height: 'auto' }}
        />
        <figcaption>
          <a href={`/brief?${briefQuery(`pair:${a}-${b}`)}`} target="_blank" rel="noopener" data-testid="pair-brief">
            One-page brief
          </a>
          {' · '}
          <a href={`/brief?${briefQuery(`prep:${a}-${b}`)}`} target="_blank" rel="noopener" data-testid="pair-prep">
            Prepare the next meeting
          </a>
        </figcaption>
      </figure>
      <div className="evidence-groups">
        {groups
          .filter(([, list]) => list.length)
          .map(([title, list]) => (
            <div key={title} className="evidence-group">
              <h4>
                {title} <span className="count">{list.length}</span>
              </h4>
              <ul className="gap-list">
                {list.map((n) => (
                  <li key={n.id}>
                    <GapNodeButton node={n} onClick={() => onFocus(focusOnNode(n))} testId="evidence-item" />
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </div>

      <h4 className="coverage-title">Counterpart coverage, sector by sector</h4>
      {coverage.error && (
        <p className="error" role="alert">
          {coverage.error}
        </p>
      )}
      {coverage.loading && <p className="muted">Loading the coverage…</p>}
      {coverage.data && !coverage.data.counterpartCoverage.sectors.length && (
        <p className="muted">Neither side has an agency with a recorded sector in the data.</p>
      )}
      {coverage.data && coverage.data.counterpartCoverage.omittedSectors.length > 0 && (
        <p className="muted" data-testid="coverage-omitted">
          Not listed (agencies on one side only, nothing across the border):{' '}
          {coverage.data.counterpartCoverage.omittedSectors.map(label).join(', ')}.
        </p>
      )}
      {coverage.data && coverage.data.counterpartCoverage.sectors.length > 0 && (
        <table className="coverage" data-testid="coverage">
          <thead>
            <tr>
              <th scope="col">Sector</th>
              <th scope="col">Status</th>
              <th scope="col">Ties and evidence</th>
            </tr>
          </thead>
          <tbody>
            {coverage.data.counterpartCoverage.sectors.map((s) => (
              <tr key={s.sector} data-testid="coverage-row" data-sector={s.sector} data-status={s.status}>
                <th scope="row">{s.label}</th>
                <td>
                  <span
                    className="swatch"
                    style={{
                      background: COVERAGE_COLOURS[s.status].background,
                      color: COVERAGE_COLOURS[s.status].text,
                    }}
                  >
                    {COVERAGE_WORDS[s.status]}
                  </span>
                </td>
                <td>
                  <p className="explanation">{s.explanation}</p>
                  {s.stateAgreements.length > 0 && (
                    <ul className="gap-list ties">
                      {s.stateAgreements.map((ag) => (
                        <li key={ag.id} data-testid="coverage-agreement" data-id={ag.id}>
                          <GapNodeButton node={ag} onClick={() => onFocus(focusOnNode(ag))} />
                          <span className="role">signed by the states</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  <TieList ties={s.ties} onFocus={onFocus} />
                  <TieList ties={s.crossSectorTies} onFocus={onFocus} cross />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function TieList({
  ties,
  onFocus,
  cross,
}: {
  ties: readonly GapTieFragment[];
  onFocus(plan: FocusPlan): void;
  cross?: boolean;
}) {
  if (!ties.length) return null;
  return (
    <ul className="gap-list ties">
      {ties.map((t) => (
        <li key={t.id} data-testid="coverage-tie">
          <button
            type="button"
            className="link"
            onClick={() => onFocus(focusOnTie(t))}
            title="Show the instruments behind this tie in the graph"
          >
            {gapName(t.a)} ↔ {gapName(t.b)}
          </button>
          {cross && <span className="role">cross-sector</span>}
          <span className="muted">
            {' '}
            via{' '}
            {t.evidence
              .slice(0, 3)
              .map((e) => e.name)
              .join('; ')}
            {t.evidence.length > 3 ? ` and ${t.evidence.length - 3} more` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
