/**
 * What every resolver receives: the store and per-request batch loaders, so that one request
 * makes one store call per level of the query rather than one per child field (no N+1).
 */
import DataLoader from 'dataloader';
import type { CountryRecord, NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { GraphStore } from '../store/port.js';
import type { Clearance } from '../access/clearance.js';
import { redactingStore } from '../access/redacting-store.js';

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  relationships: DataLoader<string, RelationshipRecord[]>;
  countryByCode: DataLoader<string, CountryRecord | null>;
  /** Versions of nodes and relationships, by id. */
  version: DataLoader<string, number | null>;
}

/** Who edits when nobody is signed in: accounts (issue 8) will put the signed-in user here. */
export const ANONYMOUS = 'anonymous';

export interface RequestContext {
  /** The store as this viewer may see it: hidden items do not exist in it. */
  store: GraphStore;
  loaders: Loaders;
  /** Who is making the request: recorded as the actor of every edit it makes. */
  actor: string;
}

export function createContext(baseStore: GraphStore, clearance: Clearance, actor: string = ANONYMOUS): RequestContext {
  const store = redactingStore(baseStore, clearance);
  return {
    store,
    actor,
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
