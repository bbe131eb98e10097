/**
 * Checks that the seed says what its documents say, beyond what the schemas can see:
 *
 * - every quote is a verbatim span of the document it cites (differences a copy brings are
 *   forgiven: runs of whitespace and line breaks, curly quotes, dashes, case; an ellipsis separates
 *   pieces, and each piece must be found);
 * - every tie cites at least one quote, and every quote of a tie names at least one of its two ends
 *   (by name, acronym, local name or alias) unless the tie is in TIE_QUOTE_EXEMPTIONS, where a
 *   quote refers to its ends by pronoun or description ("the two countries"), each with a reason;
 * - a description states no fact that belongs in a field: a number in the description of a meeting,
 *   agreement or joint case must be a value of one of its count fields (participantCount,
 *   victimCount, offenderCount, repatriatedCount, sequence), a date or year, an ordinal, approximate ("over 100") or
 *   listed in NUMBER_EXEMPTIONS with a reason; a role the description gives must be the role of
 *   X's tie to the record: "hosted by X" (HOST), "organised / convened by X" (HOST, ORGANIZER or
 *   CO_ORGANIZER), "funded / financially supported by X" (FUNDER), "supported by X" (SUPPORTER,
 *   FUNDER or FACILITATOR) for meetings; "led by X" for cases and organisations, "X is the lead",
 *   "with X as lead" for agreements and cases (LEAD).
 *
 * The document texts are needed for the first check: without them it is skipped and says so.
 */
import type { CitationRecord, NodeRecord, RelationshipRecord } from '../domain/records.js';
import { findPassage } from '../sources/passage.js';
import type { Dataset, SeedProblem } from './load.js';
import { NUMBER_EXEMPTIONS, TIE_QUOTE_EXEMPTIONS } from './exemptions.js';

export interface EvidenceReport {
  problems: SeedProblem[];
  /** True when the documents' texts were at hand and quotes were checked against them. */
  quotesChecked: boolean;
}

export function checkEvidence(dataset: Dataset): EvidenceReport {
  const byId = new Map(dataset.nodes.map((n) => [n.id, n]));
  const texts = new Map(
    dataset.nodes.flatMap((n) => (n.nodeKind === 'SOURCE' && n.text !== undefined ? [[n.id, n.text] as const] : [])),
  );
  const problems: SeedProblem[] = [];
  const quotesChecked = texts.size > 0;
  if (quotesChecked) {
    for (const n of dataset.nodes) problems.push(...quoteProblems(n.id, n.sources, texts, fileOf(n)));
    for (const r of dataset.relationships) problems.push(...quoteProblems(r.id, r.sources, texts, fileOfTie(r, byId)));
  }
  for (const r of dataset.relationships) problems.push(...tieQuoteProblems(r, byId));
  for (const n of dataset.nodes) problems.push(...descriptionProblems(n, dataset.relationships, byId));
  problems.push(...staleExemptions(dataset, byId));
  return { problems, quotesChecked };
}

const FILE_OF_KIND: Record<NodeRecord['nodeKind'], string> = {
  SOURCE: 'sources.yaml',
  ORGANIZATION: 'organizations.yaml',
  COUNTRY: 'countries.yaml',
  AGREEMENT: 'agreements.yaml',
  MEETING: 'meetings.yaml',
  JOINT_CASE: 'joint-cases.yaml',
};
const fileOf = (n: NodeRecord) => FILE_OF_KIND[n.nodeKind];
/** A tie is written in its instrument's record (or the member's, for PART_OF and MEMBER_OF). */
function fileOfTie(r: RelationshipRecord, byId: Map<string, NodeRecord>): string {
  const owner = r.type === 'PARTY_TO' || r.type === 'PARTICIPATED_IN' || r.type === 'WORKS_ON' ? r.end : r.start;
  const n = byId.get(owner);
  return n ? fileOf(n) : 'seed';
}

/** Each piece of the quote (pieces are separated by an ellipsis) must be found in the text. */
export function quoteIsVerbatim(text: string, quote: string): boolean {
  const pieces = quote
    .split(/\u2026|\.\.\.|\[…\]|\[\.\.\.\]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return pieces.length > 0 && pieces.every((p) => findPassage(text, p) !== undefined || short(text, p));
}
/** findPassage ignores pieces under 8 characters; look those up directly. */
const short = (text: string, piece: string) => piece.length < 8 && fold(text).includes(fold(piece));

function quoteProblems(
  record: string,
  sources: CitationRecord[],
  texts: Map<string, string>,
  file: string,
): SeedProblem[] {
  return sources.flatMap((c, i) => {
    const text = texts.get(c.source);
    if (!c.quote || text === undefined || quoteIsVerbatim(text, c.quote)) return [];
    return [
      {
        file,
        record,
        field: `sources.${i}.quote`,
        message: `quote is not a verbatim span of ${c.source} (${c.locator}): "${c.quote}"`,
      },
    ];
  });
}

/** Lower case, '&' as 'and', punctuation and dashes as spaces, single spaces. */
export function fold(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The names a quote may use for a record. */
export function namesOf(n: NodeRecord): string[] {
  const names = [n.name, ...n.aliases];
  if (n.nodeKind === 'ORGANIZATION') names.push(...[n.acronym, n.nameLocal].filter((x): x is string => !!x));
  return names;
}

export function mentions(quote: string, n: NodeRecord): boolean {
  const q = fold(quote);
  return namesOf(n).some((name) => {
    const f = fold(name);
    return f.trim().length > 0 && q.includes(f);
  });
}

function tieQuoteProblems(r: RelationshipRecord, byId: Map<string, NodeRecord>): SeedProblem[] {
  if (r.type === 'BASED_IN') return []; // derived from the organisation's country code
  const start = byId.get(r.start);
  const end = byId.get(r.end);
  if (!start || !end) return [];
  const file = fileOfTie(r, byId);
  const quoted = r.sources.filter((c) => c.quote);
  if (!quoted.length) return [{ file, record: r.id, field: 'sources', message: 'a tie cites at least one quote' }];
  if (TIE_QUOTE_EXEMPTIONS.some((e) => e.tie === r.id)) return [];
  return r.sources.flatMap((c, i) =>
    c.quote && !mentions(c.quote, start) && !mentions(c.quote, end)
      ? [
          {
            file,
            record: r.id,
            field: `sources.${i}.quote`,
            message: `the quote names neither '${r.start}' nor '${r.end}' (by name, acronym or alias): "${c.quote}"`,
          },
        ]
      : [],
  );
}

const APPROXIMATE = /\b(over|more than|about|around|nearly|almost|some|at least|up to|approximately|roughly)\s*$/i;
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** The numbers a description states as counts: not years, dates, ordinals, ranges of years or approximations. */
export function statedNumbers(description: string): number[] {
  const out: number[] = [];
  for (const m of description.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const raw = m[0].replace(/,$/, '');
    const at = m.index;
    const before = description.slice(0, at);
    const after = description.slice(at + raw.length);
    const value = Number(raw.replace(/,/g, ''));
    if (/^(st|nd|rd|th)\b/i.test(after)) continue; // ordinal
    if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) continue; // a year
    if (new RegExp(`^\\s*(${MONTHS})\\b`).test(after) || new RegExp(`\\b(${MONTHS})\\s*$`).test(before)) continue; // a date
    if (new RegExp(`^\\s*(?:[-–]|and|to)\\s*\\d{1,2}\\s*(${MONTHS})`).test(after)) continue; // "15–17 March", "15 and 22 January"
    if (/^-year-old/.test(after)) continue; // an age
    if (/\b(THB|USD|Document|hotline)\s*$/i.test(before) || /^\s*hotline/i.test(after)) continue; // money, a document or hotline number
    if (/[\d.]$|[A-Za-z]$/.test(before) || /^[A-Za-z]/.test(after)) continue; // part of a name or code (TLS 8001, Section 6/1)
    if (/(Section|§|Tier|Phase|Ror\.Bor\.|TLS|Strategy)\s*$/i.test(before)) continue;
    if (/^\s*\/\s*\d/.test(after) || /\d\s*\/\s*$/.test(before)) continue; // "6/1"
    if (APPROXIMATE.test(before)) continue;
    out.push(value);
  }
  return out;
}

function countFields(n: NodeRecord): number[] {
  switch (n.nodeKind) {
    case 'MEETING':
      return [n.participantCount, n.sequence].filter((x): x is number => x !== undefined);
    case 'JOINT_CASE':
      return [n.victimCount, n.offenderCount, n.repatriatedCount].filter((x): x is number => x !== undefined);
    default:
      return [];
  }
}

interface RoleRule {
  /** What the description says; group 1, when present, names who. */
  pattern: RegExp;
  kinds: NodeRecord['nodeKind'][];
  /** The roles of the named party's tie to the record (or of any tie, when no one is named). */
  roles: string[];
  what: string;
}

const ROLE_RULES: RoleRule[] = [
  { pattern: /\bhosted by (?:the )?([^,;.()]+)/gi, kinds: ['MEETING'], roles: ['HOST'], what: 'host' },
  {
    pattern: /\b(?:organi[sz]ed|convened|co-organi[sz]ed) by (?:the )?([^,;.()]+)/gi,
    kinds: ['MEETING'],
    roles: ['HOST', 'ORGANIZER', 'CO_ORGANIZER'],
    what: 'organiser',
  },
  {
    pattern: /\b(?:financially supported|funded) by (?:the )?([^;.()]+)/gi,
    kinds: ['MEETING'],
    roles: ['FUNDER'],
    what: 'funder',
  },
  {
    pattern: /\b(?<!financially )supported by (?:the )?([^;.()]+)/gi,
    kinds: ['MEETING'],
    roles: ['SUPPORTER', 'FUNDER', 'FACILITATOR'],
    what: 'supporter',
  },
  {
    pattern: /\bled (?:in \d{4} )?by (?:the )?([^,;.()]+)/gi,
    kinds: ['JOINT_CASE', 'ORGANIZATION'],
    roles: ['LEAD'],
    what: 'lead',
  },
  { pattern: /\b(?:the )?(\S+) is the lead\b/gi, kinds: ['AGREEMENT', 'JOINT_CASE'], roles: ['LEAD'], what: 'lead' },
  { pattern: /\bwith (?:the )?(\S+) as lead\b/gi, kinds: ['AGREEMENT', 'JOINT_CASE'], roles: ['LEAD'], what: 'lead' },
];

/** Who a phrase names among the record's tie partners: the partners whose names occur in it. */
function partnersNamed(phrase: string, ties: { other: NodeRecord; role?: string }[]) {
  return ties.filter((t) => namesOf(t.other).some((name) => fold(phrase).includes(fold(name))));
}

function descriptionProblems(
  n: NodeRecord,
  relationships: RelationshipRecord[],
  byId: Map<string, NodeRecord>,
): SeedProblem[] {
  if (!n.description) return [];
  const file = fileOf(n);
  const problems: SeedProblem[] = [];
  if (!['MEETING', 'AGREEMENT', 'JOINT_CASE'].includes(n.nodeKind)) return roleProblems(n, relationships, byId, file);
  const fields = countFields(n);
  const exempt = NUMBER_EXEMPTIONS.filter((e) => e.record === n.id).flatMap((e) => e.numbers);
  for (const value of statedNumbers(n.description)) {
    if (fields.includes(value) || exempt.includes(value)) continue;
    problems.push({
      file,
      record: n.id,
      field: 'description',
      message: `the description states the number ${value}, which no field of the record holds (set participantCount, victimCount, offenderCount or repatriatedCount, or list it in server/seed/exemptions.ts with the reason it has no field)`,
    });
  }
  return [...problems, ...roleProblems(n, relationships, byId, file)];
}

/** The record's ties to organisations and countries: participants, parties, agencies. */
function partiesOf(n: NodeRecord, relationships: RelationshipRecord[], byId: Map<string, NodeRecord>) {
  return relationships.flatMap((r) => {
    const other = r.end === n.id && r.type !== 'UNDER' ? byId.get(r.start) : undefined;
    return other ? [{ other, role: r.role }] : [];
  });
}

function roleProblems(
  n: NodeRecord,
  relationships: RelationshipRecord[],
  byId: Map<string, NodeRecord>,
  file: string,
): SeedProblem[] {
  const ties = partiesOf(n, relationships, byId);
  const problems: SeedProblem[] = [];
  for (const rule of ROLE_RULES) {
    if (!rule.kinds.includes(n.nodeKind)) continue;
    for (const m of n.description!.matchAll(rule.pattern)) {
      const phrase = m[1]!.split(/\b(?:for|to|at|as|under|from|among|between|supported|funded)\b/)[0]!;
      const named = partnersNamed(phrase, ties);
      const wrong = named.filter((t) => !t.role || !rule.roles.includes(t.role));
      if (!named.length) {
        problems.push({
          file,
          record: n.id,
          field: 'description',
          message: `the description names "${phrase.trim()}" as ${rule.what}, but the record has no tie to it`,
        });
      }
      for (const t of wrong) {
        problems.push({
          file,
          record: n.id,
          field: 'description',
          message: `the description names ${t.other.id} as ${rule.what}, but its tie has role ${t.role ?? '(none)'}, not ${rule.roles.join(' or ')}`,
        });
      }
    }
  }
  return problems;
}

function staleExemptions(dataset: Dataset, byId: Map<string, NodeRecord>): SeedProblem[] {
  const ties = new Set(dataset.relationships.map((r) => r.id));
  return [
    ...TIE_QUOTE_EXEMPTIONS.filter((e) => !ties.has(e.tie)).map((e) => ({
      file: 'server/seed/exemptions.ts',
      record: e.tie,
      message: 'exempted tie is not in the seed: remove the exemption',
    })),
    ...NUMBER_EXEMPTIONS.filter((e) => !byId.has(e.record)).map((e) => ({
      file: 'server/seed/exemptions.ts',
      record: e.record,
      message: 'exempted record is not in the seed: remove the exemption',
    })),
  ];
}
