/**
 * The period comparison: two time windows (say 2013 against 2024) and how coordination changed
 * between them, as one diff-coloured picture (new, strengthened, weakened, lapsed, unchanged)
 * and a list of the changed ties, each with the instruments and citations behind it. Choosing a
 * tie in the list selects it in the picture, and the other way round.
 */
import { useEffect, useMemo, useState } from 'react';
import type { StylesheetJson } from 'cytoscape';
import { CoordinationDocument, PeriodChangesDocument, type GraphFilter } from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import { GraphCanvas } from '../../canvas/GraphCanvas.js';
import {
  CHANGE_ORDER,
  CHANGE_STYLE,
  changedTie,
  changeElements,
  changeEvidence,
  changeStyles,
  changesStatusWords,
  comparePicture,
  countByKind,
  defaultPeriods,
  periodWords,
  type ChangeKind,
  type TieChange,
} from '../../graph/changes.js';
import { toGraphFilter, type Filters } from '../../graph/filter.js';
import { buildStylesheet } from '../../graph/style.js';
import type { ChangesState, Period } from '../../graph/url-state.js';
import { label } from '../../graph/vocabulary.js';
import { LineIcon } from '../legend/KindIcon.js';
import { Citations } from '../details/Citations.js';
import { checkYears } from '../filters/years.js';

/** The most changes listed: the API's own maximum. */
const CHANGE_LIMIT = 1000;
const TIE_LIMIT = 3000;

export interface ChangesViewProps {
  filters: Filters;
  /** The organisations in focus: the comparison is of their ego network (null: the whole network). */
  around: { ids: readonly string[]; names: string; partnerTies: boolean } | null;
  onWholeNetwork(): void;
  changes: ChangesState;
  stats: { earliest: string | null; latest: string | null };
  onChanges(changes: Partial<ChangesState>): void;
  /** What the tab shows, in words, for the status bar. */
  onStatus(words: string): void;
}

export function ChangesView({
  filters,
  around,
  onWholeNetwork,
  changes,
  stats,
  onChanges,
  onStatus,
}: ChangesViewProps) {
  const fallback = defaultPeriods(stats.earliest, stats.latest);
  const a = changes.a ?? fallback?.a ?? null;
  const b = changes.b ?? fallback?.b ?? null;
  // The periods replace the explorer's time window; its other filters apply.
  const filter: GraphFilter | null = toGraphFilter({ ...filters, from: null, until: null });
  const ready = !!a && !!b;
  // The focus's ego network, as the Coordination view draws it (the partners of either period).
  const ego = around ? { around: [...around.ids], amongPartners: around.partnerTies } : {};
  const list = useQuery(
    PeriodChangesDocument,
    { a: a ?? {}, b: b ?? {}, filter, limit: CHANGE_LIMIT, ...ego },
    { skip: !ready },
  );
  const before = useQuery(
    CoordinationDocument,
    { filter: { ...filter, from: a?.from, until: a?.until }, limit: TIE_LIMIT, ...ego },
    { skip: !ready },
  );
  const after = useQuery(
    CoordinationDocument,
    { filter: { ...filter, from: b?.from, until: b?.until }, limit: TIE_LIMIT, ...ego },
    { skip: !ready },
  );
  const [showUnchanged, setShowUnchanged] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);

  const changeList = useMemo(() => list.data?.periodChanges ?? [], [list.data]);
  const picture = useMemo(
    () =>
      comparePicture(
        changeList,
        [before.data?.coordination, after.data?.coordination].filter((p) => p !== undefined),
        showUnchanged,
      ),
    [changeList, before.data, after.data, showUnchanged],
  );
  const counts = countByKind(picture);
  const elements = useMemo(() => changeElements(picture, selected), [picture, selected]);
  const stylesheet = useMemo(
    () => [...(buildStylesheet({ large: false }) as object[]), ...changeStyles()] as StylesheetJson,
    [],
  );
  const loading = list.loading || before.loading || after.loading;
  const error = list.error ?? before.error ?? after.error;
  const status = !ready
    ? 'Choose two periods to compare'
    : loading
      ? 'Comparing the periods…'
      : error
        ? 'The comparison failed'
        : changesStatusWords(a, b, picture.ties.length, counts);
  useEffect(() => onStatus(status), [status, onStatus]);

  return (
    <div className="gaps-wrap" data-testid="changes-view">
      <div className="gaps changes">
        <header className="gaps-head">
          <h2>Changes between two periods</h2>
          <p className="muted">
            Coordination ties new, strengthened, weakened or lapsed from the first period to the second, each with the
            instruments behind it. Ties rest on dated agreements, meetings and cases: undated ones count in neither
            period.
          </p>
        </header>
        {around && (
          <p className="changes-focus" data-testid="changes-focus">
            Changes around <strong>{around.names}</strong>: {around.ids.length > 1 ? 'their' : 'its'} partners
            {around.partnerTies ? ' and the ties among them' : ''}.{' '}
            <button type="button" className="link" onClick={onWholeNetwork} data-testid="changes-whole-network">
              Whole network
            </button>
          </p>
        )}
        <div className="changes-periods">
          <PeriodFields name="First period" testId="period-a" period={a} onApply={(p) => onChanges({ a: p })} />
          <span aria-hidden="true">→</span>
          <PeriodFields name="Second period" testId="period-b" period={b} onApply={(p) => onChanges({ b: p })} />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {loading && (
          <p className="muted" data-testid="loading">
            Comparing the periods…
          </p>
        )}
        {ready && !loading && !error && (
          <>
            <section className="gap-card" aria-labelledby="changes-picture">
              <header className="gap-card-head">
                <h3 id="changes-picture">
                  {periodWords(a)} → {periodWords(b)}
                </h3>
                <ul className="changes-key" data-testid="changes-key">
                  {CHANGE_ORDER.map((k) => (
                    <li key={k}>
                      <LineIcon colour={CHANGE_STYLE[k].colour} line={CHANGE_STYLE[k].line} width={3} />
                      {CHANGE_STYLE[k].words} <span data-testid={`changes-count-${k}`}>{counts[k]}</span>
                    </li>
                  ))}
                </ul>
                <label className="toggle-line">
                  <input
                    type="checkbox"
                    checked={showUnchanged}
                    onChange={(e) => setShowUnchanged(e.target.checked)}
                    data-testid="changes-unchanged"
                  />
                  Draw unchanged ties
                </label>
              </header>
              <div className="changes-canvas">
                <GraphCanvas
                  elements={elements}
                  stylesheet={stylesheet}
                  layout="force"
                  layoutKey={`changes|${periodWords(a)}|${periodWords(b)}`}
                  focus={null}
                  pinned={NO_PINS}
                  label={`Changes from ${periodWords(a)} to ${periodWords(b)}: ${picture.ties.length} ties. The list beside it names them.`}
                  onTap={(id) => setSelected(id && picture.ties.some((t) => t.id === id) ? id : null)}
                  onDoubleTap={() => undefined}
                  onHover={() => undefined}
                  testHook="__atlasChanges"
                />
              </div>
            </section>
            <ChangeList changes={changeList} selected={selected} onSelect={setSelected} />
          </>
        )}
      </div>
    </div>
  );
}

const NO_PINS: ReadonlySet<string> = new Set();

function PeriodFields(props: { name: string; testId: string; period: Period | null; onApply(period: Period): void }) {
  const [from, setFrom] = useState(props.period?.from ?? '');
  const [until, setUntil] = useState(props.period?.until ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const apply = () => {
    const checked = checkYears(from, until);
    setProblem(checked.problem);
    if (checked.problem === null) props.onApply({ from: String(checked.from), until: String(checked.until) });
  };
  return (
    <form
      className="year-fields changes-period"
      data-testid={props.testId}
      aria-label={props.name}
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <strong>{props.name}</strong>
      <label>
        From{' '}
        <input
          inputMode="numeric"
          size={5}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          aria-label={`${props.name}: from year`}
          data-testid={`${props.testId}-from`}
        />
      </label>
      <label>
        until{' '}
        <input
          inputMode="numeric"
          size={5}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          aria-label={`${props.name}: until year`}
          data-testid={`${props.testId}-until`}
        />
      </label>
      <button type="submit" className="btn small" data-testid={`${props.testId}-apply`}>
        Compare
      </button>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

function ChangeList(props: { changes: readonly TieChange[]; selected: string | null; onSelect(id: string): void }) {
  const groups = CHANGE_ORDER.filter((k): k is Exclude<ChangeKind, 'UNCHANGED'> => k !== 'UNCHANGED').map((k) => ({
    kind: k,
    items: props.changes.filter((c) => c.kind === k),
  }));
  return (
    <div className="changes-lists">
      {groups.map(({ kind, items }) => (
        <section
          key={kind}
          className="gap-card"
          aria-labelledby={`changes-${kind}`}
          data-testid={`changes-list-${kind}`}
        >
          <header className="gap-card-head">
            <h3 id={`changes-${kind}`}>
              <LineIcon colour={CHANGE_STYLE[kind].colour} line={CHANGE_STYLE[kind].line} width={3} />{' '}
              {CHANGE_STYLE[kind].words} ties ({items.length})
            </h3>
          </header>
          {items.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="changes-items">
              {items.map((c) => {
                const t = changedTie(c);
                const open = props.selected === t.id;
                return (
                  <li key={t.id} className={open ? 'change-item selected' : 'change-item'} data-tie-id={t.id}>
                    <button
                      type="button"
                      className="link change-tie"
                      aria-pressed={open}
                      onClick={() => props.onSelect(t.id)}
                      data-testid="change-tie"
                    >
                      {t.a.acronym ?? t.a.name} ↔ {t.b.acronym ?? t.b.name}
                    </button>{' '}
                    <span className="muted">
                      strength {round(c.weightBefore)} → {round(c.weightAfter)}
                    </span>
                    <ul className="change-evidence" data-testid="change-evidence">
                      {changeEvidence(c).map((e) => (
                        <li key={e.id}>
                          <span>
                            {e.name} <span className="muted">({label(e.nodeKind)})</span>
                            {e.added && c.kind !== 'NEW' && <span className="badge">new</span>}
                          </span>
                          <Citations citations={open ? e.sources : e.sources.slice(0, 1)} compact />
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}
