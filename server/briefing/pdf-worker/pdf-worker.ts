/** The PDF renderer's thread: takes a composed brief, answers its PDF bytes. */
import type { BriefData } from '../brief-data.js';
import { briefPdf } from '../render-pdf.js';
import { serveTasks } from '../../workers/serve-tasks.js';

serveTasks(async (brief: BriefData) => {
  const bytes = await briefPdf(brief);
  return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
});
