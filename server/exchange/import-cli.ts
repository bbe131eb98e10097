/**
 * `npm run import -- <file…> [--format csv|json] [--dry-run] [--comment "why"] [--actor name]`
 *
 * Imports CSV (files named by kind, or a .zip of them) or JSON (the export's format) into the
 * configured store. A dry run prints what would happen to each row; without it, every row is
 * written in one atomic write, or none when any row is rejected (exit code 1, rejected rows
 * listed). Progress goes to stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { DomainError, ValidationError } from '../domain/errors.js';
import { EditingService } from '../editing/service.js';
import { CliError, openCliStore } from './cli-store.js';
import { importFiles, type ImportProgress, type ImportReport } from './import-graph.js';
import type { ImportFormat } from './read-files.js';
import { IMPORT_LIMITS, mib } from './import-limits.js';

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

const PHASES: Record<ImportProgress['phase'], string> = {
  read: 'reading',
  check: 'checking rows',
  write: 'writing',
  done: 'done',
};

function progressPrinter(): (p: ImportProgress) => void {
  const tty = process.stderr.isTTY;
  let lastLine = '';
  return (p) => {
    const pct = p.total ? Math.floor((p.done / p.total) * 100) : 100;
    if (tty) {
      const width = 30;
      const filled = Math.round((pct / 100) * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${PHASES[p.phase]} ${p.done}/${p.total}   `,
      );
      if (p.phase === 'done') process.stderr.write('\n');
      return;
    }
    // Not a terminal: a line per phase and per tenth, so logs stay short.
    const line = `${PHASES[p.phase]} ${Math.floor(pct / 10) * 10}%`;
    if (line !== lastLine) process.stderr.write(`${line} (${p.done}/${p.total})\n`);
    lastLine = line;
  };
}

function formatOf(files: string[], given: string | undefined): ImportFormat {
  if (given) {
    const upper = given.toUpperCase();
    if (upper !== 'CSV' && upper !== 'JSON') throw new CliError('--format must be csv or json');
    return upper;
  }
  return files.every((f) => /\.json$/i.test(f)) ? 'JSON' : 'CSV';
}

function print(report: ImportReport): void {
  const { counts } = report;
  const verdict = report.dryRun
    ? 'Dry run: nothing was written.'
    : report.applied
      ? 'Applied: every row was written in one atomic write.'
      : counts.reject
        ? 'Refused: rows were rejected, so nothing was written. Fix them and import again.'
        : 'Nothing to write: every row is unchanged.';
  console.log(
    `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.reject} rejected.`,
  );
  const rejected = report.rows.filter((r) => r.outcome === 'REJECT');
  for (const r of rejected.slice(0, 200)) {
    for (const p of r.problems)
      console.log(`  REJECT ${r.file} row ${r.row}${r.id ? ` (${r.id})` : ''}: ${p.field}: ${p.message}`);
  }
  if (rejected.length > 200) console.log(`  … and ${rejected.length - 200} more rejected rows`);
  if (report.dryRun) {
    for (const r of report.rows.filter((x) => x.outcome === 'CREATE' || x.outcome === 'UPDATE').slice(0, 50)) {
      console.log(`  ${r.outcome} ${r.file} row ${r.row}${r.id ? ` (${r.id})` : ''}`);
    }
  }
  console.log(verdict);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      comment: { type: 'string' },
      actor: { type: 'string' },
      clearance: { type: 'string' },
    },
  });
  if (!positionals.length) throw new CliError('usage: npm run import -- <file…> [--format csv|json] [--dry-run]');
  const format = formatOf(positionals, values.format);
  const files = positionals.map((file) => {
    // Checked before reading, so an oversized file is refused without being loaded.
    const size = sizeOf(file);
    if (size > IMPORT_LIMITS.maxTextChars) {
      throw new CliError(
        `${file} is ${mib(size)}, over the ${mib(IMPORT_LIMITS.maxTextChars)} cap on one file [import cap maxTextChars]: split it`,
      );
    }
    try {
      const bytes = readFileSync(file);
      return {
        name: path.basename(file),
        content: /\.zip$/i.test(file) ? new Uint8Array(bytes) : bytes.toString('utf8'),
      };
    } catch (e) {
      throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
    }
  });
  const { store, close } = await openCliStore(values.clearance);
  try {
    const actor = values.actor ?? `cli:${process.env.USER ?? 'unknown'}`;
    const started = Date.now();
    const report = await importFiles(new EditingService(store, { actor }), {
      format,
      files,
      dryRun: values['dry-run'],
      comment: values.comment ?? `npm run import ${positionals.map((f) => path.basename(f)).join(' ')}`,
      onProgress: progressPrinter(),
    });
    print(report);
    process.stderr.write(`took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return report.counts.reject ? 1 : 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof ValidationError) console.error(e.problems.map((p) => `${p.field}: ${p.message}`).join('\n'));
    else if (e instanceof CliError || e instanceof ConfigError || e instanceof DomainError) console.error(e.message);
    else console.error(e);
    process.exitCode = 2;
  },
);
