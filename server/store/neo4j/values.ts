/**
 * Neo4j values converted at the boundary, so nothing above the store sees a driver type:
 * Integer becomes number, temporal values become ISO 8601 strings, and graph structures (with
 * their internal element ids) never pass through.
 */
import neo4j, { type Integer } from 'neo4j-driver';

/** Thrown when the database holds something the store did not write and cannot read. */
export class StoredValueError extends Error {}

export function toNumber(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return checkedNumber(Number(value), what);
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    if (!int.inSafeRange()) throw new StoredValueError(`${what}: ${int.toString()} is beyond a safe JavaScript number`);
    return int.toNumber();
  }
  throw new StoredValueError(`${what}: expected a number, got ${describe(value)}`);
}

function checkedNumber(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new StoredValueError(`${what}: ${n} is beyond a safe JavaScript number`);
  return n;
}

function isTemporal(value: unknown): value is { toString(): string } {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

export function toText(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  if (isTemporal(value)) return value.toString();
  throw new StoredValueError(`${what}: expected a string, got ${describe(value)}`);
}

/**
 * A partial date ("2013", "2024-03", "2024-03-05"). The store writes strings; a native date or
 * date-time (set by hand, or by another tool) reads as its calendar day.
 */
export function toPartialDate(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) {
    const { year, month, day } = value as { year: unknown; month: unknown; day: unknown };
    const pad = (n: unknown, width: number) => String(toNumber(n, what)).padStart(width, '0');
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  }
  throw new StoredValueError(`${what}: expected a date, got ${describe(value)}`);
}

export function toTextList(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) throw new StoredValueError(`${what}: expected a list, got ${describe(value)}`);
  return value.map((item, i) => toText(item, `${what}[${i}]`));
}

/** An integer as Neo4j should store it: INTEGER, not FLOAT (a JS number would travel as a float). */
export function toNeo4jInt(value: number): Integer {
  return neo4j.int(value);
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value;
}
