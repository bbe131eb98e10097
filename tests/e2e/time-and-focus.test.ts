/**
 * Views that tell the truth about time and keep their focus (issue 15), in a real Chromium on the
 * seeded server: undated ties marked in a 2013 window and dropped on request with their count;
 * year fields that keep what is typed; Coordination around MSDHS as its ego network; and the
 * period comparison's new ties, checked against what the API answers for the same question.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle, waitForCanvas, type RunningServer, useExplorer } from './harness.js';

let server: RunningServer;
let page: Page;

useExplorer({}, (s) => ({ server, page } = s));

/** A GraphQL answer from the same server, as an anonymous reader (what the explorer sees). */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

interface Coordination {
  coordination: { ties: { id: string; undated: boolean }[]; undatedCount: number };
}

const COORDINATION = `query($filter: GraphFilter, $includeUndated: Boolean, $around: [ID!], $amongPartners: Boolean) {
  coordination(filter: $filter, limit: 3000, includeUndated: $includeUndated, around: $around, amongPartners: $amongPartners) {
    ties { id undated } undatedCount
  }
}`;

const param = (p: Page, key: string) => new URL(p.url()).searchParams.get(key);

/** Opens the explorer focused on the organisation a search for `text` suggests first; its id. */
async function focusOn(text: string): Promise<string> {
  await page.goto(server.url);
  const input = page.getByTestId('search-input');
  await input.fill(text);
  await page.getByTestId('search-suggestion').first().waitFor();
  await input.press('Enter');
  await expect.poll(() => param(page, 'focus')).toBeTruthy();
  return param(page, 'focus')!;
}

/** The ids of the ties the API calls new from 2013 to 2024 (`args` added to periodChanges). */
async function newTiesFromApi(args: string): Promise<string[]> {
  const answer = await api<{ periodChanges: { kind: string; after: { id: string } | null }[] }>(
    `{ periodChanges(a: { from: "2013", until: "2013" }, b: { from: "2024", until: "2024" }, limit: 1000${args}) {
      kind after { id } } }`,
  );
  return answer.periodChanges.filter((c) => c.kind === 'NEW').map((c) => c.after!.id);
}

/** The ties the Changes tab lists as new, once it lists `count` of them, in id order. */
async function listedNewTies(count: number): Promise<string[]> {
  const items = page.getByTestId('changes-list-NEW').locator('[data-tie-id]');
  await expect.poll(() => items.count()).toBe(count);
  return (await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-tie-id') ?? ''))).sort();
}

/** On the Changes tab: compares year `a` with year `b`. */
async function comparePeriods(a: string, b: string): Promise<void> {
  for (const [id, year] of [
    ['period-a', a],
    ['period-b', b],
  ] as const) {
    await page.getByTestId(`${id}-from`).fill(year);
    await page.getByTestId(`${id}-until`).fill(year);
    await page.getByTestId(`${id}-apply`).click();
  }
}

/** The rows of the ties table: tie id and what the row says. */
async function tieRows(p: Page): Promise<{ id: string; text: string }[]> {
  await p.getByTestId('tab-table').click();
  await p.getByTestId('table-tab-ties').click();
  return p.$$eval('[data-testid="ties-table"] tbody tr', (rows) =>
    rows.map((r) => ({ id: r.getAttribute('data-id') ?? '', text: r.textContent ?? '' })),
  );
}

describe('honest time', () => {
  it('the 2013 window marks its undated ties, and drops them when the switch is off, with the count', async () => {
    const window2013 = { from: '2013', until: '2013' };
    const kept = await api<Coordination>(COORDINATION, { filter: window2013, includeUndated: true });
    const undated = kept.coordination.ties.filter((t) => t.undated).map((t) => t.id);
    const dated = kept.coordination.ties.filter((t) => !t.undated).map((t) => t.id);
    expect(undated.length, 'the seed has undated ties in 2013').toBeGreaterThan(0);

    await page.goto(`${server.url}/?view=coordination&from=2013&until=2013`);
    const state = await waitForCanvas(page, (s) => s.edges.length === kept.coordination.ties.length);
    expect(state.edges.sort()).toEqual(kept.coordination.ties.map((t) => t.id).sort());
    // Said on screen: the legend, the status bar and the filters count them.
    await expect.poll(() => page.getByTestId('legend-undated').isVisible()).toBe(true);
    expect(await page.getByTestId('status-undated').textContent()).toContain(`${undated.length} undated ties kept`);
    expect(await page.getByTestId('undated-note').textContent()).toContain(`${undated.length} undated ties kept`);
    // The table says which.
    const rows = await tieRows(page);
    const saysUndated = rows.filter((r) => /Undated/.test(r.text)).map((r) => r.id);
    expect(saysUndated.sort()).toEqual([...undated].sort());
    await page.getByTestId('tab-graph').click();

    // Switched off: only dated ties, and the count of those left out.
    await page.getByTestId('undated-keep').uncheck();
    await expect.poll(() => param(page, 'undated')).toBe('hide');
    const after = await waitForCanvas(page, (s) => s.edges.length === dated.length);
    expect(after.edges.sort()).toEqual([...dated].sort());
    expect(after.edges.some((id) => undated.includes(id))).toBe(false);
    await expect
      .poll(() => page.getByTestId('status-undated').textContent())
      .toContain(`${kept.coordination.undatedCount} undated left out`);
    expect(kept.coordination.undatedCount).toBe(undated.length);
  });

  it('the year fields keep what is typed; an impossible range is explained and not applied', async () => {
    await page.goto(`${server.url}/?view=coordination&from=2013&until=2013`);
    await settle(page);
    await page.getByTestId('side-filters').click();
    const from = page.getByTestId('time-from');
    const until = page.getByTestId('time-until');
    await from.fill('2024');
    await from.press('Tab');
    // From 2024 over Until 2013 is impossible: said, not applied, and the typed year stays.
    await expect.poll(() => page.getByTestId('time-window-problem').textContent()).toMatch(/after Until 2013/);
    expect(await from.inputValue()).toBe('2024');
    expect(param(page, 'from')).toBe('2013');

    await until.fill('2024');
    await until.press('Enter');
    await expect.poll(() => param(page, 'until')).toBe('2024');
    expect(param(page, 'from')).toBe('2024');
    expect(await from.inputValue()).toBe('2024');
    expect(await until.inputValue()).toBe('2024');
    await expect.poll(() => page.getByTestId('time-window-value').textContent()).toBe('2024');
    expect(await page.getByTestId('time-window-problem').count()).toBe(0);
  });
});

describe('focus is kept', () => {
  it('Coordination around MSDHS is its ego network; the switch adds the ties among its partners', async () => {
    const msdhs = await focusOn('MSDHS');
    await page.getByTestId('view-coordination').click();
    await expect.poll(() => param(page, 'view')).toBe('coordination');
    expect(param(page, 'focus')).toBe(msdhs);

    const ego = await api<Coordination>(COORDINATION, { around: [msdhs], includeUndated: true });
    const egoIds = ego.coordination.ties.map((t) => t.id).sort();
    const state = await waitForCanvas(page, (s) => s.edges.length === egoIds.length);
    expect(state.edges.sort()).toEqual(egoIds);
    const ends = (id: string) => id.split('~');
    expect(state.edges.every((id) => ends(id).includes(msdhs))).toBe(true);
    const partners = new Set(state.edges.flatMap(ends).filter((id) => id !== msdhs));
    expect(new Set(state.nodes)).toEqual(new Set([msdhs, ...partners]));
    await expect.poll(() => page.getByTestId('ego-bar').textContent()).toMatch(/Coordination around/);

    await page.getByTestId('ego-partner-ties').check();
    await expect.poll(() => param(page, 'partners')).toBe('show');
    const wider = await api<Coordination>(COORDINATION, { around: [msdhs], amongPartners: true, includeUndated: true });
    const withPartners = await waitForCanvas(page, (s) => s.edges.length === wider.coordination.ties.length);
    expect(withPartners.edges.length).toBeGreaterThan(state.edges.length);
    for (const id of withPartners.edges) {
      const [a, b] = ends(id);
      expect(a === msdhs || b === msdhs || (partners.has(a!) && partners.has(b!)), id).toBe(true);
    }
  });
});

describe('period comparison', () => {
  it('lists the ties new since 2013, as the API answers, each with its evidence, selectable in the picture', async () => {
    await page.goto(server.url);
    await page.getByTestId('tab-changes').click();
    await expect.poll(() => param(page, 'tab')).toBe('changes');
    await comparePeriods('2013', '2024');
    await expect.poll(() => param(page, 'periodA')).toBe('2013~2013');
    await expect.poll(() => param(page, 'periodB')).toBe('2024~2024');

    const newIds = await newTiesFromApi('');
    expect(newIds.length, 'the seed has ties new since 2013').toBeGreaterThan(0);

    const list = page.getByTestId('changes-list-NEW');
    expect(await listedNewTies(newIds.length)).toEqual([...newIds].sort());
    expect(await page.getByTestId('changes-count-NEW').textContent()).toBe(String(newIds.length));
    // The status bar speaks of the comparison shown, not of the explorer's graph behind the tab.
    await expect
      .poll(() => page.getByTestId('status-counts').textContent())
      .toMatch(new RegExp(`^2013 → 2024: \\d+ ties drawn · ${newIds.length} new\\b`));
    // Each with its evidence: instruments and their citations (document, section, quote).
    const first = list.locator('[data-tie-id]').first();
    expect(await first.locator('[data-testid="citation"]').count()).toBeGreaterThan(0);

    // Choosing a tie selects it in the picture.
    const id = await first.getAttribute('data-tie-id');
    await first.getByTestId('change-tie').click();
    await expect.poll(() => page.evaluate(() => window.__atlasChanges?.selectedIds() ?? [])).toEqual([id]);
    expect(await page.evaluate(() => window.__atlasChanges!.visibleEdgeIds())).toEqual(expect.arrayContaining(newIds));
  });

  it('keeps the comparison to the organisation in focus, and leaves it for the whole network', async () => {
    const msdhs = await focusOn('MSDHS');
    await page.getByTestId('tab-changes').click();
    await comparePeriods('2013', '2024');
    await expect.poll(() => page.getByTestId('changes-focus').textContent()).toMatch(/Changes around/);

    const newIds = await newTiesFromApi(`, around: ["${msdhs}"]`);
    expect(newIds.length, 'MSDHS has ties new since 2013').toBeGreaterThan(0);
    expect(newIds.every((id) => id.split('~').includes(msdhs))).toBe(true);
    expect(await listedNewTies(newIds.length)).toEqual([...newIds].sort());

    // "Whole network" leaves the focus: the list grows to the whole network's new ties.
    const wholeNew = await newTiesFromApi('');
    expect(wholeNew.length).toBeGreaterThan(newIds.length);
    await page.getByTestId('changes-whole-network').click();
    await expect.poll(() => param(page, 'focus')).toBeNull();
    expect(await listedNewTies(wholeNew.length)).toEqual([...wholeNew].sort());
    expect(await page.getByTestId('changes-focus').count()).toBe(0);
  });
});
