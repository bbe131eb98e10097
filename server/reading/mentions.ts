/**
 * Finds where a text mentions the nodes the graph knows: by name, acronym, alias and Thai name,
 * normalised as search normalises them (so accents, case, punctuation and the misspellings kept
 * as aliases all match), longest name first, on word boundaries. An all-capitals acronym must be
 * written in capitals ("MOL", not "mol"), so common words do not read as agencies.
 */
import { normalize } from '../graph/search-ranking.js';
import type { NodeRecord } from '../domain/records.js';
import { normalizeWithOrigin, originalSpan } from './normalized-text.js';

export interface Mention {
  node: NodeRecord;
  /** Verbatim span in the document. */
  start: number;
  end: number;
  /** The name, acronym or alias that matched. */
  matched: string;
  via:
    | 'NAME'
    | 'ACRONYM'
    | 'ALIAS'
    | 'DATE_AND_PLACE'
    | 'SECTION_HEADING'
    | 'EARLIER_SENTENCE'
    | 'EARLIER_MEETING'
    | 'LOOSE_NAME';
}

interface Entry {
  tokens: string[];
  value: string;
  via: Mention['via'];
  capitals: boolean;
  nodes: NodeRecord[];
}

/** Names this short (normalised) are too ambiguous to read as a mention unless they are acronyms. */
const MIN_NAME = 3;
/** A name shared by more nodes than this names none of them. */
const MAX_AMBIGUITY = 2;

export class MentionIndex {
  private readonly byFirst = new Map<string, Entry[]>();

  constructor(nodes: readonly NodeRecord[]) {
    const entries = new Map<string, Entry>();
    const add = (node: NodeRecord, value: string, via: Mention['via']) => {
      const norm = normalize(value);
      if (norm.length < MIN_NAME && via !== 'ACRONYM') return;
      if (!norm) return;
      const capitals = /^[\p{Lu}\d.&-]+$/u.test(value.replace(/\s/g, '')) && /\p{Lu}/u.test(value);
      const key = `${norm}|${capitals}`;
      const entry = entries.get(key);
      if (entry) {
        if (!entry.nodes.includes(node)) entry.nodes.push(node);
        return;
      }
      entries.set(key, { tokens: norm.split(' '), value, via, capitals: capitals && norm.length <= 12, nodes: [node] });
    };
    for (const node of nodes) {
      if (node.nodeKind === 'SOURCE') continue;
      add(node, node.name, 'NAME');
      if (node.nodeKind === 'ORGANIZATION') {
        if (node.acronym) add(node, node.acronym, 'ACRONYM');
        if (node.nameLocal) add(node, node.nameLocal, 'NAME');
      }
      for (const alias of node.aliases) add(node, alias, 'ALIAS');
    }
    for (const entry of entries.values()) {
      if (entry.nodes.length > MAX_AMBIGUITY) continue;
      const list = this.byFirst.get(entry.tokens[0]!) ?? [];
      list.push(entry);
      this.byFirst.set(entry.tokens[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /**
   * Mentions in text[start, end), non-overlapping, longest name first, in text order; names of
   * nodes `skip` accepts are passed over (to find the names inside a node's own name).
   */
  find(text: string, start: number, end: number, skip?: (node: NodeRecord) => boolean): Mention[] {
    const slice = text.slice(start, end);
    const n = normalizeWithOrigin(slice, start);
    const words: { at: number; word: string }[] = [];
    for (let i = 1; i < n.text.length;) {
      const j = n.text.indexOf(' ', i);
      if (j === -1) break;
      if (j > i) words.push({ at: i, word: n.text.slice(i, j) });
      i = j + 1;
    }
    const found: Mention[] = [];
    for (let w = 0; w < words.length;) {
      const entry = (this.byFirst.get(words[w]!.word) ?? []).find(
        (e) => e.tokens.every((t, k) => words[w + k]?.word === t) && !(skip && e.nodes.every(skip)),
      );
      if (!entry) {
        w += 1;
        continue;
      }
      const last = words[w + entry.tokens.length - 1]!;
      const [s, e] = originalSpan(n, words[w]!.at, last.at + last.word.length, end);
      const verbatim = text.slice(s, e);
      if (!entry.capitals || verbatim === verbatim.toUpperCase()) {
        for (const node of entry.nodes) found.push({ node, start: s, end: e, matched: entry.value, via: entry.via });
      }
      w += entry.tokens.length;
    }
    return found;
  }
}
