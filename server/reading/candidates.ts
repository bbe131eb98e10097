/**
 * New organisations a document introduces: a capitalised name followed by its acronym in
 * brackets ("Winrock International (WI)"), or an entry of the document's list of acronyms
 * ("AMLO<tab>The Anti-Money Laundering Office"), when neither the name nor the acronym is a node
 * the graph knows.
 */
import type { StructuredDocument } from './document.js';
import type { MentionIndex } from './mentions.js';
import type { NodeProposal } from './records.js';

const NAMED =
  /((?:(?:the|The)\s+)?(?:[A-Z][\p{L}'’&-]*|of|and|for|on|in|the|de|du|to)(?:\s+(?:[A-Z][\p{L}'’&-]*|of|and|for|on|in|the|de|du|to)){1,10})\s+\(([A-Z][A-Za-z0-9&.-]{1,14})\)/gu;
const ACRONYM_LINE = /^([A-Z][A-Z0-9&.-]{1,14})\t+(\S[^\t]{4,140})$/;

export function guessOrganizationKind(name: string): string {
  if (/\b(ministry|department|office|police|bureau|court|government|agency|division|centre|center)\b/i.test(name)) {
    return 'GOVERNMENT_AGENCY';
  }
  if (/\b(committee|subcommittee|task ?force|council|commission)\b/i.test(name)) return 'COMMITTEE_OR_TASKFORCE';
  if (/\b(university|institute|college|school)\b/i.test(name)) return 'ACADEMIC';
  if (/\b(united nations|international organization|UN)\b/.test(name)) return 'INTERNATIONAL_ORGANIZATION';
  if (/\b(programme|program|project|fund)\b/i.test(name)) return 'DONOR_OR_PROGRAMME';
  if (/\b(company|co\.|ltd|limited|corporation|association of .*employers)\b/i.test(name)) return 'PRIVATE_SECTOR';
  return 'NGO';
}

export function candidateOrganizations(doc: StructuredDocument, index: MentionIndex): NodeProposal[] {
  const out: NodeProposal[] = [];
  const seen = new Set<string>();
  const known = (s: string) => index.find(s, 0, s.length).some((m) => m.start === 0 && m.end === s.length);
  const add = (
    name: string,
    acronym: string,
    start: number,
    end: number,
    locator: string,
    reason: string,
    c: number,
  ) => {
    const clean = name.replace(/^(the|The)\s+/, '').trim();
    const key = acronym.toUpperCase();
    if (seen.has(key) || clean.split(/\s+/).length < 2) return;
    seen.add(key);
    if (known(clean) || known(acronym)) return;
    out.push({
      id: `n${out.length + 1}`,
      name: clean,
      acronym,
      kind: 'ORGANIZATION',
      organizationKind: guessOrganizationKind(clean),
      quote: doc.text.slice(start, end),
      quoteStart: start,
      quoteEnd: end,
      locator,
      confidence: c,
      reason,
      status: 'PENDING',
    });
  };
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    const line = ACRONYM_LINE.exec(text);
    if (line && block.headings.some((h) => /acronym|abbreviation/i.test(h))) {
      add(
        line[2]!,
        line[1]!,
        block.start,
        block.end,
        block.locator,
        "an entry of the document's list of acronyms",
        0.6,
      );
      continue;
    }
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
      const name = m[1]!.replace(/^(?:(?:of|and|for|on|in|the|de|du|to)\s+)+/, '');
      if (!/^[A-Z]/.test(name)) continue;
      const initials = name
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join('');
      const fits = initials.includes(m[2]!.replace(/[^A-Z]/g, '').slice(0, 2));
      const s = block.start + m.index + (m[0].length - m[0].trimStart().length) + m[1]!.indexOf(name);
      add(
        name,
        m[2]!,
        s,
        block.start + m.index + m[0].length,
        block.locator,
        'a capitalised name with its acronym in brackets',
        fits ? 0.7 : 0.5,
      );
    }
  }
  return out;
}
