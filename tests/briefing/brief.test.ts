/**
 * Briefs: the Thailand–Lao PDR brief lists the 3rd bilateral meeting and the police meeting with
 * their sources (RTG Q1 2024, Protection §7.3 and Prosecution §9.1(3)) and the gaps for the pair;
 * the PDF's own text (parsed with PDF.js) holds the title, the meetings and the sources; the HTTP
 * routes answer bad input with codes and hide what the viewer may not see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { redactingStore } from '../../server/access/redacting-store.js';
import { composeBrief, type BriefData } from '../../server/briefing/brief-data.js';
import { parseFocus } from '../../server/briefing/focus.js';
import { briefPdf } from '../../server/briefing/render-pdf.js';
import { diagramSvg } from '../../server/briefing/render-svg.js';
import { jointCase, smallWorld, tie } from '../fixtures/builders.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
}

let api: ApiServer;
let pair: BriefData;
beforeAll(async () => {
  api = await startApiServer();
  pair = await composeBrief(redactingStore(api.store, 'PUBLIC'), parseFocus('pair:TH-LA'), {}, new Date('2026-01-15'));
});
afterAll(() => api.close());

describe('the Thailand–Lao PDR brief', () => {
  it('lists the 3rd bilateral meeting and the police meeting, each with its source and locator', () => {
    const third = pair.meetings.find((m) => /3rd Thailand–Laos Bilateral Meeting/.test(m.title))!;
    const police = pair.meetings.find((m) => /Lao Police Force/.test(m.title))!;
    const note = (n: number) => pair.footnotes.find((f) => f.n === n)!;
    expect(third.footnotes.map((n) => note(n).locator)).toContain('Protection §7.3');
    expect(police.footnotes.map((n) => note(n).locator)).toContain('Prosecution §9.1(3)');
    expect(note(third.footnotes[0]!).source).toMatch(/Royal Thai Government's Progress Report/);
  });

  it('names the gaps found for the pair', () => {
    const gaps = pair.gaps.map((g) => `${g.title}: ${g.detail}`);
    expect(gaps.some((g) => /social welfare: cross sector/.test(g))).toBe(true);
    expect(gaps.some((g) => /No Lao PDR counterpart recorded: In: .*prosecution/.test(g))).toBe(true);
    expect(gaps.some((g) => /^Dormant: /.test(g))).toBe(true);
  });

  it('renders a PDF whose text holds the title, the meetings, the gaps and the numbered sources', async () => {
    const { pages, text } = await pdfText(await briefPdf(pair));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    expect(text).toContain('Thailand–Lao PDR: coordination brief');
    expect(text).toMatch(/3rd Thailand–Laos Bilateral Meeting/);
    expect(text).toContain('Gaps to raise');
    expect(text).toMatch(/\[1\] Royal Thai Government's Progress Report/);
    expect(text).toContain('Protection §7.3');
  });

  it('draws the diagram as SVG with text as text and a legend of the kinds shown', () => {
    const svg = diagramSvg(pair.diagram, pair.title);
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('>Lao Police Force</text>');
    expect(svg).toContain('>Foreign government agency</text>');
    expect(svg).not.toContain('>NGO</text>');
  });
});

describe('brief routes', () => {
  it('serves the printable HTML and the PDF', async () => {
    const html = await fetch(`${api.url}/brief?focus=pair:TH-LA`);
    expect(html.status).toBe(200);
    expect(await html.text()).toMatch(/@media print[\s\S]*3rd Thailand–Laos Bilateral Meeting[\s\S]*Sources/);
    const pdf = await fetch(`${api.url}/brief.pdf?focus=org:msdhs&from=2024`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await pdfText(new Uint8Array(await pdf.arrayBuffer()))).text).toContain('(MSDHS): coordination brief');
  });

  it.each([
    ['focus=nonsense', 400, 'BAD_USER_INPUT'],
    ['focus=pair:TH-TH', 400, 'BAD_USER_INPUT'],
    ['focus=org:no-such-agency', 404, 'NOT_FOUND'],
    ['focus=pair:TH-LA&until=2024-13', 400, 'BAD_USER_INPUT'],
  ])('answers %s with %i %s', async (query, status, code) => {
    const res = await fetch(`${api.url}/brief?${query}`);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      code,
    );
  });

  it('leaves out a confidential case for a viewer without clearance', async () => {
    const world = smallWorld();
    world.nodes.push(jointCase('secret-case', { name: 'Operation Nightjar', sensitivity: 'CONFIDENTIAL' }));
    world.relationships.push(
      tie('WORKS_ON', 'rtp', 'secret-case', { role: 'LEAD' }),
      tie('WORKS_ON', 'msdhs', 'secret-case', { role: 'SUPPORT' }),
    );
    const small = await startApiServer({ dataset: world });
    try {
      const html = await (await fetch(`${small.url}/brief?focus=org:rtp`)).text();
      expect(html).toContain('Border case');
      expect(html).not.toMatch(/Nightjar|secret-case/);
    } finally {
      await small.close();
    }
  });
});
