/**
 * The Gaps view in a real Chromium against the real server on the seeded store: the verdicts the
 * source documents support (RTG Q1 2024 progress report, Protection §7.2–7.3 and Prosecution
 * §9.1–9.2), and each result leading to its evidence in the graph.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle, waitForCanvas, type Browser, type RunningServer, useExplorer } from './harness.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

useExplorer({}, (s) => ({ server, browser, page } = s));

const param = (name: string) => new URL(page.url()).searchParams.get(name);

/** The matrix cell of a pair, whichever order the two states come in. */
const cell = (a: string, b: string) => page.locator(`[data-testid="matrix-cell"][data-pair="${a}~${b}"]`);

async function coverageRows(): Promise<{ sector: string; status: string; text: string }[]> {
  return page.$$eval('[data-testid="coverage-row"]', (rows) =>
    rows.map((r) => ({
      sector: r.getAttribute('data-sector') ?? '',
      status: r.getAttribute('data-status') ?? '',
      text: r.textContent ?? '',
    })),
  );
}

describe('the Gaps view', () => {
  it('opens from the toolbar, says that absence of evidence is not absence, and shows Thailand–Myanmar ACTIVE', async () => {
    await page.goto(server.url);
    await page.getByTestId('tab-gaps').click();
    expect(param('tab')).toBe('gaps');
    await cell('TH', 'MM').waitFor();
    expect(await page.getByTestId('absence-note').textContent()).toContain(
      'Absence of evidence in the data is not proof of absence of cooperation.',
    );
    expect(await page.getByTestId('absence-note').isVisible()).toBe(true);
    // Thailand first: the first row header and column header are TH.
    expect(await page.locator('[data-testid="matrix"] tbody tr:first-child th .matrix-code').textContent()).toBe('TH');
    expect(await cell('TH', 'MM').getAttribute('data-status')).toBe('ACTIVE');
    // The cell says its verdict in words, not only in colour; the grid is symmetric.
    expect(await cell('TH', 'MM').textContent()).toContain('Active');
    expect(await cell('MM', 'TH').getAttribute('data-status')).toBe('ACTIVE');
    expect(await page.getByTestId('matrix-legend').textContent()).toContain('Dormant');
  });

  it('a cell opens the pair’s evidence and its counterpart coverage (Thailand–Lao PDR: police covered, social welfare cross-sector)', async () => {
    await cell('TH', 'LA').click();
    expect(param('pair')).toBe('TH~LA');
    const details = page.getByTestId('pair-details');
    await details.waitFor();
    expect(await page.getByTestId('pair-explanation').textContent()).toBeTruthy();
    await expect.poll(async () => (await coverageRows()).length).toBeGreaterThan(1);
    const rows = await coverageRows();
    const police = rows.find((r) => r.sector === 'LAW_ENFORCEMENT')!;
    expect(police.status).toBe('COVERED');
    expect(police.text).toContain('Lao Police Force');
    const welfare = rows.find((r) => r.sector === 'SOCIAL_WELFARE')!;
    expect(welfare.status).toBe('CROSS_SECTOR');
    expect(welfare.text).toMatch(/MSDHS/);
    expect(welfare.text).toMatch(/3rd Thailand–Laos Bilateral Meeting/);
    // The view is bookmarkable: reloading the URL opens the same pair.
    await page.reload();
    await page.getByTestId('pair-details').waitFor();
    expect(await page.getByTestId('pair-status').textContent()).toBeTruthy();
  });

  it('an evidence item focuses the graph on it', async () => {
    const item = page.getByTestId('pair-details').getByTestId('evidence-item').first();
    const id = (await item.getAttribute('data-node-id'))!;
    await item.click();
    await expect.poll(() => param('focus')).toBe(id);
    expect(param('tab')).toBeNull();
    const state = await waitForCanvas(page, (s) => s.nodes.includes(id) && s.nodes.length > 1);
    expect(state.selected).toContain(id);
    // Back returns to the Gaps view with the pair still open.
    await page.goBack();
    await page.getByTestId('pair-details').waitFor();
  });

  it('“Show in graph” on a cell brings in the pair’s instruments and their organisations', async () => {
    await page.getByTestId('pair-show').click();
    await expect.poll(() => param('x')?.split(',').length ?? 0).toBeGreaterThan(0);
    const expanded = param('x')!.split(',');
    const state = await settle(page);
    for (const id of expanded) expect(state.nodes).toContain(id);
    expect(state.nodes.length).toBeGreaterThan(expanded.length);
  });

  it('with the 2024 meetings as filter, ASEAN-ACT is among the brokers, and choosing it focuses it', async () => {
    await page.goto(`${server.url}/?tab=gaps&kinds=MEETING&from=2024&until=2024`);
    expect(await page.getByTestId('gaps-filters').textContent()).toContain('2024');
    const broker = page.getByTestId('broker').filter({ hasText: 'ASEAN-ACT' });
    await broker.waitFor();
    const button = broker.getByTestId('gap-node');
    const id = (await button.getAttribute('data-node-id'))!;
    await button.click();
    await expect.poll(() => param('focus')).toBe(id);
    await waitForCanvas(page, (s) => s.nodes.includes(id));
  });

  it('the matrix, the dormant list, the pair panel and each pair’s brief give the same verdicts for every COMMIT pair', async () => {
    await page.goto(`${server.url}/?tab=gaps`);
    await cell('TH', 'MM').waitFor();
    // The dormant list has answered (its count is shown once loaded), whatever it holds.
    await page.locator('#gaps-dormant .count').waitFor();
    const dormant = new Set(
      await page.$$eval('[data-testid="dormant-item"]', (els) => els.map((e) => e.getAttribute('data-id'))),
    );
    const cells = await page.$$eval('[data-testid="matrix-cell"]', (els) =>
      els.map((e) => ({
        pair: e.getAttribute('data-pair')!,
        status: e.getAttribute('data-status')!,
        words: e.querySelector('.matrix-status')?.textContent ?? '',
        explanation: e.getAttribute('title') ?? '',
      })),
    );
    // Each pair once (the grid is symmetric): all 15 pairs of the six COMMIT members.
    const pairs = cells.filter((c) => {
      const [a, b] = c.pair.split('~') as [string, string];
      return cells.findIndex((d) => d.pair === `${b}~${a}`) > cells.indexOf(c);
    });
    expect(pairs).toHaveLength(15);
    for (const c of pairs) {
      const [a, b] = c.pair.split('~') as [string, string];
      // The brief's status line, read as the browser renders it.
      const status = await page.evaluate(async (url) => {
        const html = await (await fetch(url)).text();
        return new DOMParser().parseFromString(html, 'text/html').querySelector('.status')?.textContent ?? '';
      }, `/brief?focus=pair:${a}-${b}`);
      expect(status, c.pair).toBe(`${c.words}: ${c.explanation}`);
      // The pair panel: each bilateral agreement dormant exactly when the dormant list has it.
      await cell(a, b).click();
      await page.locator(`[data-testid="pair-details"][data-pair="${c.pair}"]`).waitFor();
      expect(await page.getByTestId('pair-status').textContent()).toBe(c.words);
      const uses = await page.$$eval('[data-testid="pair-agreement"]', (els) =>
        els.map((e) => [e.getAttribute('data-id')!, e.getAttribute('data-dormant') === 'true'] as const),
      );
      for (const [id, isDormant] of uses) expect(dormant.has(id), `${c.pair} ${id}`).toBe(isDormant);
      if (c.status === 'NO_BILATERAL_INSTRUMENT') expect(uses).toEqual([]);
    }
    // No bilateral instrument at all is drawn in the strongest colour of the legend.
    const none = pairs.find((c) => c.status === 'NO_BILATERAL_INSTRUMENT');
    if (none) {
      const [a, b] = none.pair.split('~') as [string, string];
      const lightness = (el: Element) => {
        const [r, g, bl] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const noneLight = await cell(a, b).evaluate(lightness);
      const others = await page.$$eval('[data-testid="matrix-legend"] .swatch', (els) =>
        els.map((el) => {
          const [r, g, bl] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number) as [
            number,
            number,
            number,
          ];
          return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
        }),
      );
      expect(noneLight).toBe(Math.min(...others));
    }
  });

  it('Thailand–Lao PDR and Thailand–Cambodia labour are covered, with the labour MOU the states signed as evidence', async () => {
    for (const other of ['LA', 'KH']) {
      await page.goto(`${server.url}/?tab=gaps&pair=TH~${other}`);
      const labour = page.locator('[data-testid="coverage-row"][data-sector="LABOUR"]');
      await labour.waitFor();
      expect(await labour.getAttribute('data-status')).toBe('COVERED');
      // The evidence is one of the pair's bilateral agreements, as the pair panel lists them.
      const evidence = await labour
        .getByTestId('coverage-agreement')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      const pairAgreements = await page.$$eval('[data-testid="pair-agreement"]', (els) =>
        els.map((e) => e.getAttribute('data-id')),
      );
      expect(evidence.length, other).toBeGreaterThan(0);
      for (const id of evidence) expect(pairAgreements).toContain(id);
      expect(await labour.textContent()).toMatch(/MOU/);
      // Sector names read as words.
      const heads = await page.$$eval('[data-testid="coverage-row"] th', (els) => els.map((e) => e.textContent ?? ''));
      for (const h of heads) expect(h).not.toMatch(/_|^[a-z]/);
    }
  });

  it('dormant agreements follow the months threshold, and missing links the pair kind', async () => {
    await page.goto(`${server.url}/?tab=gaps`);
    await page.getByTestId('dormant-item').first().waitFor();
    const months = page.getByTestId('dormant-months');
    await months.fill('6');
    await expect.poll(() => param('months')).toBe('6');
    const agreement = page.getByTestId('dormant-item').first().getByTestId('gap-node');
    const agreementId = (await agreement.getAttribute('data-node-id'))!;

    await page.getByTestId('pair-kind').selectOption('DOMESTIC_FOREIGN');
    await expect.poll(() => param('pairKind')).toBe('DOMESTIC_FOREIGN');
    const link = page.getByTestId('missing-link').first();
    await link.waitFor();
    await link.getByRole('button').first().click();
    await expect.poll(() => param('view')).toBe('coordination');
    expect(param('only')?.split(',')).toHaveLength(2);
    const [a, b] = param('only')!.split(',') as [string, string];
    await waitForCanvas(page, (s) => s.nodes.includes(a) && s.nodes.includes(b));

    await page.goBack();
    await page.getByTestId('dormant-item').first().waitFor();
    await page.getByTestId('dormant-item').first().getByTestId('gap-node').click();
    await expect.poll(() => param('focus')).toBe(agreementId);
    await waitForCanvas(page, (s) => s.nodes.includes(agreementId) && s.nodes.length > 1);
    expect(browser.errors).toEqual([]);
  });
});
