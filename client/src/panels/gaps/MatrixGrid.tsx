/**
 * The bilateral cooperation matrix as a heat map: a real table, one row and one column per state,
 * each cell naming its verdict in words (colour only repeats it) and opening the pair's evidence.
 */
import type { BilateralMatrixQuery } from '../../__generated__/graphql.js';
import {
  BILATERAL_COLOURS,
  BILATERAL_STATUSES,
  BILATERAL_WORDS,
  bilateralMeaning,
  cellCounts,
  cellSummary,
  matrixGrid,
  pairKey,
} from '../../graph/gaps.js';

type Matrix = BilateralMatrixQuery['bilateralMatrix'];

export function MatrixGrid({
  matrix,
  pair,
  onPair,
}: {
  matrix: Matrix;
  pair: [string, string] | null;
  onPair(pair: [string, string]): void;
}) {
  const codes = matrix.countries.map((c) => c.code);
  // Every cell is judged over the same months and reference date.
  const months = matrix.cells[0]?.months ?? 24;
  const referenceDate = matrix.cells[0]?.referenceDate;
  const names = new Map(matrix.countries.map((c) => [c.code, c.name]));
  const grid = matrixGrid(codes, matrix.cells);
  const open = pair ? pairKey(pair[0], pair[1]) : null;
  return (
    <div className="matrix-wrap">
      <table className="matrix" data-testid="matrix">
        <caption className="visually-hidden">
          Bilateral cooperation between {codes.length} states: each cell gives the verdict for the pair
        </caption>
        <thead>
          <tr>
            <td />
            {codes.map((c) => (
              <th key={c} scope="col" title={names.get(c)}>
                <span className="matrix-code">{c}</span>
                <span className="matrix-name">{names.get(c)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, i) => {
            const a = codes[i]!;
            return (
              <tr key={a}>
                <th scope="row" title={names.get(a)}>
                  <span className="matrix-name">{names.get(a)}</span>
                  <span className="matrix-code">{a}</span>
                </th>
                {row.map((cell, j) => {
                  const b = codes[j]!;
                  if (!cell) return <td key={b} className="matrix-diagonal" aria-label="—" />;
                  const colour = BILATERAL_COLOURS[cell.status];
                  const key = pairKey(a, b);
                  return (
                    <td key={b} className="matrix-cell-td">
                      <button
                        type="button"
                        className={key === open ? 'matrix-cell open' : 'matrix-cell'}
                        style={{ background: colour.background, color: colour.text }}
                        onClick={() => onPair([a, b])}
                        aria-pressed={key === open}
                        title={cell.explanation}
                        data-testid="matrix-cell"
                        data-pair={`${a}~${b}`}
                        data-status={cell.status}
                      >
                        {/* The name read out holds the text shown (WCAG 2.5.3), with the pair and the counts in words. */}
                        <span className="visually-hidden">{`${names.get(a)} – ${names.get(b)}: `}</span>
                        <span className="matrix-status">{BILATERAL_WORDS[cell.status]}</span>
                        {cellCounts(cell).map((line) => (
                          <span key={line} className="matrix-counts">
                            {line}
                          </span>
                        ))}
                        <span className="visually-hidden">{`. ${cellSummary(cell)}. Open the evidence.`}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="matrix-legend" aria-label="Legend" data-testid="matrix-legend">
        {BILATERAL_STATUSES.map((s) => (
          <li key={s}>
            <span
              className="swatch"
              style={{ background: BILATERAL_COLOURS[s].background, color: BILATERAL_COLOURS[s].text }}
            >
              {BILATERAL_WORDS[s]}
            </span>
            <span className="muted">
              {bilateralMeaning(s, months)} ({grid.counts[s]} pair{grid.counts[s] === 1 ? '' : 's'})
            </span>
          </li>
        ))}
        <li className="muted">
          Agreements: bilat. bilateral, multi multilateral · mtg meetings · cases joint cases shared by the pair
          {referenceDate ? ` · recent: the ${months} months before ${referenceDate}` : ''}
        </li>
      </ul>
    </div>
  );
}
