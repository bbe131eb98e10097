import type { Resolvers } from '../__generated__/graphql.js';
import { Node } from './node.js';
import { Agreement, Citation, Country, JointCase, Meeting, Organization, Relationship, Source } from './node-types.js';
import { Query } from './query.js';
import { analysisQueries } from './analysis.js';
import { PartialDate } from './scalars.js';
import { AuditConnection, AuditEntry, ImportReport, RecordChange, auditQueries } from './audit.js';
import { Mutation } from './mutation.js';
import { ApiToken, User, accountMutations, accountQueries } from './accounts.js';
import { SavedView, viewMutations, viewQueries } from './views.js';

export const resolvers: Resolvers = {
  PartialDate,
  Query: { ...Query, ...analysisQueries, ...auditQueries, ...accountQueries, ...viewQueries },
  Mutation: { ...Mutation, ...accountMutations, ...viewMutations },
  SavedView,
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
};
