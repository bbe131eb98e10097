/**
 * A saved view's state is the explorer's URL query string, written by whoever saved it. Before a
 * reader gets it, every value of every key is checked: keys that hold node ids keep only the ids
 * the reader may see (all their values, not just the first: `focus=a&focus=b`), keys with a fixed
 * form keep only values of that form (which can never name a node: enum words are upper case,
 * ids lower case), and any other key is dropped. So nothing a saver typed can carry a hidden id
 * or name to a reader, whatever key or repetition it hides behind.
 */

/** Keys whose values are comma-separated node ids. */
const ID_LISTS = new Set(['focus', 'x', 'hide', 'pin', 'only', 'sel']);

/** Upper-case words, or nothing (an empty filter list means "none", not "all"). */
const ENUM_LIST = /^(?:[A-Z][A-Z_]*(?:,[A-Z][A-Z_]*)*)?$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Keys with a fixed form, and the values they may take. */
const FIXED: Record<string, (value: string) => boolean> = {
  view: (v) => ['evidence', 'coordination'].includes(v),
  layout: (v) => ['force', 'forceatlas2', 'concentric', 'breadthfirst', 'grid'].includes(v),
  tab: (v) => ['graph', 'table', 'gaps'].includes(v),
  group: (v) => v === 'country',
  isolated: (v) => v === 'show',
  kinds: (v) => ENUM_LIST.test(v),
  orgKinds: (v) => ENUM_LIST.test(v),
  sectors: (v) => ENUM_LIST.test(v),
  countries: (v) => /^(?:[A-Z]{2}(?:,[A-Z]{2})*)?$/.test(v),
  topics: (v) => ENUM_LIST.test(v),
  rels: (v) => ENUM_LIST.test(v),
  from: (v) => DATE.test(v),
  until: (v) => DATE.test(v),
  pair: (v) => /^[A-Z]{2}~[A-Z]{2}$/.test(v),
  months: (v) => /^\d{1,3}$/.test(v),
  pairKind: (v) => /^[A-Z][A-Z_]*$/.test(v),
};

/** `from~to` or `from~to~maxLength`. */
function pathEnds(value: string): [string, string] | undefined {
  const [from, to, max, ...rest] = value.split('~');
  if (!from || !to || rest.length || (max !== undefined && !/^\d{1,2}$/.test(max))) return undefined;
  return [from, to];
}

/** Every node id a state names, in every value of every key that holds ids. */
export function idsOfState(state: string): string[] {
  const ids = new Set<string>();
  for (const [key, value] of new URLSearchParams(state)) {
    if (ID_LISTS.has(key)) for (const id of value.split(',')) if (id) ids.add(id);
    if (key === 'path') for (const id of pathEnds(value) ?? []) ids.add(id);
  }
  return [...ids];
}

/** The state as a reader who sees only `visible` may have it; unchanged when nothing is dropped. */
export function redactState(state: string, visible: ReadonlySet<string>): string {
  const kept: [string, string][] = [];
  let dropped = false;
  for (const [key, value] of new URLSearchParams(state)) {
    let keep: string | undefined;
    if (ID_LISTS.has(key)) {
      const ids = value.split(',').filter((id) => id && visible.has(id));
      keep = ids.length ? ids.join(',') : undefined;
    } else if (key === 'path') {
      const ends = pathEnds(value);
      keep = ends && ends.every((id) => visible.has(id)) ? value : undefined;
    } else if (FIXED[key]?.(value)) {
      keep = value;
    }
    if (keep === undefined || keep !== value) dropped = true;
    if (keep !== undefined) kept.push([key, keep]);
  }
  if (!dropped) return state;
  const s = new URLSearchParams(kept).toString();
  // Readable like the explorer writes it: commas, colons and tildes unescaped.
  return s ? `?${s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~')}` : '';
}
