/**
 * How the store keeps one ingested document's reading: its JSON text (records.ts' ReadingRecord)
 * with the few fields a listing needs. The store's side area (account-port.ts) holds these beside
 * accounts and saved views, never among the graph's nodes.
 */
export interface StoredReading {
  id: string;
  title: string;
  /** The ReadingRecord as JSON. */
  json: string;
  updatedAt: string;
  /** 1 when ingested; one more with each decision. */
  version: number;
}
