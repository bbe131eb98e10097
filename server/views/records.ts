/**
 * A saved view: a named explorer state (the URL state string) and the positions the analyst
 * arranged, shared by everyone who can read. Kept in the store's side area beside the accounts
 * (account-port.ts), never among the graph's nodes.
 */
export interface NodePosition {
  x: number;
  y: number;
}

export interface SavedViewRecord {
  id: string;
  name: string;
  /** The username of who saved it. */
  owner: string;
  /** The explorer's URL state (`?focus=…&x=…`). */
  state: string;
  /** Node positions in graph coordinates, by node id. */
  positions: Record<string, NodePosition>;
  createdAt: string;
  updatedAt: string;
  /** 1 when saved; each rename adds one. */
  version: number;
}
