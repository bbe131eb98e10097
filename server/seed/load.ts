/**
 * Reads the seed directory, validates every record and tie, and flattens the files into the node
 * and relationship records the stores take. Every problem is reported at once, each naming the
 * file, line, record and field, so an editor can fix a seed file in one pass.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { nodeIssues, relationshipIssues } from '../domain/integrity.js';
import { nodeSchema, relationshipSchema, type NodeRecord, type RelationshipRecord } from '../domain/records.js';
import { SEED_FILE_NAMES, seedFiles, type SeedFileName, type SeedRecord } from './format.js';

export interface Dataset {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

export interface SeedProblem {
  file: string;
  line?: number;
  record?: string;
  field?: string;
  message: string;
}

export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed data has ${problems.length} problem(s):\n` +
        problems
          .map(
            (p) =>
              `  ${p.file}${p.line ? `:${p.line}` : ''}` +
              `${p.record ? ` record '${p.record}'` : ''}${p.field ? ` field '${p.field}'` : ''}: ${p.message}`,
          )
          .join('\n'),
    );
    this.name = 'SeedError';
  }
}

/** The seed directory shipped with the project. */
export const DEFAULT_SEED_DIR = path.resolve(import.meta.dirname, '../../seed');

interface Located {
  file: SeedFileName;
  line: number;
  /** The seed record the node or tie is written in. */
  record: string;
}

/**
 * The seed, with each source document's text attached from `sourceTextDir` (a file named
 * <documentId>.txt) when it is given. The repository does not copy the documents: by default the
 * folder comes from SOURCE_TEXT_DIR, so the server, the seed command and the tests' fixtures all
 * pick it up; without it the sources carry no text and citations still show their quotes.
 */
export async function loadSeed(
  dir: string = DEFAULT_SEED_DIR,
  sourceTextDir: string | undefined = process.env.SOURCE_TEXT_DIR || undefined,
): Promise<Dataset> {
  const problems: SeedProblem[] = [];
  const nodes: NodeRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  const where = new Map<string, Located>();

  const flatten = new Flattener(nodes, relationships, where, problems);
  for (const file of SEED_FILE_NAMES) {
    const text = await readFile(path.join(dir, file), 'utf8').catch((e: NodeJS.ErrnoException) => {
      problems.push({ file, message: e.code === 'ENOENT' ? 'file is missing' : e.message });
      return undefined;
    });
    if (text === undefined) continue;
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push({ file, line: e.linePos?.[0].line, message: e.message });
      continue;
    }
    if (!isSeq(doc.contents)) {
      problems.push({ file, message: 'must be a YAML list of records' });
      continue;
    }
    doc.contents.items.forEach((item, index) => {
      const line = lines.linePos((item as YamlNode).range?.[0] ?? 0).line;
      const raw: unknown = (item as YamlNode).toJSON();
      const id = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : `#${index + 1}`;
      const parsed = (seedFiles[file] as z.ZodType).safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ file, line, record: id, field: issue.path.join('.') || undefined, message: issue.message });
        }
        return;
      }
      flatten.add(file, line, parsed.data as SeedRecord<typeof file>);
    });
  }

  checkIntegrity(nodes, relationships, where, problems);
  if (problems.length) throw new SeedError(problems);
  if (sourceTextDir) await attachSourceTexts(nodes, sourceTextDir);
  return { nodes, relationships };
}

class Flattener {
  constructor(
    private nodes: NodeRecord[],
    private relationships: RelationshipRecord[],
    private where: Map<string, Located>,
    private problems: SeedProblem[],
  ) {}

  add<F extends SeedFileName>(file: F, line: number, record: SeedRecord<F>): void {
    const r = record as Record<string, unknown> & { id: string };
    if (this.where.has(r.id)) {
      const first = this.where.get(r.id)!;
      this.problems.push({
        file,
        line,
        record: r.id,
        field: 'id',
        message: `duplicate id: already used at ${first.file}:${first.line}`,
      });
      return;
    }
    this.where.set(r.id, { file, line, record: r.id });
    const { partOf, memberOf, parties, participants, under, agencies, ...fields } = r as Record<string, unknown>;
    const node = nodeSchema.parse({ ...fields, nodeKind: NODE_KIND_OF_FILE[file] });
    this.nodes.push(node);

    type Tie = { role?: string; from?: string; until?: string; sources: unknown[] } & Record<string, unknown>;
    const addTies = (ties: unknown, type: string, field: string, key: string, outward: boolean) => {
      ((ties as Tie[] | undefined) ?? []).forEach((tie, i) => {
        const { [key]: other, ...rest } = tie;
        const parsed = relationshipSchema.safeParse({
          type,
          start: outward ? r.id : other,
          end: outward ? other : r.id,
          ...rest,
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            this.problems.push({
              file,
              line,
              record: r.id,
              field: `${field}.${i}.${issue.path.join('.')}`,
              message: issue.message,
            });
          }
          return;
        }
        if (this.where.has(parsed.data.id)) {
          this.problems.push({
            file,
            line,
            record: r.id,
            field: `${field}.${i}`,
            message: `duplicate tie ${parsed.data.id}`,
          });
          return;
        }
        this.where.set(parsed.data.id, { file, line, record: r.id });
        this.relationships.push(parsed.data);
      });
    };
    addTies(partOf, 'PART_OF', 'partOf', 'org', true);
    addTies(memberOf, 'MEMBER_OF', 'memberOf', 'org', true);
    addTies(parties, 'PARTY_TO', 'parties', 'party', false);
    addTies(participants, 'PARTICIPATED_IN', 'participants', 'org', false);
    addTies(agencies, 'WORKS_ON', 'agencies', 'org', false);
    addTies(under, 'UNDER', 'under', 'agreement', true);
  }
}

const NODE_KIND_OF_FILE: Record<SeedFileName, NodeRecord['nodeKind']> = {
  'sources.yaml': 'SOURCE',
  'countries.yaml': 'COUNTRY',
  'organizations.yaml': 'ORGANIZATION',
  'agreements.yaml': 'AGREEMENT',
  'meetings.yaml': 'MEETING',
  'joint-cases.yaml': 'JOINT_CASE',
};

/** BASED_IN ties come from organisations' country codes, citing the organisation's own sources. */
function basedInTies(nodes: NodeRecord[]): RelationshipRecord[] {
  const countryByCode = new Map(nodes.flatMap((n) => (n.nodeKind === 'COUNTRY' ? [[n.code, n.id] as const] : [])));
  return nodes.flatMap((n) => {
    if (n.nodeKind !== 'ORGANIZATION' || !n.countryCode) return [];
    const country = countryByCode.get(n.countryCode);
    if (!country) return [];
    return [relationshipSchema.parse({ type: 'BASED_IN', start: n.id, end: country, sources: n.sources })];
  });
}

function checkIntegrity(
  nodes: NodeRecord[],
  relationships: RelationshipRecord[],
  where: Map<string, Located>,
  problems: SeedProblem[],
): void {
  relationships.push(...basedInTies(nodes));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const codes = new Set(nodes.flatMap((n) => (n.nodeKind === 'COUNTRY' ? [n.code] : [])));
  for (const issue of [
    ...nodes.flatMap((n) => nodeIssues(n, byId, codes)),
    ...relationships.flatMap((r) => relationshipIssues(r, byId)),
  ]) {
    // BASED_IN ties are derived from the organisation record, so point at that.
    const at = where.get(issue.id) ?? where.get(issue.id.split(':')[1] ?? '');
    problems.push({
      file: at?.file ?? 'seed',
      line: at?.line,
      record: at?.record ?? issue.id,
      field: issue.field,
      message: issue.message,
    });
  }
}

/** A document missing from the folder is left without text: the reader then says it is not loaded. */
async function attachSourceTexts(nodes: NodeRecord[], dir: string): Promise<void> {
  for (const node of nodes) {
    if (node.nodeKind !== 'SOURCE' || node.text !== undefined) continue;
    const file = path.join(dir, `${path.basename(node.documentId)}.txt`);
    const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (text !== undefined) node.text = text;
  }
}
