/**
 * What reading keeps for each ingested document: the document (text and blocks, so every quote
 * and locator can be shown in place), the sentences that gave proposals, the proposals, and every
 * decision with who made it and when. Kept as one JSON document in the store's side area beside
 * accounts and saved views, never among the graph's nodes: nothing enters the graph until an
 * editor accepts it through the write service.
 */
import type { NodeKindValue, RelationshipTypeValue } from '../store/port.js';
import type { Block, DocumentFormat } from './document.js';

export type ProposalStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED' | 'MERGED';

export interface SentenceRecord {
  id: string;
  start: number;
  end: number;
  locator: string;
  /** Dates written in the sentence (partial dates, "from/until" for ranges). */
  dates: string[];
  /** Counts written in the sentence ("645 personnel"). */
  counts: string[];
}

export interface ProposalEnd {
  id: string;
  name: string;
  kind: NodeKindValue;
  /** Where the document names it (equal offsets when found from its date, place or heading). */
  start: number;
  end: number;
}

export interface Decision {
  by: string;
  at: string;
  comment?: string;
  /** The tie or node written when accepted, or the node merged into. */
  resultId?: string;
}

export interface TieProposal {
  id: string;
  sentence: string;
  type: RelationshipTypeValue;
  start: ProposalEnd;
  end: ProposalEnd;
  role?:
    | 'HOST'
    | 'ORGANIZER'
    | 'CO_ORGANIZER'
    | 'PARTICIPANT'
    | 'FUNDER'
    | 'FACILITATOR'
    | 'SUPPORTER'
    | 'SIGNATORY'
    | 'IMPLEMENTER'
    | 'WITNESS'
    | 'MEMBER'
    | 'CHAIR'
    | 'SECRETARIAT'
    | 'OBSERVER'
    | 'LEAD'
    | 'INVESTIGATOR'
    | 'PROSECUTOR'
    | 'VICTIM_SUPPORT'
    | 'FOREIGN_COUNTERPART'
    | 'OVERSIGHT'
    | 'SUPPORT';
  from?: string;
  until?: string;
  /** A verbatim span of the document text. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  locator: string;
  /** 0–1, with the reason in words. */
  confidence: number;
  reason: string;
  /** How many other sentences state the same tie. */
  alsoIn: number;
  status: ProposalStatus;
  decision?: Decision;
}

/** A new organisation the document introduces: "Name (ACRONYM)" or an acronym list entry. */
export interface NodeProposal {
  id: string;
  name: string;
  acronym?: string;
  kind: 'ORGANIZATION';
  /** A guess from the name's words; the editor may change it. */
  organizationKind: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  locator: string;
  confidence: number;
  reason: string;
  status: ProposalStatus;
  decision?: Decision;
}

export interface ReadingRecord {
  id: string;
  title: string;
  fileName: string;
  format: DocumentFormat;
  /** The Source node citations point at. */
  sourceId: string;
  text: string;
  blocks: Block[];
  pageCount?: number;
  sentences: SentenceRecord[];
  ties: TieProposal[];
  nodes: NodeProposal[];
  ingestedBy: string;
  ingestedAt: string;
  version: number;
}
