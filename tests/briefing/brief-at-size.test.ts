/**
 * Briefs on a 14,000-node graph (the M size of the benchmark): an organisation brief is composed
 * from the analysis service, its ties projected on the worker thread, so lookups keep being
 * answered while it is made (ordering, not milliseconds, is asserted); and a hub's brief states
 * the same partners, in the same order, as the API's coordination around it, listing the
 * strongest LISTED in its annex and saying how many there are in all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisService } from '../../server/analysis/service.js';
import { composeBrief, PARTNERS_DRAWN, LISTED } from '../../server/briefing/brief-data.js';
import { parseFocus } from '../../server/briefing/focus.js';
import { drawnRefs } from '../../server/briefing/picture.js';
import { briefPdf } from '../../server/briefing/render-pdf.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { lookupsAnsweredDuring } from '../fixtures/offload.js';
import { pdfPages } from './pdf-text.js';

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer({ dataset: syntheticWorld(4600, 8200) });
}, 120_000);
afterAll(() => api?.close());

interface Tie {
  a: { id: string; name: string; acronym: string | null };
  b: { id: string; name: string; acronym: string | null };
}

describe('briefs on a large graph', () => {
  it('answers lookups while an organisation brief is composed', { timeout: 120_000 }, async () => {
    const { status, html } = await lookupsAnsweredDuring(
      api,
      'the organisation brief',
      () =>
        fetch(`${api.url}/brief?focus=org:org-1&from=2015`).then(async (res) => ({
          status: res.status,
          html: await res.text(),
        })),
      () => analysisService().busy,
      ['org-10', 'org-11', 'org-12', 'org-13', 'org-14'],
    );
    expect(status).toBe(200);
    expect(html).toContain('Agency 1 for');
  });

  it(
    "states a hub's partners as the API's coordination around it does, listing the strongest",
    {
      timeout: 120_000,
    },
    async () => {
      const res = await api.gql<{ coordination: { ties: Tie[]; truncated: boolean } }>(
        `{ coordination(around: ["org-0"], limit: 5000) {
          ties { a { id name acronym } b { id name acronym } } truncated } }`,
      );
      expect(res.errors).toBeUndefined();
      const { ties, truncated } = res.data!.coordination;
      expect(truncated).toBe(false);
      // A hub of the synthetic world: more partners than a brief lists.
      expect(ties.length).toBeGreaterThan(LISTED);

      const brief = await composeBrief(api.store, 'PUBLIC', parseFocus('org:org-0'));
      expect(brief.figures.find((f) => f.label === 'Partners')?.value).toBe(`${ties.length} (${PARTNERS_DRAWN} drawn)`);
      expect(brief.statusLine).toContain(`${ties.length} partners`);
      const annex = brief.annexes.find((a) => a.title.startsWith('Annex A'))!;
      expect(annex.title).toBe('Annex A: Partners, strongest first');
      expect(annex.more).toBe(`${ties.length - LISTED} more not listed here; the explorer shows them all`);
      const partner = (t: Tie) => (t.a.id === 'org-0' ? t.b : t.a);
      expect(annex.items.map((i) => i.title)).toEqual(
        ties.slice(0, LISTED).map((t) => `${partner(t).name} (${partner(t).acronym})`),
      );
    },
  );

  it(
    'lists at most LISTED items an annex and says how many it leaves out, citing only what it prints',
    {
      timeout: 120_000,
    },
    async () => {
      const brief = await composeBrief(api.store, 'PUBLIC', parseFocus('pair:TH-LA'));
      const meetings = brief.annexes.find((a) => a.title === 'Annex B: Meetings')!;
      expect(meetings.items).toHaveLength(LISTED);
      const left = Number(/^(\d+) more not listed here; the explorer shows them all$/.exec(meetings.more ?? '')?.[1]);
      expect(left).toBeGreaterThan(0);
      for (const annex of brief.annexes) expect(annex.items.length).toBeLessThanOrEqual(LISTED);
      // Page 1 counts the whole list, not the part an annex prints.
      const latest = brief.sections.find((s) => s.title === 'Latest meetings')!;
      expect(Number(/^(\d+) more in Annex B$/.exec(latest.more ?? '')?.[1])).toBeGreaterThan(LISTED);
      // Every source listed is cited by something printed, and every citation is listed.
      const cited = new Set([
        ...drawnRefs(brief.picture),
        ...[...brief.sections, ...brief.annexes].flatMap((s) => s.items.flatMap((i) => i.footnotes)),
      ]);
      expect([...cited].sort((x, y) => x - y)).toEqual(brief.footnotes.map((f) => f.n));
      const pages = await pdfPages(await briefPdf(brief));
      expect(pages.join(' ').replace(/\s+/g, ' ')).toContain(
        `${left} more not listed here; the explorer shows them all.`,
      );
    },
  );
});
