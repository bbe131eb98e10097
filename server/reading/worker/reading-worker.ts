/**
 * The reading thread: parses documents and reads them against the graph's nodes, which it holds
 * for one viewer and revision at a time (sent in parts, so the sender never stops for long).
 */
import { ValidationError } from '../../domain/errors.js';
import type { NodeRecord } from '../../domain/records.js';
import { serveTasks } from '../../workers/serve-tasks.js';
import { readDocument } from '../formats/index.js';
import { readAgainstGraph } from '../ingest.js';
import type { ParseAnswer, ReadingAnswer, ReadingTask } from './protocol.js';

let held: { key: string; nodes: NodeRecord[] } | undefined;

serveTasks<ReadingTask, ReadingAnswer>(async (task) => {
  switch (task.kind) {
    case 'parse':
      try {
        return { value: { doc: await readDocument(task.data, task.format, task.title) } };
      } catch (e) {
        const invalid: ParseAnswer =
          e instanceof ValidationError
            ? { invalid: e.message, field: e.field ?? 'content' }
            : { invalid: `the ${task.format} file could not be read`, field: 'content' };
        return { value: invalid };
      }
    case 'hold':
      if (task.first) held = { key: task.key, nodes: [] };
      // A part after the first for other nodes than those held: this thread started midway.
      else if (held?.key !== task.key) throw new Error('the reading thread restarted while nodes were sent');
      for (const node of task.nodes) held!.nodes.push(node);
      return { value: { held: held!.nodes.length } };
    case 'read':
      // The caller sends the nodes again when they are not the ones asked for (a new thread, a write).
      if (held?.key !== task.key) throw new Error(`the reading thread does not hold ${task.key}`);
      return { value: readAgainstGraph(task.doc, held.nodes, new Set(task.existing)) };
  }
});
