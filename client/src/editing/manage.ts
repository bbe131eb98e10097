/** Deleting and merging, the pure parts: what a merge moves to the survivor, and a refusal in words. */
import type { EditableNodeQuery } from '../__generated__/graphql.js';
import type { FieldProblem } from '../api/client.js';

type EditableNode = NonNullable<EditableNodeQuery['node']>;

export interface TieSummary {
  id: string;
  type: string;
  /** The name of the tie's other end. */
  other: string;
}

export interface MergePreview {
  /** Names of the duplicate the survivor does not have yet, kept as aliases. */
  aliases: string[];
  /** Citations the survivor gains. */
  sources: number;
  /** Fields the survivor lacks and takes from the duplicate. */
  fields: string[];
  ties: TieSummary[];
}

const FILLABLE = ['acronym', 'nameLocal', 'countryCode', 'sector', 'description'] as const;

export function mergePreview(survivor: EditableNode, duplicate: EditableNode, ties: TieSummary[]): MergePreview {
  const known = new Set([survivor.name, ...survivor.aliases].map((s) => s.toLowerCase()));
  if (survivor.__typename === 'Organization' && survivor.acronym) known.add(survivor.acronym.toLowerCase());
  const names = [
    duplicate.name,
    ...(duplicate.__typename === 'Organization' && duplicate.acronym ? [duplicate.acronym] : []),
    ...duplicate.aliases,
  ];
  const aliases = [...new Set(names)].filter((n) => !known.has(n.toLowerCase()));
  const cite = (c: { source: { id: string }; locator: string }) => `${c.source.id}|${c.locator}`;
  const have = new Set(survivor.sources.map(cite));
  const sources = duplicate.sources.filter((c) => !have.has(cite(c))).length;
  const fields: string[] = [];
  if (survivor.__typename === 'Organization' && duplicate.__typename === 'Organization')
    for (const f of FILLABLE) if (!survivor[f] && duplicate[f]) fields.push(f);
  return { aliases, sources, fields, ties };
}

/** A refused deletion in words: IN_USE says who still uses the record. */
export function refusalWords(problems: readonly FieldProblem[]): string | null {
  const inUse = problems.filter((p) => p.code === 'IN_USE');
  if (!inUse.length) return null;
  return `It cannot be deleted while it is in use: ${inUse.map((p) => p.message).join('; ')}.`;
}
