/**
 * Briefs in a real Chromium against the seeded server (documents' text loaded from the shared
 * seeds folder): the Thailand–Lao PDR, Thailand–Myanmar and Thailand–Viet Nam pair briefs, the
 * MSDHS organisation brief and the meeting-preparation brief for the Myanmar–Thailand CMM series.
 * Each is checked as a reader gets it: the diagram's lanes and connectors carry the expected
 * agencies and instruments; every footnote number drawn exists in the sources list and back;
 * page 1 of the PDF holds the whole brief (annexes after). Clicking a citation opens the document
 * at the quote. A Thai name typed by an editor survives into the PDF's text layer and into the
 * exported PNG, checked by rendering (see the test for what the comparison proves).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { ROOT, settle, useExplorer, type RunningServer } from './harness.js';

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

const SHARED_SEEDS = path.resolve(ROOT, '../shared/seeds');
const ADMIN = { username: 'brief-editor', password: 'a long test password 1' };
const THAI = 'กองบังคับการปราบปรามการค้ามนุษย์';

let server: RunningServer;
let page: Page;
useExplorer({ account: ADMIN, env: existsSync(SHARED_SEEDS) ? { SOURCE_TEXT_DIR: SHARED_SEEDS } : {} }, (s) => {
  ({ server, page } = s);
});

interface PdfPage {
  text: string;
  /** Every text item's baseline height above the page's bottom edge, in points. */
  lowest: number;
}

async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocument({ data: bytes, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const items = content.items.filter((item) => 'str' in item);
    pages.push({
      text: items.map((item) => item.str).join(' '),
      lowest: Math.min(...items.map((item) => item.transform[5] as number)),
    });
  }
  await doc.destroy();
  return pages;
}

/** What the brief page shows: the diagram's agencies, connectors and lanes, and the footnote numbers used and listed. */
async function readBrief(focus: string) {
  await page.goto(`${server.url}/brief?focus=${encodeURIComponent(focus)}`);
  return page.evaluate(() => {
    const nums = (s: string | null) => (s ?? '').split(' ').filter(Boolean).map(Number);
    const svg = document.querySelector('figure svg')!;
    return {
      title: document.querySelector('h1')!.textContent!,
      agencies: [...svg.querySelectorAll('.agency')].map(
        (a) => `${a.getAttribute('data-side')}:${a.getAttribute('data-sector')}:${a.getAttribute('data-id')}`,
      ),
      connectors: [...svg.querySelectorAll('.connector')].map((c) => ({
        id: c.getAttribute('data-id')!,
        left: c.getAttribute('data-left')!,
        right: c.getAttribute('data-right')!,
      })),
      gapLanes: [...svg.querySelectorAll('.lane[data-gap="true"]')].map((l) => l.getAttribute('data-sector')!),
      drawn: [...svg.querySelectorAll('[data-refs]')].flatMap((m) => nums(m.getAttribute('data-refs'))),
      cited: [...document.querySelectorAll('sup a')].map((a) => Number(a.textContent)),
      listed: [...document.querySelectorAll('ol.sources li')].map((li) => Number(li.id.replace('fn-', ''))),
      text: document.body.innerText,
    };
  });
}

describe('briefs in the browser', () => {
  const cases: [string, (b: Awaited<ReturnType<typeof readBrief>>) => void][] = [
    [
      'pair:TH-LA',
      (b) => {
        expect(b.agencies).toEqual(
          expect.arrayContaining([
            'left:SOCIAL_WELFARE:msdhs',
            'left:LAW_ENFORCEMENT:rtp',
            'right:COORDINATION:la-nctip',
          ]),
        );
        expect(b.connectors).toContainEqual({ id: 'th-la-bilateral-3-2024', left: 'msdhs', right: 'la-nctip' });
        expect(b.gapLanes).toContain('PROSECUTION');
      },
    ],
    [
      'pair:TH-MM',
      (b) => {
        expect(b.agencies).toEqual(
          expect.arrayContaining(['left:SOCIAL_WELFARE:msdhs', 'right:SOCIAL_WELFARE:mm-mswrr']),
        );
        expect(b.connectors).toContainEqual({ id: 'th-mm-cmm-29-2024', left: 'msdhs', right: 'mm-mswrr' });
        expect(b.connectors.map((c) => c.id)).toContain('mou-th-mm-trafficking');
      },
    ],
    [
      'pair:TH-VN',
      (b) => {
        // They meet only in multi-country settings: those are drawn between the two states, and the
        // core sectors with no tie are drawn as gaps.
        expect(b.connectors).toContainEqual(expect.objectContaining({ left: 'thailand', right: 'viet-nam' }));
        expect(b.text).toMatch(/No instrument joins Thailand and Viet Nam alone/);
        expect(b.gapLanes).toEqual(expect.arrayContaining(['LAW_ENFORCEMENT', 'SOCIAL_WELFARE']));
      },
    ],
    ['org:msdhs', (b) => expect(b.text).toMatch(/29 partners; the 12 strongest drawn/)],
    [
      'prep:myanmar-thailand-case-management-meeting',
      (b) => {
        expect(b.title).toBe('Preparing the 30th Myanmar–Thailand Case Management Meeting');
        expect(b.text).toMatch(/Who attended last time[\s\S]*Ministry of Social Development and Human Security/);
      },
    ],
  ];

  it.each(cases)(
    '%s: the diagram carries the expected agencies and instruments, and every number drawn is a source',
    async (focus, check) => {
      const b = await readBrief(focus);
      check(b);
      expect(b.text).not.toMatch(/hover|click/i);
      const used = new Set([...b.drawn, ...b.cited]);
      expect(b.drawn.length).toBeGreaterThan(0);
      expect([...used].sort((x, y) => x - y)).toEqual([...b.listed].sort((x, y) => x - y));
    },
  );

  it.each(cases.map(([focus]) => [focus]))('%s: page 1 of the PDF holds the whole brief', async (focus) => {
    const res = await page.request.get(`${server.url}/brief.pdf?focus=${encodeURIComponent(focus)}`);
    const pages = await pdfPages(new Uint8Array(await res.body()));
    const b = await readBrief(focus);
    // Printed from the browser on A4, page 1 of the HTML brief is one sheet too, annexes after.
    await page.evaluate(() => document.fonts.ready);
    const printed = await pdfPages(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
    expect(printed[0]!.text).toMatch(/absence of evidence is not evidence of absence/);
    expect(printed[1]!.text).toMatch(/^Annex A:/);
    const one = pages[0]!;
    expect(one.text).toContain(b.title.slice(0, 25));
    for (const heading of await page.locator('.page-one h2').allTextContents()) expect(one.text).toContain(heading);
    expect(one.text).not.toMatch(/Annex [A-E]:/);
    expect(one.lowest).toBeGreaterThanOrEqual(0);
    expect(pages[1]!.text).toMatch(/^Annexes to:/);
    expect(
      pages
        .slice(1)
        .map((p) => p.text)
        .join(' '),
    ).toMatch(/Sources/);
  });

  it.skipIf(!existsSync(SHARED_SEEDS))('opens the document at the quote when a citation is clicked', async () => {
    await page.goto(`${server.url}/brief?focus=pair:TH-LA`);
    await page.locator('ol.sources a.open-source').first().click();
    await page.waitForURL(/\/sources\//);
    const target = page;
    const mark = target.locator('mark#quote');
    await expect.poll(() => mark.count()).toBe(1);
    const quote = (await target.locator('blockquote.quote').textContent())!;
    const marked = (await mark.textContent())!.replace(/\s+/g, ' ');
    expect(marked.slice(0, 20).toLowerCase()).toBe(quote.replace(/\s+/g, ' ').slice(0, 20).toLowerCase());
    expect(
      await mark.evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    ).toBe(true);
  });
});

describe('citations in the explorer', () => {
  it.skipIf(!existsSync(SHARED_SEEDS))('open the document at the quote in a new tab', async () => {
    await page.goto(`${server.url}/?focus=msdhs&x=msdhs,th-mm-cmm-29-2024&sel=th-mm-cmm-29-2024`);
    const open = page.getByTestId('citation-open').first();
    await open.waitFor();
    const [reader] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    await reader.waitForLoadState();
    expect(new URL(reader.url()).pathname).toBe('/sources/rtg-progress-2024-q1');
    await expect.poll(() => reader.locator('mark#quote').count()).toBe(1);
    expect((await reader.locator('mark#quote').textContent())!.replace(/\s+/g, ' ')).toMatch(
      /29|MSDHS|Case Management/,
    );
    await reader.close();
  });
});

describe('the Gaps pair view', () => {
  it('shows the bilateral diagram, and "Show in graph" draws the pair without the regional instruments unless asked', async () => {
    await page.goto(`${server.url}/?tab=gaps&pair=TH~LA`);
    const diagram = page.getByTestId('pair-diagram').locator('img');
    await diagram.waitFor();
    await expect
      .poll(() => diagram.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(500);
    expect(await page.getByTestId('pair-brief').getAttribute('href')).toBe('/brief?focus=pair%3ATH-LA');

    await page.getByTestId('pair-show').click();
    await expect.poll(() => param(page, 'x')?.split(',').length ?? 0).toBeGreaterThan(0);
    const bilateral = await settle(page);
    expect(param(page, 'x')!.split(',')).not.toContain('commit-mou-2004');
    expect(bilateral.nodes).not.toContain('commit-mou-2004');
    expect(bilateral.nodes).toContain('th-la-bilateral-3-2024');

    await page.goto(`${server.url}/?tab=gaps&pair=TH~LA`);
    await page.getByTestId('pair-show-regional').click();
    await expect.poll(() => param(page, 'x')?.split(',') ?? []).toContain('commit-mou-2004');
  });
});

describe('a Thai name', () => {
  it(
    'survives into the PDF text layer and, drawn in Sarabun, into the exported PNG',
    { timeout: 180_000 },
    async () => {
      // An editor records the Thai unit of the police at the 3rd Thailand–Laos bilateral meeting.
      await page.goto(server.url);
      const gql = (query: string, variables: Record<string, unknown>) =>
        page.evaluate(
          async ([q, v]) =>
            (
              await fetch('/graphql', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ query: q, variables: v }),
              })
            ).json() as Promise<{ errors?: unknown[] }>,
          [query, variables] as const,
        );
      const login = await gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
        u: ADMIN.username,
        p: ADMIN.password,
      });
      expect(login.errors).toBeUndefined();
      const cite = [{ source: 'rtg-progress-2024-q1', locator: 'Protection §7.3' }];
      const created = await gql('mutation($i: OrganizationInput!) { createOrganization(input: $i) { id } }', {
        i: {
          id: 'th-atpd-thai',
          name: THAI,
          kind: 'GOVERNMENT_AGENCY',
          countryCode: 'TH',
          sector: 'LAW_ENFORCEMENT',
          sources: cite,
        },
      });
      expect(created.errors).toBeUndefined();
      const tied = await gql('mutation($i: RelationshipInput!) { createRelationship(input: $i) { id } }', {
        i: {
          type: 'PARTICIPATED_IN',
          start: 'th-atpd-thai',
          end: 'th-la-bilateral-3-2024',
          role: 'PARTICIPANT',
          sources: cite,
        },
      });
      expect(tied.errors).toBeUndefined();

      // The PDF brief's text layer holds the name verbatim.
      const res = await page.request.get(`${server.url}/brief.pdf?focus=pair:TH-LA`);
      const pages = await pdfPages(new Uint8Array(await res.body()));
      expect(pages[0]!.text.replace(/\s/g, '')).toContain(THAI);

      // The explorer's PNG export of the view focused on it.
      await page.goto(server.url);
      const search = page.getByTestId('search-input');
      await search.fill(THAI);
      await page.getByTestId('search-suggestion').first().waitFor();
      await search.press('Enter');
      await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('th-atpd-thai');
      await settle(page);
      await expect.poll(() => page.getByTestId('tool-export').isEnabled(), { timeout: 30_000 }).toBe(true);
      await page.getByTestId('tool-export').click();
      const exportAs = async (format: 'png' | 'svg') => {
        const [download] = (await Promise.all([
          page.waitForEvent('download', { timeout: 30_000 }),
          page.getByTestId(`export-${format}`).click(),
        ])) as [Download, void];
        return readFile((await download.path())!);
      };
      await page.getByTestId('export-scale').selectOption('2');
      const png = await exportAs('png');
      const svg = (await exportAs('svg')).toString('utf8');
      // The SVG (the PNG's source, same scene) holds the name as text, where the label is drawn.
      expect(svg).toContain(`>${THAI}</text>`);

      // By rendering: draw the same string with Sarabun where the SVG puts the label, and compare
      // it pixel by pixel with the PNG's pixels there. A match means the PNG shows the name drawn
      // with Sarabun's Thai glyphs (not boxes, not blanks, not another font); it is not OCR.
      const overlap = await page.evaluate(
        async ([pngB64, svgText, name]) => {
          const font = new FontFace('Sarabun', 'url(/brief/fonts/sarabun-regular.ttf)');
          document.fonts.add(await font.load());
          const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
          const label = [...doc.querySelectorAll('text')].find((t) => t.textContent === name)!;
          let dx = 0;
          let dy = 0;
          for (let g = label.parentElement; g; g = g.parentElement) {
            const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
            if (m) {
              dx += Number(m[1]);
              dy += Number(m[2]);
            }
          }
          const scale = 2;
          const [x, y, size] = ['x', 'y', 'font-size'].map((a) => Number(label.getAttribute(a)));
          const img = new Image();
          img.src = `data:image/png;base64,${pngB64}`;
          await img.decode();
          const ink = (draw: (ctx: CanvasRenderingContext2D) => void) => {
            const c = document.createElement('canvas');
            [c.width, c.height] = [img.width, img.height];
            const ctx = c.getContext('2d')!;
            ctx.fillStyle = '#ffffff';
            ctx.fillRect(0, 0, c.width, c.height);
            draw(ctx);
            const w = Math.ceil(size! * scale * name.length * 0.7);
            const h = Math.ceil(size! * scale * 2.2);
            const left = Math.round((x! + dx) * scale - w / 2);
            const top = Math.round((y! + dy) * scale - h * 0.7);
            const data = ctx.getImageData(left, top, w, h).data;
            const dark: boolean[] = [];
            for (let i = 0; i < data.length; i += 4) dark.push(data[i]! + data[i + 1]! + data[i + 2]! < 300);
            return dark;
          };
          const exported = ink((ctx) => ctx.drawImage(img, 0, 0));
          const drawn = (family: string) =>
            ink((ctx) => {
              ctx.font = `${size! * scale}px ${family}`;
              ctx.textAlign = 'center';
              ctx.fillStyle = '#1b2733';
              ctx.fillText(name, (x! + dx) * scale, (y! + dy) * scale);
            });
          const iou = (reference: boolean[]) => {
            let both = 0;
            let either = 0;
            exported.forEach((d, i) => {
              if (d && reference[i]) both++;
              if (d || reference[i]) either++;
            });
            return both / Math.max(1, either);
          };
          const sarabun = drawn('Sarabun');
          // The control: the same string in another family must match far worse.
          return { iou: iou(sarabun), control: iou(drawn('monospace')), referenceInk: sarabun.filter(Boolean).length };
        },
        [png.toString('base64'), svg, THAI] as const,
      );
      expect(overlap.referenceInk).toBeGreaterThan(100);
      expect(overlap.iou, JSON.stringify(overlap)).toBeGreaterThan(0.6);
      expect(overlap.control, JSON.stringify(overlap)).toBeLessThan(overlap.iou - 0.25);
    },
  );
});
