/**
 * What a brief is about: one organisation, one pair of states, one agreement, or the next meeting
 * to prepare. Written as `org:rtp`, `pair:TH-LA`, `agreement:mou-th-mm-trafficking`, and
 * `prep:TH-MM` (the pair's latest meeting series) or `prep:<series-slug>` such as
 * `prep:myanmar-thailand-case-management-meeting` (in URLs and on the command line).
 */
import { ValidationError } from '../domain/errors.js';

export type Focus =
  | { kind: 'org'; id: string }
  | { kind: 'pair'; a: string; b: string }
  | { kind: 'agreement'; id: string }
  | { kind: 'prep'; pair: { a: string; b: string } }
  | { kind: 'prep'; series: string };

const PAIR = /^([A-Za-z]{2})-([A-Za-z]{2})$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function pairOf(text: string, kind: string): { a: string; b: string } {
  const m = PAIR.exec(text);
  if (!m || m[1]!.toUpperCase() === m[2]!.toUpperCase()) {
    throw new ValidationError(
      `focus '${kind}:${text}' must name two different ISO codes, as in ${kind}:TH-LA`,
      'focus',
    );
  }
  return { a: m[1]!.toUpperCase(), b: m[2]!.toUpperCase() };
}

export function parseFocus(text: string | undefined): Focus {
  const value = (text ?? '').trim();
  const [kind, rest = ''] = value.split(/:(.*)/s);
  if (kind === 'pair') return { kind: 'pair', ...pairOf(rest, 'pair') };
  if (kind === 'prep') {
    // Upper-case codes name a pair of states; a lower-case slug names a meeting series.
    if (/^[A-Z]{2}-[A-Z]{2}$/.test(rest)) return { kind: 'prep', pair: pairOf(rest, 'prep') };
    if (SLUG.test(rest) && rest.length <= 200) return { kind: 'prep', series: rest };
  }
  if ((kind === 'org' || kind === 'agreement') && SLUG.test(rest) && rest.length <= 200) return { kind, id: rest };
  throw new ValidationError(
    `focus must be org:<id>, pair:<ISO>-<ISO>, agreement:<id>, prep:<ISO>-<ISO> or prep:<series>; got '${value.slice(0, 80)}'`,
    'focus',
  );
}

export function formatFocus(focus: Focus): string {
  if (focus.kind === 'pair') return `pair:${focus.a}-${focus.b}`;
  if (focus.kind === 'prep') return 'pair' in focus ? `prep:${focus.pair.a}-${focus.pair.b}` : `prep:${focus.series}`;
  return `${focus.kind}:${focus.id}`;
}

/** A meeting series' name as it is written in a focus: "Myanmar–Thailand Case Management Meeting" → "myanmar-thailand-case-management-meeting". */
export function seriesSlug(series: string): string {
  return series
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
