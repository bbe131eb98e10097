/// <reference types="vite/client" />
/**
 * Every Cypher statement the Neo4j store can issue, checked by Neo4j's own language tooling
 * (@neo4j-cypher/language-support: the Cypher parser and Neo4j's semantic analysis) against the
 * store's schema: labels, relationship types, property keys, which labels each type joins, the
 * statement's declared parameters, and Neo4j 5's built-in functions and procedures. Syntax
 * errors, undefined variables, unknown labels, types, properties, functions or procedures and
 * undeclared parameters all fail. The negative tests below show each kind of mistake is caught.
 */
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { declaredQueries, type CypherQuery } from '../../server/store/neo4j/cypher.js';
import { DB_SCHEMA } from '../../server/store/neo4j/db-schema.js';
import { GET_NODES, RELATIONSHIPS_OF_TYPE, UPSERT_NODES } from '../../server/store/neo4j/queries.js';

// Load every module of the adapter, so a statement declared anywhere in it is linted here
// without anyone listing it.
import.meta.glob('../../server/store/neo4j/*.ts', { eager: true });

const VERSION = 'CYPHER 5';
const catalogue = testData.mockSchema;
/** Neo4j's built-in functions and db.* procedures as the tooling ships them; plugins (APOC) left out. */
const functions = Object.fromEntries(
  Object.entries(catalogue.functions?.[VERSION] ?? {}).filter(([, fn]) => fn.isBuiltIn),
);
const procedures = Object.fromEntries(
  Object.entries(catalogue.procedures?.[VERSION] ?? {}).filter(([name]) => /^db\./.test(name)),
);

function schemaFor(params: readonly string[]): DbSchema {
  return {
    labels: [...DB_SCHEMA.labels],
    relationshipTypes: [...DB_SCHEMA.relationshipTypes],
    propertyKeys: [...DB_SCHEMA.propertyKeys],
    graphSchema: DB_SCHEMA.graphSchema.map((s) => ({ ...s })),
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    functions: { [VERSION]: functions },
    procedures: { [VERSION]: procedures },
    defaultLanguage: VERSION,
  };
}

/** What Neo4j's tooling reports, errors and warnings alike. */
function lint(text: string, params: readonly string[]): string[] {
  return lintCypherQuery(text, schemaFor(params)).diagnostics.map((d) =>
    typeof d.message === 'string' ? d.message : d.message.value,
  );
}

function problems(text: string, params: readonly string[]): string[] {
  return [...lint(text, params), ...writtenNameProblems(text)];
}

/**
 * The tooling checks names where a statement reads them; where it writes them (MERGE, SET n:Label,
 * CREATE INDEX) any name is accepted, since writing creates it. The store never needs a name
 * outside its schema, so this adds the check for written labels, types and pattern keys. Labels and
 * types are `:Name` with no space after the colon; map keys are `key:` inside braces.
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

describe('Cypher statements of the Neo4j store, linted by Neo4j language support', () => {
  it('finds every statement of the adapter', () => {
    // 13 reads and writes plus one per kind or type where a label must be spelt out, and the schema.
    expect(queries.length).toBeGreaterThan(60);
    expect(functions.coalesce).toBeDefined();
    expect(procedures['db.index.fulltext.queryNodes']).toBeDefined();
  });

  it('gives every statement its own name', () => {
    const names = queries.map((q) => q.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(queries.map((q) => [q.name, q] as const))('%s is valid Cypher over the store schema', (_name, query) => {
    expect(problems(query.text, query.params)).toEqual([]);
    // and every declared parameter is used: a stray declaration would hide a forgotten one
    for (const param of query.params) expect(query.text).toMatch(new RegExp(`\\$${param}\\b`));
  });
});

describe('the lint check can fail', () => {
  const getNodes = GET_NODES.text;

  it('reports a misspelt label', () => {
    expect(lint(getNodes.replace(':Node', ':Nodes'), GET_NODES.params).join('\n')).toMatch(
      /Label Nodes is not present/,
    );
    expect(lint('MATCH (n:Organisation) RETURN n', [])).toHaveLength(1);
  });

  it('reports a misspelt property', () => {
    expect(lint('MATCH (n:Node) RETURN n.nmae', []).join('\n')).toMatch(/nmae is not present/);
    expect(lint('MATCH (n:Node) WHERE n.aliasses IS NOT NULL RETURN n', []).join('\n')).toMatch(/aliasses/);
  });

  it('reports a misspelt relationship type, and a type joining labels it never joins', () => {
    const text = RELATIONSHIPS_OF_TYPE.PART_OF.text;
    expect(lint(text.replace(':PART_OF', ':PARTOF'), ['labels']).join('\n')).toMatch(/PARTOF is not present/);
    expect(lint('MATCH (:Meeting)-[r:PARTY_TO]->(:Agreement) RETURN r', []).join('\n')).toMatch(/Meeting/);
  });

  it('reports a misspelt label, type or key where a statement writes it', () => {
    const upsert = UPSERT_NODES.ORGANIZATION;
    expect(problems(upsert.text.replace('SET n:Organization', 'SET n:Organisation'), upsert.params)).toEqual([
      'label or type Organisation is not in the store schema',
    ]);
    expect(writtenNameProblems('MATCH (a:Node), (b:Node) MERGE (a)-[:PARTOF {idd: 1}]->(b)').join('\n')).toMatch(
      /PARTOF is not in the store schema[^]*idd is not in the store schema/,
    );
  });

  it('reports an undeclared parameter', () => {
    expect(lint(getNodes, [])).toContain('Parameter $ids is not defined.');
  });

  it('reports syntax errors, undefined variables and unknown functions or procedures', () => {
    expect(lint('MATCH (n:Node) RETRUN n', [])).not.toEqual([]);
    expect(lint('MATCH (n:Node) RETURN m', [])).toContain('Variable `m` not defined');
    expect(lint('MATCH (n:Node) RETURN toLowr(n.name)', []).join('\n')).toMatch(/Function toLowr is not present/);
    expect(lint("CALL db.index.fulltext.queryNode('x', 'y')", []).join('\n')).toMatch(/not present/);
  });
});
