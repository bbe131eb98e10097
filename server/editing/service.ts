/**
 * The write service: the one place edits are checked and turned into store writes. Each
 * operation runs as one store edit (GraphStore.edit): it reads through the edit's view, applies
 * the record schemas (domain/records.ts) and integrity rules (domain/integrity.ts), checks the
 * version the caller edited, and hands the store one batch with its audit entry, so an operation
 * applies whole or not at all and is recorded with who, when, what and why.
 *
 * Errors: ValidationError (BAD_USER_INPUT, one problem per field with a code), NotFoundError (an
 * unknown id, or one the viewer may not see: the view hides it), ConflictError (a stale version).
 */
import type { AuditEntry, EditActionValue } from '../domain/audit.js';
import { NotFoundError, type FieldProblem } from '../domain/errors.js';
import type { IntegrityIssue } from '../domain/integrity.js';
import { longText, type NodeRecord, type OrganizationRecord, type RelationshipRecord } from '../domain/records.js';
import type { GraphStore, NodeKindValue } from '../store/port.js';
import { ChangeSet } from './change-set.js';
import { mergeInto } from './merge.js';
import { onePerField, refuse } from './problems.js';
import {
  KIND_WORDS,
  labelOf,
  parseNode,
  parseRelationship,
  patched,
  slugify,
  withoutNulls,
  type Input,
} from './records.js';
import { syncBasedIn } from './based-in.js';
import { needsOpaqueId, OPAQUE_CASE_ID, OPAQUE_ID_REQUIRED, opaqueCaseId } from './opaque-ids.js';

/** Who is editing; issue 8 (accounts) fills it from the signed-in user. */
export interface Editor {
  actor: string;
}

export interface Deleted {
  id: string;
  removedRelationships: string[];
  entry: AuditEntry;
}

export interface Built<T> {
  value: T;
  summary: string;
  /** Write nothing after all (a dry run, or an import with rejected rows). */
  discard?: boolean;
}

const MAX_COMMENT = 2000;

export class EditingService {
  constructor(
    private readonly store: GraphStore,
    private readonly editor: Editor,
  ) {}

  /** Runs one operation as one store edit; answers its value and the audit entry written. */
  async run<T>(
    action: EditActionValue,
    comment: string | null | undefined,
    build: (cs: ChangeSet) => Promise<Built<T>>,
  ): Promise<{ value: T; entry: AuditEntry | undefined }> {
    const why = checkedComment(comment);
    const outcome = await this.store.edit(async (view) => {
      const cs = new ChangeSet(view);
      const built = await build(cs);
      return {
        batch: built.discard ? {} : cs.batch(),
        audit: {
          actor: this.editor.actor,
          action,
          ...(why ? { comment: why } : {}),
          summary: built.summary,
          changes: await cs.recordChanges(),
        },
        result: built.value,
      };
    });
    return { value: outcome.result, entry: outcome.entry };
  }

  async createNode(kind: NodeKindValue, input: Input, comment?: string | null): Promise<NodeRecord> {
    const { value } = await this.run('CREATE_NODE', comment, async (cs) => {
      const raw = withoutNulls(input);
      const problems: FieldProblem[] = [];
      if (needsOpaqueId(kind, raw)) {
        if (raw.id === undefined) raw.id = opaqueCaseId();
        else if (typeof raw.id !== 'string' || !OPAQUE_CASE_ID.test(raw.id)) {
          refuse([{ field: 'id', code: 'NOT_ALLOWED', message: OPAQUE_ID_REQUIRED }]);
        }
      }
      if (raw.id === undefined) raw.id = await freshId(cs, kind, String(raw.name ?? ''));
      if (kind === 'SOURCE' && raw.sources === undefined) raw.sources = [{ source: raw.id, locator: 'title page' }];
      const parsed = parseNode(kind, raw);
      if (!parsed.ok) problems.push(...parsed.problems);
      if (typeof raw.id === 'string' && (await cs.view.takenIds([raw.id])).has(raw.id)) {
        problems.push({ field: 'id', code: 'DUPLICATE_ID', message: `the id '${raw.id}' is already taken` });
      }
      refuse(problems);
      const node = (parsed as { record: NodeRecord }).record;
      await cs.putNode(node);
      if (node.nodeKind === 'ORGANIZATION') await syncBasedIn(cs, node.id);
      await checkIntegrity(cs, node.id);
      return { value: node, summary: `created ${labelOf(node)}` };
    });
    return value;
  }

  async updateNode(
    kind: NodeKindValue,
    id: string,
    expectedVersion: number,
    patch: Input,
    comment?: string | null,
  ): Promise<NodeRecord> {
    const { value } = await this.run('UPDATE_NODE', comment, async (cs) => {
      const before = await existing(cs, kind, id);
      await cs.expectVersion(id, expectedVersion, notFound(kind, id));
      const { id: newId, nodeKind: _k, ...fields } = patch;
      if (newId !== undefined && newId !== id) {
        refuse([{ field: 'id', code: 'NOT_ALLOWED', message: 'an id cannot change: create a new record instead' }]);
      }
      const parsed = parseNode(kind, { ...patched(before, fields), id });
      if (!parsed.ok) refuse(parsed.problems);
      const node = (parsed as { record: NodeRecord }).record;
      await cs.putNode(node);
      if (node.nodeKind === 'ORGANIZATION') await syncBasedIn(cs, id);
      await checkIntegrity(cs, id);
      return { value: node, summary: `updated ${labelOf(node)}` };
    });
    return value;
  }

  async deleteNode(
    kind: NodeKindValue,
    id: string,
    expectedVersion: number,
    comment?: string | null,
  ): Promise<Deleted> {
    const { value, entry } = await this.run('DELETE_NODE', comment, async (cs) => {
      const before = await existing(cs, kind, id);
      await cs.expectVersion(id, expectedVersion, notFound(kind, id));
      const ties = await cs.removeNode(id);
      await checkIntegrity(cs, id);
      const tail = ties.length ? ` and its ${ties.length} tie(s)` : '';
      return { value: ties.map((t) => t.id), summary: `deleted ${labelOf(before)}${tail}` };
    });
    return { id, removedRelationships: value, entry: entry! };
  }

  async createRelationship(input: Input, comment?: string | null): Promise<RelationshipRecord> {
    const { value } = await this.run('CREATE_RELATIONSHIP', comment, async (cs) => {
      const rel = await newTie(cs, withoutNulls(input));
      return { value: rel, summary: `created tie ${labelOf(rel)}` };
    });
    return value;
  }

  async updateRelationship(
    id: string,
    expectedVersion: number,
    patch: Input,
    comment?: string | null,
  ): Promise<RelationshipRecord> {
    const { value } = await this.run('UPDATE_RELATIONSHIP', comment, async (cs) => {
      const before = await cs.relationship(id);
      if (!before) throw new NotFoundError(`no relationship has the id '${id}'`, 'id');
      await cs.expectVersion(id, expectedVersion, `no relationship has the id '${id}'`);
      const { type, start, end, role, from, until, sources } = patch;
      const fixed = { type, start, end };
      const moved = Object.entries(fixed).filter(([k, v]) => v !== undefined && v !== before[k as keyof typeof fixed]);
      refuse(
        moved.map(([k]) => ({
          field: k,
          code: 'NOT_ALLOWED',
          message: 'a tie cannot change its type or ends: delete it and create another',
        })),
      );
      if (before.type === 'BASED_IN') {
        refuse([
          {
            field: 'type',
            code: 'NOT_ALLOWED',
            message: "BASED_IN ties follow the organisation's countryCode and sources: edit the organisation instead",
          },
        ]);
      }
      const parsed = parseRelationship(patched(before, { role, from, until, sources }));
      if (!parsed.ok) refuse(parsed.problems);
      const rel = (parsed as { record: RelationshipRecord }).record;
      await cs.putRelationship(rel);
      await checkIntegrity(cs, id);
      return { value: rel, summary: `updated tie ${labelOf(rel)}` };
    });
    return value;
  }

  async deleteRelationship(id: string, expectedVersion: number, comment?: string | null): Promise<Deleted> {
    const { entry } = await this.run('DELETE_RELATIONSHIP', comment, async (cs) => {
      const before = await cs.relationship(id);
      if (!before) throw new NotFoundError(`no relationship has the id '${id}'`, 'id');
      await cs.expectVersion(id, expectedVersion, `no relationship has the id '${id}'`);
      if (before.type === 'BASED_IN') {
        refuse([
          {
            field: 'type',
            code: 'NOT_ALLOWED',
            message: "BASED_IN ties follow the organisation's countryCode: clear or change countryCode instead",
          },
        ]);
      }
      await cs.removeRelationship(id);
      return { value: undefined, summary: `deleted tie ${labelOf(before)}` };
    });
    return { id, removedRelationships: [], entry: entry! };
  }

  async mergeOrganizations(
    args: { survivor: string; duplicate: string; survivorVersion?: number | null; duplicateVersion?: number | null },
    comment?: string | null,
  ): Promise<OrganizationRecord> {
    const { value } = await this.run('MERGE_ORGANIZATIONS', comment, async (cs) => {
      const merged = await mergeInto(cs, args);
      await checkIntegrity(cs, merged.survivor.id);
      return {
        value: merged.survivor,
        summary: `merged organization '${merged.duplicate.name}' (${merged.duplicate.id}) into '${merged.survivor.name}' (${merged.survivor.id})`,
      };
    });
    return value;
  }

  /** A meeting and its participants (and the agreements it was held under), in one edit. */
  async recordMeeting(
    input: { meeting: Input; participants: Input[]; under?: string[] | null },
    comment?: string | null,
  ): Promise<NodeRecord> {
    const { value } = await this.run('RECORD_MEETING', comment, async (cs) => {
      const raw = withoutNulls(input.meeting);
      const problems: FieldProblem[] = [];
      if (raw.id === undefined) raw.id = await freshId(cs, 'MEETING', String(raw.name ?? ''));
      const parsed = parseNode('MEETING', raw, 'meeting');
      if (!parsed.ok) problems.push(...parsed.problems);
      if (typeof raw.id === 'string' && (await cs.view.takenIds([raw.id])).has(raw.id)) {
        problems.push({ field: 'meeting.id', code: 'DUPLICATE_ID', message: `the id '${raw.id}' is already taken` });
      }
      if (!input.participants.length) {
        problems.push({ field: 'participants', code: 'REQUIRED', message: 'at least one participant is required' });
      }
      refuse(problems);
      const meeting = (parsed as { record: NodeRecord }).record;
      await cs.putNode(meeting);
      const ties: { rel: Input; prefix: string }[] = [
        ...input.participants.map((p, i) => {
          const participant = withoutNulls(p);
          return {
            prefix: `participants.${i}`,
            rel: {
              type: 'PARTICIPATED_IN',
              start: participant.organization,
              end: meeting.id,
              role: participant.role,
              sources: participant.sources ?? meeting.sources,
            },
          };
        }),
        ...(input.under ?? []).map((agreement, i) => ({
          prefix: `under.${i}`,
          rel: { type: 'UNDER', start: meeting.id, end: agreement, sources: meeting.sources },
        })),
      ];
      const tieProblems: FieldProblem[] = [];
      const seen = new Set<string>();
      for (const { rel, prefix } of ties) {
        const parsedTie = parseRelationship(withoutNulls(rel), prefix);
        if (!parsedTie.ok) {
          tieProblems.push(...parsedTie.problems);
          continue;
        }
        if (seen.has(parsedTie.record.id)) {
          tieProblems.push({ field: prefix, code: 'DUPLICATE_ID', message: 'named twice' });
          continue;
        }
        seen.add(parsedTie.record.id);
        await cs.putRelationship(parsedTie.record);
      }
      refuse(tieProblems.map((p) => ({ ...p, field: p.field.replace(/\.start$/, '.organization') })));
      const where = new Map(ties.map((t) => [`${t.rel.type}:${String(t.rel.start)}:${String(t.rel.end)}`, t.prefix]));
      await checkIntegrity(cs, meeting.id, (issue) => {
        const prefix = where.get(issue.id);
        if (!prefix) return issue.id === meeting.id ? `meeting.${issue.field}` : issue.field;
        const field = issue.field === 'start' ? 'organization' : issue.field === 'end' ? '' : issue.field;
        return field ? `${prefix}.${field}` : prefix;
      });
      return {
        value: meeting,
        summary: `recorded ${labelOf(meeting)} with ${input.participants.length} participant(s)`,
      };
    });
    return value;
  }
}

/** A tie from input, checked and added to the change. */
async function newTie(cs: ChangeSet, raw: Input, prefix = ''): Promise<RelationshipRecord> {
  const parsed = parseRelationship(raw, prefix);
  if (!parsed.ok) refuse(parsed.problems);
  const rel = (parsed as { record: RelationshipRecord }).record;
  if (rel.type === 'BASED_IN') {
    refuse([
      {
        field: join(prefix, 'type'),
        code: 'NOT_ALLOWED',
        message: "BASED_IN ties follow the organisation's countryCode: set countryCode instead",
      },
    ]);
  }
  if (await cs.relationship(rel.id)) {
    refuse([
      {
        field: join(prefix, 'id'),
        code: 'DUPLICATE_ID',
        message: `${rel.start} already has a ${rel.type} tie to ${rel.end}: update that one instead`,
      },
    ]);
  }
  await cs.putRelationship(rel);
  await checkIntegrity(cs, rel.id, (issue) => join(prefix, issue.field));
  return rel;
}

function join(prefix: string, field: string): string {
  return prefix ? `${prefix}.${field}` : field;
}

/**
 * Refuses the change when the state it leaves breaks an integrity rule. Problems of the record
 * being edited name its fields; problems of other records it touches are prefixed with their id.
 */
export async function checkIntegrity(
  cs: ChangeSet,
  principal: string,
  fieldOf: (issue: IntegrityIssue) => string = (issue) =>
    issue.id === principal ? issue.field : `${issue.id}.${issue.field}`,
): Promise<void> {
  const issues = await cs.integrityIssues();
  refuse(onePerField(issues.map((i) => ({ field: fieldOf(i), code: i.code, message: i.message }))));
}

function notFound(kind: NodeKindValue, id: string): string {
  return `no ${KIND_WORDS[kind]} has the id '${id}'`;
}

/** The node being edited, of the kind the operation edits; NOT_FOUND otherwise. */
async function existing(cs: ChangeSet, kind: NodeKindValue, id: string): Promise<NodeRecord> {
  const node = await cs.node(id);
  if (!node || node.nodeKind !== kind) throw new NotFoundError(notFound(kind, id), 'id');
  return node;
}

/** A free id made from the name: the slug, or the slug with -2, -3… */
export async function freshId(cs: ChangeSet, kind: NodeKindValue, name: string): Promise<string> {
  const base = slugify(name) || KIND_WORDS[kind].replace(' ', '-');
  for (let n = 1; ; n += 10) {
    const candidates = Array.from({ length: 10 }, (_, i) => (n + i === 1 ? base : `${base}-${n + i}`));
    const taken = await cs.view.takenIds(candidates);
    const free = candidates.find((c) => !taken.has(c) && !cs.claims(c));
    if (free) {
      cs.claim(free);
      return free;
    }
  }
}

function checkedComment(comment: string | null | undefined): string | undefined {
  const text = comment?.trim();
  if (!text) return undefined;
  const checked = longText(MAX_COMMENT).safeParse(text);
  if (!checked.success) {
    refuse([{ field: 'comment', code: 'INVALID_VALUE', message: checked.error.issues[0]!.message }]);
  }
  return text;
}
