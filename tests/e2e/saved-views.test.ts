/**
 * Saved views in a real Chromium against the real server: arrange and expand a view (a node
 * dragged where no layout would put it), sign in, save it; restart the server on the same data
 * directory; reopen the view and find every node exactly where it was (the layout does not run
 * over saved positions) and the same nodes drawn. Then present two saved views, stepping with the
 * arrow keys, and leave with Esc.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  canvasState,
  settle,
  type Browser,
  type ExplorerSession,
  type RunningServer,
  type TestAccount,
  useExplorer,
} from './harness.js';

const USER: TestAccount = { username: 'e2e-views', password: 'a long test password' };

type Positions = Record<string, { x: number; y: number }>;

let session: ExplorerSession;
let server: RunningServer;
let browser: Browser;
let page: Page;
useExplorer({ account: USER }, (s) => {
  session = s;
  ({ server, browser, page } = s);
});

const positions = (): Promise<Positions> => page.evaluate(() => window.__atlas!.nodePositions());

function expectSamePositions(actual: Positions, expected: Positions): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, p] of Object.entries(expected)) {
    expect(Math.abs(actual[id]!.x - p.x), `${id}.x`).toBeLessThanOrEqual(0.5);
    expect(Math.abs(actual[id]!.y - p.y), `${id}.y`).toBeLessThanOrEqual(0.5);
  }
}

async function signIn(): Promise<void> {
  if (await page.getByTestId('signed-in').count()) return;
  await page.getByTestId('signin-open').click();
  await page.getByTestId('signin-username').fill(USER.username);
  await page.getByTestId('signin-password').fill(USER.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('signed-in').waitFor();
}

async function saveView(name: string): Promise<void> {
  await page.getByTestId('tool-views').click();
  await page.getByTestId('view-name').fill(name);
  await page.getByTestId('view-save').click();
  await page.locator(`[data-testid="view-item"][data-view-name="${name}"]`).waitFor();
  await page.keyboard.press('Escape');
}

async function openView(name: string): Promise<void> {
  await page.getByTestId('tool-views').click();
  await page.locator(`[data-testid="view-item"][data-view-name="${name}"]`).getByTestId('view-open').click();
}

describe('saved views', () => {
  let arranged: Positions = {};
  let drawn: string[] = [];
  let dragged = '';

  it('saves an arranged, expanded view', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'MSDHS', exact: true }).click();
    const first = await settle(page);
    expect(first.nodes.length).toBeGreaterThan(3);
    const focus = new URL(page.url()).searchParams.get('focus')!;
    // Expand a neighbour.
    const neighbour = first.nodes.find((id) => id !== focus)!;
    const at = (await page.evaluate((id) => window.__atlas!.nodePagePosition(id), neighbour))!;
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('x')).toContain(neighbour);
    const expanded = await settle(page);
    expect(expanded.nodes.length).toBeGreaterThanOrEqual(first.nodes.length);

    // Arrange: drag one node somewhere no layout would put it.
    dragged = expanded.nodes.find((id) => id !== focus && id !== neighbour)!;
    const before = (await positions())[dragged]!;
    const from = (await page.evaluate((id) => window.__atlas!.nodePagePosition(id), dragged))!;
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 90, from.y + 70, { steps: 8 });
    await page.mouse.up();
    const after = (await positions())[dragged]!;
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(20);

    await signIn();
    arranged = await positions();
    drawn = (await canvasState(page)).nodes;
    await saveView('Arranged MSDHS');
    expect(browser.errors).toEqual([]);
  });

  it('reopens identically after a server restart', async () => {
    await session.restartServer();
    await page.goto(server.url);
    await page.getByTestId('welcome').waitFor();
    // The old page's requests fail while the server is deliberately down; only errors after the
    // restarted page has loaded count.
    browser.errors.length = 0;
    await openView('Arranged MSDHS');
    const state = await settle(page);
    expect(state.nodes).toEqual(drawn);
    expectSamePositions(await positions(), arranged);
    expect(new URL(page.url()).searchParams.get('x')).toBeTruthy();
    expect(browser.errors).toEqual([]);
  });

  it('presents two saved views, stepping with the arrow keys; Esc leaves', async () => {
    await signIn();
    await page.getByTestId('layout-select').selectOption('grid');
    await settle(page);
    const grid = await positions();
    expect(grid[dragged]).not.toEqual(arranged[dragged]);
    await saveView('Grid MSDHS');

    await page.getByTestId('tool-views').click();
    await page.locator('[data-testid="view-item"][data-view-name="Arranged MSDHS"]').getByTestId('view-choose').check();
    await page.locator('[data-testid="view-item"][data-view-name="Grid MSDHS"]').getByTestId('view-choose').check();
    await page.getByTestId('views-present').click();

    const bar = page.getByTestId('presentation');
    await bar.waitFor();
    expect(await page.getByTestId('presentation-count').textContent()).toBe('1 / 2');
    expect(await page.getByTestId('presentation-name').textContent()).toBe('Arranged MSDHS');
    expect(await page.getByTestId('signin-open').or(page.getByTestId('signed-in')).isVisible()).toBe(false);
    await settle(page);
    expectSamePositions(await positions(), arranged);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presentation-count').textContent()).toBe('2 / 2');
    expect(await page.getByTestId('presentation-name').textContent()).toBe('Grid MSDHS');
    await settle(page);
    expectSamePositions(await positions(), grid);

    await page.keyboard.press('ArrowRight'); // the last view stays
    expect(await page.getByTestId('presentation-count').textContent()).toBe('2 / 2');
    await page.keyboard.press('PageUp');
    await expect.poll(() => page.getByTestId('presentation-count').textContent()).toBe('1 / 2');
    await settle(page);
    expectSamePositions(await positions(), arranged);

    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count()).toBe(0);
    await page.getByTestId('tool-views').waitFor({ state: 'visible' });
    expect(browser.errors).toEqual([]);
  });
});
