/**
 * Runs a write plan (write-plan.ts) inside the caller's transaction, in the port's order, checking
 * as it goes what the store must check to stay consistent: every deletion found something, every
 * tie's ends exist. A check that fails throws, which rolls the whole transaction back, so a batch
 * applies whole or not at all.
 */
import { NotFoundError } from '../../domain/errors.js';
import { DELETE_NODES, DELETE_RELATIONSHIPS, MISSING_NODES, UPSERT_NODES, UPSERT_RELATIONSHIPS } from './queries.js';
import type { QueryRunner } from './transactions.js';
import { toText } from './values.js';
import { chunks, type WritePlan } from './write-plan.js';

export async function applyPlan(tx: QueryRunner, plan: WritePlan): Promise<void> {
  const deletedRels = new Set<string>();
  for (const group of plan.deleteRelationships) {
    for (const rows of chunks(group.rows)) {
      const found = await tx.run(DELETE_RELATIONSHIPS[group.type], { rows });
      for (const row of found) deletedRels.add(toText(row.get('id'), 'id'));
    }
  }
  const missingRel = plan.deleteRelationshipIds.find((id) => !deletedRels.has(id));
  if (missingRel !== undefined) {
    throw new NotFoundError(`no relationship has the id '${missingRel}'`, 'deleteRelationships');
  }

  const deletedNodes = new Set<string>();
  for (const ids of chunks(plan.deleteNodeIds)) {
    for (const row of await tx.run(DELETE_NODES, { ids })) deletedNodes.add(toText(row.get('id'), 'id'));
  }
  const missingNode = plan.deleteNodeIds.find((id) => !deletedNodes.has(id));
  if (missingNode !== undefined) throw new NotFoundError(`no node has the id '${missingNode}'`, 'deleteNodes');

  for (const run of plan.upsertNodes) {
    for (const rows of chunks(run.rows)) await tx.run(UPSERT_NODES[run.kind], { rows });
  }

  if (plan.relationshipEnds.length === 0) return;
  const missing = new Set<string>();
  const ends = [...new Set(plan.relationshipEnds.flatMap((r) => [r.start, r.end]))];
  for (const ids of chunks(ends)) {
    for (const row of await tx.run(MISSING_NODES, { ids })) missing.add(toText(row.get('id'), 'id'));
  }
  for (const rel of plan.relationshipEnds) {
    for (const end of [rel.start, rel.end]) {
      if (missing.has(end)) {
        throw new NotFoundError(`relationship ${rel.id} refers to a missing node '${end}'`, 'upsertRelationships');
      }
    }
  }
  for (const run of plan.upsertRelationships) {
    for (const rows of chunks(run.rows)) await tx.run(UPSERT_RELATIONSHIPS[run.type], { rows });
  }
}
