/**
 * What the Neo4j store sends for each method: statement names, Cypher text and parameters, pinned
 * in snapshots, with the statements' grouping into transactions. Answers are canned records built
 * with the driver's types (see recording-runner.ts): these tests prove the store's side of the
 * conversation, not Neo4j's (the contract suite does that against a server).
 */
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { ConflictError, NotFoundError, ValidationError } from '../../server/domain/errors.js';
import type { NodeRecord, RelationshipRecord } from '../../server/domain/records.js';
import { isDeclaredQuery } from '../../server/store/neo4j/cypher.js';
import {
  CREATE_VIEW,
  DELETE_VIEW,
  GET_VIEW,
  LIST_VIEWS,
  UPDATE_VIEW,
  DELETE_NODES,
  DELETE_RELATIONSHIPS,
  GET_NODES,
  HISTORY,
  IS_EMPTY,
  LIST_NAMES,
  MISSING_NODES,
  NEXT_AUDIT_SEQ,
  NODE_VERSIONS,
  RECENT_CHANGES,
  RELATIONSHIP_VERSIONS,
  UNLISTED_TIES,
  RELATIONSHIPS_OF,
  SEARCH_CANDIDATES,
  STATS,
  UPSERT_NODES,
} from '../../server/store/neo4j/queries.js';
import { Neo4jStore } from '../../server/store/neo4j/store.js';
import { Neo4jAccountStore } from '../../server/store/neo4j/account-store.js';
import { encodeAuditEntry } from '../../server/store/neo4j/audit-mapping.js';
import type { Answer } from './recording-runner.js';
import { RecordingRunner, pinned, record, storedNode, storedRelationship } from './recording-runner.js';
import { meeting, org, smallWorld, tie } from '../fixtures/builders.js';

const world = smallWorld();
const nodesById = new Map(world.nodes.map((n) => [n.id, n]));

function storeWith(answer?: Answer) {
  const runner = new RecordingRunner(answer);
  return { runner, store: new Neo4jStore(runner) };
}

/** Canned answer to getNodes: the world's nodes among the ids asked. */
function nodesAsked(params: Record<string, unknown>) {
  return (params.ids as string[]).flatMap((id) => {
    const node = nodesById.get(id);
    return node ? [record({ n: storedNode(node) })] : [];
  });
}

const byTypeThenId = (a: RelationshipRecord, b: RelationshipRecord) =>
  a.type.localeCompare(b.type) || a.id.localeCompare(b.id);

describe('Neo4j store: statements and parameters per method', () => {
  it('getNodes: one lookup by id, answers in the order asked', async () => {
    const { runner, store } = storeWith((q, p) => (q === GET_NODES ? nodesAsked(p) : []));
    const read = await store.getNodes(['msdhs', 'nope', 'rtp']);
    expect(read).toEqual([nodesById.get('msdhs'), null, nodesById.get('rtp')]);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('listNodes: names of the kind, sorted with the shared collation, then the page by id', async () => {
    const orgs = world.nodes.filter((n) => n.nodeKind === 'ORGANIZATION');
    const { runner, store } = storeWith((q, p) => {
      // Code-point order, reversed: the store must sort for itself.
      if (q === LIST_NAMES.ORGANIZATION) return orgs.map((n) => record({ id: n.id, name: n.name })).reverse();
      return q === GET_NODES ? nodesAsked(p) : [];
    });
    const first = await store.listNodes('ORGANIZATION', { first: 4 });
    expect(first.items.map((n) => n.id)).toEqual(['dsi', 'iom', 'lao-police', 'moj']);
    expect(first.totalCount).toBe(6);
    const second = await store.listNodes('ORGANIZATION', { first: 4, after: first.endCursor });
    expect(second.items.map((n) => n.id)).toEqual(['msdhs', 'rtp']);
    expect(second.endCursor).toBeUndefined();
    expect(runner.transactions).toBe(2);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('relationshipsOf: one statement for all ids, grouped back per id', async () => {
    const { runner, store } = storeWith((q, p) => {
      if (q !== RELATIONSHIPS_OF) return [];
      const types = p.types as string[] | null;
      return (p.ids as string[]).flatMap((id) =>
        world.relationships
          .filter((r) => (r.start === id || r.end === id) && (!types || types.includes(r.type)))
          .sort(byTypeThenId)
          .map((r) => record({ id, r: storedRelationship(r), start: r.start, end: r.end })),
      );
    });
    const [msdhs, unknown, again] = await store.relationshipsOf(['msdhs', 'nope', 'msdhs']);
    expect(msdhs!.map((r) => r.id)).toEqual([
      'BASED_IN:msdhs:thailand',
      'PARTICIPATED_IN:msdhs:m-2013',
      'PARTICIPATED_IN:msdhs:m-2024',
      'PARTY_TO:msdhs:mou-th-la',
    ]);
    expect(unknown).toEqual([]);
    expect(again).toEqual(msdhs);
    const [partyTo] = await store.relationshipsOf(['msdhs'], ['PARTY_TO']);
    expect(partyTo).toEqual([world.relationships.find((r) => r.id === 'PARTY_TO:msdhs:mou-th-la')]);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('searchCandidates: a Lucene query and kind labels as parameters, ranked by the shared ranker', async () => {
    const { runner, store } = storeWith((q) =>
      q === SEARCH_CANDIDATES
        ? world.nodes.filter((n) => n.nodeKind === 'ORGANIZATION').map((n) => record({ node: storedNode(n) }))
        : [],
    );
    const found = await store.searchCandidates('Département de POLICE', ['ORGANIZATION'], 5);
    expect(found[0]!.id).toBe('lao-police');
    expect(await store.searchCandidates('dsi', undefined, 2)).toHaveLength(1);
    // Nothing to search for: nothing sent.
    expect(await store.searchCandidates(' — ', undefined, 5)).toEqual([]);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('readGraph: one statement per kind and per type asked, in one read transaction', async () => {
    const { runner, store } = storeWith();
    await store.readGraph({ nodeKinds: ['ORGANIZATION', 'MEETING'], relationshipTypes: ['PARTICIPATED_IN'] });
    expect(runner.transactions).toBe(1);
    // With the long limits: at L the analyses' read of the instrument graph outlasts a bounded read's 15 s.
    await store.getNodes(['x']);
    expect(runner.readSizes).toEqual(['whole-graph', 'bounded']);
    runner.calls.pop();
    expect(pinned(runner.calls)).toMatchSnapshot();
    const whole = storeWith();
    await whole.store.readGraph({});
    expect(whole.runner.calls.map((c) => c.query.name)).toEqual([
      ...['ORGANIZATION', 'COUNTRY', 'AGREEMENT', 'MEETING', 'JOINT_CASE', 'SOURCE'].map((k) => `nodesOfKind.${k}`),
      ...['PART_OF', 'BASED_IN', 'MEMBER_OF', 'PARTY_TO', 'PARTICIPATED_IN', 'WORKS_ON', 'UNDER'].map(
        (t) => `relationshipsOfType.${t}`,
      ),
    ]);
    expect(whole.runner.calls.every((c) => c.params.labels === undefined || c.params.labels === null)).toBe(true);
  });

  it('stats and isEmpty: one row each, Integers read as numbers, empty kinds left out', async () => {
    const { runner, store } = storeWith((q) => {
      if (q === IS_EMPTY) return [record({ empty: false })];
      if (q !== STATS) return [];
      const counts = { ORGANIZATION: 6, COUNTRY: 2, AGREEMENT: 1, MEETING: 2, JOINT_CASE: 0, SOURCE: 1 };
      const rels = { PART_OF: 1, BASED_IN: 5, MEMBER_OF: 0, PARTY_TO: 2, PARTICIPATED_IN: 5, WORKS_ON: 2, UNDER: 2 };
      return [record(Object.fromEntries(Object.entries({ ...counts, ...rels }).map(([k, v]) => [k, neo4j.int(v)])))];
    });
    expect(await store.stats()).toEqual({
      nodes: { ORGANIZATION: 6, COUNTRY: 2, AGREEMENT: 1, MEETING: 2, SOURCE: 1 },
      relationships: { PART_OF: 1, BASED_IN: 5, PARTY_TO: 2, PARTICIPATED_IN: 5, WORKS_ON: 2, UNDER: 2 },
    });
    expect(await store.isEmpty()).toBe(false);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });
});

describe('Neo4j store: writes', () => {
  /** Canned answers for a batch that finds everything it deletes and every end it needs. */
  const allFound: Answer = (q, p) => {
    if (Object.values(DELETE_RELATIONSHIPS).includes(q))
      return (p.rows as { id: string }[]).map((r) => record({ id: r.id }));
    if (q === DELETE_NODES) return (p.ids as string[]).map((id) => record({ id }));
    return [];
  };

  it('write: deletions, then nodes, then an end check, then ties, all in one write transaction', async () => {
    const { runner, store } = storeWith(allFound);
    await store.write({
      deleteRelationships: ['PART_OF:dsi:moj', 'UNDER:case-1:mou-th-la'],
      deleteNodes: ['lao-police'],
      upsertNodes: [
        org('iom', { name: 'IOM Thailand', kind: 'INTERNATIONAL_ORGANIZATION' }),
        meeting('m-new', { startDate: '2025-01-02', sequence: 4, topics: ['PARTNERSHIP'] }),
      ],
      upsertRelationships: [tie('PARTICIPATED_IN', 'iom', 'm-new', { role: 'ORGANIZER', from: '2025' })],
    });
    expect(runner.transactions).toBe(1);
    expect(runner.calls.every((c) => c.mode === 'write')).toBe(true);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('write: a deletion that finds nothing fails the batch inside its transaction', async () => {
    const { runner, store } = storeWith((q, p) =>
      q === DELETE_NODES ? (p.ids as string[]).filter((id) => id === 'rtp').map((id) => record({ id })) : [],
    );
    await expect(store.write({ deleteNodes: ['rtp', 'no-such-node'], upsertNodes: [org('x')] })).rejects.toThrow(
      new NotFoundError("no node has the id 'no-such-node'", 'deleteNodes'),
    );
    // Nothing after the failed step was sent; rolling back what was is the transaction's job.
    expect(runner.calls.map((c) => c.query.name)).toEqual(['deleteNodes']);
  });

  it('write: a tie to a missing node fails before any tie is written', async () => {
    const { runner, store } = storeWith((q) => (q === MISSING_NODES ? [record({ id: 'no-such-parent' })] : []));
    await expect(
      store.write({
        upsertNodes: [org('new-agency')],
        upsertRelationships: [tie('PART_OF', 'new-agency', 'no-such-parent')],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(runner.calls.map((c) => c.query.name)).toEqual(['upsertNodes.ORGANIZATION', 'missingNodes']);
  });

  it('write: ids that name no relationship, or repeat, fail without a statement for them', async () => {
    const { runner, store } = storeWith(allFound);
    await expect(store.write({ deleteRelationships: ['not-an-id'] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.write({ deleteNodes: ['rtp', 'rtp'] })).rejects.toBeInstanceOf(NotFoundError);
    expect(runner.calls).toEqual([]);
    await store.write({});
    expect(runner.transactions).toBe(1); // the unparseable id's batch only
  });

  it('write: upserts keep batch order across kinds and go in statements of at most 1000 rows', async () => {
    const { runner, store } = storeWith();
    const many = Array.from({ length: 2500 }, (_, i) => org(`org-${i}`));
    await store.write({ upsertNodes: [...many, meeting('m-1'), org('org-0', { name: 'Last word' })] });
    expect(runner.calls.map((c) => [c.query.name, (c.params.rows as unknown[]).length])).toEqual([
      ['upsertNodes.ORGANIZATION', 1000],
      ['upsertNodes.ORGANIZATION', 1000],
      ['upsertNodes.ORGANIZATION', 500],
      ['upsertNodes.MEETING', 1],
      ['upsertNodes.ORGANIZATION', 1],
    ]);
    expect(runner.calls.every((c) => c.query === UPSERT_NODES.ORGANIZATION || c.query === UPSERT_NODES.MEETING)).toBe(
      true,
    );
  });

  it('replaceAll: empties the store and loads the dataset in one write transaction', async () => {
    const { runner, store } = storeWith();
    await store.replaceAll({
      nodes: [world.nodes[0]!, nodesById.get('dsi')!, nodesById.get('moj')!],
      relationships: [world.relationships[0]!],
    });
    expect(runner.transactions).toBe(1);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('replaceAll: a dataset with a repeated id is refused before anything is sent', async () => {
    const { runner, store } = storeWith();
    await expect(store.replaceAll({ nodes: [org('a'), org('a')], relationships: [] })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(runner.calls).toEqual([]);
  });
});

describe('Neo4j store: input travels only as parameters', () => {
  const HOSTILE = [
    "'}) DETACH DELETE n //",
    '"}) MATCH (x) DETACH DELETE x //',
    '`Node`) DETACH DELETE n //',
    '\\u0027}) DETACH DELETE n //',
    '\u0027\u2019\u02bc}) CALL db.clearQueryCaches() //',
    '$ids } ] ) ; MATCH (n) DELETE n',
    'name:* OR *:* AND -id:x~ ^9 "quoted" \\',
  ];

  it('sends only the declared statements, unchanged, whatever every string argument holds', async () => {
    const { runner, store } = storeWith((q, p) => {
      if (q === DELETE_NODES) return (p.ids as string[]).map((id) => record({ id }));
      if (q === IS_EMPTY) return [record({ empty: true })];
      return [];
    });
    const anyKind = (s: string) => s as NodeRecord['nodeKind'];
    const anyType = (s: string) => s as RelationshipRecord['type'];
    for (const bad of HOSTILE) {
      await store.getNodes([bad, 'rtp']);
      await store.listNodes(anyKind(bad), { first: 3 });
      await expect(store.listNodes('ORGANIZATION', { first: 3, after: bad })).rejects.toBeInstanceOf(ValidationError);
      await store.relationshipsOf([bad], [anyType(bad)]);
      await store.searchCandidates(bad, [anyKind(bad)], 5);
      await store.readGraph({
        nodeKinds: ['ORGANIZATION', anyKind(bad)],
        relationshipTypes: ['PART_OF', anyType(bad)],
      });
      await store.write({
        deleteNodes: [bad],
        upsertNodes: [
          { ...org('x'), id: bad, name: bad, aliases: [bad], description: bad, acronym: bad, nameLocal: bad },
        ],
        upsertRelationships: [
          {
            ...tie('PART_OF', 'a', 'b', { from: '2020' }),
            id: `PART_OF:${bad}:${bad}2`,
            start: bad,
            end: `${bad}2`,
            role: bad as RelationshipRecord['role'],
            sources: [{ source: bad, locator: bad, quote: bad }],
          },
        ],
      });
      await expect(store.write({ deleteRelationships: [`PART_OF:${bad}:x`] })).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        store.write({ upsertNodes: [{ ...org('x'), nodeKind: anyKind(bad) } as NodeRecord] }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        store.write({ upsertRelationships: [{ ...tie('PART_OF', 'a', 'b'), type: anyType(bad) }] }),
      ).rejects.toBeInstanceOf(ValidationError);
      await store.replaceAll({ nodes: [{ ...org('x'), name: bad }], relationships: [] });
    }
    expect(new Set(runner.calls.map((c) => c.query.name))).toEqual(
      new Set([
        'getNodes',
        'relationshipsOf',
        'searchCandidates',
        'nodesOfKind.ORGANIZATION',
        'relationshipsOfType.PART_OF',
        'deleteNodes',
        'upsertNodes.ORGANIZATION',
        'missingNodes',
        'upsertRelationships.PART_OF',
        'deleteRelationships.PART_OF',
        'deleteAll',
        'deleteAuditEntries',
      ]),
    );
    for (const call of runner.calls) {
      expect(isDeclaredQuery(call.query)).toBe(true);
      for (const bad of HOSTILE) expect(call.query.text).not.toContain(bad);
    }
    // ...and the input did reach the database, as parameter values.
    const sent = JSON.stringify(runner.calls.map((c) => c.params));
    for (const bad of HOSTILE) expect(sent).toContain(JSON.stringify(bad).slice(1, -1));
  });
});

describe('Neo4j store: versions, edits and the audit trail', () => {
  const draft = (summary: string) => ({
    actor: 'ana',
    action: 'UPDATE_NODE' as const,
    comment: 'why',
    summary,
    changes: [
      {
        itemKind: 'NODE' as const,
        id: 'iom',
        operation: 'UPDATE' as const,
        sensitivity: 'PUBLIC' as const,
        before: nodesById.get('iom')!,
        after: org('iom', { name: 'IOM Thailand', kind: 'INTERNATIONAL_ORGANIZATION' }),
      },
    ],
  });

  it('versionsOf: nodes by id, ties by type and ends, unparseable ids never sent', async () => {
    const { runner, store } = storeWith((q, p) => {
      if (q === NODE_VERSIONS)
        return (p.ids as string[]).map((id) => record({ id, version: neo4j.int(id === 'rtp' ? 3 : 1) }));
      if (q === RELATIONSHIP_VERSIONS.PART_OF)
        return (p.rows as { id: string }[]).map((r) => record({ id: r.id, version: neo4j.int(2) }));
      return [];
    });
    expect(await store.versionsOf(['rtp', 'PART_OF:dsi:moj', 'nope', 'bad:id', 'moj'])).toEqual([3, 2, 1, null, 1]);
    expect(runner.transactions).toBe(1);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('edit: locks and numbers first, reads in the same transaction, checks ties of deletions, writes the batch and its entry', async () => {
    const { runner, store } = storeWith((q, p) => {
      if (q === NEXT_AUDIT_SEQ) return [record({ seq: neo4j.int(7) })];
      if (q === GET_NODES) return nodesAsked(p);
      if (q === NODE_VERSIONS) return (p.ids as string[]).map((id) => record({ id, version: neo4j.int(1) }));
      if (q === DELETE_NODES) return (p.ids as string[]).map((id) => record({ id }));
      if (Object.values(DELETE_RELATIONSHIPS).includes(q))
        return (p.rows as { id: string }[]).map((r) => record({ id: r.id }));
      return [];
    });
    const outcome = await store.edit(async (view) => {
      await view.getNodes(['iom']);
      expect(await view.versionsOf(['iom'])).toEqual([1]);
      return {
        batch: {
          upsertNodes: [org('iom', { name: 'IOM Thailand', kind: 'INTERNATIONAL_ORGANIZATION' })],
          deleteRelationships: ['PART_OF:dsi:moj'],
          deleteNodes: ['moj'],
        },
        audit: draft('renamed'),
        result: 'ok',
      };
    });
    expect(outcome.result).toBe('ok');
    expect(outcome.entry).toMatchObject({ seq: 7, actor: 'ana', comment: 'why', subjects: ['iom'] });
    expect(runner.transactions).toBe(1);
    expect(runner.calls.every((c) => c.mode === 'write')).toBe(true);
    const calls = pinned(runner.calls).map((c) =>
      c.name === 'createAuditEntry' ? { ...c, params: { ...(c.params as object), at: '<time>' } } : c,
    );
    expect(calls).toMatchSnapshot();
  });

  it('edit: an empty plan writes nothing after the lock; a deletion leaving a tie unlisted fails before any write', async () => {
    const empty = storeWith((q) => (q === NEXT_AUDIT_SEQ ? [record({ seq: neo4j.int(1) })] : []));
    const outcome = await empty.store.edit(async () => ({ batch: {}, audit: draft('nothing'), result: 1 }));
    expect(outcome.entry).toBeUndefined();
    expect(empty.runner.calls.map((c) => c.query.name)).toEqual(['nextAuditSeq']);

    const unlisted = storeWith((q) => {
      if (q === NEXT_AUDIT_SEQ) return [record({ seq: neo4j.int(2) })];
      if (q === UNLISTED_TIES) return [record({ id: 'dsi' })];
      return [];
    });
    await expect(
      unlisted.store.edit(async () => ({ batch: { deleteNodes: ['dsi'] }, audit: draft('x'), result: 0 })),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(unlisted.runner.calls.map((c) => [c.query.name, c.params])).toEqual([
      ['nextAuditSeq', {}],
      ['unlistedTies', { ids: ['dsi'], listed: [] }],
    ]);
  });

  it('history and recentChanges: newest first, one more than asked to know about the next page, cursor as a seq', async () => {
    const entries = [9, 8, 7].map((seq) => ({
      ...draft(`e${seq}`),
      seq,
      at: '2025-01-01T00:00:00.000Z',
      subjects: ['iom'],
    }));
    const { runner, store } = storeWith((q, p) => {
      if (q !== HISTORY && q !== RECENT_CHANGES) return [];
      const before = p.before === null ? Infinity : Number(p.before);
      return entries
        .filter((e) => e.seq < before)
        .slice(0, Number(p.limit))
        .map((e) =>
          record({ e: new neo4j.types.Node(neo4j.int(e.seq), ['AuditEntry'], encodeAuditEntry(e), `4:a:${e.seq}`) }),
        );
    });
    const first = await store.history('iom', { first: 2 });
    expect(first.items.map((e) => e.seq)).toEqual([9, 8]);
    expect(first.items[0]).toEqual(entries[0]);
    const second = await store.recentChanges({ first: 2, after: first.endCursor });
    expect(second.items.map((e) => e.seq)).toEqual([7]);
    expect(second.endCursor).toBeUndefined();
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('replaceAll with an entry: numbers it, empties graph and trail, loads, writes the entry, in one transaction', async () => {
    const { runner, store } = storeWith((q) => (q === NEXT_AUDIT_SEQ ? [record({ seq: neo4j.int(12) })] : []));
    await store.replaceAll(
      { nodes: [world.nodes[0]!], relationships: [] },
      { actor: 'seed', action: 'RESET', summary: 'seeded', changes: [] },
    );
    expect(runner.transactions).toBe(1);
    expect(runner.calls.map((c) => c.query.name)).toEqual([
      'nextAuditSeq',
      'deleteAll',
      'deleteAuditEntries',
      'upsertNodes.SOURCE',
      'createAuditEntry',
    ]);
    expect(runner.calls.at(-1)!.params).toMatchObject({
      seq: neo4j.int(12),
      action: 'RESET',
      subjects: [],
      changesJson: '[]',
    });
  });
});

describe('Neo4j account store: saved views', () => {
  const stored = {
    id: 'v1',
    name: 'Mekong desk',
    owner: 'ana',
    state: '?focus=dsi',
    positions: { dsi: { x: 1.5, y: -2 } },
    createdAt: '2025-01-05T00:00:00.000Z',
    updatedAt: '2025-01-05T00:00:00.000Z',
    version: 1,
  };
  const storedView = () =>
    new neo4j.types.Node(neo4j.int(1), ['SavedView'], {
      ...stored,
      positions: JSON.stringify(stored.positions),
      version: neo4j.int(stored.version),
    });

  it('createView: one guarded create, positions as JSON text; an answer of nothing is CONFLICT', async () => {
    const runner = new RecordingRunner((q) => (q === CREATE_VIEW ? [record({ id: 'v1' })] : []));
    await new Neo4jAccountStore(runner).createView(stored);
    expect(pinned(runner.calls)).toMatchSnapshot();
    const taken = new Neo4jAccountStore(new RecordingRunner());
    await expect(taken.createView(stored)).rejects.toBeInstanceOf(ConflictError);
  });

  it('getView and listViews: read back whole, version as a number', async () => {
    const runner = new RecordingRunner((q) =>
      q === GET_VIEW || q === LIST_VIEWS ? [record({ v: storedView() })] : [],
    );
    const store = new Neo4jAccountStore(runner);
    expect(await store.getView('v1')).toEqual(stored);
    expect(await store.listViews()).toEqual([stored]);
    expect(pinned(runner.calls)).toMatchSnapshot();
  });

  it('updateView and deleteView: versioned; a miss is NOT_FOUND or CONFLICT, in the same transaction', async () => {
    const hit = new RecordingRunner((q) => (q === UPDATE_VIEW || q === DELETE_VIEW ? [record({ id: 'v1' })] : []));
    await new Neo4jAccountStore(hit).updateView({ ...stored, name: 'New', version: 2 }, 1);
    await new Neo4jAccountStore(hit).deleteView('v1', 2);
    expect(pinned(hit.calls)).toMatchSnapshot();

    const stale = new RecordingRunner((q) => (q === GET_VIEW ? [record({ v: storedView() })] : []));
    await expect(new Neo4jAccountStore(stale).updateView(stored, 7)).rejects.toBeInstanceOf(ConflictError);
    await expect(new Neo4jAccountStore(stale).deleteView('v1', 7)).rejects.toBeInstanceOf(ConflictError);
    expect(stale.transactions).toBe(2);
    const missing = new RecordingRunner();
    await expect(new Neo4jAccountStore(missing).deleteView('v1', 1)).rejects.toBeInstanceOf(NotFoundError);
  });
});
