/**
 * Editing in the explorer, in a real Chromium against the real server: record a meeting between
 * two organisations with its source, see it in the graph and in its History, edit it, see the
 * audit entry with the field's before and after; a stale edit is refused as a CONFLICT in words.
 * Mutations need an EDITOR session: an anonymous user is shown "Sign in to edit" instead of the
 * form, and signs in there.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForCanvas, type Browser, type RunningServer, type TestAccount, useExplorer } from './harness.js';

const EDITOR: TestAccount = { username: 'e2e-editor', password: 'a long test password' };
const MEETING = 'Thailand–Lao PDR repatriation coordination meeting (test)';

let server: RunningServer;
let browser: Browser;
let page: Page;

useExplorer({ account: EDITOR }, (s) => ({ server, browser, page } = s));

const param = (name: string) => new URL(page.url()).searchParams.get(name);
const form = () => page.getByTestId('edit-form');

async function addParticipant(text: string, pick: RegExp): Promise<void> {
  const box = page.getByTestId('participant-search');
  await box.getByTestId('participant-search-input').fill(text);
  const hit = box.getByTestId('search-suggestion').filter({ hasText: pick }).first();
  await hit.waitFor();
  await hit.click();
}

async function cite(locator: string): Promise<void> {
  const source = form().getByTestId('field-source');
  await expect.poll(() => source.locator('option').count()).toBeGreaterThan(1);
  const value = await source.locator('option').nth(1).getAttribute('value');
  await source.selectOption(value!);
  await form().getByTestId('field-locator').fill(locator);
}

describe('editing in the explorer', () => {
  let meetingId = '';

  it('asks an anonymous user to sign in instead of showing a form, and shows the server’s per-field problems next to the fields', async () => {
    await page.goto(server.url);
    await page.getByTestId('add-select').selectOption('MEETING');
    // Anonymous: "Sign in to edit", with the sign-in fields in place of a form that could not be saved.
    const gate = page.getByTestId('sign-in-to-edit');
    await gate.waitFor();
    expect(await gate.textContent()).toContain('Sign in to edit');
    expect(await form().count()).toBe(0);
    await gate.getByTestId('gate-signin-username').fill(EDITOR.username);
    await gate.getByTestId('gate-signin-password').fill(EDITOR.password);
    await gate.getByTestId('gate-signin-submit').click();
    await page.getByTestId('signed-in').waitFor();

    // Signed in as an editor, the form takes its place.
    await form().waitFor();
    await form().getByTestId('field-name').fill(MEETING);
    await form().getByTestId('field-kind').selectOption('BILATERAL_MEETING');
    await form().getByTestId('field-startDate').fill('2024-05-14');
    await form().getByTestId('field-endDate').fill('2024-05-01');
    await addParticipant('MSDHS', /Social Development and Human Security/);
    await addParticipant('Lao Police', /Lao Police Force/);
    expect(await form().getByTestId('participants').locator('li').count()).toBe(2);

    // Without a source the form does not even ask the server.
    await form().getByTestId('form-save').click();
    expect(await form().getByTestId('field-error').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Choose the document/), expect.stringMatching(/Say where/)]),
    );

    // The end date before the start is the server's problem, shown at the end date.
    await cite('Protection §7.3');
    await form().getByTestId('form-save').click();
    const endField = form().locator('.form-field', { has: page.getByTestId('field-endDate') });
    await expect.poll(() => endField.getByTestId('field-error').textContent()).toMatch(/\S/);
    expect(await form().getByTestId('field-endDate').getAttribute('aria-invalid')).toBe('true');
  });

  it('records the meeting, and the graph shows it tied to both organisations at once', async () => {
    await form().getByTestId('field-endDate').fill('2024-05-15');
    await form().getByTestId('field-comment').fill('from the bilateral meeting minutes');
    await form().getByTestId('form-save').click();
    await expect.poll(() => param('focus')).toBeTruthy();
    meetingId = param('focus')!;
    const state = await waitForCanvas(page, (s) => s.nodes.includes(meetingId) && s.edges.length >= 2);
    const ties = state.edges.filter((e) => e.includes(meetingId));
    expect(ties.some((e) => e.includes('msdhs'))).toBe(true);
    expect(ties).toHaveLength(2);
    expect(await page.getByTestId('details-title').textContent()).toContain(MEETING);
  });

  it('shows the recording in the meeting’s History panel: who, when, what and why', async () => {
    await page.getByTestId('details-history').click();
    const entry = page.getByTestId('history').getByTestId('audit-entry').first();
    await entry.waitFor();
    expect(await entry.getAttribute('data-action')).toBe('RECORD_MEETING');
    const text = (await entry.textContent())!;
    expect(text).toContain(EDITOR.username);
    expect(text).toContain('from the bilateral meeting minutes');
    await page.getByRole('button', { name: 'Back to the details' }).click();
  });

  it('edits the meeting with the version it was made from, and the audit entry shows before → after', async () => {
    await page.getByTestId('details-edit').click();
    await expect.poll(() => form().getByTestId('field-name').inputValue()).toBe(MEETING);
    await form().getByTestId('field-city').fill('Vientiane');
    await cite('Protection §7.3, para. 2');
    await form().getByTestId('field-comment').fill('city named in the report');
    await form().getByTestId('form-save').click();
    await form().getByTestId('form-saved').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByTestId('details-history').click();
    const entry = page.getByTestId('history').getByTestId('audit-entry').first();
    await expect.poll(() => entry.getAttribute('data-action')).toBe('UPDATE_NODE');
    const city = entry.locator('tr[data-field="city"]');
    expect(await city.locator('.before').textContent()).toBe('—');
    expect(await city.locator('.after').textContent()).toBe('Vientiane');
    expect(await entry.textContent()).toContain('city named in the report');
    await page.getByRole('button', { name: 'Back to the details' }).click();
  });

  it('a stale edit is refused as a conflict in words, and Reload brings the current version', async () => {
    await page.getByTestId('details-edit').click();
    await expect.poll(() => form().getByTestId('field-city').inputValue()).toBe('Vientiane');
    // Someone else changes the meeting meanwhile (same session, through the API).
    const changed = await page.evaluate(async (id) => {
      const q = (query: string, variables: object) =>
        fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        }).then((r) => r.json() as Promise<{ data?: { node?: { version: number } }; errors?: unknown[] }>);
      const v = (await q('query($id: ID!) { node(id: $id) { version } }', { id })).data!.node!.version;
      return q(
        'mutation($id: ID!, $v: Int!) { updateMeeting(id: $id, expectedVersion: $v, patch: { city: "Nong Khai" }) { version } }',
        { id, v },
      );
    }, meetingId);
    expect(changed.errors).toBeUndefined();

    await form().getByTestId('field-series').fill('Thailand–Laos repatriation meetings');
    await cite('Protection §7.3');
    await form().getByTestId('form-save').click();
    const error = form().getByTestId('form-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('CONFLICT');
    expect(await error.textContent()).toMatch(/Someone else changed this record/);
    await form().getByTestId('reload').click();
    await expect.poll(() => form().getByTestId('field-city').inputValue()).toBe('Nong Khai');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds a tie from the details panel, and the recent-changes feed lists every edit', async () => {
    await page.getByTestId('details-add-tie').click();
    const tie = page.getByTestId('tie-form');
    await tie.waitFor();
    await tie.getByTestId('tie-end-search-input').fill('IOM');
    await tie.getByTestId('search-suggestion').first().click();
    // The meeting is the end of a PARTICIPATED_IN tie: swap so the organisation is the participant.
    await tie.getByRole('button', { name: /Swap/ }).click();
    expect(await tie.getByTestId('tie-end').textContent()).toContain(MEETING);
    await tie.getByTestId('field-source').selectOption({ index: 1 });
    await tie.getByTestId('field-locator').fill('Protection §7.3');
    await tie.getByTestId('form-save').click();
    await expect.poll(() => param('sel')).toMatch(/^PARTICIPATED_IN:/);
    const tieId = param('sel')!;
    await waitForCanvas(page, (s) => s.edges.includes(tieId));

    await page.getByTestId('recent-changes-open').click();
    const feed = page.getByTestId('recent-changes');
    await feed.getByTestId('audit-entry').first().waitFor();
    const actions = await feed
      .getByTestId('audit-entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions.slice(0, 4)).toEqual(['CREATE_RELATIONSHIP', 'UPDATE_NODE', 'UPDATE_NODE', 'RECORD_MEETING']);
    expect(browser.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
