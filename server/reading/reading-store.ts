/**
 * Where readings are kept: the store's side area beside accounts and saved views (the embedded
 * account journal, or :Reading nodes in Neo4j). Each account store offers listReadings,
 * getReading and putReading; this module only names that part.
 */
import type { AccountStore } from '../store/account-port.js';
import type { StoredReading } from './stored.js';

export interface ReadingStore {
  listReadings(): Promise<StoredReading[]>;
  getReading(id: string): Promise<StoredReading | null>;
  putReading(reading: StoredReading, expectedVersion: number): Promise<void>;
}

export function readingStoreOf(store: AccountStore): ReadingStore {
  const s = store as Partial<ReadingStore>;
  if (
    typeof s.listReadings !== 'function' ||
    typeof s.getReading !== 'function' ||
    typeof s.putReading !== 'function'
  ) {
    throw new Error('this account store keeps no readings');
  }
  return store as AccountStore & ReadingStore;
}
