/**
 * Merging two records of the same organisation. The duplicate's ties move to the survivor; a tie
 * the survivor already has is merged (sources united, the survivor's role kept unless it has
 * none, dates widened to cover both); a tie between the two is dropped (it would join the
 * survivor to itself). The duplicate's name, acronym, local name and aliases become aliases of
 * the survivor, its sources are added, fields the survivor lacks are taken from it, and the
 * duplicate is deleted. BASED_IN follows the survivor's country code afterwards.
 */
import { NotFoundError } from '../domain/errors.js';
import { earlierOf, laterOf } from '../domain/partial-date.js';
import {
  organizationSchema,
  relationshipSchema,
  type CitationRecord,
  type OrganizationRecord,
  type RelationshipRecord,
} from '../domain/records.js';
import { syncBasedIn } from './based-in.js';
import type { ChangeSet } from './change-set.js';
import { refuse } from './problems.js';

export interface MergeArgs {
  survivor: string;
  duplicate: string;
  survivorVersion?: number | null;
  duplicateVersion?: number | null;
}

export async function mergeInto(
  cs: ChangeSet,
  args: MergeArgs,
): Promise<{ survivor: OrganizationRecord; duplicate: OrganizationRecord }> {
  if (args.survivor === args.duplicate) {
    refuse([{ field: 'duplicate', code: 'NOT_ALLOWED', message: 'an organisation cannot be merged with itself' }]);
  }
  const survivor = await organization(cs, args.survivor, 'survivor');
  const duplicate = await organization(cs, args.duplicate, 'duplicate');
  const notFound = (id: string) => `no organization has the id '${id}'`;
  if (args.survivorVersion != null) await cs.expectVersion(survivor.id, args.survivorVersion, notFound(survivor.id));
  if (args.duplicateVersion != null)
    await cs.expectVersion(duplicate.id, args.duplicateVersion, notFound(duplicate.id));

  for (const tie of await cs.tiesOf(duplicate.id)) {
    await cs.removeRelationship(tie.id);
    if (tie.type === 'BASED_IN' && tie.start === duplicate.id) continue;
    const start = tie.start === duplicate.id ? survivor.id : tie.start;
    const end = tie.end === duplicate.id ? survivor.id : tie.end;
    if (start === end) continue;
    const moved = relationshipSchema.parse({ ...withoutId(tie), start, end });
    const present = await cs.relationship(moved.id);
    await cs.putRelationship(present ? mergeTies(present, moved) : moved);
  }

  const merged = organizationSchema.parse(mergedRecord(survivor, duplicate));
  await cs.putNode(merged);
  await cs.removeNode(duplicate.id);
  await syncBasedIn(cs, survivor.id);
  return { survivor: merged, duplicate };
}

async function organization(cs: ChangeSet, id: string, field: string): Promise<OrganizationRecord> {
  const node = await cs.node(id);
  if (node?.nodeKind !== 'ORGANIZATION') throw new NotFoundError(`no organization has the id '${id}'`, field);
  return node;
}

function withoutId(rel: RelationshipRecord): Omit<RelationshipRecord, 'id'> {
  const { id: _id, ...rest } = rel;
  return rest;
}

/** The survivor with the duplicate's names as aliases, its sources, and the fields it lacked. */
export function mergedRecord(survivor: OrganizationRecord, duplicate: OrganizationRecord): OrganizationRecord {
  const filled: OrganizationRecord = { ...survivor };
  for (const key of ['acronym', 'nameLocal', 'countryCode', 'sector', 'description'] as const) {
    if (filled[key] === undefined && duplicate[key] !== undefined)
      (filled as Record<string, unknown>)[key] = duplicate[key];
  }
  const taken = new Set(
    [filled.name, filled.acronym, filled.nameLocal].filter((n): n is string => n !== undefined).map(key),
  );
  const aliases: string[] = [];
  for (const alias of [
    ...survivor.aliases,
    duplicate.name,
    duplicate.acronym,
    duplicate.nameLocal,
    ...duplicate.aliases,
  ]) {
    if (!alias || taken.has(key(alias))) continue;
    taken.add(key(alias));
    aliases.push(alias);
  }
  return { ...filled, aliases, sources: unitedSources(survivor.sources, duplicate.sources) };
}

/** Two records of the same tie as one: sources united, the first one's role kept, dates widened. */
export function mergeTies(kept: RelationshipRecord, other: RelationshipRecord): RelationshipRecord {
  const role = kept.role ?? other.role;
  const from = earlierOf(kept.from, other.from);
  const until = laterOf(kept.until, other.until);
  return relationshipSchema.parse({
    ...withoutId(kept),
    ...(role ? { role } : {}),
    ...(from ? { from } : {}),
    ...(until ? { until } : {}),
    sources: unitedSources(kept.sources, other.sources),
  });
}

/** Citations of both lists, once each (by source and locator), in order. */
export function unitedSources(a: readonly CitationRecord[], b: readonly CitationRecord[]): CitationRecord[] {
  const seen = new Set<string>();
  const out: CitationRecord[] = [];
  for (const c of [...a, ...b]) {
    const k = `${c.source}\u0000${c.locator.trim().toLowerCase()}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

function key(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}
