import { describe, expect, it } from 'vitest';
import type { ExportMeta } from './export-meta.js';
import {
  composeSvg,
  escapeXml,
  graphSvg,
  markerText,
  sceneBounds,
  shapeMarkup,
  wrapText,
  type Scene,
} from './export-svg.js';

const scene: Scene = {
  nodes: [
    {
      id: 'msdhs',
      x: 0,
      y: 0,
      width: 30,
      height: 30,
      shape: 'ellipse',
      fill: '#2f5f9e',
      stroke: '#334155',
      borderWidth: 1.5,
      group: false,
      opacity: 1,
      label: 'MSDHS',
      fontSize: 11,
    },
    {
      id: 'cmm-29',
      x: 200,
      y: 100,
      width: 28,
      height: 28,
      shape: 'diamond',
      fill: '#fff1e3',
      stroke: '#e8710a',
      borderWidth: 2.5,
      group: false,
      opacity: 1,
      label: 'CMM <29> & "friends"',
      fontSize: 11,
    },
  ],
  edges: [
    {
      id: 'r1',
      x1: 0,
      y1: 0,
      x2: 200,
      y2: 100,
      colour: '#f0a867',
      width: 1.6,
      line: 'dashed',
      arrow: true,
      opacity: 0.85,
      refs: [1, 2],
    },
  ],
};

const meta: ExportMeta = {
  title: 'MSDHS: coordination network',
  subtitle: 'Evidence view · all dates · no other filters',
  date: 'Exported 3 March 2025',
  legend: [
    {
      heading: 'Instruments & places',
      entries: [
        {
          key: 'MEETING',
          label: 'Meeting',
          swatch: { type: 'node', shape: 'diamond', fill: '#fff', stroke: '#e8710a' },
        },
      ],
    },
    {
      heading: 'Ties',
      entries: [
        {
          key: 'PARTICIPATED_IN',
          label: 'Took part in',
          swatch: { type: 'line', colour: '#f0a867', line: 'solid', arrow: true, width: 2.5 },
        },
      ],
    },
  ],
  footnotes: [
    { n: 1, text: "Royal Thai Government's Progress Report, Protection §7.2" },
    { n: 2, text: 'Minutes of the 29th CMM <draft>, item 4' },
  ],
};

describe('the SVG export', () => {
  const svg = composeSvg(scene, meta);

  it('is one SVG document whose title, subtitle, date, legend and sources are text', () => {
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('>MSDHS: coordination network</text>');
    expect(svg).toContain('>Evidence view · all dates · no other filters</text>');
    expect(svg).toContain('>Exported 3 March 2025 · Coordination Atlas</text>');
    expect(svg).toContain('>Instruments &amp; places</text>');
    expect(svg).toContain('>Meeting</text>');
    expect(svg).toContain('>Took part in</text>');
    expect(svg).toContain('<tspan x="28">[1]</tspan>');
    expect(svg).toContain('Royal Thai Government&apos;s Progress Report, Protection §7.2');
  });

  it('escapes XML in labels and sources', () => {
    expect(svg).toContain('CMM &lt;29&gt; &amp; &quot;friends&quot;');
    expect(svg).toContain('Minutes of the 29th CMM &lt;draft&gt;, item 4');
    expect(svg).not.toMatch(/<draft>|<29>/);
    expect(escapeXml('a\u0001b & c')).toBe('ab &amp; c');
  });

  it('draws every node and tie, with the tie citing its footnotes', () => {
    expect(svg.match(/class="node"/g)).toHaveLength(2);
    expect(svg).toContain('data-refs="1 2"');
    expect(svg).toContain('<title>Sources: [1] [2]</title>');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('<ellipse cx="0" cy="0" rx="15" ry="15"');
  });

  it('draws an undated node hollow and dashed, as on screen, and a dated one solid', () => {
    const undated = { ...scene, nodes: scene.nodes.map((v) => (v.id === 'cmm-29' ? { ...v, undated: true } : v)) };
    const drawn = composeSvg(undated, meta);
    const node = (id: string) => new RegExp(`<g class="node" data-id="${id}"[^>]*>(.*?)</g>`).exec(drawn)?.[1] ?? '';
    expect(node('cmm-29')).toContain('fill-opacity="0.3" stroke-dasharray="4 3"');
    expect(node('msdhs')).not.toContain('stroke-dasharray');
  });

  it('says so when no sources are recorded', () => {
    expect(composeSvg(scene, { ...meta, footnotes: [] })).toContain('No sources are recorded for the ties drawn.');
  });
});

describe('SVG helpers', () => {
  it('wraps at spaces', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('', 9)).toEqual(['']);
  });

  it('draws polygon shapes from their unit outline', () => {
    expect(shapeMarkup('diamond', 10, 10, 20, 20, 'fill="red"')).toBe(
      '<polygon points="10,0 20,10 10,20 0,10" fill="red"/>',
    );
    expect(shapeMarkup('round-rectangle', 0, 0, 20, 10, '')).toContain('rx="2"');
  });

  it('bounds the nodes with their labels', () => {
    const b = sceneBounds(scene);
    expect(b.x1).toBeLessThan(-15);
    expect(b.y2).toBeGreaterThan(114 + 11);
  });
});

describe('footnote markers on the picture', () => {
  it('puts a numbered marker on every tie with sources, and every number drawn is a listed source and back', () => {
    const svg = composeSvg(scene, meta);
    const drawn = [...svg.matchAll(/class="tie-marker" data-id="[^"]+" data-refs="([^"]*)"/g)].flatMap((m) =>
      m[1]!.split(' ').map(Number),
    );
    const listed = [...svg.matchAll(/class="footnote" data-n="(\d+)"/g)].map((m) => Number(m[1]));
    expect(drawn).toEqual([1, 2]);
    expect(new Set(listed)).toEqual(new Set(drawn));
    expect(svg).toMatch(/class="tie-marker"[^]*?>1,2<\/text>/);
  });

  it('shortens runs and embeds the typeface when given, in the standalone graph too', () => {
    expect(markerText([7, 2, 3, 4, 9])).toBe('2–4,7,9');
    const fonts = { regular: 'AAAA', bold: 'BBBB' };
    expect(composeSvg(scene, meta, fonts)).toContain('src: url(data:font/ttf;base64,AAAA)');
    const graph = graphSvg(scene, fonts);
    expect(graph.svg).toContain('font-weight: 700; src: url(data:font/ttf;base64,BBBB)');
    expect(graph.svg).toContain('class="tie-marker"');
    expect(graph.width).toBeGreaterThan(200);
  });
});
