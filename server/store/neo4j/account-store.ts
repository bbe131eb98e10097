/**
 * The account store over Neo4j: :Account, :Session and :ApiToken nodes, through the same
 * transaction runner as the graph (statements in queries.ts). It shares the graph store's driver,
 * so closing it leaves the driver to the graph store.
 */
import type { Node } from 'neo4j-driver';
import { ROLES, type AccountRecord, type ApiTokenRecord, type SessionRecord } from '../../accounts/records.js';
import type { Clearance } from '../../access/clearance.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import { SENSITIVITIES } from '../../domain/vocabulary.js';
import type { AccountStore } from '../account-port.js';
import type { NodePosition, SavedViewRecord } from '../../views/records.js';
import type { StoredReading } from '../../reading/stored.js';
import {
  CREATE_ACCOUNT,
  CREATE_VIEW,
  DELETE_VIEW,
  GET_VIEW,
  LIST_VIEWS,
  UPDATE_VIEW,
  CREATE_SESSION,
  CREATE_TOKEN,
  DELETE_ALL_ACCOUNTS,
  DELETE_EXPIRED_SESSIONS,
  DELETE_SESSION,
  DELETE_SESSIONS_OF,
  DELETE_TOKEN,
  FIND_ACCOUNT,
  GET_ACCOUNT,
  GET_SESSION,
  GET_TOKEN,
  GET_TOKEN_BY_ID,
  LIST_ACCOUNTS,
  LIST_TOKENS,
  UPDATE_ACCOUNT,
  CREATE_READING,
  GET_READING,
  LIST_READINGS,
  UPDATE_READING,
} from './queries.js';
import type { CypherQuery, Params } from './cypher.js';
import type { TransactionRunner } from './transactions.js';
import { StoredValueError, toNeo4jInt, toNumber, toText } from './values.js';

export class Neo4jAccountStore implements AccountStore {
  constructor(private readonly runner: TransactionRunner) {}

  async createAccount(a: AccountRecord): Promise<void> {
    await this.runner.write((tx) => tx.run(CREATE_ACCOUNT, { ...a, username: a.username.toLowerCase() }));
  }

  async updateAccount(a: AccountRecord): Promise<void> {
    const rows = await this.runner.write((tx) =>
      tx.run(UPDATE_ACCOUNT, {
        id: a.id,
        displayName: a.displayName,
        role: a.role,
        clearance: a.clearance,
        passwordHash: a.passwordHash,
        disabled: a.disabled,
        updatedAt: a.updatedAt,
      }),
    );
    if (rows.length === 0) throw new NotFoundError(`no account has the id '${a.id}'`, 'id');
  }

  getAccount(id: string): Promise<AccountRecord | null> {
    return this.one(GET_ACCOUNT, { id }, 'a', toAccount);
  }

  findAccount(username: string): Promise<AccountRecord | null> {
    return this.one(FIND_ACCOUNT, { username: username.toLowerCase() }, 'a', toAccount);
  }

  async listAccounts(): Promise<AccountRecord[]> {
    const rows = await this.runner.read((tx) => tx.run(LIST_ACCOUNTS));
    return rows.map((r) => toAccount(r.get('a') as Node));
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.runner.write(async (tx) => {
      await tx.run(DELETE_EXPIRED_SESSIONS, { now: s.createdAt });
      await tx.run(CREATE_SESSION, { ...s });
    });
  }

  getSession(idHash: string): Promise<SessionRecord | null> {
    return this.one(GET_SESSION, { idHash }, 's', toSession);
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.runner.write((tx) => tx.run(DELETE_SESSION, { idHash }));
  }

  async deleteSessionsOf(accountId: string): Promise<void> {
    await this.runner.write((tx) => tx.run(DELETE_SESSIONS_OF, { accountId }));
  }

  async createToken(t: ApiTokenRecord): Promise<void> {
    await this.runner.write((tx) => tx.run(CREATE_TOKEN, { ...t }));
  }

  getToken(secretHash: string): Promise<ApiTokenRecord | null> {
    return this.one(GET_TOKEN, { secretHash }, 't', toToken);
  }

  getTokenById(id: string): Promise<ApiTokenRecord | null> {
    return this.one(GET_TOKEN_BY_ID, { id }, 't', toToken);
  }

  async listTokens(accountId: string): Promise<ApiTokenRecord[]> {
    const rows = await this.runner.read((tx) => tx.run(LIST_TOKENS, { accountId }));
    return rows.map((r) => toToken(r.get('t') as Node));
  }

  async deleteToken(id: string): Promise<void> {
    await this.runner.write((tx) => tx.run(DELETE_TOKEN, { id }));
  }

  async listViews(): Promise<SavedViewRecord[]> {
    const rows = await this.runner.read((tx) => tx.run(LIST_VIEWS));
    return rows.map((r) => toView(r.get('v') as Node));
  }

  getView(id: string): Promise<SavedViewRecord | null> {
    return this.one(GET_VIEW, { id }, 'v', toView);
  }

  async createView(v: SavedViewRecord): Promise<void> {
    const rows = await this.runner.write((tx) => tx.run(CREATE_VIEW, viewParams(v)));
    if (rows.length === 0) throw new ConflictError(`a saved view has the id '${v.id}'`, 'id');
  }

  async updateView(v: SavedViewRecord, expectedVersion: number): Promise<void> {
    await this.runner.write(async (tx) => {
      const { createdAt: _created, ...rest } = viewParams(v);
      const rows = await tx.run(UPDATE_VIEW, { ...rest, expectedVersion: toNeo4jInt(expectedVersion) });
      if (rows.length === 0) await this.explainMiss(tx, v.id, expectedVersion);
    });
  }

  async deleteView(id: string, expectedVersion: number): Promise<void> {
    await this.runner.write(async (tx) => {
      const rows = await tx.run(DELETE_VIEW, { id, expectedVersion: toNeo4jInt(expectedVersion) });
      if (rows.length === 0) await this.explainMiss(tx, id, expectedVersion);
    });
  }

  /** Why a versioned change matched nothing: no such view, or a newer version. */
  private async explainMiss(
    tx: Parameters<Parameters<TransactionRunner['write']>[0]>[0],
    id: string,
    expectedVersion: number,
  ): Promise<never> {
    const [row] = await tx.run(GET_VIEW, { id });
    if (!row) throw new NotFoundError(`no saved view has the id '${id}'`, 'id');
    const version = toView(row.get('v') as Node).version;
    throw new ConflictError(
      `the view was changed meanwhile (version ${version}, not ${expectedVersion})`,
      'expectedVersion',
    );
  }

  async listReadings(): Promise<StoredReading[]> {
    const rows = await this.runner.read((tx) => tx.run(LIST_READINGS));
    return rows.map((r) => toReading(r.get('r') as Node));
  }

  getReading(id: string): Promise<StoredReading | null> {
    return this.one(GET_READING, { id }, 'r', toReading);
  }

  async putReading(r: StoredReading, expectedVersion: number): Promise<void> {
    const params = { id: r.id, title: r.title, json: r.json, updatedAt: r.updatedAt, version: toNeo4jInt(r.version) };
    await this.runner.write(async (tx) => {
      if (expectedVersion === 0) {
        const rows = await tx.run(CREATE_READING, params);
        if (rows.length === 0) throw new ConflictError(`a reading has the id '${r.id}'`, 'id');
        return;
      }
      const rows = await tx.run(UPDATE_READING, { ...params, expectedVersion: toNeo4jInt(expectedVersion) });
      if (rows.length > 0) return;
      const [row] = await tx.run(GET_READING, { id: r.id });
      if (!row) throw new NotFoundError(`no reading has the id '${r.id}'`, 'id');
      throw new ConflictError('the reading was changed meanwhile', 'expectedVersion');
    });
  }

  /** Removes every account, session, token and saved view (tests; wiping a deployment's accounts). */
  async clear(): Promise<void> {
    await this.runner.write((tx) => tx.run(DELETE_ALL_ACCOUNTS));
  }

  /** The graph store owns the driver. */
  async close(): Promise<void> {}

  private async one<T>(query: CypherQuery, params: Params, key: string, map: (n: Node) => T): Promise<T | null> {
    const [row] = await this.runner.read((tx) => tx.run(query, params));
    return row ? map(row.get(key) as Node) : null;
  }
}

function props(node: Node): Record<string, unknown> {
  return node.properties as Record<string, unknown>;
}

function toAccount(node: Node): AccountRecord {
  const p = props(node);
  const role = toText(p.role, 'role');
  const clearance = toText(p.clearance, 'clearance');
  if (!(ROLES as readonly string[]).includes(role)) throw new StoredValueError(`account role '${role}' is unknown`);
  if (!(SENSITIVITIES as readonly string[]).includes(clearance)) {
    throw new StoredValueError(`account clearance '${clearance}' is unknown`);
  }
  return {
    id: toText(p.id, 'id'),
    username: toText(p.username, 'username'),
    displayName: toText(p.displayName, 'displayName'),
    role: role as AccountRecord['role'],
    clearance: clearance as Clearance,
    passwordHash: toText(p.passwordHash, 'passwordHash'),
    disabled: p.disabled === true,
    createdAt: toText(p.createdAt, 'createdAt'),
    updatedAt: toText(p.updatedAt, 'updatedAt'),
  };
}

function toSession(node: Node): SessionRecord {
  const p = props(node);
  return {
    idHash: toText(p.idHash, 'idHash'),
    accountId: toText(p.accountId, 'accountId'),
    createdAt: toText(p.createdAt, 'createdAt'),
    expiresAt: toText(p.expiresAt, 'expiresAt'),
  };
}

function toToken(node: Node): ApiTokenRecord {
  const p = props(node);
  return {
    id: toText(p.id, 'id'),
    accountId: toText(p.accountId, 'accountId'),
    name: toText(p.name, 'name'),
    secretHash: toText(p.secretHash, 'secretHash'),
    createdAt: toText(p.createdAt, 'createdAt'),
  };
}

function viewParams(v: SavedViewRecord): Params {
  return {
    id: v.id,
    name: v.name,
    owner: v.owner,
    state: v.state,
    positions: JSON.stringify(v.positions),
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    version: toNeo4jInt(v.version),
  };
}

function toView(node: Node): SavedViewRecord {
  const p = props(node);
  let positions: Record<string, NodePosition>;
  try {
    positions = JSON.parse(toText(p.positions, 'positions')) as Record<string, NodePosition>;
  } catch {
    throw new StoredValueError('saved view positions are not JSON');
  }
  return {
    id: toText(p.id, 'id'),
    name: toText(p.name, 'name'),
    owner: toText(p.owner, 'owner'),
    state: toText(p.state, 'state'),
    positions,
    createdAt: toText(p.createdAt, 'createdAt'),
    updatedAt: toText(p.updatedAt, 'updatedAt'),
    version: toNumber(p.version, 'version'),
  };
}

function toReading(node: Node): StoredReading {
  const p = props(node);
  return {
    id: toText(p.id, 'id'),
    title: toText(p.title, 'title'),
    json: toText(p.json, 'json'),
    updatedAt: toText(p.updatedAt, 'updatedAt'),
    version: toNumber(p.version, 'version'),
  };
}
