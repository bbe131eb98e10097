/** The Gaps view's lists: dormant agreements, missing-link suggestions, and who the network depends on. */
import {
  DormantAgreementsDocument,
  FragilityDocument,
  MissingLinksDocument,
  type GapNodeFragment,
  type GraphFilter,
  type PairKind,
} from '../../__generated__/graphql.js';
import { useQuery } from '../../api/useQuery.js';
import {
  focusOnAgreement,
  focusOnMissingLink,
  focusOnNode,
  focusOnTie,
  PAIR_KIND_WORDS,
  PAIR_KINDS,
  type FocusPlan,
} from '../../graph/gaps.js';
import { label } from '../../graph/vocabulary.js';
import { GapNodeButton, gapName } from './GapNodeButton.js';

function Status({
  error,
  loading,
  empty,
  emptyText,
}: {
  error: string | null;
  loading: boolean;
  empty: boolean;
  emptyText: string;
}) {
  if (error)
    return (
      <p className="error" role="alert">
        {error}
      </p>
    );
  if (loading) return <p className="muted">Loading…</p>;
  if (empty) return <p className="muted">{emptyText}</p>;
  return null;
}

const names = (list: readonly GapNodeFragment[], max = 4) => {
  const shown = list.slice(0, max).map(gapName);
  return list.length > max ? `${shown.join(', ')} and ${list.length - max} more` : shown.join(', ');
};

export function DormantList({
  filter,
  months,
  onMonths,
  onFocus,
}: {
  filter: GraphFilter | null;
  months: number;
  onMonths(months: number): void;
  onFocus(plan: FocusPlan): void;
}) {
  const q = useQuery(DormantAgreementsDocument, { months, filter });
  const list = q.data?.dormantAgreements ?? [];
  return (
    <section className="gap-card" aria-labelledby="gaps-dormant" data-testid="dormant">
      <header className="gap-card-head">
        <h3 id="gaps-dormant">Dormant agreements {q.data && <span className="count">{list.length}</span>}</h3>
        <label className="inline-field">
          No meeting or case for
          <input
            type="number"
            min={1}
            max={240}
            value={months}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 1 && n <= 240) onMonths(n);
            }}
            data-testid="dormant-months"
          />
          months
        </label>
      </header>
      <Status
        error={q.error}
        loading={q.loading}
        empty={!!q.data && !list.length}
        emptyText="Every agreement in force has recent activity under it."
      />
      <ul className="gap-rows">
        {list.map((d) => (
          <li key={d.agreement.id} data-testid="dormant-item" data-id={d.agreement.id}>
            <GapNodeButton node={d.agreement} onClick={() => onFocus(focusOnAgreement(d.agreement, d.parties))} />
            <div className="gap-row-detail">
              <span data-testid="dormant-summary">{d.summary.charAt(0).toUpperCase() + d.summary.slice(1)}</span>
              {d.monthsSinceActivity !== null && ` (${d.monthsSinceActivity} months before the reference date)`}.
              {d.parties.length > 0 && <> Parties: {names(d.parties)}.</>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MissingLinksList({
  filter,
  pairKind,
  onPairKind,
  onFocus,
}: {
  filter: GraphFilter | null;
  pairKind: PairKind;
  onPairKind(kind: PairKind): void;
  onFocus(plan: FocusPlan): void;
}) {
  const q = useQuery(MissingLinksDocument, { pairKind, filter, limit: 15 });
  const list = q.data?.missingLinks ?? [];
  return (
    <section className="gap-card" aria-labelledby="gaps-links" data-testid="missing-links">
      <header className="gap-card-head">
        <h3 id="gaps-links">Missing links</h3>
        <label className="inline-field">
          <span className="visually-hidden">Pairs</span>
          <select value={pairKind} onChange={(e) => onPairKind(e.target.value as PairKind)} data-testid="pair-kind">
            {PAIR_KINDS.map((k) => (
              <option key={k} value={k}>
                {PAIR_KIND_WORDS[k]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="muted gap-intro">
        Pairs with no direct tie but partners in common (Adamic–Adar score): candidates for an introduction.
      </p>
      <Status
        error={q.error}
        loading={q.loading}
        empty={!!q.data && !list.length}
        emptyText="No suggestion for these pairs."
      />
      <ul className="gap-rows">
        {list.map((l) => (
          <li key={`${l.a.id}~${l.b.id}`} data-testid="missing-link">
            <button
              type="button"
              className="link gap-pair"
              onClick={() => onFocus(focusOnMissingLink(l))}
              title="Show both and their partners in the coordination network"
            >
              {gapName(l.a)} ↔ {gapName(l.b)}
            </button>
            <span className="score">{l.score.toFixed(2)}</span>
            <div className="gap-row-detail">
              {l.sharedPartners.length} shared partner{l.sharedPartners.length === 1 ? '' : 's'}:{' '}
              {names(l.sharedPartners)}
              {l.sharedTopics.length > 0 && (
                <> · topics: {l.sharedTopics.map((t) => label(t).toLowerCase()).join(', ')}</>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function FragilityLists({ filter, onFocus }: { filter: GraphFilter | null; onFocus(plan: FocusPlan): void }) {
  const q = useQuery(FragilityDocument, { filter, limit: 10 });
  const f = q.data?.fragility;
  return (
    <section className="gap-card" aria-labelledby="gaps-fragility" data-testid="fragility">
      <header className="gap-card-head">
        <h3 id="gaps-fragility">Brokers and single points of failure</h3>
      </header>
      <Status error={q.error} loading={q.loading} empty={false} emptyText="" />
      {f && (
        <div className="fragility-grid">
          <div>
            <h4>Brokers</h4>
            {!f.brokers.length && <p className="muted">No coordination in the period.</p>}
            <ol className="gap-rows brokers" data-testid="brokers">
              {f.brokers.map((b) => (
                <li key={b.organization.id} data-testid="broker">
                  <GapNodeButton node={b.organization} onClick={() => onFocus(focusOnNode(b.organization))} />
                  <div className="gap-row-detail">
                    betweenness {b.betweenness.toFixed(3)} · {b.degree} direct partner{b.degree === 1 ? '' : 's'}
                    {b.isArticulationPoint && <span className="role">cut point</span>}
                  </div>
                </li>
              ))}
            </ol>
          </div>
          <div>
            <h4>Articulation points</h4>
            {!f.articulationPoints.length && <p className="muted">No single actor splits the network.</p>}
            <ul className="gap-rows" data-testid="articulation-points">
              {f.articulationPoints.map((p) => (
                <li key={p.organization.id}>
                  <GapNodeButton node={p.organization} onClick={() => onFocus(focusOnNode(p.organization))} />
                  <div className="gap-row-detail">Without it, cut off: {names(p.cutOff)}</div>
                </li>
              ))}
            </ul>
            <h4>Bridges</h4>
            {!f.bridges.length && <p className="muted">No single tie splits the network.</p>}
            <ul className="gap-rows" data-testid="bridges">
              {f.bridges.map((br) => (
                <li key={br.tie.id}>
                  <button type="button" className="link gap-pair" onClick={() => onFocus(focusOnTie(br.tie))}>
                    {gapName(br.tie.a)} ↔ {gapName(br.tie.b)}
                  </button>
                  <div className="gap-row-detail">Without it, cut off: {names(br.smallerSide)}</div>
                </li>
              ))}
            </ul>
            <h4>Isolated</h4>
            {!f.isolated.length && <p className="muted">None.</p>}
            <p className="gap-inline-list" data-testid="isolated">
              {f.isolated.map((o) => (
                <GapNodeButton key={o.id} node={o} onClick={() => onFocus(focusOnNode(o))} />
              ))}
            </p>
          </div>
        </div>
      )}
    </section>
  );
}
