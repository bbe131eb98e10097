/**
 * Accessibility and first steps, in a real Chromium at 1280×800 against a fresh server that has no
 * account yet:
 * - the graph worked by keyboard alone: Tab reaches it, arrows and Page Down move between the
 *   focused node's neighbours (announced by name and kind), Enter opens the details, T steps
 *   through its ties (Enter opens one), Escape leaves and keeps the selection; cluster meta-nodes are
 *   announced as clusters and opened and closed with Enter;
 * - axe-core (injected from the installed package) finds no serious or critical violation on the
 *   main views and on those merged since (period comparison, ego network, filters with an impossible
 *   range, a clustered depth-3 view and the picture controls), and nothing is cut off at 1280 px;
 * - an anonymous user sees "Sign in to edit" instead of a form, the setup link the server printed
 *   creates the first admin in the browser, who may then edit, and the link is refused a second time.
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasState, settle, waitForCanvas, type RunningServer, useExplorer } from './harness.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

let server: RunningServer;
let page: Page;
useExplorer({ viewport: { width: 1280, height: 800 } }, (s) => ({ server, page } = s));

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA rules). */
async function seriousViolations(view: string): Promise<string[]> {
  // The server's Content-Security-Policy refuses inline scripts (so page.addScriptTag is refused):
  // evaluated through the DevTools protocol, the source runs in the page all the same.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations;
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${view}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    );
}

/** Elements whose content is wider than they are (cut off or scrolled away). */
async function clipped(selectors: string[]): Promise<string[]> {
  return page.evaluate(
    (list) =>
      list.flatMap((sel) =>
        [...document.querySelectorAll<HTMLElement>(sel)]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth + 1)
          .map((el) => `${sel}: ${el.scrollWidth}px of content in ${el.clientWidth}px`),
      ),
    selectors,
  );
}

const activeTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const keyboardFocus = () =>
  page
    .getByTestId('keyboard-focus')
    .getAttribute('data-node-id', { timeout: 5000 })
    .catch(() => null);
const announced = () => page.getByTestId('graph-announcer').textContent();
const neighbours = (id: string) => page.evaluate((n) => window.__atlas!.neighbourIds(n), id);

async function openMsdhs(): Promise<string> {
  await page.goto(server.url);
  await page.getByTestId('welcome').waitFor();
  await page.getByTestId('welcome').getByRole('button', { name: 'MSDHS' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBeTruthy();
  const focus = new URL(page.url()).searchParams.get('focus')!;
  await waitForCanvas(page, (s) => s.nodes.includes(focus) && s.nodes.length > 5);
  await settle(page);
  return focus;
}

/** Depth 3 around MSDHS, drawn with at least one folded cluster. */
async function openClusteredView(): Promise<void> {
  const focus = await openMsdhs();
  await page.goto(`${server.url}/?x=${encodeURIComponent(focus)}&depth=3`);
  await expect
    .poll(() => page.evaluate(() => window.__atlas?.clusters().filter((c) => !c.open).length ?? 0), {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  await settle(page);
}

describe('the graph by keyboard alone', () => {
  it('Tab reaches the graph; arrows and Page Down move between neighbours; Enter opens details; Escape leaves', async () => {
    const focus = await openMsdhs();
    // Tab from the top of the page until the graph has the focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let tabs = 0;
    while ((await activeTestId()) !== 'graph-canvas') {
      expect(tabs++, 'Tab reaches the graph').toBeLessThan(200);
      await page.keyboard.press('Tab');
    }
    // The focus of the view holds the keyboard focus first: marked, and announced with its kind.
    await expect.poll(keyboardFocus).toBe(focus);
    await expect.poll(announced).toMatch(/Ministry of Social Development and Human Security|MSDHS/);
    expect(await announced()).toMatch(/government agency/i);
    const ring = await page.getByTestId('keyboard-focus').boundingBox();
    expect(ring && ring.width > 0).toBe(true);

    // An arrow moves to a neighbour lying that way (try each direction until one has one).
    const around = await neighbours(focus);
    expect(around.length).toBeGreaterThan(1);
    let moved: string | null = focus;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      moved = await keyboardFocus();
      if (moved !== focus) break;
    }
    expect(around).toContain(moved);
    const name = (await announced())!;
    expect(name.length).toBeGreaterThan(3);

    // Page Down steps through the neighbours of the node it starts from, one by one.
    const hub = moved!;
    const hubNeighbours = await neighbours(hub);
    const stepped = new Set<string>();
    for (let i = 0; i < Math.min(3, hubNeighbours.length); i++) {
      await page.keyboard.press('PageDown');
      const at = (await keyboardFocus())!;
      expect(hubNeighbours).toContain(at);
      stepped.add(at);
      expect(await announced()).toMatch(new RegExp(`${i + 1} of ${hubNeighbours.length} neighbours`));
    }
    expect(stepped.size).toBe(Math.min(3, hubNeighbours.length));

    // Enter opens the details of the focused node.
    const chosen = (await keyboardFocus())!;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await canvasState(page)).selected).toEqual([chosen]);
    await page.getByTestId('details-title').waitFor();
    expect(await activeTestId()).toBe('graph-canvas');

    // T steps through the focused node's ties, each announced with both its ends; Enter opens the tie.
    const tieOf = () => page.getByTestId('keyboard-focus').getAttribute('data-edge-id', { timeout: 5000 });
    const drawnEdges = new Set((await canvasState(page)).edges);
    await page.keyboard.press('t');
    await expect.poll(tieOf).toBeTruthy();
    const firstTie = (await tieOf())!;
    expect(drawnEdges.has(firstTie)).toBe(true);
    expect(await announced()).toMatch(/^Tie 1 of \d+: .+ — .+/);
    const tieCount = Number(/^Tie 1 of (\d+)/.exec((await announced())!)![1]);
    if (tieCount > 1) {
      await page.keyboard.press('t');
      await expect.poll(tieOf).not.toBe(firstTie);
      expect(await announced()).toMatch(/^Tie 2 of /);
      await page.keyboard.press('Shift+T');
      await expect.poll(tieOf).toBe(firstTie);
    }
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await canvasState(page)).selected).toEqual([firstTie]);

    // Escape leaves the graph: the ring goes, the focus moves on, and the selection stays.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('keyboard-focus').count()).toBe(0);
    expect(await activeTestId()).not.toBe('graph-canvas');
    expect((await canvasState(page)).selected).toEqual([firstTie]);
  });

  it('cluster meta-nodes are reached, announced as clusters, and opened and closed with Enter', async () => {
    await openClusteredView();
    await page.getByTestId('graph-canvas').focus();
    await expect.poll(keyboardFocus).toBeTruthy();
    // Step through the neighbours of where the keyboard starts until a cluster holds the focus.
    const start = (await keyboardFocus())!;
    const around = await neighbours(start);
    let at = start;
    for (let i = 0; i < around.length && !at.startsWith('cluster:'); i++) {
      await page.keyboard.press('PageDown');
      at = (await keyboardFocus())!;
    }
    expect(at, 'a cluster is among the neighbours of the starting node').toMatch(/^cluster:/);
    const cluster = (await page.evaluate(() => window.__atlas!.clusters())).find((c) => c.id === at)!;
    expect(await announced()).toContain(`Cluster: `);
    expect(await announced()).toContain(`and ${cluster.members.length - 1} others`);

    const isOpen = () => page.evaluate((id) => window.__atlas!.clusters().find((c) => c.id === id)?.open, at);
    await page.keyboard.press('Enter');
    await expect.poll(isOpen, { timeout: 30_000 }).toBe(true);
    // The keyboard focus stays on the open cluster: Enter closes it again, and opens it once more.
    await expect.poll(keyboardFocus).toBe(at);
    await expect.poll(announced).toMatch(/opened/);
    await page.keyboard.press('Enter');
    await expect.poll(isOpen, { timeout: 30_000 }).toBe(false);
    await expect.poll(announced).toMatch(/closed/);
    await expect.poll(keyboardFocus).toBe(at);
    await page.keyboard.press('Enter');
    await expect.poll(isOpen, { timeout: 30_000 }).toBe(true);
    // Open, its members are what the arrows and Page Down reach from it.
    await expect.poll(keyboardFocus).toBe(at);
    await page.keyboard.press('PageDown');
    await expect.poll(keyboardFocus).not.toBe(at);
    expect(cluster.members).toContain(await keyboardFocus());
    // Backspace goes back from a member to its cluster, which Enter closes.
    await page.keyboard.press('Backspace');
    await expect.poll(keyboardFocus).toBe(at);
    expect(await announced()).toMatch(/^Open cluster: /);
    await page.keyboard.press('Enter');
    await expect.poll(isOpen, { timeout: 30_000 }).toBe(false);
  });
});

describe('no serious accessibility violation, nothing cut off at 1280×800', () => {
  it('the explorer: evidence view, details panel, coordination view, Gaps, table, sign-in', async () => {
    const found: string[] = [];
    await openMsdhs();
    found.push(...(await seriousViolations('evidence view')));
    found.push(...(await clipped(['[data-testid="stats"]', '.toolbar', '.topbar'])));

    // The details panel of a node.
    await page.getByTestId('tab-table').click();
    await page.getByTestId('table-tab-nodes').click();
    await page.locator('tbody tr').first().click();
    await page.getByTestId('details-title').waitFor();
    found.push(...(await seriousViolations('table and details panel')));

    await page.getByTestId('tab-gaps').click();
    await page.getByTestId('gaps-view').waitFor();
    await expect.poll(() => page.evaluate(() => window.__atlasPending?.() ?? 0)).toBe(0);
    found.push(...(await seriousViolations('Gaps')));

    await page.goto(`${server.url}/?view=coordination`);
    await waitForCanvas(page, (s) => s.nodes.length > 5);
    await settle(page);
    found.push(...(await seriousViolations('coordination view')));
    found.push(...(await clipped(['[data-testid="stats"]', '.toolbar', '.topbar'])));

    await page.getByTestId('signin-open').click();
    await page.getByTestId('signin-form').waitFor();
    found.push(...(await seriousViolations('sign-in')));
    expect(found).toEqual([]);
  });
});

describe('the views merged since: no serious violation, nothing cut off at 1280×800', () => {
  const bars = ['[data-testid="stats"]', '.toolbar', '.topbar'];

  it('the period comparison with two periods picked', async () => {
    await page.goto(`${server.url}/?tab=changes`);
    for (const [id, year] of [
      ['period-a', '2013'],
      ['period-b', '2024'],
    ] as const) {
      await page.getByTestId(`${id}-from`).fill(year);
      await page.getByTestId(`${id}-until`).fill(year);
      await page.getByTestId(`${id}-apply`).click();
    }
    await page.getByTestId('changes-list-NEW').locator('[data-tie-id]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => window.__atlasPending?.() ?? 0)).toBe(0);
    expect([
      ...(await seriousViolations('period comparison')),
      ...(await clipped([...bars, '[data-testid="changes-view"]'])),
    ]).toEqual([]);
  });

  it('Coordination around MSDHS, with the ties among its partners', async () => {
    await openMsdhs();
    await page.getByTestId('view-coordination').click();
    await page.getByTestId('ego-partner-ties').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('partners')).toBe('show');
    await waitForCanvas(page, (s) => s.edges.length > 0);
    await settle(page);
    expect([
      ...(await seriousViolations('coordination around MSDHS')),
      ...(await clipped([...bars, '[data-testid="ego-bar"]'])),
    ]).toEqual([]);
  });

  it('the filters panel with the undated switch and an impossible year range', async () => {
    await page.goto(`${server.url}/?view=coordination&from=2013&until=2013`);
    await settle(page);
    await page.getByTestId('side-filters').click();
    await page.getByTestId('undated-keep').waitFor();
    await page.getByTestId('time-from').fill('2024');
    await page.getByTestId('time-from').press('Tab');
    await page.getByTestId('time-window-problem').waitFor();
    expect([
      ...(await seriousViolations('filters panel')),
      ...(await clipped([...bars, '[data-testid="filters-panel"]'])),
    ]).toEqual([]);
  });

  it('a clustered depth-3 view around a hub, with the picture controls open', async () => {
    await openClusteredView();
    const found = [...(await seriousViolations('clustered view')), ...(await clipped(bars))];
    await page.getByTestId('tool-picture').click();
    await page.getByTestId('picture-dialog').waitFor();
    await page.getByTestId('picture-depth').waitFor();
    found.push(...(await seriousViolations('picture controls')));
    found.push(...(await clipped([...bars, '[data-testid="picture-dialog"]'])));
    expect(found).toEqual([]);
  });
});

describe('first steps', () => {
  let setupLink = '';

  it('shows an anonymous user "Sign in to edit" instead of a form they could not save', async () => {
    await page.goto(server.url);
    await page.getByTestId('add-select').selectOption('MEETING');
    await page.getByTestId('sign-in-to-edit').waitFor();
    expect(await page.getByTestId('sign-in-to-edit').textContent()).toContain('Sign in to edit');
    expect(await page.getByTestId('edit-form').count()).toBe(0);
    expect(await page.getByTestId('gate-signin-username').isVisible()).toBe(true);

    // The Import dialog likewise: no file picker for a user who could not apply what it reads.
    await page.getByTestId('import-open').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('sign-in-to-edit').waitFor();
    expect(await dialog.getByTestId('import-files').count()).toBe(0);
    expect(await dialog.getByTestId('gate-signin-username').isVisible()).toBe(true);
    expect(await seriousViolations('import, signed out')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('the server printed a one-time setup link, with which the first admin is created in the browser', async () => {
    const match = /http:\/\/localhost:\d+(\/setup#token=[A-Za-z0-9_-]{43})/.exec(server.log());
    expect(match, 'the start-up log holds the setup link').not.toBeNull();
    setupLink = `${server.url}${match![1]}`;
    await page.goto(setupLink);
    await page.getByTestId('setup-form').waitFor();
    // The token leaves the address bar at once.
    expect(page.url()).not.toContain('token');
    expect(await seriousViolations('setup page')).toEqual([]);

    await page.getByTestId('setup-username').fill('first-admin');
    await page.getByTestId('setup-password').fill('short');
    await page.getByTestId('setup-again').fill('short');
    await page.getByTestId('setup-submit').click();
    await expect
      .poll(() => page.getByTestId('setup-field-error').allTextContents())
      .toEqual([expect.stringMatching(/password/i)]);

    await page.getByTestId('setup-password').fill('a long first admin password');
    await page.getByTestId('setup-again').fill('a long first admin password');
    await page.getByTestId('setup-submit').click();
    await page.getByTestId('setup-done').waitFor();

    // Signed in as the new admin, who may now add to the graph.
    await page.getByTestId('setup-open-explorer').click();
    await page.getByTestId('signed-in').waitFor();
    expect(await page.getByTestId('signed-in').textContent()).toContain('first-admin');
    await page.getByTestId('add-select').selectOption('MEETING');
    await page.getByTestId('edit-form').waitFor();
    expect(await page.getByTestId('sign-in-to-edit').count()).toBe(0);
  });

  it('refuses the same link a second time, in words', async () => {
    await page.goto(setupLink);
    await page.getByTestId('setup-username').fill('second-admin');
    await page.getByTestId('setup-password').fill('another long password');
    await page.getByTestId('setup-again').fill('another long password');
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.getByTestId('setup-error').textContent()).toMatch(/not valid|used already/);
    expect(await page.getByTestId('setup-done').count()).toBe(0);
  });

  it('the review queue, as the admin, has no serious accessibility violation', async () => {
    await page.goto(server.url);
    await page.getByTestId('signed-in').waitFor();
    await page.getByTestId('review-open').click();
    await page.getByTestId('review-dialog').waitFor();
    await expect.poll(() => page.evaluate(() => window.__atlasPending?.() ?? 0)).toBe(0);
    expect(await seriousViolations('review queue')).toEqual([]);
  });
});

describe('editing gated by role', () => {
  it('tells a viewer (a reader) that adding and importing need the editor role, with no form to fill', async () => {
    await page.goto(server.url);
    await page.getByTestId('signed-in').waitFor();
    // The admin (from the setup link) makes a reader, through the same API the admin pages use.
    const made = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: `mutation { createUser(input: { username: "a11y-reader", role: VIEWER,
            password: "a long reader password" }) { username role } }`,
        }),
      });
      return (await res.json()) as { data?: { createUser: { role: string } }; errors?: unknown[] };
    });
    expect(made.errors).toBeUndefined();
    await page.getByTestId('signed-in').getByRole('button', { name: 'Sign out' }).click();
    await page.getByTestId('signin-open').click();
    await page.getByTestId('signin-username').fill('a11y-reader');
    await page.getByTestId('signin-password').fill('a long reader password');
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => page.getByTestId('signed-in').textContent()).toContain('a11y-reader');

    await page.getByTestId('import-open').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('sign-in-to-edit').waitFor();
    expect(await dialog.getByTestId('sign-in-to-edit').textContent()).toMatch(/editor role/);
    expect(await dialog.getByTestId('import-files').count()).toBe(0);
    expect(await dialog.getByTestId('gate-signin-username').count()).toBe(0);
    expect(await seriousViolations('import, as a reader')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByTestId('add-select').selectOption('MEETING');
    await page.getByTestId('sign-in-to-edit').waitFor();
    expect(await page.getByTestId('sign-in-to-edit').textContent()).toMatch(/editor role/);
    expect(await page.getByTestId('edit-form').count()).toBe(0);
  });
});
