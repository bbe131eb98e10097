/**
 * The part of the graph around some nodes, read in one go by stores that can (Neo4j, in one
 * Cypher query), so neighbourhoods and paths cost one database round trip instead of one per
 * breadth-first level. The algorithms themselves stay written once (neighbourhood.ts, paths.ts):
 * they replay over the vicinity through `VicinityReader`, so both stores give the same answers.
 *
 * A vicinity is a superset of what the replay can touch: every node within `radius` ties of a
 * seed, walking only ties of the given types and through nodes of the given kinds (seeds always
 * included), and every tie of those types among those nodes. The finer filters (dates, countries,
 * topics, sectors) are left to the replay, which applies them exactly as on any store.
 */
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import type { Dataset, GraphReader, NodeKindValue, RelationshipTypeValue } from '../store/port.js';

export interface VicinityRequest {
  seeds: readonly string[];
  /** 1 to 3. */
  radius: number;
  /** Ties walked; undefined: every type. */
  relationshipTypes?: readonly RelationshipTypeValue[];
  /** Kinds of the nodes walked through, seeds aside; undefined: every kind. */
  nodeKinds?: readonly NodeKindValue[];
  /** Nodes read per breadth-first level at most: past it the vicinity is incomplete. */
  cap: number;
  /**
   * Sensitivities the viewer may not see: joint cases carrying one are left out, with their ties,
   * as if they did not exist (set by the redacting store, never by callers).
   */
  hiddenSensitivities?: readonly string[];
}

export interface Vicinity extends Dataset {
  /** False when a level reached the cap: the caller must not treat the vicinity as whole. */
  complete: boolean;
}

/** What a store offers when it can read a vicinity in one round trip. */
export interface VicinitySource {
  vicinity?(request: VicinityRequest): Promise<Vicinity>;
}

/** The largest radius a vicinity is read with (depth-3 neighbourhoods, paths of up to 6 ties). */
export const MAX_VICINITY_RADIUS = 3;

function byTypeThenId(a: RelationshipRecord, b: RelationshipRecord): number {
  return a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The reads the graph algorithms make, answered from a vicinity in memory, in the port's order
 * (ties of a node by type, then id), so the replay walks exactly as it would on the store.
 */
export class VicinityReader implements Pick<GraphReader, 'getNodes' | 'relationshipsOf'> {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly ties = new Map<string, RelationshipRecord[]>();

  constructor(vicinity: Dataset) {
    for (const node of vicinity.nodes) this.nodes.set(node.id, node);
    for (const rel of vicinity.relationships) {
      for (const end of rel.start === rel.end ? [rel.start] : [rel.start, rel.end]) {
        const list = this.ties.get(end);
        if (list) list.push(rel);
        else this.ties.set(end, [rel]);
      }
    }
    for (const list of this.ties.values()) list.sort(byTypeThenId);
  }

  async getNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    return ids.map((id) => this.nodes.get(id) ?? null);
  }

  async relationshipsOf(
    ids: readonly string[],
    types?: readonly RelationshipTypeValue[],
  ): Promise<RelationshipRecord[][]> {
    return ids.map((id) => {
      const list = this.ties.get(id) ?? [];
      return types ? list.filter((r) => types.includes(r.type)) : list;
    });
  }
}
