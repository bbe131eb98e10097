/**
 * The time window: a two-thumb range slider over the years the data spans, with year fields for
 * exact entry. What falls outside is hidden; undated items are kept or left out as the switch
 * below it says. The year fields never rewrite each other: what is typed stays until a valid
 * range is applied, and an impossible one (From after Until) is explained, not applied.
 */
import { useEffect, useRef, useState } from 'react';
import { yearOf } from '../../graph/partial-date.js';
import { checkYears } from './years.js';

export interface TimeWindowProps {
  /** The span of the data (from the API's stats). */
  earliest: string | null;
  latest: string | null;
  from: string | null;
  until: string | null;
  /** How many dated items start in each year, for the bars behind the slider. */
  histogram?: ReadonlyMap<number, number>;
  onChange(window: { from: string | null; until: string | null }): void;
}

export function TimeWindow({ earliest, latest, from, until, histogram, onChange }: TimeWindowProps) {
  const min = earliest ? yearOf(earliest) : null;
  const max = latest ? yearOf(latest) : null;
  const [draft, setDraft] = useState<[number, number] | null>(null);
  const [fromText, setFromText] = useState('');
  const [untilText, setUntilText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const lo = min === null ? 0 : Math.max(min, from ? yearOf(from) : min);
  const hi = max === null ? 0 : Math.min(max, until ? yearOf(until) : max);
  const [a, b] = draft ?? [lo, hi];
  useEffect(() => {
    setFromText(String(lo));
    setUntilText(String(hi));
    setProblem(null);
  }, [lo, hi]);

  /** A window reaching the data's first or last year is left open at that end. */
  const commit = (f: number, u: number) => {
    if (min === null || max === null) return;
    onChange({ from: f <= min ? null : String(f), until: u >= max ? null : String(u) });
  };
  const commitRef = useRef(commit);
  commitRef.current = commit;

  // Commit a moment after the last movement, so dragging does not refilter on every step.
  useEffect(() => {
    if (!draft) return;
    const t = setTimeout(() => {
      commitRef.current(draft[0], draft[1]);
      setDraft(null);
    }, 250);
    return () => clearTimeout(t);
  }, [draft]);

  if (min === null || max === null) return <p className="muted">No dated items in the graph.</p>;

  const commitText = () => {
    const checked = checkYears(fromText, untilText);
    setProblem(checked.problem);
    if (checked.problem !== null) return;
    if (checked.from === a && checked.until === b) return;
    commit(Math.max(min, Math.min(max, checked.from)), Math.max(min, Math.min(max, checked.until)));
  };

  const span = Math.max(1, max - min);
  const pct = (y: number) => ((y - min) / span) * 100;
  const peak = Math.max(1, ...(histogram?.values() ?? [0]));
  const active = from !== null || until !== null;
  return (
    <div className="time-window" data-testid="time-window">
      <div className="time-window-head">
        <span className="time-window-value" data-testid="time-window-value">
          {active ? (a === b ? `${a}` : `${a} – ${b}`) : `All dates (${min} – ${max})`}
        </span>
        {active && (
          <button type="button" className="link" onClick={() => onChange({ from: null, until: null })}>
            Clear
          </button>
        )}
      </div>
      <div className="range">
        {histogram && (
          <div className="histogram" aria-hidden="true">
            {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((y) => (
              <span
                key={y}
                className={y >= a && y <= b ? 'bar in' : 'bar'}
                style={{ height: `${((histogram.get(y) ?? 0) / peak) * 100}%` }}
              />
            ))}
          </div>
        )}
        <div className="range-track" aria-hidden="true">
          <span className="range-fill" style={{ left: `${pct(a)}%`, width: `${pct(b) - pct(a)}%` }} />
        </div>
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={a}
          aria-label="Time window: from year"
          aria-valuetext={String(a)}
          onChange={(e) => setDraft([Math.min(Number(e.target.value), b), b])}
          data-testid="time-from-slider"
        />
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={b}
          aria-label="Time window: until year"
          aria-valuetext={String(b)}
          onChange={(e) => setDraft([a, Math.max(Number(e.target.value), a)])}
          data-testid="time-until-slider"
        />
      </div>
      <div className="range-scale" aria-hidden="true">
        <span>{min}</span>
        <span>{max}</span>
      </div>
      <form
        className="year-fields"
        onSubmit={(e) => {
          e.preventDefault();
          commitText();
        }}
      >
        <label>
          From{' '}
          <input
            inputMode="numeric"
            size={5}
            value={fromText}
            onChange={(e) => setFromText(e.target.value)}
            onBlur={commitText}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'time-window-problem' : undefined}
            aria-label="From year"
            data-testid="time-from"
          />
        </label>
        <label>
          until{' '}
          <input
            inputMode="numeric"
            size={5}
            value={untilText}
            onChange={(e) => setUntilText(e.target.value)}
            onBlur={commitText}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'time-window-problem' : undefined}
            aria-label="Until year"
            data-testid="time-until"
          />
        </label>
        <button type="submit" className="btn small">
          Apply
        </button>
      </form>
      {problem && (
        <p className="field-problem" id="time-window-problem" role="alert" data-testid="time-window-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
