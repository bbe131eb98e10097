/**
 * A synthetic seed large enough to draw about 2,000 elements in the Coordination view: the
 * explorer must stay fluent at that size. Deterministic, so timings compare run to run.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const KINDS = [
  'GOVERNMENT_AGENCY',
  'FOREIGN_GOVERNMENT_AGENCY',
  'INTERNATIONAL_ORGANIZATION',
  'NGO',
  'REGIONAL_MECHANISM',
];

export async function writeLargeSeed(organizations = 800, meetings = 520): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-large-seed-'));
  const cite = '[{ source: synthetic, locator: "§1" }]';
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const orgs: string[] = [];
  for (let i = 0; i < organizations; i++) {
    orgs.push(
      `- id: org-${i}\n  name: Synthetic organisation ${i}\n  acronym: SO${i}\n  kind: ${KINDS[i % KINDS.length]}\n  sources: ${cite}`,
    );
  }
  const meetingRecords: string[] = [];
  for (let m = 0; m < meetings; m++) {
    // Preferential attachment, roughly: low numbers take part more often, as hubs do.
    const parts = new Set<number>();
    while (parts.size < 3) parts.add(Math.floor(Math.pow(random(), 1.6) * organizations));
    const participants = [...parts].map((p) => `    - { org: org-${p}, sources: ${cite} }`).join('\n');
    const year = 2004 + (m % 21);
    meetingRecords.push(
      `- id: meeting-${m}\n  name: Synthetic meeting ${m}\n  kind: WORKSHOP\n  startDate: "${year}"\n  sources: ${cite}\n  participants:\n${participants}`,
    );
  }
  const files: Record<string, string> = {
    'sources.yaml': `- id: synthetic\n  name: Synthetic source\n  publisher: Tests\n  documentId: synthetic\n  sources: [{ source: synthetic, locator: title page }]\n`,
    'organizations.yaml': `${orgs.join('\n')}\n`,
    'countries.yaml': '[]\n',
    'agreements.yaml': '[]\n',
    'meetings.yaml': `${meetingRecords.join('\n')}\n`,
    'joint-cases.yaml': '[]\n',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}
