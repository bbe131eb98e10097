/**
 * `npm run export -- --format json|csv|graphml|gexf [--out file] [--ids a,b,c]`
 *
 * Exports the configured store (through the redacting store, at VIEWER_CLEARANCE unless
 * --clearance says otherwise): the whole graph, or the given nodes and the ties among them.
 * Without --out, text formats go to stdout and the CSV zip to its default file name.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { CliError, openCliStore } from './cli-store.js';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from './export-graph.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      ids: { type: 'string' },
      clearance: { type: 'string' },
    },
  });
  const format = values.format!.toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const ids = values.ids
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const { store, close } = await openCliStore(values.clearance);
  try {
    const file = await exportGraph(store, { format, ids });
    const out = values.out ?? (typeof file.content === 'string' ? undefined : file.name);
    if (out === undefined) process.stdout.write(file.content as string);
    else {
      writeFileSync(out, file.content);
      const stats = await store.stats();
      const nodes = Object.values(stats.nodes).reduce((a, b) => a + (b ?? 0), 0);
      process.stderr.write(
        `wrote ${out} (${format}${ids ? `, ${ids.length} node id(s) asked` : `, ${nodes} nodes in the store`})\n`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  if (e instanceof CliError || e instanceof ConfigError || e instanceof DomainError) console.error(e.message);
  else console.error(e);
  process.exitCode = 2;
});
