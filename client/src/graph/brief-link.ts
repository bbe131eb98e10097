/**
 * The brief the explorer's "Brief" button opens: one organisation, one pair of states or one
 * agreement, as the server's /brief understands it (org:<id>, pair:<ISO>-<ISO>, agreement:<id>),
 * with the explorer's time window. Pure.
 */
import type { AtlasNode } from './model.js';

export interface BriefContext {
  /** The Gaps view's opened pair, when that view is on screen. */
  gapsPair: readonly [string, string] | null;
  /** The selected nodes, in selection order. */
  selected: readonly AtlasNode[];
  focus: AtlasNode | undefined;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function single(n: AtlasNode | undefined): string | null {
  if (!n || !ID.test(n.id)) return null;
  if (n.nodeKind === 'ORGANIZATION') return `org:${n.id}`;
  if (n.nodeKind === 'AGREEMENT') return `agreement:${n.id}`;
  return null;
}

/** The focus of the brief for what is on screen, or null when there is none to give. */
export function briefFocus(ctx: BriefContext): string | null {
  if (ctx.gapsPair) return `pair:${ctx.gapsPair[0]}-${ctx.gapsPair[1]}`;
  const countries = ctx.selected.filter((n) => n.nodeKind === 'COUNTRY' && n.code);
  if (countries.length === 2 && countries[0]!.code !== countries[1]!.code)
    return `pair:${countries[0]!.code}-${countries[1]!.code}`;
  if (ctx.selected.length === 1) {
    const chosen = single(ctx.selected[0]);
    if (chosen) return chosen;
  }
  return single(ctx.focus);
}

/** "/brief?focus=org%3Amsdhs&from=2013&until=2015". */
export function briefHref(focus: string, window: { from: string | null; until: string | null }): string {
  const q = new URLSearchParams({ focus });
  if (window.from) q.set('from', window.from);
  if (window.until) q.set('until', window.until);
  return `/brief?${q.toString()}`;
}
