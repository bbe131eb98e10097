/**
 * What a brief is about: one organisation, one pair of states, or one agreement. Written as
 * `org:rtp`, `pair:TH-LA` or `agreement:mou-th-mm-trafficking` (in URLs and on the command line).
 */
import { ValidationError } from '../domain/errors.js';

export type Focus =
  { kind: 'org'; id: string } | { kind: 'pair'; a: string; b: string } | { kind: 'agreement'; id: string };

export function parseFocus(text: string | undefined): Focus {
  const value = (text ?? '').trim();
  const [kind, rest = ''] = value.split(/:(.*)/s);
  if (kind === 'pair') {
    const m = /^([A-Za-z]{2})-([A-Za-z]{2})$/.exec(rest);
    if (!m || m[1]!.toUpperCase() === m[2]!.toUpperCase()) {
      throw new ValidationError(`focus 'pair:${rest}' must name two different ISO codes, as in pair:TH-LA`, 'focus');
    }
    return { kind: 'pair', a: m[1]!.toUpperCase(), b: m[2]!.toUpperCase() };
  }
  if ((kind === 'org' || kind === 'agreement') && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rest)) return { kind, id: rest };
  throw new ValidationError(`focus must be org:<id>, pair:<ISO>-<ISO> or agreement:<id>; got '${value}'`, 'focus');
}

export function formatFocus(focus: Focus): string {
  return focus.kind === 'pair' ? `pair:${focus.a}-${focus.b}` : `${focus.kind}:${focus.id}`;
}
