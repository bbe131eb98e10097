/**
 * The GraphQL IDE is served by the app itself and works with no internet: the page loads, the
 * editor starts, and running the example query shows data from the seeded graph.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallWorld } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { useChromium } from '../e2e/harness.js';

const built = existsSync(path.resolve(import.meta.dirname, '../../client/dist-ide/index.html'));
let api: ApiServer;
let browser: Browser;

describe.skipIf(!built)('GraphQL IDE at /ide', () => {
  useChromium((b) => (browser = b));
  beforeAll(async () => {
    api = await startApiServer({ dataset: smallWorld() });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('runs a query offline and shows the result', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(api.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        external.push(r.url());
    });
    await page.goto(`${api.url}/ide/`);
    // The editor has started once it shows the example query; only then does Run send it.
    await expect
      .poll(async () => (await page.locator('.graphiql-query-editor').innerText()).includes('MsdhsNeighbourhood'), {
        timeout: 30_000,
      })
      .toBe(true);
    await page.locator('.graphiql-execute-button').click();
    await expect
      // Monaco renders spaces as no-break spaces and wraps long lines: fold all white space first.
      .poll(
        async () =>
          (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ').includes('"id": "msdhs"'),
        {
          timeout: 20_000,
        },
      )
      .toBe(true);
    expect(external).toEqual([]);
  }, 60_000);

  it('opens the query and variables a link carries (?query=…&variables=…) and runs them', async () => {
    const page = await browser.newPage();
    const query = 'query LinkedNode($id: ID!) { node(id: $id) { id name } }';
    const variables = JSON.stringify({ id: 'msdhs' });
    await page.goto(`${api.url}/ide/?${new URLSearchParams({ query, variables }).toString()}`);
    const text = (selector: string) =>
      page
        .locator(selector)
        .innerText()
        .then((t) => t.replace(/\s+/g, ' '));
    await expect.poll(() => text('.graphiql-query-editor'), { timeout: 30_000 }).toContain('LinkedNode');
    await expect.poll(() => text('.graphiql-editor-tool')).toContain('"msdhs"');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => text('.graphiql-response'), { timeout: 20_000 }).toContain('"id": "msdhs"');
    await page.close();
  }, 60_000);
});
