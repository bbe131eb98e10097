/**
 * The embedded store's search index: trigrams of every name a node answers to (name, acronym,
 * local name, aliases, as the shared ranker normalises them), and one- and two-letter word
 * prefixes for short queries. A search counts, per node, the query's trigrams it holds and hands
 * the best-covered few hundred to the shared ranker, instead of ranking every node: a match the
 * ranker accepts (exact, prefix, words in any order, substring) holds every trigram of the query's
 * words, and one within its allowed typos holds all but three per typo (the q-gram lemma).
 * Short queries (under three letters) find nodes with a word starting with them.
 */
import type { NodeRecord } from '../../domain/records.js';
import { normalize, searchableNames } from '../../graph/search-ranking.js';
import type { NodeKindValue } from '../port.js';

/** Typos the ranker forgives in a word of this length (search-ranking.ts). */
const allowed = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

function keysOf(node: NodeRecord): Set<string> {
  const keys = new Set<string>();
  for (const { value } of searchableNames(node)) {
    const name = normalize(value);
    for (const word of name.split(' ')) {
      if (!word) continue;
      keys.add(`^${word.slice(0, 1)}`);
      if (word.length >= 2) keys.add(`^${word.slice(0, 2)}`);
    }
    for (const gram of trigrams(name)) keys.add(gram);
  }
  return keys;
}

function trigrams(text: string): string[] {
  const chars = [...text];
  const grams: string[] = [];
  for (let i = 0; i + 3 <= chars.length; i++) grams.push(chars.slice(i, i + 3).join(''));
  return grams;
}

export class SearchIndex {
  /** Slot → node; a replaced or removed node's slot is emptied, its postings dropped lazily. */
  private nodes: (NodeRecord | undefined)[] = [];
  private slotOf = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private dead = 0;

  add(node: NodeRecord): void {
    this.remove(node.id);
    const slot = this.nodes.length;
    this.nodes.push(node);
    this.slotOf.set(node.id, slot);
    for (const key of keysOf(node)) {
      const list = this.postings.get(key);
      if (list) list.push(slot);
      else this.postings.set(key, [slot]);
    }
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.nodes[slot] = undefined;
    this.slotOf.delete(id);
    // Rebuild once the dead postings outweigh the live ones, so memory stays proportional.
    if (++this.dead > 10_000 && this.dead > this.slotOf.size) this.rebuild();
  }

  clear(): void {
    this.nodes = [];
    this.slotOf = new Map();
    this.postings = new Map();
    this.dead = 0;
  }

  /** Nodes likely to match, best covered first: at most `limit`. */
  candidates(text: string, kinds: readonly NodeKindValue[] | undefined, limit: number): NodeRecord[] {
    const query = normalize(text);
    if (!query) return [];
    const words = query.split(' ');
    const keys = new Set<string>();
    let needed = 0;
    for (const word of words) {
      const grams = new Set(word.length < 3 ? [`^${word}`] : trigrams(word));
      for (const g of grams) keys.add(g);
      needed += Math.max(0, grams.size - 3 * allowed(word.length));
    }
    const whole = trigrams(query.replace(/ /g, '')).length;
    const threshold = Math.max(1, Math.min(needed, whole - 3 * allowed(query.length)));

    const hits = new Map<number, number>();
    for (const key of keys) {
      for (const slot of this.postings.get(key) ?? []) hits.set(slot, (hits.get(slot) ?? 0) + 1);
    }
    const found: { node: NodeRecord; count: number }[] = [];
    for (const [slot, count] of hits) {
      const node = this.nodes[slot];
      if (!node || count < threshold || (kinds && !kinds.includes(node.nodeKind))) continue;
      found.push({ node, count });
    }
    found.sort((x, y) => y.count - x.count || x.node.name.length - y.node.name.length);
    return found.slice(0, limit).map((f) => f.node);
  }

  private rebuild(): void {
    const live = this.nodes.filter((n): n is NodeRecord => n !== undefined);
    this.clear();
    for (const node of live) this.add(node);
  }
}
