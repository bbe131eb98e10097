/**
 * The evidence reader: with the documents' text loaded from the shared seeds folder (as
 * SOURCE_TEXT_DIR does), a citation opens the document with the quoted passage highlighted and
 * anchored; without the text it says so and still shows the quote, and an editor may paste it;
 * bad input and unknown ids get codes. The repository holds none of the documents.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DIR, loadSeed } from '../../server/seed/load.js';
import { findPassage } from '../../server/sources/passage.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

/** In CI the documents sit beside the clone, in ../shared/seeds. */
const SHARED_SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');
const QUOTE =
  'MSDHS, in collaboration with the National Committee against Trafficking in Persons of the Lao PDR, organized the 3rd Thailand-Laos Bilateral Meeting';

describe('finding a quoted passage', () => {
  it('forgives line breaks, curly quotes, dashes, case and markdown emphasis', () => {
    const text = 'Intro.\n\n**The “3rd  Thailand–Laos\nBilateral** Meeting** was held.';
    const p = findPassage(text, 'the "3rd Thailand-Laos Bilateral Meeting was held')!;
    expect(text.slice(p.start, p.end)).toBe('The “3rd  Thailand–Laos\nBilateral** Meeting** was held');
    expect(findPassage(text, 'something else entirely')).toBeUndefined();
    expect(findPassage(text, 'Bilateral** Meeting … nowhere to be found')).toBeDefined();
  });
});

describe.skipIf(!existsSync(SHARED_SEEDS))('the evidence reader with the documents loaded', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ dataset: await loadSeed(DEFAULT_SEED_DIR, SHARED_SEEDS) });
  });
  afterAll(() => api.close());

  it('opens the document at the quote, highlighted and anchored', async () => {
    const res = await fetch(
      `${api.url}/sources/rtg-progress-2024-q1?${new URLSearchParams({ locator: 'Protection §7.3', quote: QUOTE })}`,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Cited at: <strong class="locator">Protection §7.3</strong>');
    const mark = /<mark id="quote">([\s\S]*?)<\/mark>/.exec(html)!;
    expect(mark[1]!.replace(/\s+/g, ' ')).toMatch(/^MSDHS, in collaboration with the National Committee/);
    expect(html).toContain('Progress Report');
  });

  it('shows the whole document and says so when the quote paraphrases it', async () => {
    const html = await (
      await fetch(`${api.url}/sources/rtg-progress-2024-q1?quote=words+nobody+wrote+anywhere`)
    ).text();
    expect(html).toContain('not found verbatim');
    expect(html).not.toContain('<mark');
  });
});

describe('the evidence reader without the documents', () => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApiServer({ dataset: await loadSeed(DEFAULT_SEED_DIR, undefined) });
  });
  afterAll(() => api.close());

  it('says the text is not loaded and still shows the quote', async () => {
    const html = await (
      await fetch(`${api.url}/sources/rtg-progress-2024-q1?quote=${encodeURIComponent(QUOTE)}`)
    ).text();
    expect(html).toContain('The text of this document is not loaded');
    expect(html).toContain(`<blockquote class="quote">${QUOTE}</blockquote>`);
  });

  it('lets an editor paste the text (versioned, audited), and no one else', async () => {
    await api.addUser('EDITOR', 'PUBLIC', 'paster', 'a long test password 2');
    const { setCookie } = await api.login('paster', 'a long test password 2');
    const cookie = setCookie!.split(';')[0]!;
    const reader = async (headers: Record<string, string> = {}) =>
      (await fetch(`${api.url}/sources/iom-thailand-factsheet-2018`, { headers })).text();
    expect(await reader()).not.toContain('<form');
    const form = await reader({ cookie });
    const version = /name="expectedVersion" value="(\d+)"/.exec(form)![1]!;
    const paste = (body: Record<string, string>, headers: Record<string, string> = { cookie }) =>
      fetch(`${api.url}/sources/iom-thailand-factsheet-2018/text`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams(body).toString(),
        redirect: 'manual',
      });
    const text = 'IOM has been working to counter trafficking in persons for over two decades in Thailand.';
    expect((await paste({ text, expectedVersion: version }, {})).status).toBe(401);
    expect((await paste({ text: '  ', expectedVersion: version })).status).toBe(400);
    const saved = await paste({ text, expectedVersion: version });
    expect(saved.status).toBe(303);
    expect((await paste({ text, expectedVersion: version })).status).toBe(409);
    const html = await (
      await fetch(`${api.url}/sources/iom-thailand-factsheet-2018?quote=${encodeURIComponent('over two decades')}`)
    ).text();
    expect(html).toContain('<mark id="quote">over two decades</mark>');
    const history = await api.gql<{ history: { entries: { actor: string; comment: string | null }[] } }>(
      '{ history(id: "iom-thailand-factsheet-2018") { entries { actor comment } } }',
    );
    expect(history.data?.history.entries[0]).toMatchObject({ actor: 'paster', comment: 'document text pasted' });
  });

  it.each([
    ['/sources/no-such-source', 404, 'NOT_FOUND'],
    ['/sources/msdhs', 404, 'NOT_FOUND'],
    [`/sources/rtg-progress-2024-q1?quote=${'x'.repeat(2001)}`, 400, 'BAD_USER_INPUT'],
    ['/sources/rtg-progress-2024-q1?locator=a&locator=b', 400, 'BAD_USER_INPUT'],
  ])('answers %s with %i %s', async (url, status, code) => {
    const res = await fetch(`${api.url}${url}`);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      code,
    );
  });
});
