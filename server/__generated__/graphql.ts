import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRecord, CountryRecord, AgreementRecord, MeetingRecord, JointCaseRecord, SourceRecord, RelationshipRecord, CitationRecord } from '../domain/records.js';
import type { Subgraph as SubgraphResult } from '../graph/neighbourhood.js';
import type { CoordinationTie as CoordinationTieResult, CoordinationGraph as CoordinationGraphResult } from '../analysis/coordination.js';
import type { BilateralCell as BilateralCellResult } from '../analysis/bilateral-matrix.js';
import type { SectorCoverage as SectorCoverageResult } from '../analysis/counterpart-coverage.js';
import type { DormantAgreement as DormantAgreementResult } from '../analysis/dormant-agreements.js';
import type { AgreementUse as AgreementUseResult, PairActivity as PairActivityResult } from '../analysis/gap-verdict.js';
import type { MissingLink as MissingLinkResult } from '../analysis/missing-links.js';
import type { Fragility as FragilityResult } from '../analysis/fragility.js';
import type { TieChange as TieChangeResult } from '../analysis/period-change.js';
import type { AuditEntry as AuditEntryRecord, RecordChange as RecordChangeRecord, AuditPage as AuditPageResult } from '../domain/audit.js';
import type { Deleted as DeletedResult } from '../editing/service.js';
import type { ImportReport as ImportReportResult, RowReport as RowReportResult } from '../exchange/import-graph.js';
import type { AccountRecord as AccountRecordResult, ApiTokenRecord as ApiTokenRecordResult } from '../accounts/records.js';
import type { SavedViewRecord as SavedViewRecordResult } from '../views/records.js';
import type { VisibleReading as VisibleReadingResult, VisibleSentence as VisibleSentenceResult } from '../reading/visible.js';
import type { TieProposal as TieProposalRecord, NodeProposal as NodeProposalRecord } from '../reading/records.js';
import type { RequestContext } from '../http/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date at the precision the source gives: a year (2013), a month (2024-03) or a day
   * (2024-03-05). Date windows treat it as every day it covers.
   */
  PartialDate: { input: string; output: string; }
};

/** What a user may do. Each role may do what the ones before it may. */
export const UserRole = {
  /** Reads PUBLIC data. */
  Viewer: 'VIEWER',
  /** Reads; cleared for RESTRICTED at least (CONFIDENTIAL when set so). */
  Analyst: 'ANALYST',
  /** Reads and changes data (create, update, delete, merge, import), at the clearance set for them. */
  Editor: 'EDITOR',
  /** Everything an editor may, and manages users, their roles and clearances, and anyone's API tokens. */
  Admin: 'ADMIN'
} as const;

export type UserRole = typeof UserRole[keyof typeof UserRole];
/** A person who signs in. */
export type User = {
  __typename?: 'User';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The name to sign in with (lower-case); also the actor of their edits in the audit trail. */
  username: Scalars['String']['output'];
  /** The name shown in the explorer. */
  displayName: Scalars['String']['output'];
  /** What they may do. */
  role: UserRole;
  /** The most sensitive joint cases they may see: their own setting clamped to the role's range (VIEWER: PUBLIC; ANALYST: at least RESTRICTED). */
  clearance: Sensitivity;
  /** A disabled user cannot sign in, and their sessions and tokens stop working. */
  disabled: Scalars['Boolean']['output'];
  /** When the account was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
};

/** A token for scripts, sent as `Authorization: Bearer <secret>`. It acts as its user. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** Identifier, to revoke it. */
  id: Scalars['ID']['output'];
  /** What it is for, as named when created. */
  name: Scalars['String']['output'];
  /** The user it acts as. */
  userId: Scalars['ID']['output'];
  /** When it was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
};

/** A token just created, with its secret: shown this once and never again. */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  /** The token. */
  token: ApiToken;
  /** The secret to send as `Authorization: Bearer <secret>`. Keep it safe; it cannot be shown again. */
  secret: Scalars['String']['output'];
};

/** A new user (admin only). */
export type CreateUserInput = {
  /** 2 to 64 characters: letters, digits, dot, dash or underscore. Stored lower-case. */
  username: Scalars['String']['input'];
  /** The name shown; the username when left out. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** What they may do. */
  role: UserRole;
  /** Their clearance, clamped to the role's range; PUBLIC (or the role's floor) when left out. */
  clearance?: InputMaybe<Sensitivity>;
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user; null when anonymous. */
  me: Maybe<User>;
  /** Every user, by username (ADMIN). */
  users: Array<User>;
  /** The API tokens of the signed-in user, or of `userId` (ADMIN). */
  apiTokens: Array<ApiToken>;
  /**
   * The bilateral cooperation matrix for a set of states (ISO codes; default the COMMIT members,
   * Thailand first), within the filter's period and topics. A pair is active with activity within
   * `months` before `asOf` (default: the latest date in the data), as dormantAgreements judges.
   */
  bilateralMatrix: BilateralMatrix;
  /** Sector-by-sector counterpart coverage between two states (ISO codes). */
  counterpartCoverage: CounterpartCoverage;
  /**
   * Agreements in force whose latest meeting or case under them is more than `months` before
   * `asOf` (default: the latest date in the data), or that have none.
   */
  dormantAgreements: Array<DormantAgreement>;
  /** Organisation pairs without a direct tie, ranked by shared partners (Adamic–Adar). */
  missingLinks: Array<MissingLink>;
  /** As missingLinks, saying whether the bounded search was cut. */
  missingLinkReport: MissingLinks;
  /** Brokers, articulation points, bridges, isolated and peripheral actors of the coordination network. */
  fragility: Fragility;
  /**
   * Coordination ties that are new, lapsed, strengthened or weakened from period a to period b. Only
   * dated instruments count: one with no date cannot be placed in either period (see coordination's
   * undatedCount for how many a window leaves out).
   */
  periodChanges: Array<TieChange>;
  /**
   * The edits that touched a node (the node itself or any of its ties), newest first. Works for
   * deleted nodes too: their history ends with the deletion (or the merge that removed them).
   */
  history: AuditConnection;
  /** Every edit to the graph, newest first. */
  recentChanges: AuditConnection;
  /** Find nodes by name, acronym, alias or local name; case- and accent-insensitive, tolerant of small typos. */
  search: Array<SearchHit>;
  /** One node by id, or null when there is none. */
  node: Maybe<Node>;
  /** Several nodes by id, in the order asked; null for unknown ids. */
  nodes: Array<Maybe<Node>>;
  /** One organisation by id. */
  organization: Maybe<Organization>;
  /** One country by id or ISO code. */
  country: Maybe<Country>;
  /** One agreement by id. */
  agreement: Maybe<Agreement>;
  /** One meeting by id. */
  meeting: Maybe<Meeting>;
  /** One joint case by id. */
  jointCase: Maybe<JointCase>;
  /** All nodes of one kind, by name. */
  list: NodeConnection;
  /** The subgraph within `depth` ties of the given nodes (depth 1 to 3), narrowed by the filter. */
  neighbourhood: Subgraph;
  /**
   * Who coordinates with whom: organisations linked by shared agreements, meetings and joint cases.
   *
   * A tie takes its dates from the instruments behind it: an agreement's signing or effective date
   * (and end of validity), a meeting's dates, a case's opening and closing. With `filter.from` or
   * `filter.until`, only instruments active in the window count, and ties resting only on undated
   * instruments are left out unless `includeUndated` is true (`undatedCount` says how many).
   *
   * `filter.countries` selects ties by their ends, not by where instruments took place: with one
   * code, ties with at least one end based in that state (its domestic and cross-border ties); with
   * several, ties joining organisations of two different states among them (cross-border ties
   * between those states: TH and MM give Thai–Myanmar ties, not Thai–Thai ones). International
   * bodies, having no state, match neither. Shared instruments count wherever they took place.
   */
  coordination: CoordinationGraph;
  /**
   * The shortest paths between two nodes, at most `maxLength` ties long (1 to 6). Ties of type
   * BASED_IN are left out unless the filter names them, as every agency of a state would otherwise
   * be two steps from every other.
   */
  paths: Array<Path>;
  /** Counts by kind, the date range covered and the source documents. */
  stats: GraphStats;
  /** Documents read for review, newest first (EDITOR). */
  readings: Array<Reading>;
  /** One reading (EDITOR); null for an unknown id. */
  reading: Maybe<Reading>;
  /** Every saved view, by name. */
  savedViews: Array<SavedView>;
  /** One saved view; null when there is none. */
  savedView: Maybe<SavedView>;
};


export type QueryApiTokensArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBilateralMatrixArgs = {
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  months?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  filter?: InputMaybe<GraphFilter>;
};


export type QueryCounterpartCoverageArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  filter?: InputMaybe<GraphFilter>;
};


export type QueryDormantAgreementsArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['PartialDate']['input']>;
  filter?: InputMaybe<GraphFilter>;
};


export type QueryMissingLinksArgs = {
  pairKind?: InputMaybe<PairKind>;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMissingLinkReportArgs = {
  pairKind?: InputMaybe<PairKind>;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFragilityArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeriodChangesArgs = {
  a: Period;
  b: Period;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  around?: InputMaybe<Array<Scalars['ID']['input']>>;
  amongPartners?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRecentChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<NodeKind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCountryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJointCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryListArgs = {
  kind: NodeKind;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNeighbourhoodArgs = {
  ids: Array<Scalars['ID']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoordinationArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  around?: InputMaybe<Array<Scalars['ID']['input']>>;
  amongPartners?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReadingArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySavedViewArgs = {
  id: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Signs in: sets the session cookie (HTTP-only, SameSite=Strict) and returns the user. A wrong
   * username or password answers UNAUTHENTICATED, the same for both; repeated failures answer
   * RATE_LIMITED with `extensions.retryAfterSeconds`.
   */
  login: User;
  /** Signs out: the session is revoked on the server and the cookie cleared. True even when not signed in. */
  logout: Scalars['Boolean']['output'];
  /** A new API token for the signed-in user (or for `userId`, ADMIN). The secret is shown once. */
  createApiToken: NewApiToken;
  /** Revokes one of your API tokens (any, for an ADMIN); it stops working at once. */
  revokeApiToken: Scalars['Boolean']['output'];
  /** Creates a user (ADMIN). */
  createUser: User;
  /** Changes a user's role, clearance, display name or disabled flag (ADMIN). Disabling signs them out. */
  updateUser: User;
  /**
   * Sets a user's password (ADMIN), signs them out everywhere and revokes every API token they hold
   * (whoever knew the old password may have made one): their scripts need new tokens.
   */
  resetPassword: Scalars['Boolean']['output'];
  /**
   * First steps: creates the first ADMIN (clearance CONFIDENTIAL) with the one-time setup link the
   * server printed at start-up when it had no account, and signs them in (as `login` does). A wrong,
   * spent or expired token, or any token once an admin exists, answers BAD_USER_INPUT with field
   * `token` and problem code INVALID_TOKEN, EXPIRED_TOKEN or SETUP_DONE; a weak password or bad
   * username answers on that field and leaves the token unspent. Failed attempts are throttled as
   * sign-ins are (RATE_LIMITED).
   */
  setupFirstAdmin: User;
  /** Creates an organisation (and its BASED_IN tie when it has a country code). */
  createOrganization: Organization;
  /** Changes an organisation; `expectedVersion` is the version the change was made from. */
  updateOrganization: Organization;
  /** Deletes an organisation with its ties. */
  deleteOrganization: Deletion;
  /** Creates a country. */
  createCountry: Country;
  /** Changes a country; its code cannot change while records use it. */
  updateCountry: Country;
  /** Deletes a country with its ties; refused while records use its code. */
  deleteCountry: Deletion;
  /** Creates an agreement. */
  createAgreement: Agreement;
  /** Changes an agreement. */
  updateAgreement: Agreement;
  /** Deletes an agreement with its ties. */
  deleteAgreement: Deletion;
  /** Creates a meeting (see recordMeeting to add its participants in the same step). */
  createMeeting: Meeting;
  /** Changes a meeting. */
  updateMeeting: Meeting;
  /** Deletes a meeting with its ties. */
  deleteMeeting: Deletion;
  /** Creates a joint case. */
  createJointCase: JointCase;
  /** Changes a joint case. */
  updateJointCase: JointCase;
  /** Deletes a joint case with its ties. */
  deleteJointCase: Deletion;
  /** Creates a source document. */
  createSource: Source;
  /** Changes a source document. */
  updateSource: Source;
  /** Deletes a source document; refused while anything else cites it. */
  deleteSource: Deletion;
  /** Creates a tie between two nodes, with its sources. */
  createRelationship: Relationship;
  /** Changes a tie's role, dates or sources. */
  updateRelationship: Relationship;
  /** Deletes a tie. */
  deleteRelationship: Deletion;
  /**
   * Merges two records of the same organisation. The duplicate's ties move to the survivor (a tie
   * the survivor already has is merged: sources united, the survivor's role kept, dates widened);
   * its name, acronym and aliases become the survivor's aliases; its sources are added to the
   * survivor's; fields the survivor lacks are taken from it. Then the duplicate is deleted.
   * Versions, when given, must be current.
   */
  mergeOrganizations: Organization;
  /** Records a meeting with its participants (and the agreements it was held under) in one atomic step. */
  recordMeeting: Meeting;
  /**
   * Imports files: every row is validated against the graph and the other rows; a dry run (the
   * default) reports what would happen to each row; an apply writes all rows atomically, or none
   * when any row is rejected.
   */
  importGraph: ImportReport;
  /** Reads a document against the graph and keeps its proposals for review. Writes nothing to the graph but the Source: a new one when no `sourceId` is given, or the document's text on the one given when it has none (for the evidence reader). */
  ingestDocument: Reading;
  /** Accepts a proposed tie (possibly edited): created through the normal editing path, citing the document, as the reviewer. */
  acceptTieProposal: Reading;
  /** Accepts a proposed organisation (possibly edited). */
  acceptNodeProposal: Reading;
  /** Merges a proposed organisation into an existing one: its names become aliases. */
  mergeNodeProposal: Reading;
  /** Rejects a proposal: nothing is written to the graph; the decision is kept with who and why. */
  rejectProposal: Reading;
  /** Saves the explorer's state and positions under a name (signed in). At most 5,000 positions. */
  saveView: SavedView;
  /** Renames a view (signed in); CONFLICT when it changed since `expectedVersion`. */
  renameView: SavedView;
  /** Deletes a view (signed in); CONFLICT when it changed since `expectedVersion`. */
  deleteView: Scalars['Boolean']['output'];
};


export type MutationLoginArgs = {
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  role?: InputMaybe<UserRole>;
  clearance?: InputMaybe<Sensitivity>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationSetupFirstAdminArgs = {
  token: Scalars['String']['input'];
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
  displayName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  patch: OrganizationPatch;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteOrganizationArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateCountryArgs = {
  input: CountryInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateCountryArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  patch: CountryPatch;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteCountryArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateAgreementArgs = {
  input: AgreementInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateAgreementArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  patch: AgreementPatch;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteAgreementArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateMeetingArgs = {
  input: MeetingInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateMeetingArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  patch: MeetingPatch;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteMeetingArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateJointCaseArgs = {
  input: JointCaseInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateJointCaseArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  patch: JointCasePatch;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteJointCaseArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateSourceArgs = {
  input: SourceInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateSourceArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  patch: SourcePatch;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteSourceArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateRelationshipArgs = {
  input: RelationshipInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateRelationshipArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  patch: RelationshipPatch;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteRelationshipArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMergeOrganizationsArgs = {
  survivor: Scalars['ID']['input'];
  duplicate: Scalars['ID']['input'];
  survivorVersion?: InputMaybe<Scalars['Int']['input']>;
  duplicateVersion?: InputMaybe<Scalars['Int']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportGraphArgs = {
  format: ImportFormat;
  files: Array<ImportFileInput>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationIngestDocumentArgs = {
  input: IngestDocumentInput;
};


export type MutationAcceptTieProposalArgs = {
  reading: Scalars['ID']['input'];
  proposal: Scalars['ID']['input'];
  edits?: InputMaybe<TieProposalEdits>;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAcceptNodeProposalArgs = {
  reading: Scalars['ID']['input'];
  proposal: Scalars['ID']['input'];
  edits?: InputMaybe<NodeProposalEdits>;
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMergeNodeProposalArgs = {
  reading: Scalars['ID']['input'];
  proposal: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectProposalArgs = {
  reading: Scalars['ID']['input'];
  proposal: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveViewArgs = {
  name: Scalars['String']['input'];
  state: Scalars['String']['input'];
  positions: Array<NodePositionInput>;
};


export type MutationRenameViewArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
};


export type MutationDeleteViewArgs = {
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
};

/**
 * The state of cooperation between two states, as the data records it. One function decides it
 * (server/analysis/gap-verdict.ts) for the matrix, the dormant list, the briefs and the explorer.
 * The pair's activity is every meeting or case of the two states alone (international bodies
 * aside), and every meeting or case recorded under one of their bilateral agreements, even when the
 * source names one side's agencies only. "Recent" means within `months` before the reference date
 * (by default the latest date in the filtered data).
 */
export const BilateralStatus = {
  /** No bilateral agreement, meeting or case at all: the two meet in multi-country settings at most. The most pressing verdict. */
  NoBilateralInstrument: 'NO_BILATERAL_INSTRUMENT',
  /** A bilateral agreement, but no recent activity of the pair: its agreements in force are all on the dormant list. */
  Dormant: 'DORMANT',
  /** Meetings or cases of the pair, but no bilateral agreement. */
  Informal: 'INFORMAL',
  /** A bilateral agreement and recent activity of the pair. */
  Active: 'ACTIVE'
} as const;

export type BilateralStatus = typeof BilateralStatus[keyof typeof BilateralStatus];
/** How an agreement is used: the same verdict the dormant list, the matrix and the briefs give. */
export type AgreementUse = {
  __typename?: 'AgreementUse';
  agreement: Agreement;
  /** Whether it is in force (status ACTIVE): only an agreement in force can be dormant. */
  inForce: Scalars['Boolean']['output'];
  /** The meetings and cases recorded under it (UNDER), newest first. */
  activities: Array<Node>;
  /** The latest of them. */
  lastActivity: Maybe<Node>;
  /** The date of that activity. */
  lastActivityDate: Maybe<Scalars['PartialDate']['output']>;
  /** Whole months from that activity to the reference date; null when no activity under it is dated. */
  monthsSinceActivity: Maybe<Scalars['Int']['output']>;
  /** In force, with no meeting or case under it within the months before the reference date. */
  dormant: Scalars['Boolean']['output'];
  /** The agreement's states the latest activity names (through their agencies or in their own name). */
  namedStates: Array<Country>;
  /** The agreement's states the latest activity does not name: activity under it counts for them too. */
  unnamedStates: Array<Country>;
  /** The verdict in words, e.g. 'last activity 2024-03-28: … (only Thailand’s side named)'. */
  summary: Scalars['String']['output'];
};

/** A meeting or case that counts as activity of a pair of states. */
export type PairActivity = {
  __typename?: 'PairActivity';
  /** The meeting or case. */
  instrument: Node;
  /** Its (end) date. */
  date: Maybe<Scalars['PartialDate']['output']>;
  /** The pair's bilateral agreements it is recorded under (empty: it brings the two together on its own). */
  under: Array<Agreement>;
  /** Which of the two states it names; one only when the source names one side's agencies. */
  namedStates: Array<Country>;
  /** Whether it falls within the months before the reference date. */
  recent: Scalars['Boolean']['output'];
  /** Why it counts, in words, e.g. 'under … MOU; only Thailand’s side named'. */
  note: Scalars['String']['output'];
};

/** One cell of the bilateral cooperation matrix: the verdict for one pair of states. */
export type BilateralCell = {
  __typename?: 'BilateralCell';
  /** One state. */
  a: Country;
  /** The other state. */
  b: Country;
  /** The verdict. */
  status: BilateralStatus;
  /** Agreements binding just these two states (any status). */
  bilateralAgreements: Array<Agreement>;
  /** Multi-country agreements both are party to. */
  multilateralAgreements: Array<Agreement>;
  /** How each bilateral agreement is used, with the same dormant verdicts as dormantAgreements. */
  agreements: Array<AgreementUse>;
  /** Meetings involving both states, or held under one of their bilateral agreements. */
  meetings: Array<Meeting>;
  /** Joint cases involving both states, or worked under one of their bilateral agreements. */
  jointCases: Array<JointCase>;
  /** The pair's own activity, newest first: meetings and cases of the two alone, or under their bilateral agreements. */
  activity: Array<PairActivity>;
  /** How many meetings and cases are the pair's own activity. */
  bilateralActivityCount: Scalars['Int']['output'];
  /** Date of the latest meeting or case in meetings and jointCases. */
  lastActivity: Maybe<Scalars['PartialDate']['output']>;
  /** The date recency was judged against. */
  referenceDate: Maybe<Scalars['PartialDate']['output']>;
  /** The months before the reference date that count as recent. */
  months: Scalars['Int']['output'];
  /** The verdict in words, with the counts and the latest activity behind it. */
  explanation: Scalars['String']['output'];
};

/** The bilateral cooperation matrix of a set of states. */
export type BilateralMatrix = {
  __typename?: 'BilateralMatrix';
  /** The states, in the order asked. */
  countries: Array<Country>;
  /** One cell per pair of states. */
  cells: Array<BilateralCell>;
};

/** Whether a sector has a direct tie across a pair of states. */
export const CoverageStatus = {
  /**
   * At least one direct tie between agencies of this sector on both sides, or a bilateral agreement
   * to which the states themselves are parties that names this sector (by its topics or its
   * implementing agencies).
   */
  Covered: 'COVERED',
  /** No same-sector tie, but this sector's agencies are tied across the border to bodies of other sectors. */
  CrossSector: 'CROSS_SECTOR',
  /** Both sides have agencies of this sector in the data, but no direct tie between them. */
  Gap: 'GAP',
  /** One side has no agency of this sector in the data (listed for the core counter-trafficking sectors only). */
  NoCounterpartKnown: 'NO_COUNTERPART_KNOWN'
} as const;

export type CoverageStatus = typeof CoverageStatus[keyof typeof CoverageStatus];
/** Counterpart coverage of one sector for a pair of states. */
export type SectorCoverage = {
  __typename?: 'SectorCoverage';
  sector: Sector;
  /** The sector in words, as the vocabulary writes it ('Finance / AML'). */
  label: Scalars['String']['output'];
  status: CoverageStatus;
  /** Agencies of this sector on side a. */
  agenciesA: Array<Organization>;
  /** Agencies of this sector on side b. */
  agenciesB: Array<Organization>;
  /** The direct ties between them, with their evidence. */
  ties: Array<CoordinationTie>;
  /** Ties between this sector's agencies on one side and bodies of other sectors on the other. */
  crossSectorTies: Array<CoordinationTie>;
  /**
   * Bilateral agreements between the two to which a state is party in its own name, naming this
   * sector through their topics or the sectors of their agencies on either side (a labour MOU
   * signed by the two governments covers labour).
   */
  stateAgreements: Array<Agreement>;
  /** The verdict in words. */
  explanation: Scalars['String']['output'];
};

/** Counterpart coverage for a pair of states: sector by sector. */
export type CounterpartCoverage = {
  __typename?: 'CounterpartCoverage';
  a: Country;
  b: Country;
  /**
   * The sectors present in the pair's cooperation, in the vocabulary's order: those tied across the
   * border, named by an agreement between the states, with agencies on both sides, or a core
   * counter-trafficking sector (law enforcement, prosecution, social welfare, labour, immigration,
   * coordination) with agencies on one side.
   */
  sectors: Array<SectorCoverage>;
  /** Sectors with agencies on one side only and nothing across the border, left out of sectors. */
  omittedSectors: Array<Sector>;
};

/** An agreement in force with no recent meeting or case under it (its AgreementUse verdict is dormant). */
export type DormantAgreement = {
  __typename?: 'DormantAgreement';
  agreement: Agreement;
  /** The verdict in words, as the matrix and the briefs state it. */
  summary: Scalars['String']['output'];
  /** Its parties. */
  parties: Array<Node>;
  /** The latest meeting or case under it, if any. */
  lastActivity: Maybe<Node>;
  /** The date of that activity. */
  lastActivityDate: Maybe<Scalars['PartialDate']['output']>;
  /** Whole months from that activity to the reference date; null when there was none. */
  monthsSinceActivity: Maybe<Scalars['Int']['output']>;
};

/** Which pairs of organisations missing-link suggestions may name. */
export const PairKind = {
  Any: 'ANY',
  /** A government agency and an NGO. */
  GovernmentNgo: 'GOVERNMENT_NGO',
  /** Agencies of two different states. */
  DomesticForeign: 'DOMESTIC_FOREIGN',
  /** Organisations of the same sector. */
  SameSector: 'SAME_SECTOR'
} as const;

export type PairKind = typeof PairKind[keyof typeof PairKind];
/** Two organisations that do not coordinate directly but share partners. */
export type MissingLink = {
  __typename?: 'MissingLink';
  a: Organization;
  b: Organization;
  /** Adamic–Adar index: the sum over shared partners of 1/ln(the partner's number of ties). */
  score: Scalars['Float']['output'];
  /** The shared partners, the most telling (fewest other ties) first. */
  sharedPartners: Array<Organization>;
  /** Topics both work on with their partners. */
  sharedTopics: Array<Topic>;
};

/** An actor others' coordination runs through. */
export type Broker = {
  __typename?: 'Broker';
  organization: Organization;
  /**
   * Normalised betweenness centrality (0–1): how often it lies on the shortest chains between
   * others. Exact on networks of up to 256 actors with a tie; above, estimated from 256 sampled
   * sources (see betweennessError).
   */
  betweenness: Scalars['Float']['output'];
  /** Half-width of the 95% confidence interval of the estimate; 0 when computed exactly. */
  betweennessError: Scalars['Float']['output'];
  /** Number of organisations it coordinates with directly. */
  degree: Scalars['Int']['output'];
  /** Whether its loss would split the network. */
  isArticulationPoint: Scalars['Boolean']['output'];
};

/** An actor whose loss would split the network. */
export type ArticulationPoint = {
  __typename?: 'ArticulationPoint';
  organization: Organization;
  /** Actors that would be cut off from the largest remaining part (at most 500; see cutOffCount). */
  cutOff: Array<Organization>;
  /** How many actors would be cut off. */
  cutOffCount: Scalars['Int']['output'];
};

/** A tie whose loss would split the network. */
export type Bridge = {
  __typename?: 'Bridge';
  tie: CoordinationTie;
  /** The actors on the smaller side of the split (at most 500; see smallerSideCount). */
  smallerSide: Array<Organization>;
  /** How many actors are on the smaller side. */
  smallerSideCount: Scalars['Int']['output'];
};

/** Who the network depends on, and who is on its edge. */
export type Fragility = {
  __typename?: 'Fragility';
  /** The top brokers by betweenness. */
  brokers: Array<Broker>;
  articulationPoints: Array<ArticulationPoint>;
  bridges: Array<Bridge>;
  /** Organisations with no coordination tie in the period. */
  isolated: Array<Organization>;
  /** Organisations with exactly one coordination tie. */
  peripheral: Array<Organization>;
  /** Sources sampled for betweenness, of betweennessPopulation actors with a tie (equal: exact). */
  betweennessSamples: Scalars['Int']['output'];
  betweennessPopulation: Scalars['Int']['output'];
  /**
   * Whether a bound cut the answer: betweenness sampled, or more brokers, articulation points,
   * bridges (limit) or members of a list (500) than shown.
   */
  truncated: Scalars['Boolean']['output'];
};

/** Missing-link suggestions, and whether the bounded search for them was cut. */
export type MissingLinks = {
  __typename?: 'MissingLinks';
  links: Array<MissingLink>;
  /**
   * Whether an organisation's candidate walk hit its bound (1,500 two-step paths, 10 candidates
   * each): pairs reached only through hubs may be missing. The scores shown are exact.
   */
  truncated: Scalars['Boolean']['output'];
};

/** How a tie changed between two periods. */
export const TieChangeKind = {
  New: 'NEW',
  Lapsed: 'LAPSED',
  Strengthened: 'STRENGTHENED',
  Weakened: 'WEAKENED'
} as const;

export type TieChangeKind = typeof TieChangeKind[keyof typeof TieChangeKind];
/** A change in one coordination tie between two periods. */
export type TieChange = {
  __typename?: 'TieChange';
  kind: TieChangeKind;
  /** The tie in the first period, if it existed then. */
  before: Maybe<CoordinationTie>;
  /** The tie in the second period, if it exists then. */
  after: Maybe<CoordinationTie>;
  weightBefore: Scalars['Float']['output'];
  weightAfter: Scalars['Float']['output'];
};

/** A period of time; an open end reaches as far as the data. */
export type Period = {
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** What a change did to one record. */
export const ChangeOperation = {
  /** The record did not exist before. */
  Create: 'CREATE',
  /** The record existed before and after, with different values. */
  Update: 'UPDATE',
  /** The record does not exist after. */
  Delete: 'DELETE'
} as const;

export type ChangeOperation = typeof ChangeOperation[keyof typeof ChangeOperation];
/** Which kind of record a change concerns. */
export const ChangedItemKind = {
  Node: 'NODE',
  Relationship: 'RELATIONSHIP'
} as const;

export type ChangedItemKind = typeof ChangedItemKind[keyof typeof ChangedItemKind];
/** The edit an audit entry records. */
export const EditAction = {
  /** A node was created (createOrganization, createMeeting…). */
  CreateNode: 'CREATE_NODE',
  /** A node's fields were changed. */
  UpdateNode: 'UPDATE_NODE',
  /** A node was deleted, with its ties. */
  DeleteNode: 'DELETE_NODE',
  /** A tie was created. */
  CreateRelationship: 'CREATE_RELATIONSHIP',
  /** A tie's role, dates or sources were changed. */
  UpdateRelationship: 'UPDATE_RELATIONSHIP',
  /** A tie was deleted. */
  DeleteRelationship: 'DELETE_RELATIONSHIP',
  /** Two organisations were merged into one: ties, aliases and sources moved to the survivor. */
  MergeOrganizations: 'MERGE_ORGANIZATIONS',
  /** A meeting was recorded with its participants in one step. */
  RecordMeeting: 'RECORD_MEETING',
  /** A file was imported. */
  Import: 'IMPORT',
  /** The whole graph was replaced (the seed loaded on first start, or `npm run seed -- --reset`). */
  Reset: 'RESET',
  /**
   * A review decision that changed nothing in the graph: a tie or organisation proposed by reading a
   * document was rejected. The summary names the proposal and the document, the comment the reason.
   */
  ReviewDecision: 'REVIEW_DECISION'
} as const;

export type EditAction = typeof EditAction[keyof typeof EditAction];
/** One field that differs between a record before and after a change. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field's name, as in the record (name, aliases, sources, role…). */
  field: Scalars['String']['output'];
  /** The value before, as JSON; null when the field was absent. */
  before: Maybe<Scalars['String']['output']>;
  /** The value after, as JSON; null when the field is absent. */
  after: Maybe<Scalars['String']['output']>;
};

/** What one edit did to one node or relationship. */
export type RecordChange = {
  __typename?: 'RecordChange';
  operation: ChangeOperation;
  itemKind: ChangedItemKind;
  /** The id of the node or relationship. */
  itemId: Scalars['ID']['output'];
  /** The node's kind, for a node. */
  nodeKind: Maybe<NodeKind>;
  /** The relationship's type, for a relationship. */
  relationshipType: Maybe<RelationshipType>;
  /** A readable label: the node's name, or TYPE start → end for a relationship. */
  label: Scalars['String']['output'];
  /** The whole record before the change, as JSON; null when it was created. */
  before: Maybe<Scalars['String']['output']>;
  /** The whole record after the change, as JSON; null when it was deleted. */
  after: Maybe<Scalars['String']['output']>;
  /** The fields that differ (every field of a created or deleted record). */
  fields: Array<FieldChange>;
};

/** One edit: who made it, when, what it changed and why. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Stable identifier; entries are numbered in the order they were written. */
  id: Scalars['ID']['output'];
  /** When the change was stored, as an ISO 8601 timestamp (UTC). */
  at: Scalars['String']['output'];
  /** Who made it. */
  actor: Scalars['String']['output'];
  /** Which kind of edit it was. */
  action: EditAction;
  /** Why, in the editor's words, when given. */
  comment: Maybe<Scalars['String']['output']>;
  /** The edit in one line. */
  summary: Scalars['String']['output'];
  /** How many records the edit changed (as far as the viewer may see them). */
  changeCount: Scalars['Int']['output'];
  /** The records it changed; `about` keeps only the changes to that node and its ties. */
  changes: Array<RecordChange>;
};


/** One edit: who made it, when, what it changed and why. */
export type AuditEntryChangesArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of audit entries, newest first. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  entries: Array<AuditEntry>;
  /** Pass as `after` to get the next (older) page; null on the last page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether older entries follow. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A document that facts in the graph cite. */
export type Source = Node & {
  __typename?: 'Source';
  /** Stable slug, e.g. rtg-progress-2024-q1. */
  id: Scalars['ID']['output'];
  /** Always SOURCE. */
  nodeKind: NodeKind;
  /** Increases by one with every change: pass it as `expectedVersion` to update or delete the node. */
  version: Scalars['Int']['output'];
  /** The document's title. */
  name: Scalars['String']['output'];
  /** Other titles the document goes by. */
  aliases: Array<Scalars['String']['output']>;
  /** What the document is and what it covers. */
  description: Maybe<Scalars['String']['output']>;
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** When it was published. */
  publishedOn: Maybe<Scalars['PartialDate']['output']>;
  /** Where it can be read, if public online. */
  url: Maybe<Scalars['String']['output']>;
  /** The identifier of the document in the project's source collection (the file in shared/seeds). */
  documentId: Scalars['String']['output'];
  /** A source cites itself. */
  sources: Array<Citation>;
  /** Relationships of this node (sources have none; present for the Node interface). */
  relationships: RelationshipConnection;
};


/** A document that facts in the graph cite. */
export type SourceRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Where in a source document a fact is stated. */
export type Citation = {
  __typename?: 'Citation';
  /** The document. */
  source: Source;
  /** The place in the document: a section (§7.2), a table (Table 12) or a page. */
  locator: Scalars['String']['output'];
  /** A short excerpt of the document stating the fact, when recorded. */
  quote: Maybe<Scalars['String']['output']>;
};

/** Anything that can be a node of the coordination graph. */
export type Node = {
  /** Stable slug identifier. */
  id: Scalars['ID']['output'];
  /** Which kind of node this is. */
  nodeKind: NodeKind;
  /** Increases by one with every change: pass it as `expectedVersion` to update or delete the node. */
  version: Scalars['Int']['output'];
  /** The name in English. */
  name: Scalars['String']['output'];
  /** Other names, spellings and acronyms, including misspellings found in the sources. */
  aliases: Array<Scalars['String']['output']>;
  /** What the sources say about it that the structured fields do not. */
  description: Maybe<Scalars['String']['output']>;
  /** Where the node's facts are stated. Never empty. */
  sources: Array<Citation>;
  /** The node's relationships, paginated. */
  relationships: RelationshipConnection;
};


/** Anything that can be a node of the coordination graph. */
export type NodeRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A government agency, international organisation, NGO, mechanism, committee or programme. */
export type Organization = Node & {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  version: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** What kind of organisation it is. */
  kind: OrganizationKind;
  /** The short form the field uses (RTP, DSI, MSDHS). */
  acronym: Maybe<Scalars['String']['output']>;
  /** The name in the local script (Thai), where known. */
  nameLocal: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of its state; null for international bodies. */
  countryCode: Maybe<Scalars['String']['output']>;
  /** Its state; null for international bodies. */
  country: Maybe<Country>;
  /** The field it works in. */
  sector: Maybe<Sector>;
  /** The body it is a unit of (PART_OF). */
  parent: Maybe<Organization>;
  /** Its units (organisations PART_OF it). */
  units: Array<Organization>;
};


/** A government agency, international organisation, NGO, mechanism, committee or programme. */
export type OrganizationRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A state. */
export type Country = Node & {
  __typename?: 'Country';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  version: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['String']['output'];
  /** The mechanisms it is a member of (COMMIT, ASEAN…). */
  memberships: Array<Organization>;
};


/** A state. */
export type CountryRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A written instrument of cooperation. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  version: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** MOU, SOP, plan of action… */
  kind: AgreementKind;
  /** Domestic, bilateral or multilateral. */
  scope: AgreementScope;
  /** When it was signed. */
  signedOn: Maybe<Scalars['PartialDate']['output']>;
  /** When it took effect. */
  validFrom: Maybe<Scalars['PartialDate']['output']>;
  /** When it ends or ended. */
  validUntil: Maybe<Scalars['PartialDate']['output']>;
  /** Its life-cycle state as of the latest source. */
  status: AgreementStatus;
  /** What it covers. */
  topics: Array<Topic>;
  /** Its parties (PARTY_TO), organisations and countries. */
  parties: Array<Node>;
};


/** A written instrument of cooperation. */
export type AgreementRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A convening: bilateral meeting, case management meeting, workshop, training, conference… */
export type Meeting = Node & {
  __typename?: 'Meeting';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  version: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** What kind of convening. */
  kind: MeetingKind;
  /** First day. */
  startDate: Maybe<Scalars['PartialDate']['output']>;
  /** Last day (the start date when a one-day meeting). */
  endDate: Maybe<Scalars['PartialDate']['output']>;
  /** Where it was held. */
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code of where it was held. */
  countryCode: Maybe<Scalars['String']['output']>;
  /** Where it was held. */
  country: Maybe<Country>;
  /** The recurring series it belongs to (e.g. Myanmar–Thailand Case Management Meeting). */
  series: Maybe<Scalars['String']['output']>;
  /** Its number in the series (29 for the 29th). */
  sequence: Maybe<Scalars['Int']['output']>;
  /** How many people took part, when the source says. */
  participantCount: Maybe<Scalars['Int']['output']>;
  /** What it dealt with. */
  topics: Array<Topic>;
  /** What it decided or produced, as the source states it. */
  outcomes: Array<Scalars['String']['output']>;
  /** The organisations that took part (PARTICIPATED_IN). */
  participants: Array<Organization>;
};


/** A convening: bilateral meeting, case management meeting, workshop, training, conference… */
export type MeetingRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A case worked on by more than one agency or country. Aggregate figures only, never personal data. */
export type JointCase = Node & {
  __typename?: 'JointCase';
  id: Scalars['ID']['output'];
  nodeKind: NodeKind;
  version: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  aliases: Array<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  relationships: RelationshipConnection;
  /** The form of exploitation. */
  caseType: CaseType;
  /** How far it has gone. */
  status: CaseStatus;
  /** When it was opened. */
  openedOn: Maybe<Scalars['PartialDate']['output']>;
  /** When it was closed, if it was. */
  closedOn: Maybe<Scalars['PartialDate']['output']>;
  /** ISO codes of the states whose authorities worked it. */
  jurisdictions: Array<Scalars['String']['output']>;
  /** Number of victims identified, when the source says. */
  victimCount: Maybe<Scalars['Int']['output']>;
  /** Number of offenders or suspects, when the source says. */
  offenderCount: Maybe<Scalars['Int']['output']>;
  /** Number of people returned to their country or place of origin in the case, when the source says (they may not all be identified victims). */
  repatriatedCount: Maybe<Scalars['Int']['output']>;
  /** Who may see it. */
  sensitivity: Sensitivity;
  /** What it concerns. */
  topics: Array<Topic>;
  /** The organisations working it (WORKS_ON). */
  agencies: Array<Organization>;
};


/** A case worked on by more than one agency or country. Aggregate figures only, never personal data. */
export type JointCaseRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Which way relationships are followed from a node. */
export const Direction = {
  /** Relationships that start at the node. */
  Outgoing: 'OUTGOING',
  /** Relationships that end at the node. */
  Incoming: 'INCOMING',
  /** Both. */
  Both: 'BOTH'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** A sourced tie between two nodes. */
export type Relationship = {
  __typename?: 'Relationship';
  /** Stable identifier: TYPE:start:end. */
  id: Scalars['ID']['output'];
  /** What the tie is. */
  type: RelationshipType;
  /** The node the tie starts from (the participant, member, party or unit). */
  start: Node;
  /** The node the tie points to (the meeting, mechanism, agreement or parent body). */
  end: Node;
  /** The role the start node plays, where known. */
  role: Maybe<Role>;
  /** When the tie began, where known. */
  from: Maybe<Scalars['PartialDate']['output']>;
  /** When the tie ended, where known. */
  until: Maybe<Scalars['PartialDate']['output']>;
  /** Where the tie is stated. Never empty. */
  sources: Array<Citation>;
  /** Increases by one with every change: pass it as `expectedVersion` to update or delete the tie. */
  version: Scalars['Int']['output'];
};

/** A page of relationships. */
export type RelationshipConnection = {
  __typename?: 'RelationshipConnection';
  /** The relationships on this page. */
  nodes: Array<Relationship>;
  /** How many relationships match in all. */
  totalCount: Scalars['Int']['output'];
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Where in a source document a fact is stated. Every node and every tie needs at least one. */
export type CitationInput = {
  /** The id of a Source node. */
  source: Scalars['ID']['input'];
  /** The place in the document: a section (§7.2), a table (Table 12) or a page. Required. */
  locator: Scalars['String']['input'];
  /** A short excerpt stating the fact. */
  quote?: InputMaybe<Scalars['String']['input']>;
};

/** A new organisation. */
export type OrganizationInput = {
  /** Slug id (lower-case letters, digits, single hyphens); made from the name when left out (with -2, -3… if taken). */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources: Array<CitationInput>;
  kind: OrganizationKind;
  acronym?: InputMaybe<Scalars['String']['input']>;
  nameLocal?: InputMaybe<Scalars['String']['input']>;
  /** ISO code of a country in the graph; its BASED_IN tie is kept in step automatically. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
};

/** Changes to an organisation: a field left out is kept, a field set to null is cleared. */
export type OrganizationPatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<OrganizationKind>;
  acronym?: InputMaybe<Scalars['String']['input']>;
  nameLocal?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
};

/** A new country. */
export type CountryInput = {
  /** Slug id; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources: Array<CitationInput>;
  /** ISO 3166-1 alpha-2 code. */
  code: Scalars['String']['input'];
};

/** Changes to a country: a field left out is kept, a field set to null is cleared. */
export type CountryPatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<CitationInput>>;
  code?: InputMaybe<Scalars['String']['input']>;
};

/** A new agreement. */
export type AgreementInput = {
  /** Slug id; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources: Array<CitationInput>;
  kind: AgreementKind;
  scope: AgreementScope;
  signedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  validFrom?: InputMaybe<Scalars['PartialDate']['input']>;
  validUntil?: InputMaybe<Scalars['PartialDate']['input']>;
  status: AgreementStatus;
  topics?: InputMaybe<Array<Topic>>;
};

/** Changes to an agreement: a field left out is kept, a field set to null is cleared. */
export type AgreementPatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<AgreementKind>;
  scope?: InputMaybe<AgreementScope>;
  signedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  validFrom?: InputMaybe<Scalars['PartialDate']['input']>;
  validUntil?: InputMaybe<Scalars['PartialDate']['input']>;
  status?: InputMaybe<AgreementStatus>;
  topics?: InputMaybe<Array<Topic>>;
};

/** A new meeting. */
export type MeetingInput = {
  /** Slug id; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources: Array<CitationInput>;
  kind: MeetingKind;
  startDate?: InputMaybe<Scalars['PartialDate']['input']>;
  endDate?: InputMaybe<Scalars['PartialDate']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  series?: InputMaybe<Scalars['String']['input']>;
  sequence?: InputMaybe<Scalars['Int']['input']>;
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  topics?: InputMaybe<Array<Topic>>;
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a meeting: a field left out is kept, a field set to null is cleared. */
export type MeetingPatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<CitationInput>>;
  kind?: InputMaybe<MeetingKind>;
  startDate?: InputMaybe<Scalars['PartialDate']['input']>;
  endDate?: InputMaybe<Scalars['PartialDate']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  series?: InputMaybe<Scalars['String']['input']>;
  sequence?: InputMaybe<Scalars['Int']['input']>;
  participantCount?: InputMaybe<Scalars['Int']['input']>;
  topics?: InputMaybe<Array<Topic>>;
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new joint case. */
export type JointCaseInput = {
  /** Slug id; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources: Array<CitationInput>;
  caseType: CaseType;
  status: CaseStatus;
  openedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  closedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
  victimCount?: InputMaybe<Scalars['Int']['input']>;
  offenderCount?: InputMaybe<Scalars['Int']['input']>;
  repatriatedCount?: InputMaybe<Scalars['Int']['input']>;
  sensitivity: Sensitivity;
  topics?: InputMaybe<Array<Topic>>;
};

/** Changes to a joint case: a field left out is kept, a field set to null is cleared. */
export type JointCasePatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<CitationInput>>;
  caseType?: InputMaybe<CaseType>;
  status?: InputMaybe<CaseStatus>;
  openedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  closedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  jurisdictions?: InputMaybe<Array<Scalars['String']['input']>>;
  victimCount?: InputMaybe<Scalars['Int']['input']>;
  offenderCount?: InputMaybe<Scalars['Int']['input']>;
  repatriatedCount?: InputMaybe<Scalars['Int']['input']>;
  sensitivity?: InputMaybe<Sensitivity>;
  topics?: InputMaybe<Array<Topic>>;
};

/** A new source document. */
export type SourceInput = {
  /** Slug id; made from the name when left out. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where the document describes itself (usually its own title page). Defaults to this source, 'title page'. */
  sources?: InputMaybe<Array<CitationInput>>;
  publisher: Scalars['String']['input'];
  publishedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  documentId: Scalars['String']['input'];
};

/** Changes to a source document: a field left out is kept, a field set to null is cleared. */
export type SourcePatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  sources?: InputMaybe<Array<CitationInput>>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  publishedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  documentId?: InputMaybe<Scalars['String']['input']>;
};

/** A new tie. Its id is TYPE:start:end, so two nodes have at most one tie of each type. */
export type RelationshipInput = {
  type: RelationshipType;
  /** The participant, member, party or unit. */
  start: Scalars['ID']['input'];
  /** The meeting, mechanism, agreement or parent body. */
  end: Scalars['ID']['input'];
  /** Must be one the type accepts (see Role). */
  role?: InputMaybe<Role>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
  sources: Array<CitationInput>;
};

/** Changes to a tie: a field left out is kept, a field set to null is cleared. Type and ends cannot change (delete and create instead). */
export type RelationshipPatch = {
  role?: InputMaybe<Role>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
  sources?: InputMaybe<Array<CitationInput>>;
};

/** An organisation taking part in a meeting recorded with recordMeeting. */
export type ParticipantInput = {
  /** The organisation's id. */
  organization: Scalars['ID']['input'];
  role?: InputMaybe<Role>;
  /** Where its participation is stated; the meeting's own citations when left out. */
  sources?: InputMaybe<Array<CitationInput>>;
};

/** A meeting and its ties, recorded in one step. */
export type RecordMeetingInput = {
  meeting: MeetingInput;
  /** Who took part (PARTICIPATED_IN ties); at least one. */
  participants: Array<ParticipantInput>;
  /** Agreements the meeting was held under (UNDER ties, citing the meeting's sources). */
  under?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What a deletion removed. */
export type Deletion = {
  __typename?: 'Deletion';
  /** The id of the deleted node or relationship. */
  id: Scalars['ID']['output'];
  /** The ids of the ties removed with a node. */
  removedRelationships: Array<Scalars['ID']['output']>;
  /** The audit entry of the deletion. */
  entry: AuditEntry;
};

/** Formats import reads. */
export const ImportFormat = {
  /** The JSON this API exports (format coordination-atlas). */
  Json: 'JSON',
  /** CSV: one file per kind plus relationships.csv, or a zip of them (see the README). */
  Csv: 'CSV'
} as const;

export type ImportFormat = typeof ImportFormat[keyof typeof ImportFormat];
/** How a file's content is encoded in the request. */
export const FileEncoding = {
  /** The content as text (JSON, CSV). */
  Text: 'TEXT',
  /** The bytes in base64 (a zip of CSV files). */
  Base64: 'BASE64'
} as const;

export type FileEncoding = typeof FileEncoding[keyof typeof FileEncoding];
/** One file to import. */
export type ImportFileInput = {
  /** The file's name: for CSV it says the kind (organizations.csv, relationships.csv…); .zip for a zip. */
  name: Scalars['String']['input'];
  content: Scalars['String']['input'];
  encoding?: InputMaybe<FileEncoding>;
};

/** What import does, or would do, with a row. */
export const ImportOutcome = {
  Create: 'CREATE',
  Update: 'UPDATE',
  Unchanged: 'UNCHANGED',
  Reject: 'REJECT'
} as const;

export type ImportOutcome = typeof ImportOutcome[keyof typeof ImportOutcome];
/** A problem with one field of one row. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  field: Scalars['String']['output'];
  code: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** One row of an import and what happens to it. */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** The file the row comes from. */
  file: Scalars['String']['output'];
  /** Its row number in the file: the header is row 1 of a CSV, the first record is 1 in JSON. */
  row: Scalars['Int']['output'];
  /** The node kind, or RELATIONSHIP. */
  kind: Scalars['String']['output'];
  /** The id of the record, when the row has one. */
  id: Maybe<Scalars['String']['output']>;
  outcome: ImportOutcome;
  /** Why a row is rejected; empty otherwise. */
  problems: Array<ImportProblem>;
};

/** Counts of rows by outcome. */
export type ImportCounts = {
  __typename?: 'ImportCounts';
  create: Scalars['Int']['output'];
  update: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  reject: Scalars['Int']['output'];
};

/** The report of an import: a dry run changes nothing; an apply writes every row or, when any row is rejected, none. */
export type ImportReport = {
  __typename?: 'ImportReport';
  dryRun: Scalars['Boolean']['output'];
  /** Whether the rows were written (never when a row is rejected). */
  applied: Scalars['Boolean']['output'];
  counts: ImportCounts;
  /** The rows, in file order; `outcomes` keeps only those outcomes. */
  rows: Array<ImportRow>;
  /** The audit entry of an applied import. */
  entry: Maybe<AuditEntry>;
};


/** The report of an import: a dry run changes nothing; an apply writes every row or, when any row is rejected, none. */
export type ImportReportRowsArgs = {
  outcomes?: InputMaybe<Array<ImportOutcome>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Narrows what part of the graph a query sees. Every criterion left out lets everything through. */
export type GraphFilter = {
  /** Only these kinds of node (organisations are always kept as the ends of ties unless excluded here). */
  nodeKinds?: InputMaybe<Array<NodeKind>>;
  /** Only organisations of these kinds. */
  organizationKinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only organisations in these sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Only relationships of these types. */
  relationshipTypes?: InputMaybe<Array<RelationshipType>>;
  /** Only agreements, meetings and cases dealing with at least one of these topics. */
  topics?: InputMaybe<Array<Topic>>;
  /**
   * Only organisations based in, meetings held in and cases with jurisdiction in these states (ISO
   * codes); international bodies are kept. `coordination` reads it differently: by the ends of its
   * ties (see there).
   */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Hide what ended before this date. */
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Hide what began after this date. */
  until?: InputMaybe<Scalars['PartialDate']['input']>;
};

/** A node found by search, with why it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The node. */
  node: Node;
  /** Relevance: higher is better. Exact acronym or name matches score highest. */
  score: Scalars['Float']['output'];
  /** The name, acronym or alias the text matched. */
  matched: Scalars['String']['output'];
};

/** A part of the graph: nodes and the relationships among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The nodes. */
  nodes: Array<Node>;
  /** The relationships; both ends of each are in `nodes`. */
  relationships: Array<Relationship>;
  /** True when the element cap cut the result short: narrow the filter or lower the depth. */
  truncated: Scalars['Boolean']['output'];
};

/** What kind of instrument links two organisations. */
export const InstrumentKind = {
  Agreement: 'AGREEMENT',
  Meeting: 'MEETING',
  JointCase: 'JOINT_CASE'
} as const;

export type InstrumentKind = typeof InstrumentKind[keyof typeof InstrumentKind];
/** Two organisations that share at least one agreement, meeting or joint case. */
export type CoordinationTie = {
  __typename?: 'CoordinationTie';
  /** Stable identifier: the two organisation ids in order. */
  id: Scalars['ID']['output'];
  /** One organisation (the smaller id). */
  a: Organization;
  /** The other organisation. */
  b: Organization;
  /** How many instruments they share. */
  sharedCount: Scalars['Int']['output'];
  /**
   * Strength of the tie: each shared instrument adds 1/(n−1), n being the number of organisations
   * on it (Newman's collaboration weight), so a bilateral MOU counts more than a 60-party conference.
   */
  weight: Scalars['Float']['output'];
  /** The kinds of instrument they share. */
  instrumentKinds: Array<InstrumentKind>;
  /** The topics of the instruments they share. */
  topics: Array<Topic>;
  /** Earliest dated activity they share. */
  firstDate: Maybe<Scalars['PartialDate']['output']>;
  /** Latest dated activity they share. */
  lastDate: Maybe<Scalars['PartialDate']['output']>;
  /**
   * True when none of the instruments they share carries a date (an agreement's signing or
   * effective date, a meeting's dates, a case's opening): the data cannot place the tie in time.
   */
  undated: Scalars['Boolean']['output'];
  /** The shared agreements, meetings and joint cases. */
  evidence: Array<Node>;
};

/** The organisation-to-organisation projection of the graph: who coordinates with whom, and on what. */
export type CoordinationGraph = {
  __typename?: 'CoordinationGraph';
  /** Organisations with at least one tie. */
  organizations: Array<Organization>;
  /** The ties, strongest first. */
  ties: Array<CoordinationTie>;
  /** True when the tie cap cut the result short. */
  truncated: Scalars['Boolean']['output'];
  /**
   * Ties (after every other criterion) that rest only on undated instruments. With a time window
   * and `includeUndated: false` (the default) these were left out; otherwise they are among `ties`,
   * each with `undated: true`.
   */
  undatedCount: Scalars['Int']['output'];
};

/** A shortest chain of ties between two nodes. */
export type Path = {
  __typename?: 'Path';
  /** The nodes, from the start to the end. */
  nodes: Array<Node>;
  /** The relationships between consecutive nodes. */
  relationships: Array<Relationship>;
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The agreements, meetings and joint cases the path runs through. */
  instruments: Array<Node>;
};

/** Count of nodes of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  kind: NodeKind;
  count: Scalars['Int']['output'];
};

/** Count of relationships of one type. */
export type RelationshipTypeCount = {
  __typename?: 'RelationshipTypeCount';
  type: RelationshipType;
  count: Scalars['Int']['output'];
};

/** What the graph holds. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Nodes by kind. */
  nodes: Array<KindCount>;
  /** Relationships by type. */
  relationships: Array<RelationshipTypeCount>;
  /** The earliest date of any dated node. */
  earliestDate: Maybe<Scalars['PartialDate']['output']>;
  /** The latest date of any dated node. */
  latestDate: Maybe<Scalars['PartialDate']['output']>;
  /** The source documents. */
  sources: Array<Source>;
};

/** A page of nodes. */
export type NodeConnection = {
  __typename?: 'NodeConnection';
  /** The nodes on this page. */
  nodes: Array<Node>;
  /** How many nodes match in all. */
  totalCount: Scalars['Int']['output'];
  /** Pass as `after` to get the next page; null on the last page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The kinds of document reading takes. */
export const DocumentFormat = {
  Pdf: 'PDF',
  Text: 'TEXT',
  Markdown: 'MARKDOWN',
  Html: 'HTML'
} as const;

export type DocumentFormat = typeof DocumentFormat[keyof typeof DocumentFormat];
/** How the `content` of an ingested document is written. */
export const ContentEncoding = {
  /** The document's text as it is (text, Markdown, HTML). */
  Text: 'TEXT',
  /** The file's bytes in base64 (needed for PDF). */
  Base64: 'BASE64'
} as const;

export type ContentEncoding = typeof ContentEncoding[keyof typeof ContentEncoding];
/** Where a proposal stands. */
export const ProposalStatus = {
  /** Waiting for an editor. */
  Pending: 'PENDING',
  /** Accepted: written to the graph through the normal editing path. */
  Accepted: 'ACCEPTED',
  /** Rejected: nothing was written. */
  Rejected: 'REJECTED',
  /** A proposed organisation merged into one the graph has (its names became aliases). */
  Merged: 'MERGED'
} as const;

export type ProposalStatus = typeof ProposalStatus[keyof typeof ProposalStatus];
/** A document read for the review queue, with its proposals. */
export type Reading = {
  __typename?: 'Reading';
  id: Scalars['ID']['output'];
  /** The document's title. */
  title: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  format: DocumentFormat;
  /** The Source node citations of accepted proposals point at. */
  sourceId: Scalars['ID']['output'];
  /** Pages, for documents that have them. */
  pageCount: Maybe<Scalars['Int']['output']>;
  /** Who ingested it, and when (ISO 8601). */
  ingestedBy: Scalars['String']['output'];
  ingestedAt: Scalars['String']['output'];
  /** Increases with every decision. */
  version: Scalars['Int']['output'];
  /** Proposed ties and organisations still waiting for a decision. */
  pendingCount: Scalars['Int']['output'];
  /** Proposed ties, by status when given. */
  ties: Array<TieProposal>;
  /** The sentences that gave proposals, in document order, each with its proposed ties: the queue grouped by sentence. */
  sentences: Array<ReadingSentence>;
  /** Proposed new organisations. */
  newOrganizations: Array<NodeProposal>;
  /** Every decision taken on this document's proposals, newest first. */
  decisions: Array<ReviewDecision>;
};


/** A document read for the review queue, with its proposals. */
export type ReadingTiesArgs = {
  status?: InputMaybe<ProposalStatus>;
};


/** A document read for the review queue, with its proposals. */
export type ReadingSentencesArgs = {
  status?: InputMaybe<ProposalStatus>;
};


/** A document read for the review queue, with its proposals. */
export type ReadingNewOrganizationsArgs = {
  status?: InputMaybe<ProposalStatus>;
};

/** A sentence that states one or more ties. */
export type ReadingSentence = {
  __typename?: 'ReadingSentence';
  id: Scalars['ID']['output'];
  /** Where it is, as an editor would cite it: 'Protection §7.2', 'p. 14'. */
  locator: Scalars['String']['output'];
  /** The sentence, verbatim. */
  text: Scalars['String']['output'];
  /** Offsets in the document text (end exclusive). */
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  /** The paragraph around the sentence, for reading it in place. */
  passage: Passage;
  /** Dates written in the sentence (partial dates; ranges as from/until). */
  dates: Array<Scalars['String']['output']>;
  /** Counts written in the sentence ('645 personnel'). */
  counts: Array<Scalars['String']['output']>;
  ties: Array<TieProposal>;
};

/** A stretch of the document text and where it starts, so a client can highlight a span in it. */
export type Passage = {
  __typename?: 'Passage';
  text: Scalars['String']['output'];
  start: Scalars['Int']['output'];
};

/** One end of a proposed tie: a node the graph has, and where the document names it. */
export type ProposalEnd = {
  __typename?: 'ProposalEnd';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  kind: NodeKind;
  /** Offsets of the mention in the document text; equal when found by date and place or a heading. */
  start: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
};

/** Who decided on a proposal, when and why, and what was written. */
export type Decision = {
  __typename?: 'Decision';
  by: Scalars['String']['output'];
  at: Scalars['String']['output'];
  comment: Maybe<Scalars['String']['output']>;
  /** The tie or node written (or merged into). */
  resultId: Maybe<Scalars['ID']['output']>;
};

/** A proposed tie: type, ends, role, dates, the verbatim quote and its locator, and how sure reading is. */
export type TieProposal = {
  __typename?: 'TieProposal';
  id: Scalars['ID']['output'];
  sentenceId: Scalars['ID']['output'];
  type: RelationshipType;
  start: ProposalEnd;
  end: ProposalEnd;
  role: Maybe<Role>;
  from: Maybe<Scalars['PartialDate']['output']>;
  until: Maybe<Scalars['PartialDate']['output']>;
  /** A passage of the document, word for word. */
  quote: Scalars['String']['output'];
  quoteStart: Scalars['Int']['output'];
  quoteEnd: Scalars['Int']['output'];
  locator: Scalars['String']['output'];
  /** 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** Why reading proposes it, in words. */
  reason: Scalars['String']['output'];
  /** How many other sentences state the same tie. */
  alsoIn: Scalars['Int']['output'];
  status: ProposalStatus;
  decision: Maybe<Decision>;
};

/** A new organisation the document introduces: a name with its acronym, or an entry of its acronym list. */
export type NodeProposal = {
  __typename?: 'NodeProposal';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  acronym: Maybe<Scalars['String']['output']>;
  /** A guess from the name's words; change it when accepting. */
  organizationKind: OrganizationKind;
  quote: Scalars['String']['output'];
  quoteStart: Scalars['Int']['output'];
  quoteEnd: Scalars['Int']['output'];
  locator: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
  reason: Scalars['String']['output'];
  status: ProposalStatus;
  decision: Maybe<Decision>;
};

/** One decision in a reading's trail. */
export type ReviewDecision = {
  __typename?: 'ReviewDecision';
  proposalId: Scalars['ID']['output'];
  /** What was decided on, in words: 'PARTICIPATED_IN MSDHS → 29th CMM'. */
  summary: Scalars['String']['output'];
  status: ProposalStatus;
  by: Scalars['String']['output'];
  at: Scalars['String']['output'];
  comment: Maybe<Scalars['String']['output']>;
  resultId: Maybe<Scalars['ID']['output']>;
};

export type IngestDocumentInput = {
  fileName: Scalars['String']['input'];
  /** The document: its text, or its bytes in base64 (see encoding). Requests are limited to 1 MB: use `npm run ingest` for larger files. */
  content: Scalars['String']['input'];
  encoding?: InputMaybe<ContentEncoding>;
  /** Taken from the file name's extension when absent (.pdf, .md, .html; anything else is text). */
  format?: InputMaybe<DocumentFormat>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The Source node the document is, when the graph has it; otherwise give `publisher` and one is created. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  publishedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** Changes an editor makes to a proposed tie before accepting it; absent fields keep the proposal's. */
export type TieProposalEdits = {
  role?: InputMaybe<Role>;
  from?: InputMaybe<Scalars['PartialDate']['input']>;
  until?: InputMaybe<Scalars['PartialDate']['input']>;
  /** Must be a passage of the document, word for word. */
  quote?: InputMaybe<Scalars['String']['input']>;
  locator?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a proposed organisation before accepting it. */
export type NodeProposalEdits = {
  name?: InputMaybe<Scalars['String']['input']>;
  acronym?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
};

/** Where a node is drawn in a saved view, in graph coordinates. */
export type NodePosition = {
  __typename?: 'NodePosition';
  /** The node. */
  id: Scalars['ID']['output'];
  /** Horizontal position. */
  x: Scalars['Float']['output'];
  /** Vertical position. */
  y: Scalars['Float']['output'];
};

/** Where a node is drawn, to save with a view. */
export type NodePositionInput = {
  /** The node. */
  id: Scalars['ID']['input'];
  /** Horizontal position (a finite number). */
  x: Scalars['Float']['input'];
  /** Vertical position (a finite number). */
  y: Scalars['Float']['input'];
};

/** A named view of the explorer, with its layout, shared by the team. */
export type SavedView = {
  __typename?: 'SavedView';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The name shown in the Views menu (1 to 120 characters). */
  name: Scalars['String']['output'];
  /** The username of who saved it. */
  owner: Scalars['String']['output'];
  /** The explorer's URL state (`?focus=…&x=…`), without the ids the reader may not see. */
  state: Scalars['String']['output'];
  /** Node positions as arranged, without the nodes the reader may not see. */
  positions: Array<NodePosition>;
  /** When it was saved (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** When it was last renamed (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** 1 when saved; each rename adds one. Renaming and deleting name the version they expect. */
  version: Scalars['Int']['output'];
};

/** The kinds of node in the coordination graph. */
export const NodeKind = {
  /** A government agency, international organisation, NGO, mechanism, committee or programme. */
  Organization: 'ORGANIZATION',
  /** A state, identified by its ISO 3166-1 alpha-2 code. */
  Country: 'COUNTRY',
  /** A written instrument of cooperation: MOU, SOP, plan of action, declaration, guideline or mechanism. */
  Agreement: 'AGREEMENT',
  /** Any convening: bilateral meeting, case management meeting, workshop, training, conference… */
  Meeting: 'MEETING',
  /** A criminal case worked on by more than one agency or country (aggregate figures only). */
  JointCase: 'JOINT_CASE',
  /** A source document that facts in the graph cite. */
  Source: 'SOURCE'
} as const;

export type NodeKind = typeof NodeKind[keyof typeof NodeKind];
/** What an organisation is. */
export const OrganizationKind = {
  /** A Thai government ministry, department, bureau or court. */
  GovernmentAgency: 'GOVERNMENT_AGENCY',
  /** A government agency of another state (Lao police, Finnish police, FBI…). */
  ForeignGovernmentAgency: 'FOREIGN_GOVERNMENT_AGENCY',
  /** A UN agency or other intergovernmental organisation (IOM, UNODC, ILO, UNICEF…). */
  InternationalOrganization: 'INTERNATIONAL_ORGANIZATION',
  /** A non-governmental or civil-society organisation (IJM, A21, LPN…). */
  Ngo: 'NGO',
  /** A regional or multilateral mechanism (COMMIT, Bali Process, ASEAN…). */
  RegionalMechanism: 'REGIONAL_MECHANISM',
  /** A committee, subcommittee, task force or multidisciplinary team. */
  CommitteeOrTaskforce: 'COMMITTEE_OR_TASKFORCE',
  /** A donor or a funded programme (USAID, ASEAN-ACT…). */
  DonorOrProgramme: 'DONOR_OR_PROGRAMME',
  /** A company, business association or other private-sector body. */
  PrivateSector: 'PRIVATE_SECTOR',
  /** A university, school or research institute. */
  Academic: 'ACADEMIC'
} as const;

export type OrganizationKind = typeof OrganizationKind[keyof typeof OrganizationKind];
/** The field an organisation works in. */
export const Sector = {
  LawEnforcement: 'LAW_ENFORCEMENT',
  Prosecution: 'PROSECUTION',
  Judiciary: 'JUDICIARY',
  SocialWelfare: 'SOCIAL_WELFARE',
  Labour: 'LABOUR',
  Immigration: 'IMMIGRATION',
  ForeignAffairs: 'FOREIGN_AFFAIRS',
  Health: 'HEALTH',
  Education: 'EDUCATION',
  FinanceAml: 'FINANCE_AML',
  LocalAdministration: 'LOCAL_ADMINISTRATION',
  Oversight: 'OVERSIGHT',
  Coordination: 'COORDINATION',
  Other: 'OTHER'
} as const;

export type Sector = typeof Sector[keyof typeof Sector];
/** What kind of instrument an agreement is. */
export const AgreementKind = {
  Mou: 'MOU',
  Sop: 'SOP',
  PlanOfAction: 'PLAN_OF_ACTION',
  Declaration: 'DECLARATION',
  Guideline: 'GUIDELINE',
  /** A standing cooperation mechanism such as the NRM, the TRM or BCATIP. */
  Mechanism: 'MECHANISM'
} as const;

export type AgreementKind = typeof AgreementKind[keyof typeof AgreementKind];
/** Whether an agreement binds parties inside one country, two parties, or more. */
export const AgreementScope = {
  Domestic: 'DOMESTIC',
  Bilateral: 'BILATERAL',
  Multilateral: 'MULTILATERAL'
} as const;

export type AgreementScope = typeof AgreementScope[keyof typeof AgreementScope];
/** The life-cycle state of an agreement. */
export const AgreementStatus = {
  Draft: 'DRAFT',
  Active: 'ACTIVE',
  Expired: 'EXPIRED',
  Superseded: 'SUPERSEDED'
} as const;

export type AgreementStatus = typeof AgreementStatus[keyof typeof AgreementStatus];
/** What kind of convening a meeting is. */
export const MeetingKind = {
  BilateralMeeting: 'BILATERAL_MEETING',
  CaseManagementMeeting: 'CASE_MANAGEMENT_MEETING',
  Workshop: 'WORKSHOP',
  Training: 'TRAINING',
  Conference: 'CONFERENCE',
  Roundtable: 'ROUNDTABLE',
  SeniorOfficialsMeeting: 'SENIOR_OFFICIALS_MEETING',
  /** A meeting of a committee, subcommittee or task force. */
  CommitteeMeeting: 'COMMITTEE_MEETING',
  /** A joint operation, inspection or field mission. */
  JointOperation: 'JOINT_OPERATION',
  Other: 'OTHER'
} as const;

export type MeetingKind = typeof MeetingKind[keyof typeof MeetingKind];
/** The form of exploitation a joint case concerns. */
export const CaseType = {
  SexTrafficking: 'SEX_TRAFFICKING',
  LabourTrafficking: 'LABOUR_TRAFFICKING',
  ForcedCriminality: 'FORCED_CRIMINALITY',
  OnlineChildSexualExploitation: 'ONLINE_CHILD_SEXUAL_EXPLOITATION',
  ForcedBegging: 'FORCED_BEGGING',
  CorruptionComplicity: 'CORRUPTION_COMPLICITY',
  Other: 'OTHER'
} as const;

export type CaseType = typeof CaseType[keyof typeof CaseType];
/** How far a joint case has gone. */
export const CaseStatus = {
  Investigation: 'INVESTIGATION',
  Prosecution: 'PROSECUTION',
  Trial: 'TRIAL',
  Convicted: 'CONVICTED',
  Closed: 'CLOSED',
  Unknown: 'UNKNOWN'
} as const;

export type CaseStatus = typeof CaseStatus[keyof typeof CaseStatus];
/** Who may see a joint case. */
export const Sensitivity = {
  /** Published facts: anyone may see them. */
  Public: 'PUBLIC',
  /** Only analysts and above. */
  Restricted: 'RESTRICTED',
  /** Only users cleared for confidential material. */
  Confidential: 'CONFIDENTIAL'
} as const;

export type Sensitivity = typeof Sensitivity[keyof typeof Sensitivity];
/** The 4Ps of counter-trafficking work and the themes that run across them. */
export const Topic = {
  Prosecution: 'PROSECUTION',
  Protection: 'PROTECTION',
  Prevention: 'PREVENTION',
  Partnership: 'PARTNERSHIP',
  /** The National Referral Mechanism. */
  Nrm: 'NRM',
  /** The Transnational Referral Mechanism. */
  Trm: 'TRM',
  LabourTrafficking: 'LABOUR_TRAFFICKING',
  SexTrafficking: 'SEX_TRAFFICKING',
  OnlineChildExploitation: 'ONLINE_CHILD_EXPLOITATION',
  /** Forced criminality in online scam centres. */
  ScamCentres: 'SCAM_CENTRES',
  VictimIdentification: 'VICTIM_IDENTIFICATION',
  VictimAssistance: 'VICTIM_ASSISTANCE',
  Repatriation: 'REPATRIATION',
  CapacityBuilding: 'CAPACITY_BUILDING',
  InformationSharing: 'INFORMATION_SHARING',
  Migration: 'MIGRATION',
  Fisheries: 'FISHERIES',
  ChildProtection: 'CHILD_PROTECTION',
  Corruption: 'CORRUPTION',
  FinancialInvestigation: 'FINANCIAL_INVESTIGATION',
  Legislation: 'LEGISLATION',
  DataAndResearch: 'DATA_AND_RESEARCH',
  AwarenessRaising: 'AWARENESS_RAISING'
} as const;

export type Topic = typeof Topic[keyof typeof Topic];
/** The relationship types of the graph. */
export const RelationshipType = {
  /** Organization → Organization: a unit of a larger body (TICAC is part of RTP). */
  PartOf: 'PART_OF',
  /** Organization → Country: the state an organisation belongs to. */
  BasedIn: 'BASED_IN',
  /** Country or Organization → Organization: membership of a mechanism (COMMIT, ASEAN). */
  MemberOf: 'MEMBER_OF',
  /** Organization or Country → Agreement: a party to an instrument. */
  PartyTo: 'PARTY_TO',
  /** Organization → Meeting: took part in a convening. */
  ParticipatedIn: 'PARTICIPATED_IN',
  /** Organization → JointCase: worked on a case. */
  WorksOn: 'WORKS_ON',
  /** Meeting or JointCase → Agreement: the instrument it implements. */
  Under: 'UNDER'
} as const;

export type RelationshipType = typeof RelationshipType[keyof typeof RelationshipType];
/** The role a party plays in a relationship. Each value names the relationship type it belongs to. */
export const Role = {
  /** PARTY_TO: signed the instrument. */
  Signatory: 'SIGNATORY',
  /** PARTY_TO: carries the instrument out without having signed it. */
  Implementer: 'IMPLEMENTER',
  /** PARTY_TO or PARTICIPATED_IN: supports with funds or expertise. */
  Supporter: 'SUPPORTER',
  /** PARTY_TO: witnessed the signing. */
  Witness: 'WITNESS',
  /** PARTICIPATED_IN: hosted the convening. */
  Host: 'HOST',
  /** PARTICIPATED_IN: organised it. */
  Organizer: 'ORGANIZER',
  /** PARTICIPATED_IN: organised it with others. */
  CoOrganizer: 'CO_ORGANIZER',
  /** PARTICIPATED_IN: attended. */
  Participant: 'PARTICIPANT',
  /** PARTICIPATED_IN: paid for it. */
  Funder: 'FUNDER',
  /** PARTICIPATED_IN: facilitated or trained. */
  Facilitator: 'FACILITATOR',
  /** WORKS_ON: leads the case. PARTY_TO: the lead agency carrying the instrument out. MEMBER_OF: leads the programme or body. */
  Lead: 'LEAD',
  /** WORKS_ON: investigates. */
  Investigator: 'INVESTIGATOR',
  /** WORKS_ON: prosecutes. */
  Prosecutor: 'PROSECUTOR',
  /** WORKS_ON: protects and assists the victims. */
  VictimSupport: 'VICTIM_SUPPORT',
  /** WORKS_ON: the foreign authority working the case with Thai agencies. */
  ForeignCounterpart: 'FOREIGN_COUNTERPART',
  /** WORKS_ON: oversees the case. */
  Oversight: 'OVERSIGHT',
  /** WORKS_ON: supports the case otherwise. */
  Support: 'SUPPORT',
  /** MEMBER_OF: an ordinary member. */
  Member: 'MEMBER',
  /** MEMBER_OF: chairs the body. */
  Chair: 'CHAIR',
  /** MEMBER_OF: serves as secretariat. */
  Secretariat: 'SECRETARIAT',
  /** MEMBER_OF: an observer. */
  Observer: 'OBSERVER'
} as const;

export type Role = typeof Role[keyof typeof Role];


export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( SourceRecord )
    | ( OrganizationRecord )
    | ( CountryRecord )
    | ( AgreementRecord )
    | ( MeetingRecord )
    | ( JointCaseRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  UserRole: UserRole;
  User: ResolverTypeWrapper<AccountRecordResult>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ApiToken: ResolverTypeWrapper<ApiTokenRecordResult>;
  NewApiToken: ResolverTypeWrapper<Omit<NewApiToken, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  CreateUserInput: CreateUserInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  BilateralStatus: BilateralStatus;
  AgreementUse: ResolverTypeWrapper<AgreementUseResult>;
  PairActivity: ResolverTypeWrapper<PairActivityResult>;
  BilateralCell: ResolverTypeWrapper<BilateralCellResult>;
  BilateralMatrix: ResolverTypeWrapper<Omit<BilateralMatrix, 'countries' | 'cells'> & { countries: Array<ResolversTypes['Country']>, cells: Array<ResolversTypes['BilateralCell']> }>;
  CoverageStatus: CoverageStatus;
  SectorCoverage: ResolverTypeWrapper<SectorCoverageResult>;
  CounterpartCoverage: ResolverTypeWrapper<Omit<CounterpartCoverage, 'a' | 'b' | 'sectors'> & { a: ResolversTypes['Country'], b: ResolversTypes['Country'], sectors: Array<ResolversTypes['SectorCoverage']> }>;
  DormantAgreement: ResolverTypeWrapper<DormantAgreementResult>;
  PairKind: PairKind;
  MissingLink: ResolverTypeWrapper<MissingLinkResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Broker: ResolverTypeWrapper<Omit<Broker, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  ArticulationPoint: ResolverTypeWrapper<Omit<ArticulationPoint, 'organization' | 'cutOff'> & { organization: ResolversTypes['Organization'], cutOff: Array<ResolversTypes['Organization']> }>;
  Bridge: ResolverTypeWrapper<Omit<Bridge, 'tie' | 'smallerSide'> & { tie: ResolversTypes['CoordinationTie'], smallerSide: Array<ResolversTypes['Organization']> }>;
  Fragility: ResolverTypeWrapper<FragilityResult>;
  MissingLinks: ResolverTypeWrapper<Omit<MissingLinks, 'links'> & { links: Array<ResolversTypes['MissingLink']> }>;
  TieChangeKind: TieChangeKind;
  TieChange: ResolverTypeWrapper<TieChangeResult>;
  Period: Period;
  ChangeOperation: ChangeOperation;
  ChangedItemKind: ChangedItemKind;
  EditAction: EditAction;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  RecordChange: ResolverTypeWrapper<RecordChangeRecord>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRecord>;
  AuditConnection: ResolverTypeWrapper<AuditPageResult>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Source: ResolverTypeWrapper<SourceRecord>;
  Citation: ResolverTypeWrapper<CitationRecord>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organization: ResolverTypeWrapper<OrganizationRecord>;
  Country: ResolverTypeWrapper<CountryRecord>;
  Agreement: ResolverTypeWrapper<AgreementRecord>;
  Meeting: ResolverTypeWrapper<MeetingRecord>;
  JointCase: ResolverTypeWrapper<JointCaseRecord>;
  Direction: Direction;
  Relationship: ResolverTypeWrapper<RelationshipRecord>;
  RelationshipConnection: ResolverTypeWrapper<Omit<RelationshipConnection, 'nodes'> & { nodes: Array<ResolversTypes['Relationship']> }>;
  CitationInput: CitationInput;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  CountryInput: CountryInput;
  CountryPatch: CountryPatch;
  AgreementInput: AgreementInput;
  AgreementPatch: AgreementPatch;
  MeetingInput: MeetingInput;
  MeetingPatch: MeetingPatch;
  JointCaseInput: JointCaseInput;
  JointCasePatch: JointCasePatch;
  SourceInput: SourceInput;
  SourcePatch: SourcePatch;
  RelationshipInput: RelationshipInput;
  RelationshipPatch: RelationshipPatch;
  ParticipantInput: ParticipantInput;
  RecordMeetingInput: RecordMeetingInput;
  Deletion: ResolverTypeWrapper<DeletedResult>;
  ImportFormat: ImportFormat;
  FileEncoding: FileEncoding;
  ImportFileInput: ImportFileInput;
  ImportOutcome: ImportOutcome;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportRow: ResolverTypeWrapper<RowReportResult>;
  ImportCounts: ResolverTypeWrapper<ImportCounts>;
  ImportReport: ResolverTypeWrapper<ImportReportResult>;
  GraphFilter: GraphFilter;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Subgraph: ResolverTypeWrapper<SubgraphResult>;
  InstrumentKind: InstrumentKind;
  CoordinationTie: ResolverTypeWrapper<CoordinationTieResult>;
  CoordinationGraph: ResolverTypeWrapper<CoordinationGraphResult>;
  Path: ResolverTypeWrapper<Omit<Path, 'nodes' | 'relationships' | 'instruments'> & { nodes: Array<ResolversTypes['Node']>, relationships: Array<ResolversTypes['Relationship']>, instruments: Array<ResolversTypes['Node']> }>;
  KindCount: ResolverTypeWrapper<KindCount>;
  RelationshipTypeCount: ResolverTypeWrapper<RelationshipTypeCount>;
  GraphStats: ResolverTypeWrapper<Omit<GraphStats, 'sources'> & { sources: Array<ResolversTypes['Source']> }>;
  NodeConnection: ResolverTypeWrapper<Omit<NodeConnection, 'nodes'> & { nodes: Array<ResolversTypes['Node']> }>;
  DocumentFormat: DocumentFormat;
  ContentEncoding: ContentEncoding;
  ProposalStatus: ProposalStatus;
  Reading: ResolverTypeWrapper<VisibleReadingResult>;
  ReadingSentence: ResolverTypeWrapper<VisibleSentenceResult>;
  Passage: ResolverTypeWrapper<Passage>;
  ProposalEnd: ResolverTypeWrapper<ProposalEnd>;
  Decision: ResolverTypeWrapper<Decision>;
  TieProposal: ResolverTypeWrapper<TieProposalRecord>;
  NodeProposal: ResolverTypeWrapper<NodeProposalRecord>;
  ReviewDecision: ResolverTypeWrapper<ReviewDecision>;
  IngestDocumentInput: IngestDocumentInput;
  TieProposalEdits: TieProposalEdits;
  NodeProposalEdits: NodeProposalEdits;
  NodePosition: ResolverTypeWrapper<NodePosition>;
  NodePositionInput: NodePositionInput;
  SavedView: ResolverTypeWrapper<SavedViewRecordResult>;
  NodeKind: NodeKind;
  OrganizationKind: OrganizationKind;
  Sector: Sector;
  AgreementKind: AgreementKind;
  AgreementScope: AgreementScope;
  AgreementStatus: AgreementStatus;
  MeetingKind: MeetingKind;
  CaseType: CaseType;
  CaseStatus: CaseStatus;
  Sensitivity: Sensitivity;
  Topic: Topic;
  RelationshipType: RelationshipType;
  Role: Role;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  User: AccountRecordResult;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ApiToken: ApiTokenRecordResult;
  NewApiToken: Omit<NewApiToken, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  CreateUserInput: CreateUserInput;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  AgreementUse: AgreementUseResult;
  PairActivity: PairActivityResult;
  BilateralCell: BilateralCellResult;
  BilateralMatrix: Omit<BilateralMatrix, 'countries' | 'cells'> & { countries: Array<ResolversParentTypes['Country']>, cells: Array<ResolversParentTypes['BilateralCell']> };
  SectorCoverage: SectorCoverageResult;
  CounterpartCoverage: Omit<CounterpartCoverage, 'a' | 'b' | 'sectors'> & { a: ResolversParentTypes['Country'], b: ResolversParentTypes['Country'], sectors: Array<ResolversParentTypes['SectorCoverage']> };
  DormantAgreement: DormantAgreementResult;
  MissingLink: MissingLinkResult;
  Float: Scalars['Float']['output'];
  Broker: Omit<Broker, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  ArticulationPoint: Omit<ArticulationPoint, 'organization' | 'cutOff'> & { organization: ResolversParentTypes['Organization'], cutOff: Array<ResolversParentTypes['Organization']> };
  Bridge: Omit<Bridge, 'tie' | 'smallerSide'> & { tie: ResolversParentTypes['CoordinationTie'], smallerSide: Array<ResolversParentTypes['Organization']> };
  Fragility: FragilityResult;
  MissingLinks: Omit<MissingLinks, 'links'> & { links: Array<ResolversParentTypes['MissingLink']> };
  TieChange: TieChangeResult;
  Period: Period;
  FieldChange: FieldChange;
  RecordChange: RecordChangeRecord;
  AuditEntry: AuditEntryRecord;
  AuditConnection: AuditPageResult;
  PartialDate: Scalars['PartialDate']['output'];
  Source: SourceRecord;
  Citation: CitationRecord;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRecord;
  Country: CountryRecord;
  Agreement: AgreementRecord;
  Meeting: MeetingRecord;
  JointCase: JointCaseRecord;
  Relationship: RelationshipRecord;
  RelationshipConnection: Omit<RelationshipConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Relationship']> };
  CitationInput: CitationInput;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  CountryInput: CountryInput;
  CountryPatch: CountryPatch;
  AgreementInput: AgreementInput;
  AgreementPatch: AgreementPatch;
  MeetingInput: MeetingInput;
  MeetingPatch: MeetingPatch;
  JointCaseInput: JointCaseInput;
  JointCasePatch: JointCasePatch;
  SourceInput: SourceInput;
  SourcePatch: SourcePatch;
  RelationshipInput: RelationshipInput;
  RelationshipPatch: RelationshipPatch;
  ParticipantInput: ParticipantInput;
  RecordMeetingInput: RecordMeetingInput;
  Deletion: DeletedResult;
  ImportFileInput: ImportFileInput;
  ImportProblem: ImportProblem;
  ImportRow: RowReportResult;
  ImportCounts: ImportCounts;
  ImportReport: ImportReportResult;
  GraphFilter: GraphFilter;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  Subgraph: SubgraphResult;
  CoordinationTie: CoordinationTieResult;
  CoordinationGraph: CoordinationGraphResult;
  Path: Omit<Path, 'nodes' | 'relationships' | 'instruments'> & { nodes: Array<ResolversParentTypes['Node']>, relationships: Array<ResolversParentTypes['Relationship']>, instruments: Array<ResolversParentTypes['Node']> };
  KindCount: KindCount;
  RelationshipTypeCount: RelationshipTypeCount;
  GraphStats: Omit<GraphStats, 'sources'> & { sources: Array<ResolversParentTypes['Source']> };
  NodeConnection: Omit<NodeConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Node']> };
  Reading: VisibleReadingResult;
  ReadingSentence: VisibleSentenceResult;
  Passage: Passage;
  ProposalEnd: ProposalEnd;
  Decision: Decision;
  TieProposal: TieProposalRecord;
  NodeProposal: NodeProposalRecord;
  ReviewDecision: ReviewDecision;
  IngestDocumentInput: IngestDocumentInput;
  TieProposalEdits: TieProposalEdits;
  NodeProposalEdits: NodeProposalEdits;
  NodePosition: NodePosition;
  NodePositionInput: NodePositionInput;
  SavedView: SavedViewRecordResult;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
  clearance?: Resolver<ResolversTypes['Sensitivity'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NewApiTokenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken']> = {
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  apiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType, Partial<QueryApiTokensArgs>>;
  bilateralMatrix?: Resolver<ResolversTypes['BilateralMatrix'], ParentType, ContextType, RequireFields<QueryBilateralMatrixArgs, 'months'>>;
  counterpartCoverage?: Resolver<ResolversTypes['CounterpartCoverage'], ParentType, ContextType, RequireFields<QueryCounterpartCoverageArgs, 'a' | 'b'>>;
  dormantAgreements?: Resolver<Array<ResolversTypes['DormantAgreement']>, ParentType, ContextType, RequireFields<QueryDormantAgreementsArgs, 'months'>>;
  missingLinks?: Resolver<Array<ResolversTypes['MissingLink']>, ParentType, ContextType, RequireFields<QueryMissingLinksArgs, 'pairKind' | 'limit'>>;
  missingLinkReport?: Resolver<ResolversTypes['MissingLinks'], ParentType, ContextType, RequireFields<QueryMissingLinkReportArgs, 'pairKind' | 'limit'>>;
  fragility?: Resolver<ResolversTypes['Fragility'], ParentType, ContextType, RequireFields<QueryFragilityArgs, 'limit'>>;
  periodChanges?: Resolver<Array<ResolversTypes['TieChange']>, ParentType, ContextType, RequireFields<QueryPeriodChangesArgs, 'a' | 'b' | 'limit' | 'amongPartners'>>;
  history?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryHistoryArgs, 'id' | 'first'>>;
  recentChanges?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryRecentChangesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'id'>>;
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryAgreementArgs, 'id'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  jointCase?: Resolver<Maybe<ResolversTypes['JointCase']>, ParentType, ContextType, RequireFields<QueryJointCaseArgs, 'id'>>;
  list?: Resolver<ResolversTypes['NodeConnection'], ParentType, ContextType, RequireFields<QueryListArgs, 'kind' | 'first'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'ids' | 'depth' | 'limit'>>;
  coordination?: Resolver<ResolversTypes['CoordinationGraph'], ParentType, ContextType, RequireFields<QueryCoordinationArgs, 'limit' | 'includeUndated' | 'amongPartners'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'to' | 'maxLength' | 'limit'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  readings?: Resolver<Array<ResolversTypes['Reading']>, ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['Reading']>, ParentType, ContextType, RequireFields<QueryReadingArgs, 'id'>>;
  savedViews?: Resolver<Array<ResolversTypes['SavedView']>, ParentType, ContextType>;
  savedView?: Resolver<Maybe<ResolversTypes['SavedView']>, ParentType, ContextType, RequireFields<QuerySavedViewArgs, 'id'>>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'username' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name'>>;
  revokeApiToken?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  updateUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationUpdateUserArgs, 'id'>>;
  resetPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'id' | 'password'>>;
  setupFirstAdmin?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetupFirstAdminArgs, 'token' | 'username' | 'password'>>;
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'expectedVersion' | 'patch'>>;
  deleteOrganization?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteOrganizationArgs, 'id' | 'expectedVersion'>>;
  createCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType, RequireFields<MutationCreateCountryArgs, 'input'>>;
  updateCountry?: Resolver<ResolversTypes['Country'], ParentType, ContextType, RequireFields<MutationUpdateCountryArgs, 'id' | 'expectedVersion' | 'patch'>>;
  deleteCountry?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteCountryArgs, 'id' | 'expectedVersion'>>;
  createAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationCreateAgreementArgs, 'input'>>;
  updateAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationUpdateAgreementArgs, 'id' | 'expectedVersion' | 'patch'>>;
  deleteAgreement?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteAgreementArgs, 'id' | 'expectedVersion'>>;
  createMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCreateMeetingArgs, 'input'>>;
  updateMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationUpdateMeetingArgs, 'id' | 'expectedVersion' | 'patch'>>;
  deleteMeeting?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteMeetingArgs, 'id' | 'expectedVersion'>>;
  createJointCase?: Resolver<ResolversTypes['JointCase'], ParentType, ContextType, RequireFields<MutationCreateJointCaseArgs, 'input'>>;
  updateJointCase?: Resolver<ResolversTypes['JointCase'], ParentType, ContextType, RequireFields<MutationUpdateJointCaseArgs, 'id' | 'expectedVersion' | 'patch'>>;
  deleteJointCase?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteJointCaseArgs, 'id' | 'expectedVersion'>>;
  createSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationCreateSourceArgs, 'input'>>;
  updateSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpdateSourceArgs, 'id' | 'expectedVersion' | 'patch'>>;
  deleteSource?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteSourceArgs, 'id' | 'expectedVersion'>>;
  createRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationCreateRelationshipArgs, 'input'>>;
  updateRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'id' | 'expectedVersion' | 'patch'>>;
  deleteRelationship?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteRelationshipArgs, 'id' | 'expectedVersion'>>;
  mergeOrganizations?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationMergeOrganizationsArgs, 'survivor' | 'duplicate'>>;
  recordMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationRecordMeetingArgs, 'input'>>;
  importGraph?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'format' | 'files' | 'dryRun'>>;
  ingestDocument?: Resolver<ResolversTypes['Reading'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'input'>>;
  acceptTieProposal?: Resolver<ResolversTypes['Reading'], ParentType, ContextType, RequireFields<MutationAcceptTieProposalArgs, 'reading' | 'proposal'>>;
  acceptNodeProposal?: Resolver<ResolversTypes['Reading'], ParentType, ContextType, RequireFields<MutationAcceptNodeProposalArgs, 'reading' | 'proposal'>>;
  mergeNodeProposal?: Resolver<ResolversTypes['Reading'], ParentType, ContextType, RequireFields<MutationMergeNodeProposalArgs, 'reading' | 'proposal' | 'into'>>;
  rejectProposal?: Resolver<ResolversTypes['Reading'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'reading' | 'proposal'>>;
  saveView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationSaveViewArgs, 'name' | 'state' | 'positions'>>;
  renameView?: Resolver<ResolversTypes['SavedView'], ParentType, ContextType, RequireFields<MutationRenameViewArgs, 'id' | 'name' | 'expectedVersion'>>;
  deleteView?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteViewArgs, 'id' | 'expectedVersion'>>;
};

export type AgreementUseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementUse'] = ResolversParentTypes['AgreementUse']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activities?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  lastActivity?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  lastActivityDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  monthsSinceActivity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dormant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  namedStates?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  unnamedStates?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PairActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PairActivity'] = ResolversParentTypes['PairActivity']> = {
  instrument?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  under?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  namedStates?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  recent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BilateralCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilateralCell'] = ResolversParentTypes['BilateralCell']> = {
  a?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BilateralStatus'], ParentType, ContextType>;
  bilateralAgreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  multilateralAgreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['AgreementUse']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  jointCases?: Resolver<Array<ResolversTypes['JointCase']>, ParentType, ContextType>;
  activity?: Resolver<Array<ResolversTypes['PairActivity']>, ParentType, ContextType>;
  bilateralActivityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastActivity?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  referenceDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BilateralMatrixResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BilateralMatrix'] = ResolversParentTypes['BilateralMatrix']> = {
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['BilateralCell']>, ParentType, ContextType>;
};

export type SectorCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SectorCoverage'] = ResolversParentTypes['SectorCoverage']> = {
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  agenciesA?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  agenciesB?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  crossSectorTies?: Resolver<Array<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  stateAgreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CounterpartCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CounterpartCoverage'] = ResolversParentTypes['CounterpartCoverage']> = {
  a?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  sectors?: Resolver<Array<ResolversTypes['SectorCoverage']>, ParentType, ContextType>;
  omittedSectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
};

export type DormantAgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DormantAgreement'] = ResolversParentTypes['DormantAgreement']> = {
  agreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  lastActivity?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  lastActivityDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  monthsSinceActivity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MissingLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MissingLink'] = ResolversParentTypes['MissingLink']> = {
  a?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sharedPartners?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  sharedTopics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
};

export type BrokerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  betweennessError?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isArticulationPoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArticulationPointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ArticulationPoint'] = ResolversParentTypes['ArticulationPoint']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  cutOff?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  cutOffCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BridgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Bridge'] = ResolversParentTypes['Bridge']> = {
  tie?: Resolver<ResolversTypes['CoordinationTie'], ParentType, ContextType>;
  smallerSide?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  smallerSideCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FragilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fragility'] = ResolversParentTypes['Fragility']> = {
  brokers?: Resolver<Array<ResolversTypes['Broker']>, ParentType, ContextType>;
  articulationPoints?: Resolver<Array<ResolversTypes['ArticulationPoint']>, ParentType, ContextType>;
  bridges?: Resolver<Array<ResolversTypes['Bridge']>, ParentType, ContextType>;
  isolated?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  peripheral?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  betweennessSamples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  betweennessPopulation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MissingLinksResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MissingLinks'] = ResolversParentTypes['MissingLinks']> = {
  links?: Resolver<Array<ResolversTypes['MissingLink']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TieChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TieChange'] = ResolversParentTypes['TieChange']> = {
  kind?: Resolver<ResolversTypes['TieChangeKind'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  weightBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weightAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RecordChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecordChange'] = ResolversParentTypes['RecordChange']> = {
  operation?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  itemKind?: Resolver<ResolversTypes['ChangedItemKind'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<Maybe<ResolversTypes['NodeKind']>, ParentType, ContextType>;
  relationshipType?: Resolver<Maybe<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['EditAction'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['RecordChange']>, ParentType, ContextType, RequireFields<AuditEntryChangesArgs, 'first'>>;
};

export type AuditConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  entries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<SourceRelationshipsArgs, 'direction' | 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Source' | 'Organization' | 'Country' | 'Agreement' | 'Meeting' | 'JointCase', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<OrganizationRelationshipsArgs, 'direction' | 'first'>>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameLocal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<CountryRelationshipsArgs, 'direction' | 'first'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<AgreementRelationshipsArgs, 'direction' | 'first'>>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AgreementScope'], ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<MeetingRelationshipsArgs, 'direction' | 'first'>>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  series?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  participantCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JointCaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['JointCase'] = ResolversParentTypes['JointCase']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nodeKind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['RelationshipConnection'], ParentType, ContextType, RequireFields<JointCaseRelationshipsArgs, 'direction' | 'first'>>;
  caseType?: Resolver<ResolversTypes['CaseType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  jurisdictions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  victimCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offenderCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  repatriatedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sensitivity?: Resolver<ResolversTypes['Sensitivity'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipConnection'] = ResolversParentTypes['RelationshipConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DeletionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Deletion'] = ResolversParentTypes['Deletion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedRelationships?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type ImportProblemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportRow'] = ResolversParentTypes['ImportRow']> = {
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
};

export type ImportCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportCounts'] = ResolversParentTypes['ImportCounts']> = {
  create?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reject?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['ImportCounts'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRow']>, ParentType, ContextType, RequireFields<ImportReportRowsArgs, 'first'>>;
  entry?: Resolver<Maybe<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoordinationTieResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoordinationTie'] = ResolversParentTypes['CoordinationTie']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  a?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  sharedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instrumentKinds?: Resolver<Array<ResolversTypes['InstrumentKind']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type CoordinationGraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoordinationGraph'] = ResolversParentTypes['CoordinationGraph']> = {
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['CoordinationTie']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationshipTypeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelationshipTypeCount'] = ResolversParentTypes['RelationshipTypeCount']> = {
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  nodes?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipTypeCount']>, ParentType, ContextType>;
  earliestDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  latestDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type NodeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NodeConnection'] = ResolversParentTypes['NodeConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ReadingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Reading'] = ResolversParentTypes['Reading']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['DocumentFormat'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pageCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ingestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pendingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['TieProposal']>, ParentType, ContextType, Partial<ReadingTiesArgs>>;
  sentences?: Resolver<Array<ResolversTypes['ReadingSentence']>, ParentType, ContextType, Partial<ReadingSentencesArgs>>;
  newOrganizations?: Resolver<Array<ResolversTypes['NodeProposal']>, ParentType, ContextType, Partial<ReadingNewOrganizationsArgs>>;
  decisions?: Resolver<Array<ResolversTypes['ReviewDecision']>, ParentType, ContextType>;
};

export type ReadingSentenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReadingSentence'] = ResolversParentTypes['ReadingSentence']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
  dates?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ties?: Resolver<Array<ResolversTypes['TieProposal']>, ParentType, ContextType>;
};

export type PassageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposalEndResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposalEnd'] = ResolversParentTypes['ProposalEnd']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NodeKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type TieProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TieProposal'] = ResolversParentTypes['TieProposal']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sentenceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['ProposalEnd'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['ProposalEnd'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  alsoIn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
};

export type NodeProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NodeProposal'] = ResolversParentTypes['NodeProposal']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationKind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteStart?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quoteEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
};

export type ReviewDecisionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReviewDecision'] = ResolversParentTypes['ReviewDecision']> = {
  proposalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProposalStatus'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type NodePositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NodePosition'] = ResolversParentTypes['NodePosition']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SavedViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SavedView'] = ResolversParentTypes['SavedView']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['NodePosition']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  User?: UserResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  AgreementUse?: AgreementUseResolvers<ContextType>;
  PairActivity?: PairActivityResolvers<ContextType>;
  BilateralCell?: BilateralCellResolvers<ContextType>;
  BilateralMatrix?: BilateralMatrixResolvers<ContextType>;
  SectorCoverage?: SectorCoverageResolvers<ContextType>;
  CounterpartCoverage?: CounterpartCoverageResolvers<ContextType>;
  DormantAgreement?: DormantAgreementResolvers<ContextType>;
  MissingLink?: MissingLinkResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  ArticulationPoint?: ArticulationPointResolvers<ContextType>;
  Bridge?: BridgeResolvers<ContextType>;
  Fragility?: FragilityResolvers<ContextType>;
  MissingLinks?: MissingLinksResolvers<ContextType>;
  TieChange?: TieChangeResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  RecordChange?: RecordChangeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Source?: SourceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  JointCase?: JointCaseResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipConnection?: RelationshipConnectionResolvers<ContextType>;
  Deletion?: DeletionResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  ImportCounts?: ImportCountsResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  CoordinationTie?: CoordinationTieResolvers<ContextType>;
  CoordinationGraph?: CoordinationGraphResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  RelationshipTypeCount?: RelationshipTypeCountResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  NodeConnection?: NodeConnectionResolvers<ContextType>;
  Reading?: ReadingResolvers<ContextType>;
  ReadingSentence?: ReadingSentenceResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  ProposalEnd?: ProposalEndResolvers<ContextType>;
  Decision?: DecisionResolvers<ContextType>;
  TieProposal?: TieProposalResolvers<ContextType>;
  NodeProposal?: NodeProposalResolvers<ContextType>;
  ReviewDecision?: ReviewDecisionResolvers<ContextType>;
  NodePosition?: NodePositionResolvers<ContextType>;
  SavedView?: SavedViewResolvers<ContextType>;
};

