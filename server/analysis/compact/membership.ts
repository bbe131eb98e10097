/**
 * Who is on which instrument, in integers: the input every coordination analysis projects from.
 * Organisations are numbered in id order (so a < b means a.id < b.id), instruments in the order of
 * the instrument index. A few megabytes at 50,000 organisations, cheap to hand to a worker thread.
 */
import type { OrganizationRecord } from '../../domain/records.js';
import type { InstrumentIndex } from '../instrument-index.js';

export interface Membership {
  orgIds: string[];
  /** Organisation attributes the pair kinds of missing links read. */
  kinds: string[];
  countries: (string | null)[];
  sectors: (string | null)[];
  /** Organisations on instrument i: instOrgs[instOffsets[i] .. instOffsets[i + 1]), each once. */
  instOffsets: Int32Array;
  instOrgs: Int32Array;
}

export function membershipOf(index: InstrumentIndex): { membership: Membership; orgs: OrganizationRecord[] } {
  const orgs = [...index.organizations].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const number = new Map(orgs.map((o, i) => [o.id, i]));
  const instOffsets = new Int32Array(index.entries.length + 1);
  const members: number[] = [];
  index.entries.forEach((entry, i) => {
    const on = new Set<number>();
    for (const o of entry.orgs) {
      const v = number.get(o.id);
      if (v !== undefined) on.add(v);
    }
    for (const v of on) members.push(v);
    instOffsets[i + 1] = members.length;
  });
  return {
    orgs,
    membership: {
      orgIds: orgs.map((o) => o.id),
      kinds: orgs.map((o) => o.kind),
      countries: orgs.map((o) => o.countryCode ?? null),
      sectors: orgs.map((o) => o.sector ?? null),
      instOffsets,
      instOrgs: Int32Array.from(members),
    },
  };
}

/** The transpose: instruments of organisation v are instOf[offsets[v] .. offsets[v + 1]), ascending. */
export function instrumentsByOrg(m: Membership): { offsets: Int32Array; instOf: Int32Array } {
  const n = m.orgIds.length;
  const offsets = new Int32Array(n + 1);
  for (const v of m.instOrgs) offsets[v + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const instOf = new Int32Array(m.instOrgs.length);
  for (let i = 0; i + 1 < m.instOffsets.length; i++) {
    for (let k = m.instOffsets[i]!; k < m.instOffsets[i + 1]!; k++) instOf[fill[m.instOrgs[k]!]!++] = i;
  }
  return { offsets, instOf };
}
