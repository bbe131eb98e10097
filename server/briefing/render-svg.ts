/** The diagram as SVG: vector shapes, text kept as text, a legend of the kinds drawn. */
import { colourOf, layoutDiagram, legendOf, type Diagram, type DiagramKind } from './diagram.js';

const W = 760;
const H = 440;
const PAD = 60;

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export function shapeSvg(kind: DiagramKind, x: number, y: number, r: number, fill: string, stroke = '#ffffff'): string {
  const attrs = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"`;
  switch (kind) {
    case 'AGREEMENT':
      return `<polygon points="${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}" ${attrs}/>`;
    case 'MEETING':
      return `<rect x="${x - r * 0.85}" y="${y - r * 0.85}" width="${r * 1.7}" height="${r * 1.7}" ${attrs}/>`;
    case 'JOINT_CASE':
      return `<polygon points="${x},${y - r} ${x + r},${y + r * 0.8} ${x - r},${y + r * 0.8}" ${attrs}/>`;
    case 'COUNTRY':
      return `<rect x="${x - r}" y="${y - r * 0.7}" width="${r * 2}" height="${r * 1.4}" rx="3" ${attrs}/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="${r}" ${attrs}/>`;
  }
}

export function diagramSvg(diagram: Diagram, title: string): string {
  const placed = layoutDiagram(diagram);
  const at = (id: string) => {
    const p = placed.positions.get(id)!;
    return { x: PAD + p.x * (W - 2 * PAD), y: PAD / 2 + p.y * (H - PAD * 1.5) };
  };
  const maxWeight = Math.max(1, ...diagram.edges.map((e) => e.weight));
  const edges = diagram.edges
    .map((e) => {
      const [s, t] = [at(e.source), at(e.target)];
      const width = 1 + (3 * e.weight) / maxWeight;
      const note = e.footnotes.length ? `<title>Sources: ${e.footnotes.map((n) => `[${n}]`).join(' ')}</title>` : '';
      return `<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="#9aa5b1" stroke-width="${width.toFixed(1)}">${note}</line>`;
    })
    .join('');
  const nodes = diagram.nodes
    .map((n) => {
      const { x, y } = at(n.id);
      return `<g>${shapeSvg(n.kind, x, y, n.focus ? 11 : 8, colourOf(n), n.focus ? '#111111' : '#ffffff')}<text x="${x.toFixed(1)}" y="${(y + 20).toFixed(1)}" text-anchor="middle" font-size="10" fill="#1b2733">${escapeXml(n.label)}</text></g>`;
    })
    .join('');
  const legend = legendOf(diagram)
    .map((l, i) => {
      const x = 10 + (i % 4) * 185;
      const y = H + 18 + Math.floor(i / 4) * 18;
      return `<g>${shapeSvg(l.kind, x + 6, y - 4, 6, l.colour)}<text x="${x + 18}" y="${y}" font-size="11" fill="#1b2733">${escapeXml(l.label)}</text></g>`;
    })
    .join('');
  const legendRows = Math.ceil(legendOf(diagram).length / 4);
  const height = H + 12 + legendRows * 18;
  const empty = diagram.nodes.length
    ? ''
    : `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" font-size="13" fill="#6b7785">No ties recorded for this focus.</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" font-family="Helvetica, Arial, sans-serif" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>${edges}${nodes}${empty}<g class="legend">${legend}</g></svg>`
  );
}
