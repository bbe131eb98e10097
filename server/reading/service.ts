/**
 * The review queue: ingest a document (read it against the graph the editor may see and keep
 * the proposals), then decide on each proposal. Accepting writes through the write service
 * (server/editing) as the reviewer, so validation, versions and the audit trail apply; a rejection
 * changes nothing but is recorded in the audit trail too (GraphStore.note); every decision is also
 * kept in the reading's own trail of decisions. Nothing enters the graph
 * without an accept.
 */
import { randomUUID } from 'node:crypto';
import { requireRole, type Viewer } from '../accounts/roles.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { NodeRecord, OrganizationRecord, RelationshipRecord } from '../domain/records.js';
import { SENSITIVITIES } from '../domain/vocabulary.js';
import { EditingService } from '../editing/service.js';
import type { GraphStore } from '../store/port.js';
import { formatOf } from './formats/index.js';
import { API_MAX_DOCUMENT_CHARS } from './ingest.js';
import { readingThread } from './worker/reading-thread.js';
import type { Decision, NodeProposal, ProposalStatus, ReadingRecord, TieProposal } from './records.js';
import type { ReadingStore } from './reading-store.js';

/** Bytes of one document: a bound on parsing time and memory. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
const MAX_COMMENT = 2000;

export interface IngestInput {
  fileName: string;
  data: Uint8Array;
  format?: string | null;
  title?: string | null;
  /** An existing Source node the document is; else one is created from title and publisher. */
  sourceId?: string | null;
  publisher?: string | null;
  publishedOn?: string | null;
  comment?: string | null;
}

export interface TieEdits {
  role?: string | null;
  from?: string | null;
  until?: string | null;
  quote?: string | null;
  locator?: string | null;
}

export class ReadingService {
  private readonly reviewer: string;
  private readonly clearance: string;

  constructor(
    /** The graph as this viewer may see it. */
    private readonly graph: GraphStore,
    private readonly readings: ReadingStore,
    viewer: Viewer,
    /** The longest document (characters of text) this caller may have read. */
    private readonly maxChars: number = API_MAX_DOCUMENT_CHARS,
  ) {
    this.reviewer = requireRole(viewer, 'EDITOR').username;
    this.clearance = viewer.clearance;
  }

  private editing(): EditingService {
    return new EditingService(this.graph, { actor: this.reviewer });
  }

  async list(): Promise<ReadingRecord[]> {
    return (await this.readings.listReadings()).map((r) => parse(r.json));
  }

  async get(id: string): Promise<ReadingRecord> {
    const stored = await this.readings.getReading(id);
    if (!stored) throw new NotFoundError(`no reading has the id '${id}'`, 'reading');
    return parse(stored.json);
  }

  async ingest(input: IngestInput): Promise<ReadingRecord> {
    const problems = [];
    const fileName = input.fileName.trim();
    if (!fileName || fileName.length > 255) {
      problems.push({ field: 'fileName', code: 'INVALID_VALUE', message: 'a file name of 1 to 255 characters' });
    }
    if (!input.data.length) problems.push({ field: 'content', code: 'REQUIRED', message: 'the document is empty' });
    if (input.data.length > MAX_DOCUMENT_BYTES) {
      problems.push({ field: 'content', code: 'INVALID_VALUE', message: `at most ${MAX_DOCUMENT_BYTES} bytes` });
    }
    if (problems.length) throw ValidationError.of(problems);
    const format = formatOf(fileName, input.format);
    const title = input.title?.trim() || fileName.replace(/\.[^.]+$/, '');
    // Parsing and reading run on the reading thread: seconds of CPU on a large graph or PDF.
    const doc = await readingThread().parse(input.data, format, title);
    if (doc.text.length > this.maxChars) {
      throw new ValidationError(
        `the document has over ${this.maxChars} characters of text: use npm run ingest for longer ones`,
        'content',
      );
    }
    if (!doc.text.trim()) throw new ValidationError('the document holds no text', 'content');
    const sourceId = await this.sourceFor(input, doc.title, fileName, doc.text);
    // The view read against: this graph (the viewer's, redacted) at its current revision.
    const view = `${await this.graph.revision()}|${this.clearance}`;
    const result = await readingThread().read(this.graph, view, doc);
    const record: ReadingRecord = {
      id: randomUUID(),
      title: doc.title,
      fileName,
      format,
      sourceId,
      text: doc.text,
      blocks: doc.blocks,
      ...(doc.pageCount !== undefined ? { pageCount: doc.pageCount } : {}),
      sentences: result.sentences,
      ties: result.ties,
      nodes: result.nodes,
      ingestedBy: this.reviewer,
      ingestedAt: new Date().toISOString(),
      version: 1,
    };
    await this.readings.putReading(stored(record), 0);
    return record;
  }

  /** The Source the citations will point at: the one named, or a new one recorded as this editor. */
  private async sourceFor(input: IngestInput, title: string, fileName: string, text: string): Promise<string> {
    if (input.sourceId) {
      const [node] = await this.graph.getNodes([input.sourceId]);
      if (!node || node.nodeKind !== 'SOURCE') {
        throw new NotFoundError(`no source document has the id '${input.sourceId}'`, 'sourceId');
      }
      // The evidence reader (/sources/<id>) shows the text; a Source without one gets this document's.
      if (!node.text) {
        const [version] = await this.graph.versionsOf([node.id]);
        await this.editing().updateNode(
          'SOURCE',
          node.id,
          version ?? 1,
          { text },
          `text of ${fileName}, read for review`,
        );
      }
      return node.id;
    }
    if (!input.publisher?.trim()) {
      throw new ValidationError(
        'name the publisher of a new source document, or choose an existing source',
        'publisher',
      );
    }
    const source = await this.editing().createNode(
      'SOURCE',
      {
        name: title,
        publisher: input.publisher.trim(),
        documentId: fileName,
        text,
        ...(input.publishedOn ? { publishedOn: input.publishedOn } : {}),
      },
      input.comment ?? `ingested ${fileName} for review`,
    );
    return source.id;
  }

  /** Accepts a proposed tie, possibly edited: created through the write service as the reviewer. */
  async acceptTie(readingId: string, proposalId: string, edits: TieEdits, comment?: string | null) {
    const reading = await this.get(readingId);
    const proposal = pending(reading.ties, proposalId);
    const quote = edits.quote?.trim() || proposal.quote;
    if (!reading.text.includes(quote)) {
      throw new ValidationError('the quote must be a passage of the document, word for word', 'edits.quote');
    }
    const locator = edits.locator?.trim() || proposal.locator;
    const rel: RelationshipRecord = await this.editing().createRelationship(
      {
        type: proposal.type,
        start: proposal.start.id,
        end: proposal.end.id,
        role: edits.role === undefined ? proposal.role : edits.role,
        from: edits.from === undefined ? proposal.from : edits.from,
        until: edits.until === undefined ? proposal.until : edits.until,
        sources: [{ source: reading.sourceId, locator, quote }],
      },
      why(comment, `accepted proposal ${proposal.id} from '${reading.title}' (${locator})`),
    );
    await this.decide(readingId, 'ties', proposalId, 'ACCEPTED', { resultId: rel.id, comment });
    return rel;
  }

  /** Accepts a proposed new organisation: created through the write service, citing the passage. */
  async acceptNode(
    readingId: string,
    proposalId: string,
    edits: { name?: string | null; acronym?: string | null; kind?: string | null },
    comment?: string | null,
  ): Promise<NodeRecord> {
    const reading = await this.get(readingId);
    const proposal = pending(reading.nodes, proposalId);
    const node = await this.editing().createNode(
      'ORGANIZATION',
      {
        name: edits.name?.trim() || proposal.name,
        acronym: edits.acronym === undefined ? proposal.acronym : edits.acronym,
        kind: edits.kind ?? proposal.organizationKind,
        sources: [{ source: reading.sourceId, locator: proposal.locator, quote: proposal.quote }],
      },
      why(comment, `accepted new organisation ${proposal.id} from '${reading.title}'`),
    );
    await this.decide(readingId, 'nodes', proposalId, 'ACCEPTED', { resultId: node.id, comment });
    return node;
  }

  /**
   * Merges a proposed organisation into one the graph has: its name and acronym become aliases
   * of the existing one (an update through the write service), citing the passage.
   */
  async mergeNode(readingId: string, proposalId: string, into: string, comment?: string | null): Promise<NodeRecord> {
    const reading = await this.get(readingId);
    const proposal = pending(reading.nodes, proposalId);
    const [target] = await this.graph.getNodes([into]);
    if (!target || target.nodeKind !== 'ORGANIZATION') {
      throw new NotFoundError(`no organization has the id '${into}'`, 'into');
    }
    const [version] = await this.graph.versionsOf([into]);
    const org = target as OrganizationRecord;
    const names = [proposal.name, proposal.acronym].filter(
      (n): n is string => !!n && n !== org.name && n !== org.acronym && !org.aliases.includes(n),
    );
    const node = await this.editing().updateNode(
      'ORGANIZATION',
      into,
      version ?? 1,
      {
        aliases: [...org.aliases, ...names],
        sources: [...org.sources, { source: reading.sourceId, locator: proposal.locator, quote: proposal.quote }],
      },
      why(comment, `merged proposed '${proposal.name}' from '${reading.title}' into ${org.name}`),
    );
    await this.decide(readingId, 'nodes', proposalId, 'MERGED', { resultId: into, comment });
    return node;
  }

  /**
   * Rejects a proposal: the graph is not touched; the decision is kept with who and why, on the
   * reading and in the graph's audit trail (a REVIEW_DECISION entry naming the proposal, the
   * document and the reason, about the proposal's ends and the Source, as sensitive as they are).
   */
  async reject(readingId: string, proposalId: string, comment?: string | null): Promise<void> {
    const reading = await this.get(readingId);
    const list = reading.ties.some((t) => t.id === proposalId) ? 'ties' : 'nodes';
    const proposal = pending<TieProposal | NodeProposal>(reading[list], proposalId);
    const reason = comment?.trim().slice(0, MAX_COMMENT);
    const what =
      'type' in proposal
        ? `tie ${proposal.type} ${proposal.start.name} → ${proposal.end.name}`
        : `new organisation '${proposal.name}'`;
    const ids = 'type' in proposal ? [proposal.start.id, proposal.end.id, reading.sourceId] : [reading.sourceId];
    const nodes = await this.graph.getNodes(ids);
    const level = Math.max(
      0,
      ...nodes.map((n) => (n?.nodeKind === 'JOINT_CASE' ? SENSITIVITIES.indexOf(n.sensitivity) : 0)),
    );
    await this.graph.note({
      actor: this.reviewer,
      action: 'REVIEW_DECISION',
      ...(reason ? { comment: reason } : {}),
      summary: `rejected proposal ${proposal.id} (${what}) from '${reading.title}' (${proposal.locator})`,
      changes: [],
      concerns: { ids: [...new Set(ids)], sensitivity: SENSITIVITIES[level]! },
    });
    await this.decide(readingId, list, proposalId, 'REJECTED', { comment });
  }

  /**
   * Records a decision on the reading, re-reading it if another decision landed meanwhile (a
   * graph write already made must not be lost to a version clash on the reading).
   */
  private async decide(
    readingId: string,
    list: 'ties' | 'nodes',
    proposalId: string,
    status: ProposalStatus,
    extra: { resultId?: string; comment?: string | null },
  ): Promise<void> {
    const decision: Decision = {
      by: this.reviewer,
      at: new Date().toISOString(),
      ...(extra.comment?.trim() ? { comment: extra.comment.trim().slice(0, MAX_COMMENT) } : {}),
      ...(extra.resultId ? { resultId: extra.resultId } : {}),
    };
    for (let attempt = 0; ; attempt++) {
      const reading = await this.get(readingId);
      const items = reading[list] as (TieProposal | NodeProposal)[];
      const item = items.find((p) => p.id === proposalId)!;
      item.status = status;
      item.decision = decision;
      const next = { ...reading, version: reading.version + 1 };
      try {
        await this.readings.putReading(stored(next), reading.version);
        return;
      } catch (e) {
        if (!(e instanceof ConflictError) || attempt >= 4) throw e;
      }
    }
  }
}

function pending<T extends { id: string; status: ProposalStatus }>(items: T[], id: string): T {
  const item = items.find((p) => p.id === id);
  if (!item) throw new NotFoundError(`no proposal has the id '${id}'`, 'proposal');
  if (item.status !== 'PENDING') {
    throw new ConflictError(`the proposal was already ${item.status.toLowerCase()}`, 'proposal');
  }
  return item;
}

function why(comment: string | null | undefined, fallback: string): string {
  const c = comment?.trim();
  return c ? `${c} (${fallback})` : fallback;
}

function stored(record: ReadingRecord) {
  return {
    id: record.id,
    title: record.title,
    json: JSON.stringify(record),
    updatedAt: new Date().toISOString(),
    version: record.version,
  };
}

function parse(json: string): ReadingRecord {
  return JSON.parse(json) as ReadingRecord;
}
