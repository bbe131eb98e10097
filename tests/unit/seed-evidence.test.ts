/**
 * The seed says what its documents say: `npm run seed:check` passes on the shipped seed, and the
 * evidence check fails on a quote that is not in its document, a tie quote that names neither end,
 * and a count or role stated only in a description.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeRecord, RelationshipRecord } from '../../server/domain/records.js';
import { checkEvidence, statedNumbers } from '../../server/seed/evidence.js';
import { DEFAULT_SEED_DIR, loadSeed, type Dataset } from '../../server/seed/load.js';
import { SEED_DOCUMENTS_DIR, seedDocumentsPresent } from '../reading/seed-documents.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const withDocuments = seedDocumentsPresent();
if (!withDocuments) console.warn(`seed documents not found at ${SEED_DOCUMENTS_DIR}: quotes are not checked`);

let seed: Dataset;
beforeAll(async () => {
  seed = await loadSeed(DEFAULT_SEED_DIR, withDocuments ? SEED_DOCUMENTS_DIR : undefined);
});

/** A copy of the seed to spoil. */
const copy = (): Dataset => structuredClone(seed);
const withoutTexts = (d: Dataset): Dataset => ({
  ...d,
  nodes: d.nodes.map((n) => (n.nodeKind === 'SOURCE' ? { ...n, text: undefined } : n)),
});
const messages = (d: Dataset) => checkEvidence(d).problems.map((p) => `${p.record}: ${p.message}`);

/** A meeting with an organiser among its participants, and that tie. */
function organisedMeeting(d: Dataset): { meeting: NodeRecord & { nodeKind: 'MEETING' }; tie: RelationshipRecord } {
  const tie = d.relationships.find((r) => r.type === 'PARTICIPATED_IN' && r.role === 'ORGANIZER')!;
  const meeting = d.nodes.find((n) => n.id === tie.end) as NodeRecord & { nodeKind: 'MEETING' };
  return { meeting, tie };
}

describe('seed check', () => {
  it('passes on the shipped seed (npm run seed:check)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/seed/check.ts', DEFAULT_SEED_DIR, withDocuments ? SEED_DOCUMENTS_DIR : ''],
      { cwd: ROOT },
    );
    expect(stdout).toContain('Seed is valid.');
    if (withDocuments) expect(stdout).toContain('Every quote was found in its document');
  });

  it.runIf(withDocuments)('fails on a quote that is not a verbatim span of its document', () => {
    const d = copy();
    const tie = d.relationships.find((r) => r.sources.some((c) => c.quote && / the /.test(c.quote)))!;
    const citation = tie.sources.find((c) => c.quote && / the /.test(c.quote))!;
    citation.quote = citation.quote!.replace(' the ', ' a different ');
    expect(messages(d)).toContainEqual(expect.stringMatching(new RegExp(`^${tie.id}: quote is not a verbatim span`)));
  });

  it('fails on a tie quote that names neither end', () => {
    const d = withoutTexts(copy());
    const { tie } = organisedMeeting(d);
    tie.sources = [{ source: tie.sources[0]!.source, locator: 'p. 1', quote: 'They met and talked.' }];
    expect(messages(d)).toContainEqual(
      `${tie.id}: the quote names neither '${tie.start}' nor '${tie.end}' (by name, acronym or alias): "They met and talked."`,
    );
  });

  it('accepts a tie quote that names one end by its acronym', () => {
    const d = withoutTexts(copy());
    const { tie } = organisedMeeting(d);
    const org = d.nodes.find((n) => n.id === tie.start) as NodeRecord & { nodeKind: 'ORGANIZATION' };
    const name = org.acronym ?? org.name;
    tie.sources = [{ source: tie.sources[0]!.source, locator: 'p. 1', quote: `${name} organised it.` }];
    expect(messages(d).filter((m) => m.startsWith(tie.id))).toEqual([]);
  });

  it('fails on a participant count stated only in the description, and passes once a field holds it', () => {
    const d = copy();
    const { meeting } = organisedMeeting(d);
    meeting.participantCount = undefined;
    meeting.description = 'A total of 77 participants attended the training.';
    expect(messages(d)).toContainEqual(
      expect.stringMatching(new RegExp(`^${meeting.id}: the description states the number 77`)),
    );
    meeting.participantCount = 77;
    expect(messages(d).filter((m) => m.startsWith(`${meeting.id}:`))).toEqual([]);
  });

  it('fails on a host named in the description whose tie says otherwise', () => {
    const d = copy();
    const { meeting, tie } = organisedMeeting(d);
    const org = d.nodes.find((n) => n.id === tie.start)!;
    meeting.description = `Hosted by ${org.name}.`;
    expect(messages(d)).toContainEqual(
      `${meeting.id}: the description names ${org.id} as host, but its tie has role ORGANIZER, not HOST`,
    );
    tie.role = 'HOST';
    expect(messages(d).filter((m) => m.startsWith(`${meeting.id}:`))).toEqual([]);
  });

  it('reads counts, not dates, years, ordinals, ages or approximations, from a description', () => {
    expect(
      statedNumbers(
        'The 29th meeting on 15 and 22 January 2024 (18 – 19 March), for a 9-year-old, with over 100 people, 1,954 workers and 45 participants.',
      ),
    ).toEqual([1954, 45]);
  });
});
