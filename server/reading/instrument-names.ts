/**
 * Instruments are often named loosely: "MOU between the two countries on Cooperation to Combat
 * Trafficking in Persons, Especially Women and Children" for the Myanmar–Thailand MOU. A meeting or
 * agreement counts as named when the sentence holds most of the distinctive words of one of its
 * names, each word weighted by how rare it is among instrument names (so "meeting" or
 * "trafficking" say little, "Chonburi" or "29th" say much).
 */
import { normalize } from '../graph/search-ranking.js';
import type { NodeRecord } from '../domain/records.js';

const STOP = new Set([
  'the',
  'of',
  'and',
  'on',
  'in',
  'for',
  'to',
  'a',
  'an',
  'with',
  'between',
  'by',
  'at',
  'its',
  'from',
]);
/** Share of a name's weight the sentence must hold. */
const THRESHOLD = 0.65;
const MIN_WORDS = 4;

interface Named {
  node: NodeRecord;
  words: string[];
  total: number;
}

export class InstrumentNames {
  private readonly names: Named[] = [];
  private readonly idf = new Map<string, number>();

  constructor(nodes: readonly NodeRecord[]) {
    const instruments = nodes.filter(
      (n) => n.nodeKind === 'MEETING' || n.nodeKind === 'AGREEMENT' || n.nodeKind === 'JOINT_CASE',
    );
    const df = new Map<string, number>();
    const lists: { node: NodeRecord; words: string[] }[] = [];
    for (const node of instruments) {
      for (const name of [node.name, ...node.aliases]) {
        const words = [
          ...new Set(
            normalize(name)
              .split(' ')
              .filter((w) => w && !STOP.has(w)),
          ),
        ];
        if (words.length < MIN_WORDS) continue;
        lists.push({ node, words });
      }
      const seen = new Set(lists.filter((l) => l.node === node).flatMap((l) => l.words));
      for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
    }
    const n = instruments.length || 1;
    for (const [w, f] of df) this.idf.set(w, Math.log(1 + n / f));
    for (const { node, words } of lists) {
      this.names.push({ node, words, total: words.reduce((s, w) => s + this.idf.get(w)!, 0) });
    }
  }

  /** Instruments the sentence names loosely, best first. */
  find(sentence: string): NodeRecord[] {
    const present = new Set(normalize(sentence).split(' '));
    const best = new Map<string, { node: NodeRecord; score: number }>();
    for (const named of this.names) {
      const held = named.words.reduce((s, w) => s + (present.has(w) ? this.idf.get(w)! : 0), 0) / named.total;
      if (held < THRESHOLD) continue;
      const prior = best.get(named.node.id);
      if (!prior || prior.score < held) best.set(named.node.id, { node: named.node, score: held });
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    // Several near-equal readings mean the words fit a family of instruments, not one.
    return ranked.length > 2 ? [] : ranked.map((r) => r.node);
  }
}
