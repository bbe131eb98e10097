/** Which states an instrument involves: through its organisations, its state parties and its jurisdictions. */
import type { InstrumentEntry } from './instrument-index.js';

/** Each entry's states, worked out once: a pair's brief asks for tens of thousands, several times. */
const known = new WeakMap<InstrumentEntry, ReadonlySet<string>>();

export function statesOf(entry: InstrumentEntry): ReadonlySet<string> {
  let codes = known.get(entry);
  if (!codes) known.set(entry, (codes = statesIn(entry)));
  return codes;
}

function statesIn(entry: InstrumentEntry): Set<string> {
  const codes = new Set<string>();
  for (const org of entry.orgs) if (org.countryCode) codes.add(org.countryCode);
  for (const country of entry.countries) codes.add(country.code);
  if (entry.instrument.nodeKind === 'JOINT_CASE') for (const c of entry.instrument.jurisdictions) codes.add(c);
  return codes;
}

/** Whether an instrument binds or brings together exactly two states (international bodies aside). */
export function isBilateral(entry: InstrumentEntry): boolean {
  if (entry.instrument.nodeKind === 'AGREEMENT') {
    return (
      entry.instrument.scope === 'BILATERAL' ||
      (entry.instrument.scope !== 'MULTILATERAL' && statesOf(entry).size === 2)
    );
  }
  return statesOf(entry).size === 2;
}
