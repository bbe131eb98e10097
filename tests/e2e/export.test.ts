/**
 * Exporting the current view in a real Chromium against the seeded server: PNG, SVG and PDF of
 * the network around MSDHS, each checked as a file (size, dimensions, page count, the title, the
 * legend and the numbered sources as text), and the Brief button opening the brief for the focus.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { settle, waitForCanvas, type Browser, type RunningServer, useExplorer } from './harness.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

useExplorer({}, (s) => ({ server, browser, page } = s));

const TITLE = 'MSDHS briefing: network on 2025-03-03';

async function exportAs(format: 'png' | 'svg' | 'pdf'): Promise<{ name: string; bytes: Buffer }> {
  if (!(await page.getByTestId('export-dialog').isVisible())) await page.getByTestId('tool-export').click();
  const [download] = (await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId(`export-${format}`).click(),
  ])) as [Download, void];
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(file) };
}

async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text };
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('exporting the current view', () => {
  let legend: string[] = [];
  let footnotes: string[] = [];

  it('opens the Export dialog on the MSDHS network with a default title and the filters in words', async () => {
    await page.goto(server.url);
    const input = page.getByTestId('search-input');
    await input.fill('MSDHS');
    await page.getByTestId('search-suggestion').first().waitFor();
    await input.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBeTruthy();
    const focus = new URL(page.url()).searchParams.get('focus')!;
    await waitForCanvas(page, (s) => s.nodes.includes(focus) && s.nodes.length > 5);
    await settle(page);

    legend = await page.$$eval('[data-testid="legend"] li', (lis) =>
      lis.map((li) => (li.textContent ?? '').trim()).filter((t) => t && !/Focus|pinned|path/i.test(t)),
    );
    expect(legend.length).toBeGreaterThan(2);

    await page.getByTestId('tool-export').click();
    expect(await page.getByTestId('export-title').inputValue()).toBe('MSDHS: coordination network');
    expect(await page.getByTestId('export-subtitle').textContent()).toBe(
      'Evidence view · all dates · no other filters',
    );
    await page.getByTestId('export-title').fill(TITLE);
    await page.getByTestId('export-scale').selectOption('2');
  });

  it('exports an SVG holding the title, the legend of what is shown and the numbered sources as text', async () => {
    const { name, bytes } = await exportAs('svg');
    expect(name).toBe('msdhs-briefing-network-on-2025-03-03.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain(`>${TITLE}</text>`);
    expect(svg).toContain('>Evidence view · all dates · no other filters</text>');
    expect(svg).toMatch(/>Exported \d{1,2} [A-Z][a-z]+ \d{4} · Coordination Atlas</);
    const svgLegend = [...svg.matchAll(/<g class="legend-entry"[^>]*>.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((m) =>
      decode(m[1]!),
    );
    // The same kinds as the legend on screen: nothing that is not drawn.
    expect(new Set(svgLegend)).toEqual(new Set(legend));
    footnotes = [
      ...svg.matchAll(/<text class="footnote" data-n="(\d+)"[^>]*><tspan[^>]*>\[\d+\]<\/tspan><tspan[^>]*>([^<]*)</g),
    ].map((m) => decode(m[2]!));
    expect(footnotes.length).toBeGreaterThan(1);
    expect(new Set(footnotes).size).toBe(footnotes.length);
    expect(svg).toContain('Progress Report');
    // Every node of the canvas is drawn, and ties carry their footnote numbers.
    const nodes = await page.evaluate(() => window.__atlas!.visibleNodeIds().length);
    expect(svg.match(/<g class="node"/g)?.length).toBe(nodes);
    expect(svg).toMatch(/data-refs="\d+/);
  });

  it('exports a high-resolution PNG at the chosen scale', async () => {
    const { name, bytes } = await exportAs('png');
    expect(name.endsWith('.png')).toBe(true);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // At 2×, at least the composed page's minimum width (900 CSS pixels) twice over.
    expect(width).toBeGreaterThanOrEqual(1800);
    expect(height).toBeGreaterThan(1000);
    expect(bytes.length).toBeGreaterThan(60_000);
  });

  it('exports a PDF whose text holds the title, the legend and the sources', async () => {
    const { name, bytes } = await exportAs('pdf');
    expect(name.endsWith('.pdf')).toBe(true);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(TITLE);
    expect(flat).toContain('Legend');
    expect(flat).toContain('Sources');
    expect(flat).toContain('Progress Report');
    expect(flat).toContain(`[${footnotes.length}]`);
    // Each source's opening words, as far as Helvetica can write them.
    for (const f of footnotes.filter((t) => /^[\x20-\x7e]{12}/.test(t))) expect(flat).toContain(f.slice(0, 12));
  });

  it('opens the brief for the focus in a new tab, keeping the time window', async () => {
    await page.keyboard.press('Escape');
    const href = await page.getByTestId('tool-brief').getAttribute('href');
    expect(href).toMatch(/^\/brief\?focus=org%3A[a-z0-9-]+$/);
    const [brief] = await Promise.all([browser.context.waitForEvent('page'), page.getByTestId('tool-brief').click()]);
    await brief.waitForLoadState();
    expect(await brief.locator('h1').textContent()).toMatch(/MSDHS.*: coordination brief/);
    await brief.close();

    // With a time window, the brief covers the same period.
    const url = new URL(page.url());
    url.searchParams.set('from', '2013');
    url.searchParams.set('until', '2024');
    await page.goto(url.toString());
    await expect.poll(() => page.getByTestId('tool-brief').getAttribute('href')).toBe(`${href}&from=2013&until=2024`);
    expect(browser.errors).toEqual([]);
  });
});
