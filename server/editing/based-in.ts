/**
 * BASED_IN ties follow an organisation's countryCode, as the seed derives them (seed/load.ts):
 * one tie to the country with that code, citing the organisation's own sources, and none when it
 * has no code. Edits keep them in step (end and sources) instead of asking editors to maintain
 * both; the API refuses to create, change or delete one directly.
 */
import { relationshipSchema, type OrganizationRecord } from '../domain/records.js';
import { sameRecord, type ChangeSet } from './change-set.js';

export async function syncBasedIn(cs: ChangeSet, orgId: string): Promise<void> {
  const node = await cs.node(orgId);
  const org = node?.nodeKind === 'ORGANIZATION' ? (node as OrganizationRecord) : undefined;
  const target = org?.countryCode ? (await cs.countries()).find((c) => c.code === org.countryCode) : undefined;
  const ties = (await cs.tiesOf(orgId)).filter((r) => r.type === 'BASED_IN' && r.start === orgId);
  for (const tie of ties) if (tie.end !== target?.id) await cs.removeRelationship(tie.id);
  if (org && target) {
    const derived = relationshipSchema.parse({ type: 'BASED_IN', start: org.id, end: target.id, sources: org.sources });
    const present = ties.find((t) => t.end === target.id);
    if (!present || !sameRecord(present, derived)) await cs.putRelationship(derived);
  }
}
