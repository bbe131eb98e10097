/**
 * Proposes ties from the sentences of a document: a sentence that names an organisation (or a
 * state) and an instrument — a meeting, an agreement, a joint case, named outright, found by its
 * date and place, or named by the heading of the section it sits in — proposes the tie between
 * them; "X of the Ministry Y" and "Y's X" propose PART_OF, "members" MEMBER_OF, a meeting or case
 * next to "under the MOU" proposes UNDER. Each proposal carries the verbatim sentence as its
 * quote, the block's locator, a role read from the verbs, the dates written, and a confidence
 * with its reason. Nothing here writes: an editor accepts or rejects each proposal.
 */
import type { NodeRecord } from '../domain/records.js';
import { RELATIONSHIP_RULES } from '../domain/vocabulary.js';
import { relationshipId } from '../domain/records.js';
import type { RelationshipTypeValue } from '../store/port.js';
import type { Block, StructuredDocument } from './document.js';
import { findCounts, findDates, type DateSpan } from './dates.js';
import { MentionIndex, type Mention } from './mentions.js';
import { sentencesOf } from './sentences.js';
import type { NodeProposal, SentenceRecord, TieProposal } from './records.js';
import { candidateOrganizations } from './candidates.js';
import { InstrumentNames } from './instrument-names.js';

type RoleValue = NonNullable<TieProposal['role']>;

const INSTRUMENTS = new Set(['MEETING', 'AGREEMENT', 'JOINT_CASE']);
const MEETING_WORDS =
  /\b(meeting|workshop|training|conference|forum|roundtable|dialogue|consultation|seminar|session|summit)s?\b/i;
/** Words saying an organisation takes part in an agreement, rather than only working near it. */
const AGREEMENT_CUE =
  /\b(sign\w*|under|implement\w*|part(y|ies)|MOUs?|memorand\w+|agreement|in accordance|adopt\w*|develop\w*|approv\w*|endors\w*|draft\w*|revis\w*|launch\w*|put together|prepar\w*|formulat\w*|guideline|plan of action|SOPs?|framework|mechanism)\b/i;
/** A sentence listing who took part, without naming the meeting. */
const PARTICIPANTS = /\b(participants (included|were|came from)|attended by|attendees)\b/i;
/** A sentence referring back to the meeting named before. */
const THIS_MEETING =
  /\b(this|that|the said)\s+(meeting|workshop|training|conference|forum|roundtable|dialogue|consultation|seminar|session)\b/i;
/** Quotes longer than this are cut to the clause around the two ends. */
const MAX_QUOTE = 420;

export interface ReadingResult {
  sentences: SentenceRecord[];
  ties: TieProposal[];
  nodes: NodeProposal[];
}

interface Context {
  doc: StructuredDocument;
  index: MentionIndex;
  loose: InstrumentNames;
  meetings: NodeRecord[];
  cities: Map<string, string>;
  existing: ReadonlySet<string>;
  headingCache: Map<string, Mention[]>;
}

/** Reads the document against the graph's nodes; `existing` holds the ids of ties already in the graph. */
export function proposeFromDocument(
  doc: StructuredDocument,
  nodes: readonly NodeRecord[],
  existing: ReadonlySet<string>,
): ReadingResult {
  const meetings = nodes.filter((n) => n.nodeKind === 'MEETING' && n.startDate);
  const cities = new Map<string, string>();
  for (const m of meetings) if (m.nodeKind === 'MEETING' && m.city) cities.set(m.city.toLowerCase(), m.city);
  const ctx: Context = {
    doc,
    index: new MentionIndex(nodes),
    loose: new InstrumentNames(nodes),
    meetings,
    cities,
    existing,
    headingCache: new Map(),
  };
  const sentences: SentenceRecord[] = [];
  const byKey = new Map<string, Omit<TieProposal, 'id'>>();
  // The instruments the current section last named: "The meeting was supported by…" refers back.
  let focus: { locator: string; instruments: Mention[]; actors: Mention[] } = {
    locator: '',
    instruments: [],
    actors: [],
  };
  // The meeting the document last named outright: "Participants included…" a section later.
  let lastMeeting: Mention | undefined;
  for (const block of doc.blocks) {
    if (block.heading || block.headings.some((h) => /acronym|abbreviation/i.test(h))) continue;
    // Within a numbered section the topic carries across paragraphs; elsewhere only within one.
    if (focus.locator !== block.locator || !block.locator.includes('§')) {
      focus = { locator: block.locator, instruments: [], actors: [] };
    }
    // The organisations of the sentence before, in this block: "They jointly supported…".
    let previousActors: Mention[] = [];
    for (const span of sentencesOf(doc.text, block.start, block.end)) {
      const found = tiesOfSentence(ctx, block, span.start, span.end, {
        earlier: focus.instruments,
        earlierActors: focus.actors,
        previousActors,
        lastMeeting,
      });
      previousActors = found.actors;
      if (found.named.length) focus = { locator: block.locator, instruments: found.named, actors: found.actors };
      const meeting = found.named.filter((m) => m.node.nodeKind === 'MEETING' && m.via !== 'LOOSE_NAME').at(-1);
      if (meeting) lastMeeting = meeting;
      if (!found.proposals.length) continue;
      const sentenceId = `s${sentences.length + 1}`;
      sentences.push({
        id: sentenceId,
        start: span.start,
        end: span.end,
        locator: block.locator,
        dates: found.dates.map((d) => (d.until ? `${d.from}/${d.until}` : d.from)),
        counts: found.counts,
      });
      for (const p of found.proposals) {
        const key = relationshipId({ type: p.type, start: p.start.id, end: p.end.id });
        const seen = byKey.get(key);
        if (seen) {
          seen.alsoIn += 1;
          if (p.confidence > seen.confidence) byKey.set(key, { ...p, sentence: sentenceId, alsoIn: seen.alsoIn });
          continue;
        }
        byKey.set(key, { ...p, sentence: sentenceId });
      }
    }
  }
  const ties = [...byKey.values()].map((t, i) => ({ ...t, id: `t${i + 1}` }));
  return { sentences, ties, nodes: candidateOrganizations(doc, ctx.index) };
}

function tiesOfSentence(
  ctx: Context,
  block: Block,
  start: number,
  end: number,
  before: { earlier: Mention[]; earlierActors: Mention[]; previousActors: Mention[]; lastMeeting: Mention | undefined },
) {
  const { earlier, earlierActors } = before;
  const { doc } = ctx;
  const text = doc.text;
  const sentence = text.slice(start, end);
  const mentions = dedupe(ctx.index.find(text, start, end));
  const dates = findDates(text, start, end);
  const counts = findCounts(text, start, end).map((c) => `${c.value} ${c.what}`);
  const byDate = meetingsByDateAndPlace(ctx, sentence, dates);
  for (const m of byDate)
    if (!mentions.some((x) => x.node.id === m.id)) {
      mentions.push({ node: m, start, end, matched: 'date and place', via: 'DATE_AND_PLACE' });
    }
  for (const m of ctx.loose.find(sentence))
    if (!mentions.some((x) => x.node.id === m.id)) {
      mentions.push({ node: m, start, end, matched: 'most of its name', via: 'LOOSE_NAME' });
    }
  const actors = mentions.filter((m) => m.node.nodeKind === 'ORGANIZATION');
  // "They", "Both", "The two" at a sentence's start: the organisations of the sentence before.
  if (/^\W*(they|(both|the two) (organi[sz]ations|agencies|partners))\b/i.test(sentence)) {
    for (const m of before.previousActors) {
      if (!actors.some((a) => a.node.id === m.node.id)) actors.push({ ...m, start, end: start });
    }
  }
  const states = mentions.filter((m) => m.node.nodeKind === 'COUNTRY');
  const named = mentions.filter((m) => INSTRUMENTS.has(m.node.nodeKind));
  let instruments = named;
  if (!instruments.length && actors.length) {
    instruments = earlier.length
      ? earlier.map((m) => ({ ...m, via: 'EARLIER_SENTENCE' as const }))
      : headingInstruments(ctx, block).map((m) => ({ ...m, via: 'SECTION_HEADING' as const }));
    // "Participants included officials from…", "attended by…": the meeting the document last named.
    if (!instruments.length && before.lastMeeting && PARTICIPANTS.test(sentence)) {
      instruments = [{ ...before.lastMeeting, start, end: start, via: 'EARLIER_MEETING' }];
    }
  }
  // "As part of this training, X and Y delivered a session on the NRM": the meeting referred back to.
  if (THIS_MEETING.test(sentence) && !instruments.some((m) => m.node.nodeKind === 'MEETING')) {
    const referred = earlier.filter((m) => m.node.nodeKind === 'MEETING');
    instruments = [
      ...instruments,
      ...referred.map((m) => ({ ...m, start, end: start, via: 'EARLIER_SENTENCE' as const })),
    ];
  }
  const proposals: Omit<TieProposal, 'id' | 'sentence'>[] = [];
  const propose = (
    type: RelationshipTypeValue,
    a: Mention,
    b: Mention,
    confidence: number,
    reason: string,
    role?: RoleValue,
  ) => {
    if (a.node.id === b.node.id) return;
    const rule = RELATIONSHIP_RULES[type];
    if (!rule.start.includes(a.node.nodeKind) || !rule.end.includes(b.node.nodeKind)) return;
    if (ctx.existing.has(relationshipId({ type, start: a.node.id, end: b.node.id }))) return;
    const [qs, qe] = quoteSpan(text, start, end, a, b);
    proposals.push({
      type,
      start: endOf(a),
      end: endOf(b),
      ...(role && rule.roles.includes(role) ? { role } : {}),
      ...tieDates(type, sentence, dates),
      quote: text.slice(qs, qe),
      quoteStart: qs,
      quoteEnd: qe,
      locator: block.locator,
      confidence: Math.round(confidence * 100) / 100,
      reason,
      alsoIn: 0,
      status: 'PENDING',
    });
  };

  for (const inst of instruments) {
    const what = describe(inst);
    for (const actor of actors) {
      if (inst.node.nodeKind === 'MEETING') {
        const role = meetingRole(sentence, actor, start);
        propose(
          'PARTICIPATED_IN',
          actor,
          inst,
          base(inst) + (role !== 'PARTICIPANT' ? 0.1 : 0),
          `${what}; ${describe(actor)}${role ? ` (${role.toLowerCase().replace('_', '-')} by the verbs)` : ''}`,
          role,
        );
      } else if (inst.node.nodeKind === 'AGREEMENT') {
        const cue = AGREEMENT_CUE.test(sentence);
        // Without words of taking part, only an agreement named outright in the sentence counts.
        if (!cue && !['NAME', 'ALIAS', 'ACRONYM'].includes(inst.via)) continue;
        const role = agreementRole(sentence);
        propose(
          'PARTY_TO',
          actor,
          inst,
          base(inst) - (cue ? 0.05 : 0.25),
          `${what}; ${describe(actor)}${cue ? '' : ' (no words of signing or implementing)'}`,
          role,
        );
      } else {
        propose('WORKS_ON', actor, inst, base(inst), `${what}; ${describe(actor)}`);
      }
    }
    const namedOutright = inst.via === 'NAME' || inst.via === 'ALIAS' || inst.via === 'ACRONYM';
    const signedLoosely = inst.via === 'LOOSE_NAME' && /\bsign(ed|ing)\b/i.test(sentence);
    if (inst.node.nodeKind === 'AGREEMENT' && (namedOutright || signedLoosely)) {
      for (const state of states) {
        if (/\b(between|and|with)\b/i.test(sentence)) {
          propose(
            'PARTY_TO',
            state,
            inst,
            0.45,
            `${what}; ${describe(state)} in the same sentence`,
            agreementRole(sentence),
          );
          // The states party to "the COMMIT MOU" are members of COMMIT: a body its name names.
          for (const body of bodiesNamedIn(ctx, inst.node)) {
            propose(
              'MEMBER_OF',
              state,
              body,
              0.5,
              `${describe(state)} party to ${describe(inst)}, named after ${body.node.name}`,
              'MEMBER',
            );
          }
        }
      }
    }
  }
  // UNDER: a meeting or case and an agreement in the same sentence, or the meeting the section is about.
  const events = [...instruments, ...earlier.map((m) => ({ ...m, via: 'EARLIER_SENTENCE' as const }))];
  for (const a of events) {
    for (const b of instruments) {
      if (b.node.nodeKind !== 'AGREEMENT' || a.node.nodeKind === 'AGREEMENT') continue;
      const cue = /\b(under|in accordance with|pursuant to|framework of|implementation of)\b/i.test(sentence);
      propose('UNDER', a, b, cue ? 0.75 : 0.5, `${describe(a)} and ${describe(b)}${cue ? ', with "under"' : ''}`);
      // Those who held a meeting under an agreement implement it.
      if (cue && a.node.nodeKind === 'MEETING') {
        for (const actor of a.via === 'EARLIER_SENTENCE' ? earlierActors : actors) {
          propose(
            'PARTY_TO',
            actor,
            b,
            0.5,
            `${describe(actor)} took part in ${describe(a)}, held under ${describe(b)}`,
            'IMPLEMENTER',
          );
        }
      }
    }
  }
  // PART_OF and MEMBER_OF between organisations, from the words joining them.
  for (const a of actors) {
    for (const b of actors) {
      if (a === b) continue;
      const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
      const joined =
        /^\s*(\([^)]{1,20}\)\s*)?(of the|of|under the|under|within the)\s*$/i.test(between) ||
        (/^\s*(\([^)]{1,20}\)\s*)?,\s*$/.test(between) &&
          /^ministry\b/i.test(text.slice(b.start, b.end)) &&
          // "Ministry W, Department X, Ministry Y" lists peers: X is not written as part of Y.
          !/\bministry\b[^,.;()]*,\s*(the\s+)?$/i.test(text.slice(Math.max(start, a.start - 60), a.start)));
      if (a.end <= b.start && joined && isParentish(b.node) && !/^ministry\b/i.test(a.node.name)) {
        propose('PART_OF', a, b, 0.75, `${describe(a)} written as part of ${describe(b)}`);
      }
      if (b.end <= a.start && /^['’]s\s*$/.test(between)) {
        propose('PART_OF', a, b, 0.7, `${describe(b)}'s ${describe(a)}`);
      }
    }
  }
  // Prose: "X serves as Secretariat to Y", "X is a member of Y", "X, a member of Y", "X chairs Y".
  for (const a of [...actors, ...states]) {
    for (const b of actors) {
      if (a.node.id === b.node.id || a.end > b.start) continue;
      const role = membershipBetween(text.slice(a.end, b.start));
      if (role)
        propose('MEMBER_OF', a, b, 0.7, `${describe(a)} written as ${role.toLowerCase()} of ${describe(b)}`, role);
    }
  }
  // "Y members include: A, B and C", "Y includes A, B…": the names after the body are its members.
  for (const body of actors) {
    if (!isBody(body.node)) continue;
    const after = text.slice(body.end, end);
    const cue =
      /^\s*(\([^)]{1,20}\)\s*)?(members\s+(include|are)|is made up of|is composed of|comprises|consists of)\b:?/i.exec(
        after,
      );
    if (!cue) continue;
    for (const member of [...actors, ...states]) {
      if (member.start < body.end + cue[0].length || member.node.id === body.node.id) continue;
      propose(
        'MEMBER_OF',
        member,
        body,
        0.65,
        `${describe(member)} listed after "${cue[0].trim()}" of ${describe(body)}`,
        'MEMBER',
      );
    }
  }
  // "a programme led by X and supported by Y and Z": X leads it, Y and Z are in it.
  for (const body of actors) {
    if (!isBody(body.node) && !/PROGRAMME/.test(nodeKindOf(body.node))) continue;
    const after = text.slice(body.end, end);
    const led = /^[^.;]{0,80}?\bled by\b/i.exec(after);
    if (!led) continue;
    const tail = body.end + led[0].length;
    const stop = text.slice(tail, end).search(/[.;]|\b(which|that|to)\b|,\s+(?!(and|or)\b)[a-z]/);
    const until = stop === -1 ? end : tail + stop;
    for (const member of actors) {
      if (member.start < tail || member.end > until || member.node.id === body.node.id) continue;
      const isLead = !/\b(supported|joined|with)\b/i.test(text.slice(tail, member.start));
      propose(
        'MEMBER_OF',
        member,
        body,
        0.6,
        `${describe(member)} ${isLead ? 'leads' : 'supports'} ${describe(body)}`,
        isLead ? 'LEAD' : 'MEMBER',
      );
    }
  }
  if (/\bmembers?\b/i.test(sentence)) {
    const bodies = actors.filter((m) => /COMMITTEE|REGIONAL|INTERNATIONAL/.test(nodeKindOf(m.node)));
    for (const body of bodies) {
      for (const member of [...actors, ...states]) {
        if (member.node.id === body.node.id || bodies.includes(member)) continue;
        propose('MEMBER_OF', member, body, 0.5, `${describe(member)} and ${describe(body)}, with "member"`, 'MEMBER');
      }
    }
  }
  // "ASEAN countries, including Cambodia, Indonesia…", "COMMIT member states": the states named are members.
  for (const body of actors) {
    const after = text.slice(body.end, Math.min(end, body.end + 24));
    if (!/^\s*(member\s+)?(countries|states|member states|governments)\b/i.test(after)) continue;
    for (const state of states) {
      propose(
        'MEMBER_OF',
        state,
        body,
        0.6,
        `${describe(state)} listed among the ${text.slice(body.start, body.end)} ${after.trim().split(/[ ,]/)[0]}`,
        'MEMBER',
      );
    }
  }
  // "DSI Stations", "DOPA Special Operations Unit", "Regional Support Office of the Bali Process":
  // an organisation whose own name holds another's is a unit of it.
  for (const unit of actors) {
    const own = unit.node.name;
    for (const m of ctx.index.find(own, 0, own.length, (n) => n.id === unit.node.id)) {
      if (m.node.nodeKind !== 'ORGANIZATION' || m.node.id === unit.node.id) continue;
      const parent: Mention = { node: m.node, start: unit.start, end: unit.start, matched: m.matched, via: 'NAME' };
      propose('PART_OF', unit, parent, 0.55, `${describe(unit)}, whose name holds '${m.node.name}'`);
    }
  }
  // A bilateral agreement's parties are often in its own name ("Myanmar–Thailand MOU").
  for (const inst of named) {
    if (inst.node.nodeKind !== 'AGREEMENT' || inst.node.scope !== 'BILATERAL') continue;
    const own = inst.node.name;
    for (const m of ctx.index.find(own, 0, own.length, (n) => n.id === inst.node.id)) {
      if (m.node.nodeKind !== 'COUNTRY') continue;
      const state: Mention = { node: m.node, start: inst.start, end: inst.start, matched: m.matched, via: 'NAME' };
      propose('PARTY_TO', state, inst, 0.6, `${describe(inst)}, whose name names ${m.node.name}`);
    }
  }
  return { proposals, dates, counts, named, actors };
}

function nodeKindOf(node: NodeRecord): string {
  return node.nodeKind === 'ORGANIZATION' ? node.kind : node.nodeKind;
}

/** A body others belong to: a committee, network, regional or international mechanism. */
function isBody(node: NodeRecord): boolean {
  return /COMMITTEE|REGIONAL|INTERNATIONAL/.test(nodeKindOf(node));
}

/** The bodies an agreement's own name names ("COMMIT MOU" → COMMIT). */
function bodiesNamedIn(ctx: Context, agreement: NodeRecord): Mention[] {
  const own = agreement.name;
  return ctx.index
    .find(own, 0, own.length, (n) => n.id === agreement.id)
    .filter((m) => m.node.nodeKind === 'ORGANIZATION' && isBody(m.node))
    .map((m) => ({ node: m.node, start: 0, end: 0, matched: m.matched, via: 'NAME' as const }));
}

/** The role the words between two names give the first in the second, if they state a membership. */
export function membershipBetween(between: string): 'SECRETARIAT' | 'MEMBER' | 'CHAIR' | undefined {
  const m =
    /^\s*(\([^)]{1,20}\)\s*)?(,\s*)?(serves as|acts as|functions as|is|are|was|were|has been|have been|became|becomes|remains|joined as|,)?\s*(the\s+|a\s+|an\s+)?(full\s+|founding\s+|permanent\s+)?(secretariat|members?|member states?|chair|co-chair|chairs?)\s+(to|of|for|in)\s+(the\s+)?$/i.exec(
      between,
    ) ?? /^\s*(\([^)]{1,20}\)\s*)?(joined|chairs|co-chairs)\s+(the\s+)?$/i.exec(between);
  if (!m) return undefined;
  if (/secretariat/i.test(between)) return 'SECRETARIAT';
  if (/chair/i.test(between)) return 'CHAIR';
  return 'MEMBER';
}

function isParentish(node: NodeRecord): boolean {
  return (
    node.nodeKind === 'ORGANIZATION' && /\b(ministry|police|office|department|government|court)\b/i.test(node.name)
  );
}

function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.node.id) ? false : (seen.add(m.node.id), true)));
}

function base(m: Mention): number {
  if (m.via === 'EARLIER_MEETING') return 0.5;
  if (m.via === 'SECTION_HEADING' || m.via === 'EARLIER_SENTENCE') return 0.55;
  return m.via === 'DATE_AND_PLACE' || m.via === 'LOOSE_NAME' ? 0.65 : 0.75;
}

function describe(m: Mention): string {
  const kind = m.node.nodeKind.toLowerCase().replace('_', ' ');
  if (m.via === 'LOOSE_NAME') return `${kind} '${m.node.name}' named by most of its name's words`;
  if (m.via === 'DATE_AND_PLACE') return `${kind} '${m.node.name}' found by its date and place`;
  if (m.via === 'SECTION_HEADING') return `${kind} '${m.node.name}' named in the section heading`;
  if (m.via === 'EARLIER_MEETING') return `${kind} '${m.node.name}', the last the document named`;
  if (m.via === 'EARLIER_SENTENCE') return `${kind} '${m.node.name}' named earlier in the section`;
  return `${kind} '${m.node.name}' named as "${m.matched}"`;
}

function endOf(m: Mention): TieProposal['start'] {
  return { id: m.node.id, name: m.node.name, kind: m.node.nodeKind, start: m.start, end: m.end };
}

function headingInstruments(ctx: Context, block: Block): Mention[] {
  const out: Mention[] = [];
  // Only the innermost numbered titles: a part heading ("Protection") names no instrument.
  for (const heading of block.headings.slice(-2)) {
    let found = ctx.headingCache.get(heading);
    if (!found) {
      found = ctx.index.find(heading, 0, heading.length).filter((m) => INSTRUMENTS.has(m.node.nodeKind));
      for (const node of ctx.loose.find(heading)) {
        if (!found.some((m) => m.node.id === node.id)) {
          found.push({ node, start: 0, end: 0, matched: heading, via: 'SECTION_HEADING' });
        }
      }
      ctx.headingCache.set(heading, found);
    }
    for (const m of found)
      if (!out.some((o) => o.node.id === m.node.id)) out.push({ ...m, start: block.start, end: block.start });
  }
  return out;
}

/** Meetings whose start date is written in the sentence, with their city or a word for a meeting. */
function meetingsByDateAndPlace(ctx: Context, sentence: string, dates: DateSpan[]): NodeRecord[] {
  const days = dates.filter((d) => /-\d{2}-\d{2}$/.test(d.from));
  const months = dates.filter((d) => /^\d{4}-\d{2}$/.test(d.from)).map((d) => d.from);
  if (months.length && MEETING_WORDS.test(sentence)) {
    // "In March 2024, MOL organized training programs": a month and a word for a meeting, when
    // they single out one meeting the graph dates to that month.
    const inMonth = ctx.meetings.filter(
      (m) => m.nodeKind === 'MEETING' && m.startDate && months.includes(m.startDate.slice(0, 7)),
    );
    if (inMonth.length === 1 && !days.length) return inMonth;
  }
  if (!days.length) return [];
  const lower = sentence.toLowerCase();
  const meetingWord = MEETING_WORDS.test(sentence);
  return ctx.meetings.filter((m) => {
    if (m.nodeKind !== 'MEETING' || !m.startDate || m.startDate.length !== 10) return false;
    const dated = days.some(
      (d) => d.from === m.startDate || (d.from.startsWith('-') && d.from.slice(1) === m.startDate!.slice(4)),
    );
    if (!dated) return false;
    const placed = m.city !== undefined && lower.includes(m.city.toLowerCase());
    return placed || meetingWord;
  });
}

function meetingRole(sentence: string, actor: Mention, sentenceStart: number): RoleValue {
  const at = actor.start - sentenceStart;
  const before = sentence.slice(0, Math.max(0, at));
  const after = sentence.slice(at);
  if (
    /\b(in collaboration with|together with|jointly with|alongside|in partnership with|co-organi[sz]ed)\b/i.test(
      sentence,
    )
  ) {
    if (
      /\b(organi[sz]ed|hosted|convened|held)\b/i.test(after) ||
      /\b(in collaboration with|together with|alongside|in partnership with)\s*(the\s*)?$/i.test(before)
    ) {
      return 'CO_ORGANIZER';
    }
  }
  if (/^\S*[^.]{0,80}?\b(organi[sz]ed|convened)\b/i.test(after)) return 'ORGANIZER';
  if (/^\S*[^.]{0,80}?\bhosted\b/i.test(after)) return 'HOST';
  if (
    /^\S*[^.]{0,60}?\b(supported|funded|sponsored)\b/i.test(after) ||
    /\b(support from|supported by|funded by|with support of)\s*(the\s*)?$/i.test(before)
  ) {
    return /fund/i.test(sentence) ? 'FUNDER' : 'SUPPORTER';
  }
  if (/\bfacilitat/i.test(after.slice(0, 80))) return 'FACILITATOR';
  return 'PARTICIPANT';
}

function agreementRole(sentence: string): RoleValue | undefined {
  if (/\bsign(ed|ing|atory|atories)?\b/i.test(sentence)) return 'SIGNATORY';
  if (/\b(support|supported|assist)/i.test(sentence)) return 'SUPPORTER';
  if (/\b(implement|under|in accordance with)/i.test(sentence)) return 'IMPLEMENTER';
  return undefined;
}

function tieDates(type: RelationshipTypeValue, sentence: string, dates: DateSpan[]): { from?: string } {
  if (type !== 'PARTY_TO' || !/\bsign/i.test(sentence)) return {};
  const d = dates.find((x) => !x.from.startsWith('-'));
  return d ? { from: d.from } : {};
}

/** The sentence, or for a long one the clause around both ends: always a verbatim span. */
function quoteSpan(text: string, start: number, end: number, a: Mention, b: Mention): [number, number] {
  if (end - start <= MAX_QUOTE) return [start, end];
  const inSentence = [a, b].filter((m) => m.start >= start && m.end <= end && m.end > m.start);
  if (!inSentence.length) return [start, start + cutAtWord(text.slice(start, start + MAX_QUOTE))];
  let s = Math.min(...inSentence.map((m) => m.start));
  let e = Math.max(...inSentence.map((m) => m.end));
  const clauseStart = Math.max(text.lastIndexOf(', ', s), text.lastIndexOf('; ', s), start - 2) + 2;
  s = s - clauseStart < 160 ? Math.max(clauseStart, start) : s;
  const stop = text.slice(e, end).search(/[,;.]/);
  e = stop !== -1 && stop < 200 ? e + stop : Math.min(end, e + 120);
  return [s, e];
}

function cutAtWord(s: string): number {
  const i = s.lastIndexOf(' ');
  return i > 0 ? i : s.length;
}
