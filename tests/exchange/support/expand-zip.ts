/**
 * Child process for the zip-bomb test: reads the rows of one zip file (argv[2]) and prints, as
 * JSON, the error it got, the milliseconds it took and how far the resident set grew at its peak,
 * measured apart from the test runner's own memory.
 */
import { readFileSync } from 'node:fs';
import { rowsOf } from '../../../server/exchange/read-files.js';
import { ValidationError } from '../../../server/domain/errors.js';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const before = process.resourceUsage().maxRSS;
const started = performance.now();
let error: { message: string; problems: unknown } | null = null;
let rows = 0;
try {
  rows = rowsOf('CSV', [{ name: 'bomb.zip', content: bytes }]).length;
} catch (e) {
  error =
    e instanceof ValidationError ? { message: e.message, problems: e.problems } : { message: String(e), problems: [] };
}
const ms = performance.now() - started;
const growthBytes = (process.resourceUsage().maxRSS - before) * 1024;
process.stdout.write(JSON.stringify({ rows, error, ms, growthBytes }));
