/**
 * The bilateral diagram made for briefings: one state's agencies in a column on the left, the
 * counterpart's on the right, both in the same sector lanes; the instruments joining them drawn
 * between as labelled connectors with their dates and footnote numbers; international supporters
 * in a band above; a lane where one side has agencies and no tie crosses drawn empty, dashed and
 * labelled as a gap. Laid out by rule (sorted lanes, sorted rows), so the same data gives the same picture.
 */
import { instrumentDates } from '../analysis/coordination.js';
import type { Instrument, InstrumentEntry, InstrumentIndex } from '../analysis/instrument-index.js';
import type { SectorCoverage } from '../analysis/counterpart-coverage.js';
import { involvingPair, pairVerdict } from '../analysis/gap-verdict.js';
import { completed, inSlices } from '../scheduling/time-slices.js';
import { isBilateral } from '../analysis/sides.js';
import type { CountryRecord, OrganizationRecord } from '../domain/records.js';
import { CORE_SECTORS, SECTOR_LABELS, SECTORS } from '../domain/vocabulary.js';
import {
  KIND_WORDS,
  NODE_KIND_STYLE,
  ORG_KIND_COLOUR,
  TIE_COLOUR,
  nodeShape,
  type LookOrganizationKind,
} from '../look/look.js';
import type { Footnotes } from './footnotes.js';
import {
  GREY,
  INK,
  RULE,
  fitLines,
  markerWidth,
  textWidth,
  type LegendEntry,
  type Picture,
  type Prim,
} from './picture.js';

/** The sectors that have a counterpart across a border, in the order lanes are drawn. */
const LANE_ORDER = [
  'STATE',
  'LAW_ENFORCEMENT',
  'PROSECUTION',
  'JUDICIARY',
  'SOCIAL_WELFARE',
  'LABOUR',
  'IMMIGRATION',
  'FOREIGN_AFFAIRS',
  'COORDINATION',
  ...SECTORS.filter(
    (s) =>
      ![
        'LAW_ENFORCEMENT',
        'PROSECUTION',
        'JUDICIARY',
        'SOCIAL_WELFARE',
        'LABOUR',
        'IMMIGRATION',
        'FOREIGN_AFFAIRS',
        'COORDINATION',
      ].includes(s),
  ),
  'UNSPECIFIED',
];
/** Lanes worth drawing as a gap when nothing crosses them: the counter-trafficking chain's core sectors. */
const GAP_SECTORS: readonly string[] = CORE_SECTORS;
export const MAX_CONNECTORS = 10;

const W = 760;
const LANE_LABEL_W = 86;
const AGENCY_W = 158;
const COLUMN_GAP = 22;
const LEFT_X = LANE_LABEL_W + 6;
const MID_X = LEFT_X + AGENCY_W + COLUMN_GAP;
const RIGHT_X = W - AGENCY_W - 4;
const MID_W = RIGHT_X - COLUMN_GAP - MID_X;
const ROW = 40;
const BOX_H = 32;

export interface Party {
  id: string;
  name: string;
  acronym: string | undefined;
  organizationKind: string | undefined;
  sector: string;
}

export interface Connector {
  instrument: Instrument;
  left: Party[];
  right: Party[];
  refs: number[];
  when: string | undefined;
}

export interface Lane {
  sector: string;
  left: Party[];
  right: Party[];
  connectors: Connector[];
  /** Nothing crosses it: drawn empty and dashed. */
  gap: boolean;
  /** For a gap lane: how many agencies each side has in the data. */
  agencyCounts: [number, number];
}

export interface BilateralModel {
  a: CountryRecord;
  b: CountryRecord;
  lanes: Lane[];
  connectors: Connector[];
  supporters: { party: Party; refs: number[] }[];
  /** Instruments joining the two directly, drawn or not. */
  joining: InstrumentEntry[];
  /** Instruments both take part in with other states too (listed, not drawn). */
  shared: InstrumentEntry[];
}

export function sectorWords(sector: string): string {
  if (sector === 'STATE') return 'State parties';
  if (sector === 'UNSPECIFIED') return 'Sector not recorded';
  return SECTOR_LABELS[sector as keyof typeof SECTOR_LABELS] ?? sector;
}

function party(org: OrganizationRecord): Party {
  return {
    id: org.id,
    name: org.name,
    acronym: org.acronym,
    organizationKind: org.kind,
    sector: org.sector ?? 'UNSPECIFIED',
  };
}

function stateParty(country: CountryRecord): Party {
  return { id: country.id, name: country.name, acronym: undefined, organizationKind: undefined, sector: 'STATE' };
}

function dateOf(instrument: Instrument): string | undefined {
  return instrumentDates(instrument)[0];
}

/** What involves a pair, parted (kept with involvingPair's list, which is kept per index and pair). */
const partsOf = new WeakMap<InstrumentEntry[], { joining: InstrumentEntry[]; shared: InstrumentEntry[] }>();

/**
 * What joins the two directly (bilateral, or their own activity as gap-verdict.ts finds it: also
 * what is recorded under their agreements when the source names one side only) and what they
 * share with other states, newest first.
 */
export function pairParts(index: InstrumentIndex, a: CountryRecord, b: CountryRecord) {
  const involving = involvingPair(index, a, b);
  return partsOf.get(involving) ?? completed(partSteps(index, a, b, involving));
}

/** pairParts worked out in steps with other requests let in between (and kept). */
export async function preparePairParts(index: InstrumentIndex, a: CountryRecord, b: CountryRecord): Promise<void> {
  const involving = involvingPair(index, a, b);
  if (!partsOf.has(involving)) await inSlices(partSteps(index, a, b, involving));
}

function* partSteps(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
  involving: InstrumentEntry[],
): Generator<void, { joining: InstrumentEntry[]; shared: InstrumentEntry[] }> {
  // Newest first already: the lists filtered from it keep that order.
  const own = new Set(pairVerdict(index, a, b).activity.map((x) => x.instrument.id));
  const parts = { joining: [] as InstrumentEntry[], shared: [] as InstrumentEntry[] };
  for (let i = 0; i < involving.length; i++) {
    if (i % PARTED_BETWEEN_PAUSES === PARTED_BETWEEN_PAUSES - 1) yield;
    const e = involving[i]!;
    (isBilateral(e) || own.has(e.instrument.id) ? parts.joining : parts.shared).push(e);
  }
  partsOf.set(involving, parts);
  return parts;
}

/** Entries parted between two pauses. */
const PARTED_BETWEEN_PAUSES = 5_000;

export function bilateralModel(
  index: InstrumentIndex,
  a: CountryRecord,
  b: CountryRecord,
  notes: Footnotes,
  coverage: readonly SectorCoverage[],
): BilateralModel {
  // The pair's own activity as gap-verdict.ts finds it: also what is recorded under their
  // agreements when the source names one side only.
  const { joining, shared } = pairParts(index, a, b);
  // Agreements first (they bind), then the latest activity, up to the cap. A pair that only
  // meets in multi-country settings gets those drawn instead, so the picture still shows what joins them.
  const candidates = joining.length ? joining : shared;
  const drawn = [
    ...candidates.filter((e) => e.instrument.nodeKind === 'AGREEMENT'),
    ...candidates.filter((e) => e.instrument.nodeKind !== 'AGREEMENT'),
  ].slice(0, MAX_CONNECTORS);

  const sideOf = (e: InstrumentEntry, country: CountryRecord): Party[] => {
    const orgs = e.orgs.filter((o) => o.countryCode === country.code).map(party);
    if (e.countries.some((c) => c.code === country.code) || !orgs.length) orgs.unshift(stateParty(country));
    return orgs.sort((x, y) => x.id.localeCompare(y.id));
  };
  const connectors: Connector[] = drawn.map((e) => ({
    instrument: e.instrument,
    left: sideOf(e, a),
    right: sideOf(e, b),
    refs: notes.cite(e.instrument.sources),
    when: dateOf(e.instrument),
  }));

  const supporterMap = new Map<string, { party: Party; instruments: Instrument[] }>();
  for (const e of drawn)
    for (const o of e.orgs)
      if (o.countryCode !== a.code && o.countryCode !== b.code) {
        const s = supporterMap.get(o.id) ?? { party: party(o), instruments: [] };
        s.instruments.push(e.instrument);
        supporterMap.set(o.id, s);
      }
  const supporters = [...supporterMap.values()]
    .sort((x, y) => x.party.id.localeCompare(y.party.id))
    .map((s) => ({ party: s.party, refs: notes.cite(s.instruments.flatMap((i) => i.sources)) }));

  const lanes = new Map<string, Lane>();
  const laneOf = (sector: string): Lane => {
    let lane = lanes.get(sector);
    if (!lane) {
      lane = { sector, left: [], right: [], connectors: [], gap: false, agencyCounts: [0, 0] };
      lanes.set(sector, lane);
    }
    return lane;
  };
  const rank = (sector: string) => LANE_ORDER.indexOf(sector);
  for (const c of connectors) {
    for (const p of c.left) if (!laneOf(p.sector).left.some((q) => q.id === p.id)) laneOf(p.sector).left.push(p);
    for (const p of c.right) if (!laneOf(p.sector).right.some((q) => q.id === p.id)) laneOf(p.sector).right.push(p);
    // An instrument sits in the topmost lane it touches.
    const home = [...c.left, ...c.right].map((p) => p.sector).sort((x, y) => rank(x) - rank(y))[0]!;
    laneOf(home).connectors.push(c);
  }
  // Each side's agencies by sector, counted in one pass over the organisations.
  const counted = new Map<string, number>();
  for (const o of index.organizations) {
    if (o.countryCode !== a.code && o.countryCode !== b.code) continue;
    const key = `${o.countryCode}|${o.sector ?? 'UNSPECIFIED'}`;
    counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  const agencies = (country: CountryRecord, sector: string) => counted.get(`${country.code}|${sector}`) ?? 0;
  // A sector an agreement between the states covers (counterpart coverage's verdict) is no gap.
  const covered = new Set(coverage.filter((row) => row.status === 'COVERED').map((row) => row.sector as string));
  for (const sector of GAP_SECTORS) {
    if (lanes.has(sector) || covered.has(sector)) continue;
    const counts: [number, number] = [agencies(a, sector), agencies(b, sector)];
    if (counts[0] || counts[1]) lanes.set(sector, { ...laneOf(sector), gap: true, agencyCounts: counts });
  }
  const degree = (p: Party) => connectors.filter((c) => [...c.left, ...c.right].some((q) => q.id === p.id)).length;
  const byDegree = (x: Party, y: Party) => degree(y) - degree(x) || x.id.localeCompare(y.id);
  const ordered = [...lanes.values()].sort((x, y) => rank(x.sector) - rank(y.sector));
  for (const lane of ordered) {
    lane.left.sort(byDegree);
    lane.right.sort(byDegree);
  }
  return { a, b, lanes: ordered, connectors, supporters, joining, shared };
}

/** What the picture shows and leaves out, in one sentence. */
export function bilateralCaption(model: BilateralModel): string {
  const n = model.joining.length;
  const drawn = model.connectors.length;
  if (n === 0 && drawn > 0) {
    return `No instrument joins ${model.a.name} and ${model.b.name} alone; ${drawn === 1 && model.shared.length === 1 ? 'the one instrument they share with other states is drawn' : drawn === model.shared.length ? `the ${drawn} they share with other states are drawn` : `${drawn} of the ${model.shared.length} they share with other states are drawn (all in the annex)`}. Numbers in circles refer to the sources.`;
  }
  const parts = [
    n === 0
      ? `No instrument joins ${model.a.name} and ${model.b.name} directly`
      : n === drawn
        ? `${n} instrument${n === 1 ? '' : 's'} join${n === 1 ? 's' : ''} them directly, all drawn`
        : `${n} instruments join them directly; the agreements and the ${drawn} latest drawn`,
  ];
  if (model.shared.length)
    parts.push(`${model.shared.length} shared with other states too (listed in the annex, not drawn)`);
  const gaps = model.lanes.filter((l) => l.gap).length;
  if (gaps) parts.push(`${gaps} sector lane${gaps === 1 ? '' : 's'} with no tie recorded (dashed)`);
  return `${parts.join('; ')}. Numbers in circles refer to the sources.`;
}

function shortKind(i: Instrument): string {
  if (i.nodeKind === 'AGREEMENT') return i.kind.replace(/_/g, ' ');
  if (i.nodeKind === 'MEETING') return 'Meeting';
  return 'Joint case';
}

function partyLabel(p: Party): string {
  return p.acronym ?? p.name;
}

export function bilateralPicture(model: BilateralModel): Picture {
  const prims: Prim[] = [];
  let y = 0;

  // International supporters, in a band above the two columns.
  if (model.supporters.length) {
    prims.push({
      t: 'text',
      x: 0,
      y: y + 12,
      text: 'International supporters',
      size: 9,
      anchor: 'start',
      bold: true,
      fill: GREY,
    });
    let x = 0;
    y += 18;
    for (const s of model.supporters) {
      const label = fitLines(partyLabel(s.party), 8.5, 130, 1)[0]!;
      const w = 18 + textWidth(label, 8.5) + 6 + markerWidth(s.refs) + 4;
      if (x + w > W) {
        x = 0;
        y += 24;
      }
      prims.push({
        t: 'rect',
        x,
        y,
        w,
        h: 20,
        rx: 10,
        fill: '#f2f7f3',
        stroke: RULE,
        cls: 'supporter',
        data: { id: s.party.id, refs: s.refs.join(' ') },
      });
      prims.push({
        t: 'shape',
        shape: nodeShape('ORGANIZATION', s.party.organizationKind),
        x: x + 10,
        y: y + 10,
        w: 9,
        h: 9,
        fill: ORG_KIND_COLOUR[s.party.organizationKind as LookOrganizationKind] ?? '#999999',
        stroke: '#ffffff',
      });
      prims.push({ t: 'text', x: x + 18, y: y + 13.5, text: label, size: 8.5, anchor: 'start', fill: INK });
      prims.push({ t: 'marker', x: x + w - 4 - markerWidth(s.refs) / 2, y: y + 10, refs: s.refs });
      x += w + 6;
    }
    y += 30;
  }

  // Column headings.
  prims.push({
    t: 'text',
    x: LEFT_X,
    y: y + 12,
    text: model.a.name,
    size: 11,
    anchor: 'start',
    bold: true,
    fill: INK,
    cls: 'side',
    data: { side: 'left' },
  });
  prims.push({
    t: 'text',
    x: MID_X + MID_W / 2,
    y: y + 12,
    text: 'Instruments joining them',
    size: 9,
    anchor: 'middle',
    fill: GREY,
  });
  prims.push({
    t: 'text',
    x: RIGHT_X + AGENCY_W,
    y: y + 12,
    text: model.b.name,
    size: 11,
    anchor: 'end',
    bold: true,
    fill: INK,
    cls: 'side',
    data: { side: 'right' },
  });
  y += 20;

  if (!model.lanes.length) {
    prims.push({
      t: 'text',
      x: W / 2,
      y: y + 30,
      text: 'No agency of either side is recorded in the core sectors.',
      size: 10,
      anchor: 'middle',
      fill: GREY,
    });
    return { width: W, height: y + 50, prims, legend: [], caption: bilateralCaption(model) };
  }

  const agencyAt = new Map<string, { x: number; y: number }>();
  const connectorAt = new Map<Connector, { y: number }>();
  const laneBoxes: Prim[] = [];
  const content: Prim[] = [];
  model.lanes.forEach((lane, i) => {
    const rows = lane.gap ? 1 : Math.max(lane.left.length, lane.right.length, lane.connectors.length, 1);
    const h = rows * ROW + 8;
    const data = { sector: lane.sector, gap: String(lane.gap) };
    if (lane.gap) {
      laneBoxes.push({
        t: 'rect',
        x: 0,
        y,
        w: W,
        h,
        fill: '#ffffff',
        stroke: '#9aa7b4',
        dash: true,
        rx: 4,
        cls: 'lane',
        data,
      });
      const [na, nb] = lane.agencyCounts;
      const count = (n: number, c: CountryRecord) =>
        `${c.name}: ${n ? `${n} ${n === 1 ? 'agency' : 'agencies'}` : 'none recorded'}`;
      content.push({
        t: 'text',
        x: MID_X + MID_W / 2,
        y: y + h / 2 - 2,
        text: `Gap: no tie recorded in ${sectorWords(lane.sector).toLowerCase()}`,
        size: 9,
        anchor: 'middle',
        bold: true,
        fill: '#8a4b08',
        cls: 'gap-label',
      });
      content.push({
        t: 'text',
        x: MID_X + MID_W / 2,
        y: y + h / 2 + 10,
        text: `${count(na, model.a)} · ${count(nb, model.b)}`,
        size: 8,
        anchor: 'middle',
        fill: GREY,
      });
    } else {
      laneBoxes.push({
        t: 'rect',
        x: 0,
        y,
        w: W,
        h,
        fill: i % 2 ? '#ffffff' : '#f4f6f9',
        stroke: RULE,
        rx: 4,
        cls: 'lane',
        data,
      });
    }
    const labelLines = fitLines(sectorWords(lane.sector), 8.5, LANE_LABEL_W - 8, 2, true);
    labelLines.forEach((line, k) =>
      content.push({
        t: 'text',
        x: 6,
        y: y + 16 + k * 11,
        text: line,
        size: 8.5,
        anchor: 'start',
        bold: true,
        fill: GREY,
      }),
    );
    const place = (list: Party[], x: number, side: 'left' | 'right') =>
      list.forEach((p, k) => {
        const top = y + 4 + k * ROW + (ROW - BOX_H) / 2;
        agencyAt.set(`${side}:${p.id}`, { x: side === 'left' ? x + AGENCY_W : x, y: top + BOX_H / 2 });
        content.push({
          t: 'rect',
          x,
          y: top,
          w: AGENCY_W,
          h: BOX_H,
          rx: 5,
          fill: '#ffffff',
          stroke: '#8596a8',
          cls: 'agency',
          data: { id: p.id, side, sector: lane.sector },
        });
        const fill =
          p.sector === 'STATE'
            ? NODE_KIND_STYLE.COUNTRY.fill
            : (ORG_KIND_COLOUR[p.organizationKind as LookOrganizationKind] ?? '#999999');
        const stroke = p.sector === 'STATE' ? NODE_KIND_STYLE.COUNTRY.colour : '#ffffff';
        content.push({
          t: 'shape',
          shape: p.sector === 'STATE' ? 'hexagon' : nodeShape('ORGANIZATION', p.organizationKind),
          x: x + 11,
          y: top + BOX_H / 2,
          w: 11,
          h: 11,
          fill,
          stroke,
        });
        const lines = p.acronym
          ? [p.acronym, ...fitLines(p.name, 7.5, AGENCY_W - 26, 1)]
          : fitLines(p.name, 8.5, AGENCY_W - 26, 2, true);
        lines.forEach((line, l) =>
          content.push({
            t: 'text',
            x: x + 21,
            y: top + (lines.length === 1 ? BOX_H / 2 + 3.5 : 13 + l * 11),
            text: line,
            size: l === 0 ? 8.5 : 7.5,
            anchor: 'start',
            bold: l === 0,
            fill: l === 0 ? INK : GREY,
            cls: l === 0 ? 'agency-label' : undefined,
          }),
        );
      });
    place(lane.left, LEFT_X, 'left');
    place(lane.right, RIGHT_X, 'right');
    lane.connectors.forEach((c, k) => connectorAt.set(c, { y: y + 4 + k * ROW + (ROW - BOX_H) / 2 }));
    y += h + 4;
  });

  // Connectors: a line from each party to the instrument's label, which carries its footnote marker.
  const lines: Prim[] = [];
  const labels: Prim[] = [];
  for (const c of model.connectors) {
    const top = connectorAt.get(c)!.y;
    const mid = top + BOX_H / 2;
    const colour = TIE_COLOUR[c.instrument.nodeKind];
    const data = {
      id: c.instrument.id,
      refs: c.refs.join(' '),
      left: c.left.map((p) => p.id).join(' '),
      right: c.right.map((p) => p.id).join(' '),
    };
    for (const p of c.left) {
      const at = agencyAt.get(`left:${p.id}`)!;
      lines.push({ t: 'line', x1: at.x, y1: at.y, x2: MID_X, y2: mid, stroke: colour, width: 1.6 });
    }
    for (const p of c.right) {
      const at = agencyAt.get(`right:${p.id}`)!;
      lines.push({ t: 'line', x1: MID_X + MID_W, y1: mid, x2: at.x, y2: at.y, stroke: colour, width: 1.6 });
    }
    labels.push({
      t: 'rect',
      x: MID_X,
      y: top,
      w: MID_W,
      h: BOX_H,
      rx: 4,
      fill: NODE_KIND_STYLE[c.instrument.nodeKind].fill,
      stroke: colour,
      cls: 'connector',
      data,
    });
    const style = NODE_KIND_STYLE[c.instrument.nodeKind];
    labels.push({
      t: 'shape',
      shape: style.shape,
      x: MID_X + 10,
      y: mid,
      w: 11,
      h: 11,
      fill: '#ffffff',
      stroke: style.colour,
    });
    labels.push({
      t: 'text',
      x: MID_X + 20,
      y: top + 13,
      text: fitLines(c.instrument.name, 8.5, MID_W - 46, 1, true)[0]!,
      size: 8.5,
      anchor: 'start',
      bold: true,
      fill: INK,
      cls: 'connector-label',
    });
    labels.push({
      t: 'text',
      x: MID_X + 20,
      y: top + 25,
      text: `${shortKind(c.instrument)}${c.when ? ` · ${c.when}` : ' · undated'}`,
      size: 7.5,
      anchor: 'start',
      fill: GREY,
    });
    labels.push({
      t: 'marker',
      x: MID_X + MID_W - 12,
      y: mid,
      refs: c.refs,
      cls: 'marker',
      data: { refs: c.refs.join(' ') },
    });
  }
  // Lanes under lines under labels, so every label stays readable.
  prims.push(...laneBoxes, ...lines, ...content, ...labels);
  return { width: W, height: y, prims, legend: bilateralLegend(model), caption: bilateralCaption(model) };
}

function bilateralLegend(model: BilateralModel): LegendEntry[] {
  const parties = [
    ...model.connectors.flatMap((c) => [...c.left, ...c.right]),
    ...model.supporters.map((s) => s.party),
  ];
  const entries: LegendEntry[] = [];
  const orgKinds = new Set(parties.map((p) => p.organizationKind).filter((k): k is string => !!k));
  for (const kind of Object.keys(ORG_KIND_COLOUR) as LookOrganizationKind[])
    if (orgKinds.has(kind))
      entries.push({
        kind: 'shape',
        shape: nodeShape('ORGANIZATION', kind),
        fill: ORG_KIND_COLOUR[kind],
        stroke: '#ffffff',
        label: KIND_WORDS[kind],
      });
  if (parties.some((p) => p.sector === 'STATE'))
    entries.push({
      kind: 'shape',
      shape: 'hexagon',
      fill: NODE_KIND_STYLE.COUNTRY.fill,
      stroke: NODE_KIND_STYLE.COUNTRY.colour,
      label: 'State (party in its own name)',
    });
  for (const kind of ['AGREEMENT', 'MEETING', 'JOINT_CASE'] as const)
    if (model.connectors.some((c) => c.instrument.nodeKind === kind))
      entries.push({ kind: 'line', colour: TIE_COLOUR[kind], label: KIND_WORDS[kind] });
  if (model.lanes.some((l) => l.gap))
    entries.push({ kind: 'line', colour: '#9aa7b4', dash: true, label: 'Lane with no tie recorded' });
  return entries;
}
