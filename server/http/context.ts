/**
 * What every resolver receives: the store as this viewer may see it, per-request batch loaders
 * (one store call per level of the query rather than one per child field: no N+1), who is asking,
 * and the account service with this request's session controls.
 */
import DataLoader from 'dataloader';
import type { CountryRecord, NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { GraphStore } from '../store/port.js';
import type { Clearance } from '../access/clearance.js';
import { redactingStore } from '../access/redacting-store.js';
import { ANONYMOUS_VIEWER, type Viewer } from '../accounts/roles.js';
import type { AccountService } from '../accounts/service.js';
import { UnauthenticatedError } from '../domain/errors.js';

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  relationships: DataLoader<string, RelationshipRecord[]>;
  countryByCode: DataLoader<string, CountryRecord | null>;
  /** Versions of nodes and relationships, by id. */
  version: DataLoader<string, number | null>;
}

/** The actor recorded for edits made outside any account (loaders, tests of the write service). */
export const ANONYMOUS = 'anonymous';

/** The request's session cookie, for login and logout. */
export interface SessionControl {
  /** The client's address, for the login limiter. */
  readonly ip: string;
  /** The session id the request came with, if any. */
  current(): string | undefined;
  /** Sets the cookie to a new session. */
  start(sessionId: string, expiresAt: Date): void;
  /** Clears the cookie. */
  end(): void;
}

export interface RequestContext {
  /** The store as this viewer may see it: hidden items do not exist in it. */
  store: GraphStore;
  loaders: Loaders;
  /** Who is making the request: recorded as the actor of every edit it makes (the username). */
  actor: string;
  /** The signed-in user (or anonymous) and the clearance that applies. */
  viewer: Viewer;
  accounts: AccountService | undefined;
  session: SessionControl | undefined;
}

export interface ContextExtras {
  viewer?: Viewer;
  accounts?: AccountService;
  session?: SessionControl;
}

export function createContext(
  baseStore: GraphStore,
  clearance: Clearance,
  actor: string = ANONYMOUS,
  extras: ContextExtras = {},
): RequestContext {
  const store = redactingStore(baseStore, clearance);
  return {
    store,
    actor,
    viewer: extras.viewer ?? ANONYMOUS_VIEWER,
    accounts: extras.accounts,
    session: extras.session,
    loaders: {
      node: new DataLoader((ids) => store.getNodes(ids)),
      relationships: new DataLoader((ids) => store.relationshipsOf(ids)),
      version: new DataLoader((ids) => store.versionsOf(ids)),
      countryByCode: new DataLoader(async (codes) => {
        const countries = await store.listNodes('COUNTRY', { first: 1000 });
        const byCode = new Map(countries.items.map((c) => [(c as CountryRecord).code, c as CountryRecord]));
        return codes.map((code) => byCode.get(code) ?? null);
      }),
    },
  };
}

/** The request's context for a viewer: the store redacted to their clearance, edits recorded as them. */
export function contextFor(
  baseStore: GraphStore,
  viewer: Viewer,
  accounts?: AccountService,
  session?: SessionControl,
): RequestContext {
  return createContext(baseStore, viewer.clearance, viewer.account?.username ?? ANONYMOUS, {
    viewer,
    accounts,
    session,
  });
}

/** The account service, present whenever the app was built with accounts. */
export function accountsOf(ctx: RequestContext): AccountService {
  if (!ctx.accounts) throw new UnauthenticatedError('Accounts are not available on this server');
  return ctx.accounts;
}
