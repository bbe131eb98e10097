/**
 * What a GraphFilter lets through, decided once for every query and analysis. Undated items and
 * items without the filtered property are kept: absence of a date is not evidence of being
 * outside a window.
 */
import type { NodeRecord, RelationshipRecord } from '../domain/records.js';
import { earliestDay, latestDay, overlaps, type DayInterval, type PartialDate } from '../domain/partial-date.js';
import type { NodeKindValue, RelationshipTypeValue } from '../store/port.js';

export interface GraphFilter {
  nodeKinds?: readonly NodeKindValue[] | null;
  organizationKinds?: readonly string[] | null;
  sectors?: readonly string[] | null;
  relationshipTypes?: readonly RelationshipTypeValue[] | null;
  topics?: readonly string[] | null;
  countries?: readonly string[] | null;
  from?: PartialDate | null;
  until?: PartialDate | null;
  /**
   * Leave out agreements, meetings and cases that carry no date at all (not a GraphQL field:
   * coordination sets it to count and drop ties resting only on undated instruments).
   */
  datedOnly?: boolean | null;
}

/** The days a dated node covers; undefined when it carries no date. */
export function activeInterval(node: NodeRecord): DayInterval | undefined {
  switch (node.nodeKind) {
    case 'MEETING':
      return span(node.startDate, node.endDate ?? node.startDate);
    case 'AGREEMENT':
      return span(node.validFrom ?? node.signedOn, node.validUntil);
    case 'JOINT_CASE':
      return span(node.openedOn, node.closedOn);
    default:
      return undefined;
  }
}

function span(start?: string, end?: string): DayInterval | undefined {
  return start === undefined && end === undefined
    ? undefined
    : { start: start && earliestDay(start), end: end ? latestDay(end) : undefined };
}

/** Each filter's window, worked out once: an analysis asks for it on every item of the graph. */
const windows = new WeakMap<GraphFilter, DayInterval | null>();

function window(filter: GraphFilter): DayInterval | undefined {
  if (!filter.from && !filter.until) return undefined;
  let win = windows.get(filter);
  if (win === undefined) {
    win = {
      start: filter.from ? earliestDay(filter.from) : undefined,
      end: filter.until ? latestDay(filter.until) : undefined,
    };
    windows.set(filter, win);
  }
  return win ?? undefined;
}

export function nodeVisible(node: NodeRecord, filter: GraphFilter): boolean {
  if (filter.nodeKinds && !filter.nodeKinds.includes(node.nodeKind)) return false;
  const win = window(filter);
  const active = win || filter.datedOnly ? activeInterval(node) : undefined;
  if (win && active && !overlaps(active, win)) return false;
  if (filter.datedOnly && !active && isInstrument(node)) return false;
  switch (node.nodeKind) {
    case 'ORGANIZATION':
      if (filter.organizationKinds && !filter.organizationKinds.includes(node.kind)) return false;
      if (filter.sectors && !(node.sector && filter.sectors.includes(node.sector))) return false;
      if (filter.countries && node.countryCode && !filter.countries.includes(node.countryCode)) return false;
      return true;
    case 'COUNTRY':
      return !filter.countries || filter.countries.includes(node.code);
    case 'MEETING':
      if (filter.countries && node.countryCode && !filter.countries.includes(node.countryCode)) return false;
      return topicsMatch(node.topics, filter);
    case 'JOINT_CASE':
      if (
        filter.countries &&
        node.jurisdictions.length &&
        !node.jurisdictions.some((c) => filter.countries!.includes(c))
      ) {
        return false;
      }
      return topicsMatch(node.topics, filter);
    case 'AGREEMENT':
      return topicsMatch(node.topics, filter);
    default:
      return true;
  }
}

function isInstrument(node: NodeRecord): boolean {
  return node.nodeKind === 'AGREEMENT' || node.nodeKind === 'MEETING' || node.nodeKind === 'JOINT_CASE';
}

function topicsMatch(topics: readonly string[], filter: GraphFilter): boolean {
  return !filter.topics || topics.some((t) => filter.topics!.includes(t));
}

export function relationshipVisible(rel: RelationshipRecord, filter: GraphFilter): boolean {
  if (filter.relationshipTypes && !filter.relationshipTypes.includes(rel.type)) return false;
  const win = window(filter);
  if (win && (rel.from || rel.until)) {
    const span = { start: rel.from && earliestDay(rel.from), end: rel.until && latestDay(rel.until) };
    if (!overlaps(span, win)) return false;
  }
  return true;
}
