/**
 * Briefs on the seed: the Thailand–Lao PDR bilateral diagram (agencies in sector lanes on their
 * side, the instruments between them with dates and footnote numbers, the prosecution lane drawn
 * as a gap), one-page PDFs whose page 1 holds the whole brief with annexes after, footnotes that
 * match the sources list both ways, the organisation brief saying what it draws, the
 * meeting-preparation brief for the Myanmar–Thailand CMM series, a Thai name in the PDF's text
 * layer, and the HTTP routes' answers to bad input and to a viewer without clearance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBrief, type BriefData } from '../../server/briefing/brief-data.js';
import { parseFocus } from '../../server/briefing/focus.js';
import { briefErrorStatus } from '../../server/briefing/routes.js';
import { drawnRefs } from '../../server/briefing/picture.js';
import { briefPdf } from '../../server/briefing/render-pdf.js';
import { briefHtml } from '../../server/briefing/render-html.js';
import { pictureSvg } from '../../server/briefing/render-svg.js';
import { jointCase, meeting, org, smallWorld, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { pdfPages } from './pdf-text.js';

const TODAY = new Date('2026-01-15');
let api: ApiServer;
const brief = (focus: string) => composeBrief(api.store, 'PUBLIC', parseFocus(focus), {}, TODAY);

beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

/** Every footnote number the brief prints: drawn on the diagram, or after an item. */
function citedNumbers(b: BriefData): Set<number> {
  return new Set([
    ...drawnRefs(b.picture),
    ...[...b.sections, ...b.annexes].flatMap((s) => s.items.flatMap((i) => i.footnotes)),
  ]);
}

describe('the Thailand–Lao PDR brief', () => {
  let pair: BriefData;
  beforeAll(async () => {
    pair = await brief('pair:TH-LA');
  });

  it('draws each side in its own column, in sector lanes, with the instruments between them', () => {
    const svg = pictureSvg(pair.picture, pair.title);
    const agencies = [...svg.matchAll(/class="agency" data-id="([^"]+)" data-side="(\w+)" data-sector="(\w+)"/g)].map(
      (m) => `${m[2]}:${m[3]}:${m[1]}`,
    );
    expect(agencies).toEqual(
      expect.arrayContaining(['left:SOCIAL_WELFARE:msdhs', 'left:LAW_ENFORCEMENT:rtp', 'right:COORDINATION:la-nctip']),
    );
    expect(agencies.filter((a) => a.startsWith('right:')).every((a) => !a.includes(':msdhs'))).toBe(true);
    const connectors = [
      ...svg.matchAll(
        /class="connector" data-id="([^"]+)" data-refs="([^"]*)" data-left="([^"]*)" data-right="([^"]*)"/g,
      ),
    ];
    const third = connectors.find((m) => m[1] === 'th-la-bilateral-3-2024')!;
    expect(third[3]).toBe('msdhs');
    expect(third[4]).toBe('la-nctip');
    expect(third[2]).not.toBe('');
    expect(svg).toContain('3rd Thailand–Laos Bilateral Meeting');
    expect(svg).toContain('Meeting · 2024-03-20');
    // Prosecution: Thailand has agencies, no tie crosses: an empty dashed lane labelled as a gap.
    expect(svg).toMatch(/class="lane" data-sector="PROSECUTION" data-gap="true"[^>]*stroke-dasharray/);
    expect(svg).toContain('Gap: no tie recorded in prosecution');
  });

  it('gives the same picture for the same data', async () => {
    const again = await brief('pair:TH-LA');
    expect(pictureSvg(again.picture, again.title)).toBe(pictureSvg(pair.picture, pair.title));
  });

  it('lists at most three real gaps on page 1, and the status in the status line', () => {
    const gaps = pair.sections.find((s) => s.title === 'Gaps to raise')!;
    expect(gaps.items.length).toBeGreaterThan(0);
    expect(gaps.items.length).toBeLessThanOrEqual(3);
    expect(gaps.items.some((g) => /^Status/.test(g.title))).toBe(false);
    expect(pair.statusLine).toMatch(/^Active: /);
    const all = pair.annexes.find((a) => /gaps/.test(a.title))!.items.map((g) => `${g.title}: ${g.detail}`);
    expect(all.some((g) => /^Dormant: /.test(g))).toBe(true);
    expect(all.some((g) => /No Lao PDR counterpart recorded: In: .*prosecution/.test(g))).toBe(true);
  });

  it('cites the 3rd bilateral meeting and the police meeting with their locators', () => {
    const meetings = pair.annexes.find((a) => a.title === 'Annex B: Meetings')!.items;
    const note = (n: number) => pair.footnotes.find((f) => f.n === n)!;
    const third = meetings.find((m) => /3rd Thailand–Laos Bilateral Meeting/.test(m.title))!;
    const police = meetings.find((m) => /Lao Police Force/.test(m.title))!;
    expect(third.footnotes.map((n) => note(n).locator)).toContain('Protection §7.3');
    expect(police.footnotes.map((n) => note(n).locator)).toContain('Prosecution §9.1(3)');
    expect(note(third.footnotes[0]!).publisher).toBe('Royal Thai Government');
  });

  it('numbers footnotes so that every number printed is a source, and every source is printed', () => {
    const listed = pair.footnotes.map((f) => f.n);
    expect(listed).toEqual(listed.map((_, i) => i + 1));
    expect([...citedNumbers(pair)].sort((a, b) => a - b)).toEqual(listed);
    // The diagram's numbers come first.
    expect(drawnRefs(pair.picture)[0]).toBe(1);
  });
});

describe.each([
  ['pair:TH-LA'],
  ['pair:TH-MM'],
  ['pair:TH-VN'],
  ['org:msdhs'],
  ['agreement:mou-th-mm-trafficking'],
  ['prep:TH-MM'],
])('the PDF of %s', (focus) => {
  it('holds the whole brief on page 1, the annexes and the sources after, and never says hover or click', async () => {
    const b = await brief(focus);
    const pages = await pdfPages(await briefPdf(b));
    const one = pages[0]!;
    expect(one).toContain(b.title.slice(0, 30));
    for (const s of b.sections) expect(one).toContain(s.title);
    for (const f of b.figures) expect(one).toContain(f.label);
    expect(one).not.toMatch(/Annex [A-E]:/);
    expect(pages[1]).toMatch(/^Annexes to:/);
    const rest = pages.slice(1).join('\n');
    for (const a of b.annexes) expect(rest).toContain(a.title);
    expect(rest).toMatch(/\nSources\s*\n/);
    for (const f of b.footnotes) expect(rest).toContain(`[${f.n}] `);
    expect(pages.join('\n')).not.toMatch(/hover|click/i);
    expect(citedNumbers(b)).toEqual(new Set(b.footnotes.map((f) => f.n)));
  });
});

describe('the organisation brief', () => {
  it('says how many partners there are and how many are drawn', async () => {
    const b = await brief('org:msdhs');
    expect(b.picture.caption).toMatch(/^29 partners; the 12 strongest drawn/);
    expect(b.figures).toContainEqual({ label: 'Partners', value: '29 (12 drawn)' });
    expect(b.picture.prims.filter((p) => p.cls === 'spoke')).toHaveLength(12);
    expect(b.annexes[0]!.items).toHaveLength(29);
  });
});

describe('the meeting-preparation brief', () => {
  it('prepares the 30th Myanmar–Thailand CMM from the series or from the pair', async () => {
    const bySeries = await brief('prep:myanmar-thailand-case-management-meeting');
    const byPair = await brief('prep:TH-MM');
    expect(bySeries.title).toBe('Preparing the 30th Myanmar–Thailand Case Management Meeting');
    expect(byPair.title).toBe(bySeries.title);
    expect(bySeries.statusLine).toMatch(
      /^Last meeting: 29th Myanmar–Thailand Case Management Meeting.*2024-02-27 to 2024-02-29, Yangon/,
    );
    const section = (t: string) => bySeries.sections.find((s) => s.title === t)!;
    expect(section('Outcomes recorded last time').items[0]!.title).toMatch(/victim protection and assistance/);
    const attended = section('Who attended last time').items.map((i) => `${i.title}: ${i.detail}`);
    expect(attended).toEqual([
      'Thailand: Ministry of Social Development and Human Security (MSDHS)',
      expect.stringMatching(/^Myanmar: Ministry of Social Welfare, Relief/),
    ]);
    const inForce = bySeries.annexes.find((a) => /in force/.test(a.title))!.items.map((i) => i.title);
    expect(inForce).toContain(
      'Myanmar–Thailand MOU on Cooperation to Combat Trafficking in Persons, Especially Women and Children',
    );
    expect(
      section('Agreements to watch').items.every((i) => /validity ends|no meeting or case recorded/.test(i.detail)),
    ).toBe(true);
  });

  it('answers NOT_FOUND for a series nobody recorded', async () => {
    await expect(brief('prep:no-such-series')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'focus' });
  });
});

describe('Thai script', () => {
  it('prints a Thai name verbatim into the PDF text layer and the HTML', async () => {
    const world = smallWorld();
    const thai = 'สำนักงานตำรวจแห่งชาติ';
    world.nodes.push(org('th-police-thai', { name: thai, countryCode: 'TH', sector: 'LAW_ENFORCEMENT' }));
    world.relationships.push(tie('PARTICIPATED_IN', 'th-police-thai', 'm-2024', { role: 'PARTICIPANT' }));
    const small = await startApiServer({ dataset: world });
    try {
      const b = await composeBrief(small.store, 'PUBLIC', parseFocus('pair:TH-LA'), {}, TODAY);
      const pages = await pdfPages(await briefPdf(b));
      expect(pages[0]!.replace(/\s/g, '')).toContain(thai);
      expect(pictureSvg(b.picture, b.title)).toContain(`>${thai}</text>`);
      expect(briefHtml(b)).toContain(thai);
    } finally {
      await small.close();
    }
  });
});

describe('brief routes', () => {
  it('serves the printable HTML with citations linked to the evidence reader, the PDF, the SVG and the font', async () => {
    const html = await (await fetch(`${api.url}/brief?focus=pair:TH-LA`)).text();
    expect(html).toMatch(/@media print[\s\S]*3rd Thailand–Laos Bilateral Meeting[\s\S]*Sources/);
    expect(html).toMatch(
      /href="\/sources\/rtg-progress-2024-q1\?locator=Protection\+%C2%A77\.3&amp;quote=[^"]+#quote"/,
    );
    const pdf = await fetch(`${api.url}/brief.pdf?focus=org:msdhs&from=2024`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await pdfPages(new Uint8Array(await pdf.arrayBuffer())))[0]!.replace(/\s+/g, ' ')).toContain(
      '(MSDHS): coordination',
    );
    const svg = await fetch(`${api.url}/brief.svg?focus=pair:TH-LA`);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toContain('class="connector"');
    const font = await fetch(`${api.url}/brief/fonts/sarabun-regular.ttf`);
    expect(font.status).toBe(200);
    expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(50_000);
    expect((await fetch(`${api.url}/brief/fonts/..%2Fpackage.json`)).status).toBe(404);
  });

  it.each([
    ['focus=nonsense', 400, 'BAD_USER_INPUT'],
    ['focus=pair:TH-TH', 400, 'BAD_USER_INPUT'],
    ['focus=prep:TH', 400, 'BAD_USER_INPUT'],
    ['focus=org:no-such-agency', 404, 'NOT_FOUND'],
    ['focus=prep:no-such-series', 404, 'NOT_FOUND'],
    ['focus=pair:TH-LA&until=2024-13', 400, 'BAD_USER_INPUT'],
  ])('answers %s with %i %s', async (query, status, code) => {
    const res = await fetch(`${api.url}/brief?${query}`);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      code,
    );
  });

  it('leaves out a confidential case for a viewer without clearance, in every format', async () => {
    const world = smallWorld();
    world.nodes.push(
      jointCase('secret-case', {
        name: 'Operation Nightjar',
        sensitivity: 'CONFIDENTIAL',
        jurisdictions: ['TH', 'LA'],
      }),
    );
    world.nodes.push(
      meeting('m-2025', {
        name: 'Follow-up',
        startDate: '2025-01',
        series: 'Thailand–Lao bilateral meeting',
        sequence: 4,
      }),
    );
    world.relationships.push(
      tie('WORKS_ON', 'rtp', 'secret-case', { role: 'LEAD' }),
      tie('WORKS_ON', 'lao-police', 'secret-case', { role: 'FOREIGN_COUNTERPART' }),
    );
    const small = await startApiServer({ dataset: world });
    try {
      for (const path of [
        '/brief?focus=org:rtp',
        '/brief?focus=pair:TH-LA',
        '/brief?focus=prep:TH-LA',
        '/brief.svg?focus=pair:TH-LA',
      ]) {
        const text = await (await fetch(`${small.url}${path}`)).text();
        expect(text).not.toMatch(/Nightjar|secret-case/);
      }
      expect(await (await fetch(`${small.url}/brief?focus=org:rtp`)).text()).toContain('Border case');
    } finally {
      await small.close();
    }
  });
});

describe('brief route statuses', () => {
  it("answers 503 when the analysis worker is full or too slow (the server's state), 400 for bad input", () => {
    expect(briefErrorStatus('BUSY')).toBe(503);
    expect(briefErrorStatus('ANALYSIS_TIMEOUT')).toBe(503);
    expect(briefErrorStatus('NOT_FOUND')).toBe(404);
    expect(briefErrorStatus('RATE_LIMITED')).toBe(429);
    expect(briefErrorStatus('BAD_USER_INPUT')).toBe(400);
  });
});
