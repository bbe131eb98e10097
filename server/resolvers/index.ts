import type { Resolvers } from '../__generated__/graphql.js';
import { Node } from './node.js';
import { Agreement, Citation, Country, JointCase, Meeting, Organization, Relationship, Source } from './node-types.js';
import { CoordinationGraph, CoordinationTie, Query } from './query.js';
import { analysisQueries } from './analysis.js';
import { PartialDate } from './scalars.js';
import { AuditConnection, AuditEntry, ImportReport, RecordChange, auditQueries } from './audit.js';
import { Mutation } from './mutation.js';
import { ApiToken, User, accountMutations, accountQueries } from './accounts.js';
import { SavedView, viewMutations, viewQueries } from './views.js';
import { NodeProposal, Reading, ReadingSentence, TieProposal, readingMutations, readingQueries } from './reading.js';

export const resolvers: Resolvers = {
  PartialDate,
  Query: { ...Query, ...analysisQueries, ...auditQueries, ...accountQueries, ...viewQueries, ...readingQueries },
  Mutation: { ...Mutation, ...accountMutations, ...viewMutations, ...readingMutations },
  SavedView,
  Reading,
  ReadingSentence,
  TieProposal,
  NodeProposal,
  User,
  ApiToken,
  AuditConnection,
  AuditEntry,
  RecordChange,
  ImportReport,
  Node,
  Organization,
  Country,
  Agreement,
  Meeting,
  JointCase,
  Source,
  Relationship,
  Citation,
  CoordinationGraph,
  CoordinationTie,
};
