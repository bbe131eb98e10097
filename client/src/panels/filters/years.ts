/** The year fields of the time window, checked as typed: a range to apply, or what is wrong with it. */
export type CheckedYears = { from: number; until: number; problem: null } | { problem: string };

export function checkYears(fromText: string, untilText: string): CheckedYears {
  const [f, u] = [fromText.trim(), untilText.trim()];
  if (!/^\d{4}$/.test(f)) return { problem: `“${f}” is not a year: type From as four digits, such as 2013.` };
  if (!/^\d{4}$/.test(u)) return { problem: `“${u}” is not a year: type Until as four digits, such as 2024.` };
  if (Number(f) > Number(u)) {
    return { problem: `From ${f} is after Until ${u}: change one of them. The window shown is unchanged.` };
  }
  return { from: Number(f), until: Number(u), problem: null };
}
