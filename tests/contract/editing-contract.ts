/**
 * Every edit of the write service, on a store: run on the embedded store always and on Neo4j when
 * NEO4J_URI is set, so each mutation's rules, atomicity, versions and audit entries hold on both.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../server/domain/errors.js';
import type { MeetingRecord, OrganizationRecord } from '../../server/domain/records.js';
import { EditingService } from '../../server/editing/service.js';
import type { GraphStore } from '../../server/store/port.js';
import { SOURCE_ID, smallWorld } from '../fixtures/builders.js';
import type { StoreHarness } from './store-contract.js';

const cite = [{ source: SOURCE_ID, locator: '§2', quote: 'they met' }];

/** The problems of a refused edit, as the API sends them. */
async function problems(edit: Promise<unknown>): Promise<FieldProblem[]> {
  const error = await edit.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems;
}

export function describeEditingContract(name: string, harness: StoreHarness): void {
  describe(`write service: ${name}`, () => {
    let store: GraphStore;
    let edits: EditingService;

    beforeEach(async () => {
      store = await harness.open();
      await store.replaceAll(smallWorld());
      edits = new EditingService(store, { actor: 'ana' });
    });
    afterEach(async () => {
      await store.close();
      await harness.dispose?.();
    });

    const graph = async () => {
      const g = await store.readGraph({});
      return {
        nodes: g.nodes.sort((a, b) => a.id.localeCompare(b.id)),
        relationships: g.relationships.sort((a, b) => a.id.localeCompare(b.id)),
      };
    };
    const feed = async () => (await store.recentChanges({ first: 50 })).items;

    describe('creating nodes', () => {
      it('creates each kind at version 1, with an entry naming who, what and why', async () => {
        const made = [
          await edits.createNode('SOURCE', {
            name: 'Minutes of the 4th meeting',
            publisher: 'MSDHS',
            documentId: 'm4',
          }),
          await edits.createNode('COUNTRY', { id: 'myanmar', name: 'Myanmar', code: 'MM', sources: cite }),
          await edits.createNode('ORGANIZATION', {
            name: 'Anti-Trafficking Division',
            kind: 'GOVERNMENT_AGENCY',
            sources: cite,
          }),
          await edits.createNode('AGREEMENT', {
            name: 'MOU on labour',
            kind: 'MOU',
            scope: 'BILATERAL',
            status: 'ACTIVE',
            topics: ['LABOUR_TRAFFICKING'],
            sources: cite,
          }),
          await edits.createNode('MEETING', {
            name: 'CMM 30',
            kind: 'CASE_MANAGEMENT_MEETING',
            startDate: '2024-05',
            sources: cite,
          }),
          await edits.createNode(
            'JOINT_CASE',
            { name: 'Case 2', caseType: 'OTHER', status: 'UNKNOWN', sensitivity: 'PUBLIC', sources: cite },
            'from the Q2 report',
          ),
        ];
        expect(made.map((n) => n.id)).toEqual([
          'minutes-of-the-4th-meeting',
          'myanmar',
          'anti-trafficking-division',
          'mou-on-labour',
          'cmm-30',
          'case-2',
        ]);
        // A source cites itself unless told otherwise.
        expect(made[0]!.sources).toEqual([{ source: 'minutes-of-the-4th-meeting', locator: 'title page' }]);
        expect(await store.getNodes(made.map((n) => n.id))).toEqual(made);
        expect(await store.versionsOf(made.map((n) => n.id))).toEqual([1, 1, 1, 1, 1, 1]);
        const [last] = await feed();
        expect(last).toMatchObject({ actor: 'ana', action: 'CREATE_NODE', comment: 'from the Q2 report' });
        expect(last!.changes).toEqual([
          { itemKind: 'NODE', id: 'case-2', operation: 'CREATE', sensitivity: 'PUBLIC', after: made[5] },
        ]);
      });

      it('makes a free id from the name, and refuses a taken one', async () => {
        const a = await edits.createNode('ORGANIZATION', { name: 'Royal Thai Police', kind: 'NGO', sources: cite });
        const b = await edits.createNode('ORGANIZATION', { name: 'Royal Thai Police', kind: 'NGO', sources: cite });
        expect([a.id, b.id]).toEqual(['royal-thai-police', 'royal-thai-police-2']);
        expect(
          await problems(edits.createNode('MEETING', { id: 'rtp', name: 'x', kind: 'OTHER', sources: cite })),
        ).toEqual([{ field: 'id', code: 'DUPLICATE_ID', message: "the id 'rtp' is already taken" }]);
      });

      it('names each field at fault, with a code, and writes nothing', async () => {
        const before = await graph();
        const found = await problems(
          edits.createNode('MEETING', {
            id: 'Bad Id',
            name: ' ',
            kind: 'PICNIC',
            startDate: '2024-05-10',
            endDate: '2024-05-01',
            countryCode: 'XX',
            sources: [],
          }),
        );
        expect(Object.fromEntries(found.map((p) => [p.field, p.code]))).toEqual({
          id: 'INVALID_VALUE',
          name: 'REQUIRED',
          kind: 'INVALID_VALUE',
          endDate: 'END_BEFORE_START',
          sources: 'SOURCE_REQUIRED',
        });
        expect(
          await problems(
            edits.createNode('ORGANIZATION', {
              name: 'X',
              kind: 'NGO',
              countryCode: 'VN',
              sources: [
                { source: 'no-such-report', locator: 'p. 1' },
                { source: SOURCE_ID, locator: '' },
              ],
            }),
          ),
        ).toEqual([{ field: 'sources.1.locator', code: 'REQUIRED', message: 'must not be empty' }]);
        expect(
          Object.fromEntries(
            (
              await problems(
                edits.createNode('ORGANIZATION', {
                  name: 'X',
                  kind: 'NGO',
                  countryCode: 'VN',
                  sources: [{ source: 'no-such-report', locator: 'p. 1' }],
                }),
              )
            ).map((p) => [p.field, p.code]),
          ),
        ).toEqual({ countryCode: 'DANGLING_REFERENCE', 'sources.0.source': 'DANGLING_REFERENCE' });
        expect(await graph()).toEqual(before);
        expect(await feed()).toEqual([]);
      });

      it("keeps an organisation's BASED_IN tie in step with its country code", async () => {
        const o = await edits.createNode('ORGANIZATION', {
          name: 'Lao Youth Union',
          kind: 'NGO',
          countryCode: 'LA',
          sources: cite,
        });
        const [ties] = await store.relationshipsOf([o.id]);
        expect(ties).toEqual([
          { id: `BASED_IN:${o.id}:lao-pdr`, type: 'BASED_IN', start: o.id, end: 'lao-pdr', sources: cite },
        ]);
        await edits.updateNode('ORGANIZATION', o.id, 1, { countryCode: 'TH' });
        expect((await store.relationshipsOf([o.id]))[0]!.map((r) => r.id)).toEqual([`BASED_IN:${o.id}:thailand`]);
        // Its sources follow the organisation's, and it cannot be edited on its own.
        const moreCites = [...cite, { source: SOURCE_ID, locator: 'annex 2' }];
        await edits.updateNode('ORGANIZATION', o.id, 2, { sources: moreCites });
        expect((await store.relationshipsOf([o.id]))[0]![0]!.sources).toEqual(moreCites);
        expect(await problems(edits.updateRelationship(`BASED_IN:${o.id}:thailand`, 2, { sources: cite }))).toEqual([
          expect.objectContaining({ field: 'type', code: 'NOT_ALLOWED' }),
        ]);
        await edits.updateNode('ORGANIZATION', o.id, 3, { countryCode: null });
        expect(await store.relationshipsOf([o.id])).toEqual([[]]);
        const [entry] = await feed();
        expect(entry!.changes.map((c) => [c.id, c.operation])).toEqual([
          [o.id, 'UPDATE'],
          [`BASED_IN:${o.id}:thailand`, 'DELETE'],
        ]);
      });
    });

    describe('updating nodes', () => {
      it('applies a patch (left out: kept; null: cleared), bumps the version, records before and after', async () => {
        const [before] = (await store.getNodes(['m-2024'])) as [MeetingRecord];
        const after = (await edits.updateNode(
          'MEETING',
          'm-2024',
          1,
          { city: null, participantCount: 41, topics: null },
          'count corrected',
        )) as MeetingRecord;
        expect(after).toEqual({ ...before, city: undefined, participantCount: 41, topics: [] });
        expect(after).not.toHaveProperty('city');
        expect((await store.getNodes(['m-2024']))[0]).toEqual(after);
        expect(await store.versionsOf(['m-2024'])).toEqual([2]);
        const [entry] = (await store.history('m-2024', { first: 1 })).items;
        expect(entry).toMatchObject({ action: 'UPDATE_NODE', actor: 'ana', comment: 'count corrected' });
        expect(entry!.changes).toEqual([
          { itemKind: 'NODE', id: 'm-2024', operation: 'UPDATE', sensitivity: 'PUBLIC', before, after },
        ]);
      });

      it('answers a stale version with CONFLICT and changes nothing', async () => {
        await edits.updateNode('ORGANIZATION', 'rtp', 1, { acronym: 'RTP-1' });
        const before = await graph();
        await expect(edits.updateNode('ORGANIZATION', 'rtp', 1, { acronym: 'RTP-2' })).rejects.toBeInstanceOf(
          ConflictError,
        );
        await expect(edits.deleteNode('ORGANIZATION', 'rtp', 1)).rejects.toBeInstanceOf(ConflictError);
        expect(await graph()).toEqual(before);
        expect(await feed()).toHaveLength(1);
      });

      it('answers NOT_FOUND for an unknown id or a node of another kind', async () => {
        await expect(edits.updateNode('ORGANIZATION', 'nope', 1, { name: 'x' })).rejects.toBeInstanceOf(NotFoundError);
        await expect(edits.updateNode('ORGANIZATION', 'm-2024', 1, { name: 'x' })).rejects.toBeInstanceOf(
          NotFoundError,
        );
      });

      it('refuses an end before a start, a required field cleared and an id change', async () => {
        const found = await problems(
          edits.updateNode('AGREEMENT', 'mou-th-la', 1, {
            validFrom: '2010',
            validUntil: '2009-12',
            name: null,
            id: 'x',
          }),
        );
        expect(found.map((p) => [p.field, p.code])).toEqual([['id', 'NOT_ALLOWED']]);
        const found2 = await problems(
          edits.updateNode('AGREEMENT', 'mou-th-la', 1, { validFrom: '2010', validUntil: '2009-12', name: null }),
        );
        expect(Object.fromEntries(found2.map((p) => [p.field, p.code]))).toEqual({
          name: 'REQUIRED',
          validUntil: 'END_BEFORE_START',
        });
      });
    });

    describe('deleting nodes', () => {
      it('removes a node with its ties, each named in the entry', async () => {
        const deleted = await edits.deleteNode('ORGANIZATION', 'lao-police', 1, 'duplicate record');
        expect(deleted.removedRelationships.sort()).toEqual([
          'BASED_IN:lao-police:lao-pdr',
          'PARTICIPATED_IN:lao-police:m-2024',
          'PARTY_TO:lao-police:mou-th-la',
          'WORKS_ON:lao-police:case-1',
        ]);
        expect(await store.getNodes(['lao-police'])).toEqual([null]);
        expect(deleted.entry.changes.map((c) => `${c.operation} ${c.id}`).sort()).toEqual([
          'DELETE BASED_IN:lao-police:lao-pdr',
          'DELETE PARTICIPATED_IN:lao-police:m-2024',
          'DELETE PARTY_TO:lao-police:mou-th-la',
          'DELETE WORKS_ON:lao-police:case-1',
          'DELETE lao-police',
        ]);
        expect((await store.history('lao-police', { first: 5 })).items[0]!.action).toBe('DELETE_NODE');
      });

      it('refuses to delete a source still cited, or a country whose code is used', async () => {
        expect(await problems(edits.deleteNode('SOURCE', SOURCE_ID, 1))).toEqual([
          expect.objectContaining({ field: 'id', code: 'IN_USE' }),
        ]);
        expect(await problems(edits.deleteNode('COUNTRY', 'lao-pdr', 1))).toEqual([
          expect.objectContaining({ field: 'code', code: 'IN_USE' }),
        ]);
        expect(await problems(edits.updateNode('COUNTRY', 'lao-pdr', 1, { code: 'LO' }))).toEqual([
          expect.objectContaining({ field: 'code', code: 'IN_USE' }),
        ]);
        const unused = await edits.createNode('SOURCE', { name: 'Unused', publisher: 'x', documentId: 'u' });
        await edits.deleteNode('SOURCE', unused.id, 1);
        expect(await store.getNodes([unused.id])).toEqual([null]);
      });
    });

    describe('ties', () => {
      it('creates, updates and deletes a tie, each at its version', async () => {
        const rel = await edits.createRelationship({
          type: 'PARTICIPATED_IN',
          start: 'dsi',
          end: 'm-2024',
          role: 'PARTICIPANT',
          sources: cite,
        });
        expect(rel.id).toBe('PARTICIPATED_IN:dsi:m-2024');
        const updated = await edits.updateRelationship(rel.id, 1, { role: 'HOST', from: '2024-03' });
        expect(updated).toEqual({ ...rel, role: 'HOST', from: '2024-03' });
        await expect(edits.updateRelationship(rel.id, 1, { role: null })).rejects.toBeInstanceOf(ConflictError);
        await edits.deleteRelationship(rel.id, 2, 'not there after all');
        expect(await store.versionsOf([rel.id])).toEqual([null]);
        expect((await store.history('dsi', { first: 5 })).items.map((e) => e.action)).toEqual([
          'DELETE_RELATIONSHIP',
          'UPDATE_RELATIONSHIP',
          'CREATE_RELATIONSHIP',
        ]);
      });

      it('refuses a tie without a source, a role of another type, kinds the type does not join, a dangling end, a repeat', async () => {
        const tieProblems = (input: Record<string, unknown>) =>
          problems(
            edits.createRelationship({ type: 'PARTICIPATED_IN', start: 'dsi', end: 'm-2024', sources: cite, ...input }),
          );
        expect(await tieProblems({ sources: [] })).toEqual([
          expect.objectContaining({ field: 'sources', code: 'SOURCE_REQUIRED' }),
        ]);
        expect(await tieProblems({ role: 'SIGNATORY' })).toEqual([
          expect.objectContaining({ field: 'role', code: 'NOT_ALLOWED' }),
        ]);
        expect(await tieProblems({ start: 'thailand' })).toEqual([
          expect.objectContaining({ field: 'start', code: 'NOT_ALLOWED' }),
        ]);
        expect(await tieProblems({ end: 'no-meeting' })).toEqual([
          expect.objectContaining({ field: 'end', code: 'DANGLING_REFERENCE' }),
        ]);
        expect(await tieProblems({ start: 'rtp', end: 'm-2013' })).toEqual([
          expect.objectContaining({ field: 'id', code: 'DUPLICATE_ID' }),
        ]);
        expect(await tieProblems({ from: '2024', until: '2023' })).toEqual([
          expect.objectContaining({ field: 'until', code: 'END_BEFORE_START' }),
        ]);
        expect(await tieProblems({ type: 'BASED_IN', end: 'thailand' })).toEqual([
          expect.objectContaining({ field: 'type', code: 'NOT_ALLOWED' }),
        ]);
        expect(await feed()).toEqual([]);
      });

      it('refuses to move a tie to other ends', async () => {
        expect(await problems(edits.updateRelationship('PART_OF:dsi:moj', 1, { end: 'rtp' }))).toEqual([
          expect.objectContaining({ field: 'end', code: 'NOT_ALLOWED' }),
        ]);
      });
    });

    describe('merging organisations', () => {
      it('moves ties, merging one both have; names become aliases; sources unite; the duplicate goes', async () => {
        // dsi is a duplicate of rtp here: both took part in the 2013 workshop after this tie.
        await edits.createRelationship({
          type: 'PARTICIPATED_IN',
          start: 'dsi',
          end: 'm-2013',
          role: 'ORGANIZER',
          from: '2013-04',
          sources: cite,
        });
        const survivor = await edits.mergeOrganizations(
          { survivor: 'rtp', duplicate: 'dsi', survivorVersion: 1, duplicateVersion: 1 },
          'same agency',
        );
        expect(survivor.aliases).toEqual(['Department of Special Investigation', 'DSI']);
        expect(survivor.sources).toEqual([{ source: SOURCE_ID, locator: '§1' }]);
        expect(await store.getNodes(['dsi'])).toEqual([null]);
        const [ties] = await store.relationshipsOf(['rtp']);
        expect(ties!.map((r) => r.id)).toEqual([
          'BASED_IN:rtp:thailand',
          'PARTICIPATED_IN:rtp:m-2013',
          'PART_OF:rtp:moj',
          'WORKS_ON:rtp:case-1',
        ]);
        expect(ties!.find((r) => r.type === 'PARTICIPATED_IN')).toMatchObject({
          role: 'PARTICIPANT',
          from: '2013-04',
          sources: [{ source: SOURCE_ID, locator: '§1' }, cite[0]],
        });
        const [entry] = (await store.history('dsi', { first: 1 })).items;
        expect(entry).toMatchObject({ action: 'MERGE_ORGANIZATIONS', comment: 'same agency' });
        expect((await store.history('rtp', { first: 1 })).items[0]).toEqual(entry);
        await expect(edits.mergeOrganizations({ survivor: 'rtp', duplicate: 'rtp' })).rejects.toBeInstanceOf(
          ValidationError,
        );
        await expect(edits.mergeOrganizations({ survivor: 'rtp', duplicate: 'm-2013' })).rejects.toBeInstanceOf(
          NotFoundError,
        );
        await expect(
          edits.mergeOrganizations({ survivor: 'rtp', duplicate: 'moj', survivorVersion: 1 }),
        ).rejects.toBeInstanceOf(ConflictError);
      });

      it('drops a tie between the two and takes fields the survivor lacks', async () => {
        const survivor = (await edits.mergeOrganizations({
          survivor: 'iom',
          duplicate: 'lao-police',
        })) as OrganizationRecord;
        expect(survivor).toMatchObject({ countryCode: 'LA', sector: 'LAW_ENFORCEMENT' });
        expect(survivor.aliases).toEqual(['Lao Police Department', 'Département de police']);
        const [ties] = await store.relationshipsOf(['iom']);
        expect(ties!.map((r) => r.id)).toContain('BASED_IN:iom:lao-pdr');
        const merged = await edits.mergeOrganizations({ survivor: 'moj', duplicate: 'dsi' });
        expect((await store.relationshipsOf(['moj']))[0]!.map((r) => r.id)).not.toContain('PART_OF:moj:moj');
        expect(merged.id).toBe('moj');
      });
    });

    describe('recording a meeting', () => {
      it('writes the meeting, its participants and its agreement in one edit', async () => {
        const m = await edits.recordMeeting(
          {
            meeting: {
              name: 'Bilateral on returns',
              kind: 'BILATERAL_MEETING',
              startDate: '2025-02-03',
              sources: cite,
            },
            participants: [
              { organization: 'msdhs', role: 'HOST' },
              { organization: 'lao-police', sources: [{ source: SOURCE_ID, locator: 'annex' }] },
            ],
            under: ['mou-th-la'],
          },
          'minutes received',
        );
        const [ties] = await store.relationshipsOf([m.id]);
        expect(ties!.map((r) => [r.id, r.role ?? null, r.sources[0]!.locator])).toEqual([
          [`PARTICIPATED_IN:lao-police:${m.id}`, null, 'annex'],
          [`PARTICIPATED_IN:msdhs:${m.id}`, 'HOST', '§2'],
          [`UNDER:${m.id}:mou-th-la`, null, '§2'],
        ]);
        const [entry] = await feed();
        expect(entry).toMatchObject({ action: 'RECORD_MEETING', comment: 'minutes received' });
        expect(entry!.changes).toHaveLength(4);
      });

      it('writes nothing when one participant is wrong', async () => {
        const before = await graph();
        const found = await problems(
          edits.recordMeeting({
            meeting: { name: 'Bilateral', kind: 'BILATERAL_MEETING', sources: cite },
            participants: [{ organization: 'msdhs' }, { organization: 'nobody' }, { organization: 'thailand' }],
          }),
        );
        expect(found.map((p) => [p.field, p.code])).toEqual([
          ['participants.1.organization', 'DANGLING_REFERENCE'],
          ['participants.2.organization', 'NOT_ALLOWED'],
        ]);
        expect(await graph()).toEqual(before);
      });
    });
  });
}
