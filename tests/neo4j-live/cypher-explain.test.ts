/// <reference types="vite/client" />
/**
 * Every Cypher statement the Neo4j store can issue, planned by the real Neo4j 5.26 (`EXPLAIN`: the
 * server's own parser, semantic analysis and planner, without running anything) against the
 * store's schema. The database is given every label, relationship type and property key the store
 * declares (db-schema.ts) and nothing else, so Neo4j's "unknown label / type / property" warnings
 * name exactly the misspellings. Syntax errors, undefined variables and unknown functions or
 * procedures fail to plan; the parameters Neo4j finds missing must be exactly the declared ones.
 * The last block shows each kind of mistake is caught.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredQueries, type CypherQuery } from '../../server/store/neo4j/cypher.js';
import { DB_SCHEMA } from '../../server/store/neo4j/db-schema.js';
import { GET_NODES, RELATIONSHIPS_OF_TYPE, UPSERT_NODES } from '../../server/store/neo4j/queries.js';
import { neo4jTestConfig } from '../fixtures/test-store.js';

// Load every module of the adapter, so a statement declared anywhere in it is checked here
// without anyone listing it.
import.meta.glob('../../server/store/neo4j/*.ts', { eager: true });

const UNKNOWN_NAME = /^Neo\.ClientNotification\.Statement\.Unknown(Label|RelationshipType|PropertyKey)Warning$/;
const MISSING_PARAMETERS = 'Neo.ClientNotification.Statement.ParameterNotProvided';

interface Plan {
  /** Problems Neo4j reports: a failure to plan, or a name the schema does not declare. */
  problems: string[];
  /** Parameters the statement refers to, as Neo4j lists them when none are given. */
  parameters: string[];
}

const config = neo4jTestConfig();
let driver: Driver;

async function plan(text: string): Promise<Plan> {
  try {
    const { summary } = await driver.executeQuery(`EXPLAIN ${text}`, {}, { database: config.database });
    const problems: string[] = [];
    let parameters: string[] = [];
    for (const note of summary.notifications) {
      if (UNKNOWN_NAME.test(note.code)) problems.push(note.description.replace(/^.*\((the missing .*)\)$/, '$1'));
      if (note.code === MISSING_PARAMETERS) {
        parameters = (/\(Missing parameters: ([^)]*)\)/.exec(note.description)?.[1] ?? '').split(/,\s*/);
      }
    }
    return { problems, parameters: parameters.filter(Boolean).sort() };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { problems: [`${code ?? 'error'}: ${(message ?? '').split('\n')[0]}`], parameters: [] };
  }
}

/**
 * Neo4j checks names where a statement reads them; where it writes them (MERGE, SET n:Label) any
 * name is accepted, since writing creates it. The store never needs a name outside its schema, so
 * this adds the check for written labels, types and pattern keys. Labels and types are `:Name`
 * with no space after the colon; map keys are `key:` inside braces.
 */
function writtenNameProblems(text: string): string[] {
  const code = text.replace(/'[^']*'|`[^`]*`/g, "''");
  const names = new Set<string>([...DB_SCHEMA.labels, ...DB_SCHEMA.relationshipTypes]);
  const keys = new Set<string>(DB_SCHEMA.propertyKeys);
  const found: string[] = [];
  for (const [, name] of code.matchAll(/:([A-Za-z_]\w*)/g)) {
    if (!names.has(name!)) found.push(`label or type ${name} is not in the store schema`);
  }
  for (const [, key] of code.matchAll(/[{,]\s*(\w+):\s/g)) {
    if (!keys.has(key!) && key !== 'indexConfig') found.push(`property ${key} is not in the store schema`);
  }
  return found;
}

const queries: readonly CypherQuery[] = declaredQueries();

beforeAll(async () => {
  driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  // Names are tokens in Neo4j: creating them makes the schema's names known, and only those
  // (the test database never holds data the store did not write).
  const run = (q: string, name: string) => driver.executeQuery(q, { name }, { database: config.database });
  for (const label of DB_SCHEMA.labels) await run('CALL db.createLabel($name)', label);
  for (const type of DB_SCHEMA.relationshipTypes) await run('CALL db.createRelationshipType($name)', type);
  for (const key of DB_SCHEMA.propertyKeys) await run('CALL db.createProperty($name)', key);
});

afterAll(async () => {
  await driver?.close();
});

describe('Cypher statements of the Neo4j store, planned by Neo4j 5.26', () => {
  it('finds every statement of the adapter', () => {
    // 13 reads and writes plus one per kind or type where a label must be spelt out, and the schema.
    expect(queries.length).toBeGreaterThan(60);
  });

  it('gives every statement its own name', () => {
    const names = queries.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s plans over the store schema', async (_name, query) => {
    const { problems, parameters } = await plan(query.text);
    expect([...problems, ...writtenNameProblems(query.text)]).toEqual([]);
    // Exactly the declared parameters: an undeclared one would fail at run time, and a stray
    // declaration would hide a forgotten one.
    expect(parameters).toEqual([...query.params].sort());
  });
});

describe('the check can fail', () => {
  const getNodes = GET_NODES.text;

  it('reports a misspelt label', async () => {
    expect((await plan(getNodes.replace(':Node', ':Nodez'))).problems.join('\n')).toMatch(
      /missing label name is: Nodez/,
    );
  });

  it('reports a misspelt property', async () => {
    expect((await plan('MATCH (n:Node) RETURN n.nmae')).problems.join('\n')).toMatch(/property name is: nmae/);
    expect((await plan('MATCH (n:Node) WHERE n.aliasses IS NOT NULL RETURN n')).problems.join('\n')).toMatch(
      /aliasses/,
    );
  });

  it('reports a misspelt relationship type', async () => {
    const text = RELATIONSHIPS_OF_TYPE.PART_OF.text;
    expect((await plan(text.replace(':PART_OF', ':PARTOF'))).problems.join('\n')).toMatch(
      /relationship type is: PARTOF/,
    );
  });

  it('reports a misspelt label, type or key where a statement writes it', () => {
    const upsert = UPSERT_NODES.ORGANIZATION;
    expect(writtenNameProblems(upsert.text.replace('SET n:Organization', 'SET n:Organisation'))).toEqual([
      'label or type Organisation is not in the store schema',
    ]);
    expect(writtenNameProblems('MATCH (a:Node), (b:Node) MERGE (a)-[:PARTOF {idd: 1}]->(b)').join('\n')).toMatch(
      /PARTOF is not in the store schema[^]*idd is not in the store schema/,
    );
  });

  it('lists the parameters a statement uses, so an undeclared one shows', async () => {
    expect((await plan(getNodes)).parameters).toEqual([...GET_NODES.params].sort());
    expect((await plan(`${getNodes.replace(/RETURN/, 'WITH * WHERE $extra IS NULL RETURN')}`)).parameters).toContain(
      'extra',
    );
  });

  it('reports syntax errors, undefined variables and unknown functions or procedures', async () => {
    expect((await plan('MATCH (n:Node) RETRUN n')).problems.join('\n')).toMatch(/SyntaxError/);
    expect((await plan('MATCH (n:Node) RETURN m')).problems.join('\n')).toMatch(/Variable `m` not defined/);
    expect((await plan('MATCH (n:Node) RETURN toLowr(n.name)')).problems.join('\n')).toMatch(/Unknown function/);
    expect((await plan("CALL db.index.fulltext.queryNode('x', 'y')")).problems.join('\n')).toMatch(/ProcedureNotFound/);
  });
});
