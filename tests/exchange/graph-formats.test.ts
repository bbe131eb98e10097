/**
 * GraphML and GEXF exports open in real parsers (graphology-graphml's and graphology-gexf's, over
 * a W3C DOM parser) with the same nodes and edges as the graph, and keep properties and sources.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetOf, exportGraph, toGexf, toGraphml } from '../../server/exchange/export-graph.js';
import { loadSeed } from '../../server/seed/load.js';
import type { Dataset } from '../../server/store/port.js';
import { tempStore } from '../fixtures/temp-store.js';
import { smallWorld } from '../fixtures/builders.js';

let seed: Dataset;
beforeAll(async () => {
  const temp = await tempStore(await loadSeed());
  seed = await datasetOf(temp.store);
  await temp.dispose();
});

describe('GraphML export', () => {
  it('parses with graphology-graphml to the same node and edge counts', () => {
    const graph = parseGraphml(MultiDirectedGraph, toGraphml(seed));
    expect(graph.order).toBe(seed.nodes.length);
    expect(graph.size).toBe(seed.relationships.length);
  });

  it('keeps every node property and the citations of nodes and ties', () => {
    const graph = parseGraphml(MultiDirectedGraph, toGraphml(seed));
    const meeting = seed.nodes.find((n) => n.nodeKind === 'MEETING' && n.sequence !== undefined)!;
    const attrs = graph.getNodeAttributes(meeting.id);
    expect(attrs).toMatchObject({ label: meeting.name, nodeKind: 'MEETING', name: meeting.name });
    expect(attrs.sequence).toBe((meeting as { sequence: number }).sequence);
    expect(String(attrs.sources)).toContain(`${meeting.sources[0]!.source}|`);
    const rel = seed.relationships.find((r) => r.role !== undefined)!;
    const edge = graph
      .edges(rel.start, rel.end)
      .map((e) => graph.getEdgeAttributes(e))
      .find((e) => e.relationshipType === rel.type)!;
    expect(edge).toMatchObject({ role: rel.role, label: rel.type });
    expect(String(edge.sources)).toContain(rel.sources[0]!.locator);
  });

  it('escapes text XML cannot hold as it is', () => {
    const world = smallWorld();
    world.nodes[3] = { ...world.nodes[3]!, name: 'A & B <"quoted"> \u0001 done' } as (typeof world.nodes)[number];
    const graph = parseGraphml(MultiDirectedGraph, toGraphml(world));
    expect(graph.getNodeAttribute(world.nodes[3]!.id, 'name')).toBe('A & B <"quoted">  done');
  });
});

describe('GEXF export', () => {
  it('parses with graphology-gexf to the same node and edge counts, labels and properties', () => {
    const graph = parseGexf(MultiDirectedGraph, toGexf(seed));
    expect(graph.order).toBe(seed.nodes.length);
    expect(graph.size).toBe(seed.relationships.length);
    const org = seed.nodes.find((n) => n.nodeKind === 'ORGANIZATION')!;
    expect(graph.getNodeAttributes(org.id)).toMatchObject({ label: org.name, nodeKind: 'ORGANIZATION' });
  });
});

describe('export of a view', () => {
  it('holds the nodes asked and only the ties among them', async () => {
    const temp = await tempStore(smallWorld());
    try {
      const file = await exportGraph(temp.store, { format: 'json', ids: ['msdhs', 'm-2024', 'lao-police', 'nope'] });
      const doc = JSON.parse(file.content as string) as Dataset & { format: string };
      expect(doc.format).toBe('coordination-atlas');
      expect(doc.nodes.map((n) => n.id)).toEqual(['lao-police', 'msdhs', 'm-2024']);
      expect(doc.relationships.map((r) => r.id)).toEqual([
        'PARTICIPATED_IN:lao-police:m-2024',
        'PARTICIPATED_IN:msdhs:m-2024',
      ]);
    } finally {
      await temp.dispose();
    }
  });
});
