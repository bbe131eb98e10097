/**
 * Reading a document off the event loop. On a national graph (150,000 nodes) parsing a PDF and
 * reading its text against every node's names takes seconds of CPU, which on the main thread
 * would hold every other request. The thread keeps the nodes one viewer sees at one revision and
 * gets them again, in parts, after a write or for another clearance. Ties already in the graph
 * are looked up only around the nodes the document mentions: a first reading names them, and a
 * second leaves out what exists (both readings run on the thread).
 */
import { RateLimitedError, ValidationError } from '../../domain/errors.js';
import { relationshipId } from '../../domain/records.js';
import type { GraphReader } from '../../store/port.js';
import { TaskThread } from '../../workers/task-thread.js';
import type { DocumentFormat, StructuredDocument } from '../document.js';
import type { ReadingResult } from '../proposals.js';
import type { ParseAnswer, ReadingAnswer, ReadingTask } from './protocol.js';
import { yieldToLoop } from '../../scheduling/time-slices.js';

/** Nodes per message: cloning one part holds the event loop for tens of milliseconds at most. */
const PART = 5_000;

export class ReadingThread {
  private readonly thread: TaskThread<ReadingTask, ReadingAnswer>;
  /** What the thread holds: the key, and the thread it was sent to (a restarted thread holds nothing). */
  private held: { key: string; generation: number } | undefined;
  /** One reading at a time: the nodes of two viewers must not be sent interleaved. */
  private queue: Promise<unknown> = Promise.resolve();
  private readingNow = 0;

  constructor(timeoutMs = 120_000) {
    this.thread = new TaskThread({
      boot: new URL('./boot.mjs', import.meta.url),
      name: 'the document reader',
      maxQueued: 8,
      timeoutMs,
      busy: () => new RateLimitedError('Too many documents are being read at once; try again shortly', 10),
    });
  }

  async parse(data: Uint8Array, format: DocumentFormat, title: string): Promise<StructuredDocument> {
    const answer = (await this.thread.run({ kind: 'parse', data, format, title })) as ParseAnswer;
    if ('invalid' in answer) throw new ValidationError(answer.invalid, answer.field);
    return answer.doc;
  }

  /** Reads the document against the graph as `graph` shows it; `key` names that view (revision and clearance). */
  read(graph: GraphReader, key: string, doc: StructuredDocument): Promise<ReadingResult> {
    const run = this.queue.then(async () => {
      const read = async (existing: string[]) => {
        await this.hold(graph, key);
        this.readingNow += 1;
        try {
          return (await this.thread.run({ kind: 'read', key, doc, existing })) as ReadingResult;
        } finally {
          this.readingNow -= 1;
        }
      };
      const first = await read([]);
      const ends = [...new Set(first.ties.flatMap((t) => [t.start.id, t.end.id]))];
      if (!ends.length) return first;
      const existing = new Set((await graph.relationshipsOf(ends)).flat().map((r) => r.id));
      const known = (t: ReadingResult['ties'][number]) =>
        existing.has(relationshipId({ type: t.type, start: t.start.id, end: t.end.id }));
      return first.ties.some(known) ? read([...existing]) : first;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Documents being read against the graph on the thread right now (parsing and sending nodes aside). */
  get reading(): number {
    return this.readingNow;
  }

  close(): Promise<void> {
    this.held = undefined;
    return this.thread.close();
  }

  private async hold(graph: GraphReader, key: string): Promise<void> {
    if (this.held?.key === key && this.held.generation === this.thread.threadGeneration) return;
    this.held = undefined;
    const { nodes } = await graph.readGraph({ relationshipTypes: [] });
    for (let i = 0; i === 0 || i < nodes.length; i += PART) {
      await this.thread.run({ kind: 'hold', key, nodes: nodes.slice(i, i + PART), first: i === 0 });
      await yieldToLoop();
    }
    // The generation is read after the parts went: had the thread restarted midway, the next read sends them again.
    this.held = { key, generation: this.thread.threadGeneration };
  }
}

let shared: ReadingThread | undefined;

/** The process's document reader (one worker thread, started on first use). */
export function readingThread(): ReadingThread {
  return (shared ??= new ReadingThread());
}
