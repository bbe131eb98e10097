/**
 * Import, delete and merge in the explorer, in a real Chromium against the real server: an editor
 * imports a CSV with one bad row — the dry run names the row and the field and Apply stays
 * disabled; the corrected file checks clean and applies; the new organisations are found by
 * search and their import is in History and Changes. Then a delete with its confirmation, and a
 * merge of a duplicate that shows what will move.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Browser, type RunningServer, type TestAccount, useExplorer } from './harness.js';

const EDITOR: TestAccount = { username: 'e2e-importer', password: 'a long test password' };
const SOURCE = 'rtg-progress-2024-q1';
const HEADER = 'id,name,acronym,kind,sources';
const rows = (kindOfSecond: string) =>
  [
    HEADER,
    `mekong-test-foundation,Mekong Import Test Foundation,MITF,NGO,${SOURCE}|p. 3`,
    `mekong-test-foundation-dup,Mekong Import Test Fdn,,${kindOfSecond},${SOURCE}|p. 4`,
    `mekong-test-shelter,Mekong Import Test Shelter,,NGO,${SOURCE}|p. 5`,
  ].join('\n');

let server: RunningServer;
let browser: Browser;
let page: Page;

useExplorer({ account: EDITOR }, (s) => ({ server, browser, page } = s));

const dialog = () => page.getByTestId('import-dialog');

async function chooseCsv(content: string): Promise<void> {
  await dialog()
    .getByTestId('import-files')
    .setInputFiles({ name: 'organizations.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
}

async function openBySearch(text: string, pick: RegExp): Promise<void> {
  await page.getByTestId('search-input').fill(text);
  const hit = page.getByTestId('search-suggestion').filter({ hasText: pick }).first();
  await hit.waitFor();
  await hit.click();
  await expect.poll(() => page.getByTestId('details-title').textContent()).toMatch(pick);
}

async function latestChange(): Promise<string | null> {
  await page.getByTestId('recent-changes-open').click();
  const entry = page.getByTestId('recent-changes').getByTestId('audit-entry').first();
  await entry.waitFor();
  const action = await entry.getAttribute('data-action');
  await page.getByTestId('recent-changes').getByRole('button', { name: 'Close' }).click();
  return action;
}

describe('import, delete and merge in the explorer', () => {
  it('signs in as an editor', async () => {
    await page.goto(server.url);
    await page.getByTestId('signin-open').click();
    await page.getByTestId('signin-username').fill(EDITOR.username);
    await page.getByTestId('signin-password').fill(EDITOR.password);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('signed-in').waitFor();
  });

  it('a dry run names the rejected row and field, and Apply stays disabled', async () => {
    await page.getByTestId('import-open').click();
    await dialog().waitFor();
    await chooseCsv(rows('CHARITY'));
    await dialog().getByTestId('import-check').click();
    const report = dialog().getByTestId('import-report');
    await report.waitFor();
    expect(await report.getAttribute('data-rejected')).toBe('1');
    const rejected = report.locator('[data-testid="import-row"][data-outcome="REJECT"]');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.getAttribute('data-fields')).toBe('kind');
    expect(await rejected.locator('td').nth(1).textContent()).toBe('3');
    expect(await dialog().getByTestId('import-summary').textContent()).toMatch(/3 rows: 2 new, 1 rejected/);
    expect(await dialog().getByTestId('import-apply').isDisabled()).toBe(true);
  });

  it('the corrected file checks clean and applies; the graph and its history show it', async () => {
    await chooseCsv(rows('NGO'));
    expect(await dialog().getByTestId('import-report').count()).toBe(0);
    await dialog().getByTestId('import-check').click();
    await expect.poll(() => dialog().getByTestId('import-summary').textContent()).toBe('3 rows: 3 new.');
    const apply = dialog().getByTestId('import-apply');
    expect(await apply.isDisabled()).toBe(false);
    await apply.click();
    await dialog().getByTestId('import-applied').waitFor();
    expect(await dialog().getByTestId('import-applied').textContent()).toContain('3 new');
    await dialog().getByTestId('import-close').click();

    await openBySearch('Mekong Import Test Foundation', /Mekong Import Test Foundation/);
    await page.getByTestId('details-history').click();
    const entry = page.getByTestId('history').getByTestId('audit-entry').first();
    await expect.poll(() => entry.getAttribute('data-action')).toBe('IMPORT');
    expect(await entry.textContent()).toContain(EDITOR.username);
    await page.getByRole('button', { name: 'Back to the details' }).click();
    expect(await latestChange()).toBe('IMPORT');
  });

  it('deletes an organisation after a confirmation', async () => {
    await openBySearch('Mekong Import Test Shelter', /Mekong Import Test Shelter/);
    await page.getByTestId('details-delete').click();
    const form = page.getByTestId('delete-form');
    await expect.poll(() => form.getByTestId('delete-consequence').textContent()).toMatch(/no ties|ties? (is|are)/);
    await form.getByTestId('delete-confirm').click();
    await form.waitFor({ state: 'detached' });
    expect(await latestChange()).toBe('DELETE_NODE');
  });

  it('refuses to delete a source document others cite, saying so in words', async () => {
    await openBySearch('Progress Report on Anti-Human Trafficking Efforts, 1 January', /1 January – 31 March 2024/);
    await page.getByTestId('details-delete').click();
    const form = page.getByTestId('delete-form');
    await form.getByTestId('delete-confirm').click();
    const error = form.getByTestId('form-error');
    await expect.poll(() => error.textContent()).toMatch(/cannot be deleted while it is in use: cited by/);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('merges a duplicate, showing what will move first', async () => {
    await openBySearch('Mekong Import Test Foundation', /Mekong Import Test Foundation/);
    await page.getByTestId('details-merge').click();
    const form = page.getByTestId('merge-form');
    await form.getByTestId('merge-search-input').fill('Mekong Import Test Fdn');
    await form
      .getByTestId('search-suggestion')
      .filter({ hasText: /Mekong Import Test Fdn/ })
      .first()
      .click();
    const preview = form.getByTestId('merge-preview');
    await preview.waitFor();
    expect(await preview.getByTestId('merge-aliases').textContent()).toContain('Mekong Import Test Fdn');
    await form.getByTestId('merge-confirm').click();
    await form.waitFor({ state: 'detached' });
    expect(await latestChange()).toBe('MERGE_ORGANIZATIONS');
    expect(browser.errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
