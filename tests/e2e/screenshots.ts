/**
 * Screenshots of the explorer's main views for the README: builds the client, starts the server on
 * the seeded store and saves PNGs to docs/screenshots/. Run: npx tsx tests/e2e/screenshots.ts
 * (add --no-build to reuse client/dist, --only gaps,edit for some of them).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { buildClient, openBrowser, ROOT, settle, startServer } from './harness.js';

const OUT = path.join(ROOT, 'docs/screenshots');

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) await buildClient();
  await mkdir(OUT, { recursive: true });
  const server = await startServer();
  const browser = await openBrowser({ width: 1600, height: 960 });
  const { page } = browser;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return ((await res.json()) as { data: T }).data;
  };
  const find = async (text: string, kind: string) =>
    (
      await gql<{ search: { node: { id: string } }[] }>(
        'query($t: String!, $k: [NodeKind!]) { search(text: $t, kinds: $k, limit: 1) { node { id } } }',
        { t: text, k: [kind] },
      )
    ).search[0]!.node.id;
  try {
    const msdhs = await find('MSDHS', 'ORGANIZATION');
    const counterpart = await find('Ministry of Social Welfare, Relief and Resettlement', 'ORGANIZATION');
    const cmm = await find('29th Myanmar–Thailand Case Management Meeting', 'MEETING');
    const ticac = await find('TICAC', 'ORGANIZATION');
    const unodc = await find('UNODC', 'ORGANIZATION');
    const tie = [msdhs, counterpart].sort().join('~');

    const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]!.split(',') : null;
    const shot = async (name: string, query: string, before?: () => Promise<void>) => {
      if (only && !only.includes(name)) return;
      await page.goto(`${server.url}/${query}`);
      await page.waitForFunction(() => !!window.__atlas);
      if (before) await before();
      await settle(page);
      await page.mouse.move(0, 0);
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `${name}.png`) });
      console.log(`saved docs/screenshots/${name}.png`);
    };

    await shot('welcome', '');
    await shot('evidence', `?focus=${msdhs}&x=${msdhs},${cmm}&sel=${cmm}`);
    await shot('coordination', `?view=coordination&focus=${msdhs}&sel=${tie}`);
    await shot('time-window-2013', `?focus=${msdhs}&x=${msdhs},${cmm}&sel=${msdhs}&from=2013&until=2013`);
    await shot('path', `?path=${ticac}~${unodc}&x=${ticac}`);
    await shot('table', `?focus=${msdhs}&x=${msdhs},${cmm}&sel=${cmm}&tab=table`);
    await shot('countries', `?focus=${msdhs}&x=${msdhs},${cmm},${counterpart}&group=country&sel=${counterpart}`);
    await shot('gaps', '?tab=gaps&pair=TH~LA', async () => {
      await page.getByTestId('coverage-row').first().waitFor();
      // The matrix with its legend, and the opened pair's evidence under it.
      await page.evaluate(() => document.querySelector('.gaps-wrap')?.scrollTo(0, 90));
    });
    await shot('edit', `?focus=${cmm}&x=${cmm}&sel=${cmm}`, async () => {
      await page.getByTestId('details-edit').click();
      await page.getByTestId('edit-form').getByTestId('field-name').waitFor();
      await page.getByTestId('edit-form').getByTestId('field-city').fill('Yangon');
      await page.getByTestId('edit-form').getByTestId('field-locator').fill('Protection §7.2');
      await page.evaluate(() => document.querySelector('.sidebar.right')?.scrollTo(0, 0));
    });
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
