/**
 * A named, parameterised Cypher statement. Statements are module constants built once from the
 * fixed vocabulary; input only ever travels in parameters. The declared parameter names are
 * checked on every run (a missing or stray parameter is a bug, not a query), and the tests check
 * them against the parameters a real Neo4j finds in the statement.
 */
export interface CypherQuery {
  /** Stable name, used in logs, snapshots and the lint report. */
  readonly name: string;
  readonly text: string;
  readonly params: readonly string[];
}

export type Params = Record<string, unknown>;

const declared: CypherQuery[] = [];
const issued = new WeakSet<CypherQuery>();

export function cypher(name: string, text: string, params: readonly string[] = []): CypherQuery {
  const query = Object.freeze({ name, text: text.trim(), params: Object.freeze([...params]) });
  declared.push(query);
  issued.add(query);
  return query;
}

/** True for a statement made by `cypher()`, i.e. one of the module constants. */
export function isDeclaredQuery(query: CypherQuery): boolean {
  return issued.has(query);
}

/** Every statement declared by the modules loaded so far: what the EXPLAIN test plans on Neo4j. */
export function declaredQueries(): readonly CypherQuery[] {
  return [...declared];
}

/** Throws unless the parameters are exactly the declared ones. */
export function checkParams(query: CypherQuery, params: Params): void {
  const given = Object.keys(params).sort();
  const declared = [...query.params].sort();
  if (given.length !== declared.length || given.some((key, i) => key !== declared[i])) {
    throw new Error(`${query.name}: parameters [${given.join(', ')}] do not match [${declared.join(', ')}]`);
  }
  if (!isDeclaredQuery(query)) throw new Error(`${query.name}: not a declared query`);
}

/** One query per member of a fixed vocabulary, e.g. one upsert per node label. */
export function perValue<K extends string>(
  values: readonly K[],
  make: (value: K) => CypherQuery,
): Record<K, CypherQuery> {
  return Object.fromEntries(values.map((value) => [value, make(value)])) as Record<K, CypherQuery>;
}
