/** Checks of query arguments that the SDL's types cannot express, each naming the argument at fault. */
import { ValidationError } from '../domain/errors.js';
import { earliestDay, latestDay } from '../domain/partial-date.js';
import type { GraphFilter } from '../graph/filter.js';

export function intInRange(
  name: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new ValidationError(`${name} must be between ${min} and ${max}; got ${v}`, name);
  }
  return v;
}

export function nonEmptyText(name: string, value: string): string {
  const text = value.trim();
  if (!text) throw new ValidationError(`${name} must not be empty`, name);
  if (text.length > 200) throw new ValidationError(`${name} must be at most 200 characters`, name);
  return text;
}

export function nonEmptyIds(name: string, ids: readonly string[], max: number): string[] {
  if (!ids.length) throw new ValidationError(`${name} must name at least one node`, name);
  if (ids.length > max) throw new ValidationError(`${name} may name at most ${max} nodes`, name);
  return [...new Set(ids)];
}

export function checkedFilter(filter: GraphFilter | null | undefined, name = 'filter'): GraphFilter {
  const f = filter ?? {};
  if (f.from && f.until && latestDay(f.until) < earliestDay(f.from)) {
    throw new ValidationError(`${name}.until ${f.until} is before ${name}.from ${f.from}`, `${name}.until`);
  }
  (f.countries ?? []).forEach((code, i) => {
    if (!/^[A-Z]{2}$/.test(code)) {
      throw new ValidationError(
        `${name}.countries[${i}] '${code}' is not an ISO 3166-1 alpha-2 code such as TH`,
        `${name}.countries`,
      );
    }
  });
  return f;
}
