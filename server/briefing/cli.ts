/**
 * `npm run brief -- --focus pair:TH-LA --out brief.pdf [--from 2023] [--until 2024]`: the same
 * brief the explorer opens, from the command line, for scripted briefing packs. `--out x.html`
 * writes the printable HTML instead, `--out x.svg` the diagram alone. Focus: org:<id>, pair:TH-LA,
 * agreement:<id>, or a meeting to prepare: prep:TH-MM or prep:<series>. Reads as a PUBLIC viewer unless VIEWER_CLEARANCE says more.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { openStore } from '../store/open-store.js';
import { seedStore } from '../seed/seed-store.js';
import { analysisService } from '../analysis/service.js';
import { composeBrief } from './brief-data.js';
import { parseFocus } from './focus.js';
import { briefHtml } from './render-html.js';
import { briefPdf } from './render-pdf.js';
import { pictureSvg } from './render-svg.js';

try {
  const { values } = parseArgs({
    options: {
      focus: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      until: { type: 'string' },
    },
  });
  const focus = parseFocus(values.focus);
  const out = values.out ?? 'brief.pdf';
  const config = loadConfig();
  const store = await openStore(config);
  try {
    if (await store.isEmpty()) await seedStore(store, config.seedDir);
    const brief = await composeBrief(store, config.clearance, focus, {
      from: values.from,
      until: values.until,
    });
    await writeFile(
      out,
      out.endsWith('.html')
        ? briefHtml(brief)
        : out.endsWith('.svg')
          ? pictureSvg(brief.picture, brief.title)
          : await briefPdf(brief),
    );
    console.log(`Wrote ${out}: ${brief.title} (${brief.footnotes.length} sources cited)`);
  } finally {
    await analysisService().close();
    await store.close();
  }
} catch (e) {
  if (e instanceof ConfigError || e instanceof DomainError) console.error(e.message);
  else console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}
