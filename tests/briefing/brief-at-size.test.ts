/**
 * Briefs on a 14,000-node graph (the M size of the benchmark): an organisation brief is composed
 * from the analysis service, its ties projected on the worker thread, so lookups keep being
 * answered while it is made (ordering, not milliseconds, is asserted); and a hub's brief states
 * the same partners, in the same order, as the API's coordination around it, listing the
 * strongest PARTNERS_LISTED in its annex and saying how many there are in all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisService } from '../../server/analysis/service.js';
import { composeBrief, PARTNERS_DRAWN, PARTNERS_LISTED } from '../../server/briefing/brief-data.js';
import { parseFocus } from '../../server/briefing/focus.js';
import { syntheticWorld } from '../bench/synthetic-world.js';
import { startApiServer, type ApiServer } from '../fixtures/api-server.js';
import { until } from '../fixtures/conditions.js';

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
    let briefDone = false;
    const brief = fetch(`${api.url}/brief?focus=org:org-1&from=2015`)
      .then(async (res) => ({ status: res.status, html: await res.text() }))
      .finally(() => (briefDone = true));
    await until(() => analysisService().busy || briefDone, 'the brief reaches the worker thread');
    expect(briefDone).toBe(false);

    for (let i = 0; i < 5; i++) {
      const res = await api.gql<{ node: { id: string } }>(`{ node(id: "org-${i + 10}") { id name } }`);
      expect(res.data?.node.id).toBe(`org-${i + 10}`);
      expect(briefDone, `lookup ${i} answered only after the brief`).toBe(false);
    }

    const { status, html } = await brief;
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
      expect(ties.length).toBeGreaterThan(PARTNERS_LISTED);

      const brief = await composeBrief(api.store, 'PUBLIC', parseFocus('org:org-0'));
      expect(brief.figures.find((f) => f.label === 'Partners')?.value).toBe(`${ties.length} (${PARTNERS_DRAWN} drawn)`);
      expect(brief.statusLine).toContain(`${ties.length} partners`);
      const annex = brief.annexes.find((a) => a.title.startsWith('Annex A'))!;
      expect(annex.title).toBe(
        `Annex A: The ${PARTNERS_LISTED} strongest of ${ties.length} partners (all in the explorer)`,
      );
      const partner = (t: Tie) => (t.a.id === 'org-0' ? t.b : t.a);
      expect(annex.items.map((i) => i.title)).toEqual(
        ties.slice(0, PARTNERS_LISTED).map((t) => `${partner(t).name} (${partner(t).acronym})`),
      );
    },
  );
});
