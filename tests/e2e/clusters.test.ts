/**
 * Big pictures in a real Chromium against the seeded server: depth 3 around the four organisations
 * with the most ties (found through the API) is grouped into clusters; a cluster opens and closes;
 * the depth control and "expand along" change what is drawn, as the API's own answers say.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLUSTER_MIN_NODES } from '../../client/src/graph/clusters.js';
import { settle, type Browser, type RunningServer, useExplorer } from './harness.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

useExplorer({}, (s) => ({ server, browser, page } = s));

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

interface Sub {
  nodes: string[];
  relationships: string[];
}

/** The union of each id's neighbourhood, as the explorer asks for them (one query per expanded node). */
async function neighbourhoods(ids: string[], depth: number, types: string[] | null = null): Promise<Sub> {
  const nodes = new Set<string>();
  const relationships = new Set<string>();
  for (const id of ids) {
    const data = await api<{ neighbourhood: { nodes: { id: string }[]; relationships: { id: string }[] } }>(
      `query($ids: [ID!]!, $depth: Int, $filter: GraphFilter) {
        neighbourhood(ids: $ids, depth: $depth, limit: 4000, filter: $filter) { nodes { id } relationships { id } }
      }`,
      { ids: [id], depth, filter: types ? { relationshipTypes: types } : null },
    );
    for (const n of data.neighbourhood.nodes) nodes.add(n.id);
    for (const r of data.neighbourhood.relationships) relationships.add(r.id);
  }
  return { nodes: [...nodes], relationships: [...relationships] };
}

/** The four organisations with the most relationships in the seed. */
async function hubs(): Promise<string[]> {
  const list = await api<{ list: { nodes: { id: string }[] } }>(
    '{ list(kind: ORGANIZATION, first: 1000) { nodes { id } } }',
  );
  const orgs = list.list.nodes.map((n) => n.id);
  // Every relationship touching an organisation, asked for a hundred organisations at a time.
  const rels = new Map<string, [string, string]>();
  for (let i = 0; i < orgs.length; i += 100) {
    const part = await api<{
      neighbourhood: { relationships: { id: string; start: { id: string }; end: { id: string } }[] };
    }>(
      `query($ids: [ID!]!) {
        neighbourhood(ids: $ids, depth: 1, limit: 5000) { relationships { id start { id } end { id } } }
      }`,
      { ids: orgs.slice(i, i + 100) },
    );
    for (const r of part.neighbourhood.relationships) rels.set(r.id, [r.start.id, r.end.id]);
  }
  const degree = new Map<string, number>();
  for (const ends of rels.values())
    for (const id of ends) if (orgs.includes(id)) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...degree.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([id]) => id);
}

interface Drawn {
  /** Nodes drawn on their own. */
  nodes: string[];
  edges: string[];
  clusters: { id: string; open: boolean; members: string[]; label: string }[];
  /** Every node the picture stands for: drawn on its own or folded into a cluster. */
  all: Set<string>;
}

async function drawn(): Promise<Drawn> {
  const state = await page.evaluate(() => ({
    nodes: window.__atlas!.visibleNodeIds(),
    edges: window.__atlas!.visibleEdgeIds(),
    clusters: window.__atlas!.clusters(),
  }));
  const all = new Set(state.nodes);
  for (const c of state.clusters) if (!c.open) for (const m of c.members) all.add(m);
  return { ...state, all };
}

/** The node count the status bar reports (before clusters fold them). */
async function statusNodes(): Promise<number> {
  const text = (await page.getByTestId('status-counts').textContent()) ?? '';
  return Number(/(\d+) nodes/.exec(text)?.[1] ?? NaN);
}

async function openPictureMenu(): Promise<void> {
  if (
    !(await page
      .getByTestId('picture-dialog')
      .isVisible()
      .catch(() => false))
  )
    await page.getByTestId('tool-picture').click();
}

describe('big pictures', () => {
  let four: string[];
  let depth3: Sub;
  let grouped: Drawn;

  it('groups depth 3 around the four main hubs into clusters', async () => {
    four = await hubs();
    expect(four).toHaveLength(4);
    depth3 = await neighbourhoods(four, 3);
    await page.goto(`${server.url}/?x=${four.join(',')}&depth=3`);
    await expect.poll(async () => (await drawn()).clusters.length, { timeout: 60_000 }).toBeGreaterThan(0);
    await settle(page, 60_000);
    grouped = await drawn();
    // Everything drawn comes from the API's depth-3 answer, and the status bar counts it all.
    const api3 = new Set(depth3.nodes);
    expect([...grouped.all].filter((id) => !api3.has(id))).toEqual([]);
    expect(grouped.all.size).toBe(await statusNodes());
    expect(grouped.all.size).toBeGreaterThan(CLUSTER_MIN_NODES);
    // Readable: far fewer glyphs than nodes, each cluster named after its members, with its size.
    const glyphs = grouped.nodes.length + grouped.clusters.length;
    expect(glyphs).toBeLessThan(grouped.all.size / 2);
    for (const c of grouped.clusters) expect(c.label).toMatch(/\+\d+$/);
    // The legend says what a cluster box is.
    expect(await page.getByTestId('legend-cluster').textContent()).toMatch(/Cluster/);
    expect(browser.errors).toEqual([]);
  });

  it('opens a cluster on click and closes it again', async () => {
    const cluster = grouped.clusters.find((c) => !c.open)!;
    const at = await page.evaluate((id) => window.__atlas!.nodePagePosition(id), cluster.id);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect
      .poll(async () => (await drawn()).clusters.find((c) => c.id === cluster.id)?.open, { timeout: 30_000 })
      .toBe(true);
    await settle(page, 60_000);
    const opened = await drawn();
    expect(cluster.members.every((m) => opened.nodes.includes(m))).toBe(true);
    // Closed again from the Picture menu.
    await openPictureMenu();
    await page.getByTestId('clusters-close-all').click();
    await expect
      .poll(async () => (await drawn()).clusters.find((c) => c.id === cluster.id)?.open, { timeout: 30_000 })
      .toBe(false);
    const closed = await drawn();
    expect(cluster.members.some((m) => closed.nodes.includes(m))).toBe(false);
  });

  it('draws what depth 1 reaches when the depth control is set to 1', async () => {
    const depth1 = await neighbourhoods(four, 1);
    await openPictureMenu();
    await page.getByTestId('picture-depth').selectOption('1');
    await expect.poll(() => new URL(page.url()).searchParams.get('depth')).toBe(null);
    const api1 = new Set(depth1.nodes);
    await expect
      .poll(async () => [...(await drawn()).all].filter((id) => !api1.has(id)).length, { timeout: 60_000 })
      .toBe(0);
    await settle(page, 60_000);
    const now = await drawn();
    expect(now.all.size).toBe(await statusNodes());
    expect(now.all.size).toBeLessThan(grouped.all.size);
    // Depth 1 is a real subset of depth 3 here: the control changed what is shown.
    expect(depth1.nodes.length).toBeLessThan(depth3.nodes.length);
  });

  it('expands along the ticked relationship types only', async () => {
    const type = 'PARTY_TO';
    const along = await neighbourhoods(four, 1, [type]);
    await openPictureMenu();
    await page.getByTestId(`picture-via-${type}`).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('via')).toBe(type);
    const apiNodes = new Set(along.nodes);
    const apiRels = new Set(along.relationships);
    await expect
      .poll(
        async () => {
          const d = await drawn();
          return [...d.all].filter((id) => !apiNodes.has(id)).length + d.edges.filter((id) => !apiRels.has(id)).length;
        },
        { timeout: 60_000 },
      )
      .toBe(0);
    await settle(page, 60_000);
    const now = await drawn();
    expect(now.edges.length).toBeGreaterThan(0);
    expect(now.all.size).toBe(await statusNodes());
    expect(browser.errors).toEqual([]);
  });
});
