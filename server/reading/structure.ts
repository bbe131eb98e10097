/**
 * Finds the structure of a text laid out in lines: headings (a document part such as
 * "Protection", numbered sections "7.", "7.2", items "3)"), paragraphs and pages (form feeds), and
 * gives each block its locator in the style the seed cites: "Protection §7.2", "Prosecution
 * §9.1(3)", "Priority 2", or "¶5" when the text has no headings.
 */
import type { Block } from './document.js';

/** A numbered heading: "7.", "7.2", "9.1.3" followed by a short title without a final full stop. */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/;
/** A numbered item heading: "3)", "(3)", "3." within a section. */
const ITEM = /^\(?(\d{1,2})\)\s+(\S.*)$/;
const MAX_HEADING_WORDS = 16;

interface Outline {
  part: string | undefined;
  subheading: string | undefined;
  section: string | undefined;
  item: string | undefined;
  /** The titles of the current numbered section and item: they often name the instrument. */
  sectionTitle: string | undefined;
  itemTitle: string | undefined;
  paragraph: number;
}

function looksLikeHeading(line: string): boolean {
  const text = line.replace(/[*_#<>/u]+/g, ' ').trim();
  if (!text || line.includes('\t')) return false;
  if (/[.:;,]$/.test(text)) return false;
  // A numbered title may run long ("7.5 Plan of Action (POA) under the MOU between…").
  const numbered = NUMBERED.test(text) || ITEM.test(text);
  const words = text.split(/\s+/);
  if (words.length > (numbered ? 40 : MAX_HEADING_WORDS) || text.length > (numbered ? 300 : 140)) return false;
  // Headings start with a capital or a digit; table rows and fragments usually do not.
  return /^[\p{Lu}\d(]/u.test(text);
}

function clean(line: string): string {
  return line
    .replace(/<\/?u>|\*\*|__|^#+\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function locatorOf(o: Outline): string {
  if (o.section) {
    const where = `§${o.section}${o.item ? `(${o.item})` : ''}`;
    return o.part ? `${o.part} ${where}` : where;
  }
  if (o.part && o.subheading) return `${o.part}, ${o.subheading}`;
  if (o.part) return o.part;
  if (o.subheading) return o.subheading;
  return `¶${o.paragraph}`;
}

/**
 * Blocks of a text whose lines are paragraphs (plain text, PDF lines joined per paragraph). Blank
 * lines separate; a short line that looks like a title between paragraphs is a heading.
 * `pageAt(offset)` gives the page of an offset, when the text has pages.
 */
export function structureLines(text: string, pageAt?: (offset: number) => number): Block[] {
  const blocks: Block[] = [];
  const o: Outline = {
    part: undefined,
    subheading: undefined,
    section: undefined,
    item: undefined,
    sectionTitle: undefined,
    itemTitle: undefined,
    paragraph: 0,
  };
  const push = (start: number, end: number, heading: boolean) => {
    const page = pageAt?.(start);
    const headings = [o.part, o.subheading, o.sectionTitle, o.itemTitle].filter((h): h is string => h !== undefined);
    blocks.push({
      start,
      end,
      locator: withPage(locatorOf(o), page),
      heading,
      ...(page !== undefined ? { page } : {}),
      headings,
    });
  };
  // A run of non-blank lines is one paragraph (text extracted from PDFs wraps lines inside
  // paragraphs), except that a run's first line may be a heading and every line of a run of
  // one-line sentences (lists) stands alone.
  for (const run of runsOf(text)) {
    let lines = run;
    const first = lines[0]!;
    const firstText = text.slice(first.start, first.end);
    // A line carried on by a line starting in lower case is a sentence's start, not a title.
    const carriedOn = lines.length > 1 && /^[a-z]/.test(text.slice(lines[1]!.start, lines[1]!.end));
    const alone =
      (lines.length === 1 && !carriedOn) ||
      (firstText.length <= 70 && !/\b(a|an|the|of|to|and|in|on|with|by|for|was|were|is|are)$/.test(firstText));
    if (alone && !carriedOn && looksLikeHeading(firstText) && outline(o, clean(firstText))) {
      push(first.start, first.end, true);
      lines = lines.slice(1);
    }
    if (!lines.length) continue;
    const endsEach = lines.every((l) => /[.:;!?)]["”’*]*$/.test(text.slice(l.start, l.end)));
    if (endsEach || lines.some((l) => text.slice(l.start, l.end).includes('\t'))) {
      for (const l of lines) {
        o.paragraph += 1;
        push(l.start, l.end, false);
      }
    } else {
      o.paragraph += 1;
      push(lines[0]!.start, lines[lines.length - 1]!.end, false);
    }
  }
  return blocks;
}

/** Runs of non-blank lines, each line trimmed, as offsets. */
function runsOf(text: string): { start: number; end: number }[][] {
  const runs: { start: number; end: number }[][] = [];
  let run: { start: number; end: number }[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const trimmed = raw.replace(/\f/g, '').trim();
    if (!trimmed || /^[-=_\s]+$/.test(trimmed) || raw.includes('\f')) {
      if (run.length) runs.push(run);
      run = [];
      if (!trimmed || /^[-=_\s]+$/.test(trimmed)) continue;
    }
    const lead = start + raw.indexOf(trimmed);
    const previous = runs[runs.length - 1];
    const last = previous?.[previous.length - 1];
    if (!run.length && last && wrapsOn(text.slice(last.start, last.end), trimmed)) run = runs.pop()!;
    run.push({ start: lead, end: lead + trimmed.length });
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Whether a line stopped mid-sentence and the next line carries on (text extracted from a PDF
 * with blank lines between wrapped lines): a long line without closing punctuation, followed by
 * a line that is not a numbered heading or bullet.
 */
function wrapsOn(line: string, next: string): boolean {
  // A narrow column ("…the Governments of Thailand" / "and Myanmar through…"): a line without
  // closing punctuation carried on by a line starting in lower case, whatever its length.
  if (/^[a-z]/.test(next) && !line.includes('\t') && !/[.:;!?]["”’*)]*$/.test(line) && !NUMBERED.test(line)) {
    return true;
  }
  if (line.length < 60 || line.includes('\t') || /[.:;!?]["”’*)]*$/.test(line)) return false;
  if (NUMBERED.test(line) || ITEM.test(line)) return false;
  return !/^(\(?\d{1,2}[.)]|[-•*]\s)/.test(next);
}

/** Updates the outline for a heading; false when the line is not one after all. */
function outline(o: Outline, title: string): boolean {
  const numbered = NUMBERED.exec(title);
  const item = ITEM.exec(title);
  if (item) {
    o.item = item[1];
    o.itemTitle = item[2];
    return true;
  }
  const dated =
    numbered &&
    /^(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(numbered[2]!);
  if (numbered && !dated && !/^\d{4}$/.test(numbered[1]!)) {
    o.section = numbered[1];
    o.sectionTitle = numbered[2];
    o.item = undefined;
    o.itemTitle = undefined;
    return true;
  }
  if (/^\d/.test(title) || /^Table \d/i.test(title)) return false;
  const words = title.split(' ').length;
  // A one-word heading ("Protection") or a back-matter title starts a part; a short heading inside
  // a numbered section ("Domestic Partnership" under §7) only groups its subsections.
  const backMatter = /^(list of|annex|appendix|references|glossary|acronyms|abbreviations)/i.test(title);
  if (o.section && !backMatter && words > 1) {
    o.subheading = title;
    return true;
  }
  if (words === 1 || backMatter || (words <= 3 && !o.section)) {
    o.part = title;
    o.subheading = undefined;
  } else {
    o.subheading = title;
  }
  o.section = undefined;
  o.item = undefined;
  o.sectionTitle = undefined;
  o.itemTitle = undefined;
  return true;
}

function withPage(locator: string, page: number | undefined): string {
  if (page === undefined) return locator;
  return locator.startsWith('¶') ? `p. ${page}` : `${locator}, p. ${page}`;
}
