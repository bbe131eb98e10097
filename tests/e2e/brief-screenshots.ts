/**
 * Pictures of the briefs for the README: page 1 of the Thailand–Lao PDR, Thailand–Myanmar and
 * MSDHS briefs and of the meeting-preparation brief for the Myanmar–Thailand CMM series (the
 * printable HTML in print media, A4 width), the Thailand–Myanmar bilateral diagram alone, and the
 * evidence reader open at a quote. Starts the seeded server (with the documents' text from
 * ../shared/seeds when present) and saves PNGs to docs/. Run: npm run screenshots:briefs
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openBrowser, ROOT, startServer } from './harness.js';

const OUT = path.join(ROOT, 'docs');
const SHARED_SEEDS = path.resolve(ROOT, '../shared/seeds');

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await startServer(existsSync(SHARED_SEEDS) ? { SOURCE_TEXT_DIR: SHARED_SEEDS } : {});
  // 794 CSS pixels is A4's width at 96 dpi; twice the pixels for a sharp picture.
  const browser = await openBrowser({ width: 794, height: 1123 });
  const { page } = browser;
  try {
    await page.emulateMedia({ media: 'print' });
    const pageOne = async (name: string, focus: string) => {
      await page.goto(`${server.url}/brief?focus=${encodeURIComponent(focus)}`);
      await page.evaluate(() => document.fonts.ready);
      await page.locator('.page-one').screenshot({ path: path.join(OUT, `${name}.png`) });
      console.log(`saved docs/${name}.png`);
    };
    await pageOne('brief-thailand-lao', 'pair:TH-LA');
    await pageOne('brief-thailand-myanmar', 'pair:TH-MM');
    await pageOne('brief-msdhs', 'org:msdhs');
    await pageOne('brief-meeting-preparation', 'prep:myanmar-thailand-case-management-meeting');

    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${server.url}/brief.svg?focus=pair:TH-MM`);
    await page.evaluate(() => document.fonts.ready);
    await page.locator('svg').screenshot({ path: path.join(OUT, 'bilateral-thailand-myanmar.png') });
    console.log('saved docs/bilateral-thailand-myanmar.png');

    const quote =
      'MSDHS, in collaboration with the National Committee against Trafficking in Persons of the Lao PDR, organized the 3rd Thailand-Laos Bilateral Meeting';
    await page.setViewportSize({ width: 1000, height: 640 });
    await page.goto(
      `${server.url}/sources/rtg-progress-2024-q1?${new URLSearchParams({ locator: 'Protection §7.3', quote })}#quote`,
    );
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(OUT, 'evidence-reader.png') });
    console.log('saved docs/evidence-reader.png');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
