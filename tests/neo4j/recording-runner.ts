/**
 * A TransactionRunner that records every statement the Neo4j store sends and answers from a
 * table of canned records built with the driver's own types. It proves what Cypher and which
 * parameters each store method sends, and how the store reads records back; it says nothing about
 * how Neo4j executes them (that is the contract suite's job, against a real server).
 */
import neo4j, { type Integer, type Node, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import { checkParams, type CypherQuery, type Params } from '../../server/store/neo4j/cypher.js';
import { KIND_LABEL } from '../../server/store/neo4j/db-schema.js';
import { encodeNode, encodeRelationship } from '../../server/store/neo4j/mapping.js';
import type { QueryRunner, ReadSize, TransactionRunner } from '../../server/store/neo4j/transactions.js';
import type { NodeRecord, RelationshipRecord } from '../../server/domain/records.js';

export interface Call {
  mode: 'read' | 'write';
  query: CypherQuery;
  params: Params;
}

export type Answer = (query: CypherQuery, params: Params) => Neo4jRecord[];

export class RecordingRunner implements TransactionRunner {
  readonly calls: Call[] = [];
  /** Units of work, to show which statements shared one transaction. */
  transactions = 0;
  /** The size each read transaction declared: a whole-graph read gets the long limits. */
  readonly readSizes: ReadSize[] = [];

  constructor(private readonly answer: Answer = () => []) {}

  read<T>(work: (tx: QueryRunner) => Promise<T>, size: ReadSize = 'bounded'): Promise<T> {
    this.readSizes.push(size);
    return this.unit('read', work);
  }

  write<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return this.unit('write', work);
  }

  async close(): Promise<void> {}

  private unit<T>(mode: 'read' | 'write', work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    this.transactions++;
    return work({
      run: async (query, params = {}) => {
        // The same check the driver runner makes before sending.
        checkParams(query, params);
        assertNoFloats(params, query.name);
        this.calls.push({ mode, query, params });
        return this.answer(query, params);
      },
    });
  }
}

/**
 * The driver sends a JS number as a FLOAT. Every number the store sends is a count, a limit or an
 * integer field, which Neo4j must get as INTEGER (LIMIT refuses a float): so none may be a number.
 */
function assertNoFloats(value: unknown, path: string): void {
  if (typeof value === 'number') throw new Error(`${path} is a JS number: send neo4j.int() for an INTEGER`);
  if (Array.isArray(value)) value.forEach((v, i) => assertNoFloats(v, `${path}[${i}]`));
  else if (value && typeof value === 'object' && !neo4j.isInt(value)) {
    for (const [k, v] of Object.entries(value)) assertNoFloats(v, `${path}.${k}`);
  }
}

/** A record as the driver builds it. */
export function record(fields: Record<string, unknown>): Neo4jRecord {
  return new neo4j.Record(Object.keys(fields), Object.values(fields));
}

let identity = 0;

/** A node as Neo4j returns one the store wrote: common and kind labels, stored properties, element id. */
export function storedNode(node: NodeRecord): Node {
  identity++;
  return new neo4j.types.Node(
    neo4j.int(identity),
    ['Node', KIND_LABEL[node.nodeKind]],
    encodeNode(node).props,
    `4:db:${identity}`,
  );
}

/** A relationship as Neo4j returns one the store wrote. */
export function storedRelationship(rel: RelationshipRecord): Relationship {
  identity++;
  return new neo4j.types.Relationship<Integer>(
    neo4j.int(identity),
    neo4j.int(identity + 1000),
    neo4j.int(identity + 2000),
    rel.type,
    encodeRelationship(rel).props,
    `5:db:${identity}`,
    `4:db:${identity + 1000}`,
    `4:db:${identity + 2000}`,
  );
}

/** Parameters made readable for snapshots: Integers as `int(n)`. */
export function printable(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int(${(value as Integer).toString()})`;
  if (Array.isArray(value)) return value.map(printable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printable(v)]));
  }
  return value;
}

/** The calls as snapshots pin them: mode, statement name, Cypher text and parameters. */
export function pinned(calls: readonly Call[]) {
  return calls.map((c) => ({ mode: c.mode, name: c.query.name, cypher: c.query.text, params: printable(c.params) }));
}
