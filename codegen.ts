import type { CodegenConfig } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The SDL in schema/ is the single source of truth: server resolver types, the runtime enum values
// the domain validates against, and the client's typed operations are all generated from it.

/**
 * The .graphql files under a directory, read in path order and joined into one text, each headed
 * by its path. A glob would be loaded in parallel and merged in whichever order the reads finish
 * (the loader sorts only together with a lexicographic sort of the schema), so every run reordered
 * the generated files.
 */
function graphqlText(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => `# ${join(dir, f)}\n${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');
}

// `sort` is passed through to the schema loader, which the Config type does not declare.
const config: CodegenConfig & { sort: boolean } = {
  schema: graphqlText('schema'),
  emitLegacyCommonJSImports: false,
  // Keep the SDL's order (no lexicographic sort): it is the order the explorer lists kinds and topics in.
  sort: false,
  ignoreNoDocuments: true,
  generates: {
    // The SDL's enums alone, as runtime values: what the domain validates against. A module
    // of its own, so the domain does not import the resolver types (which import domain records).
    'server/__generated__/enums.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true },
    },
    // The explorer's operations, colocated with their components as .graphql files.
    'client/src/__generated__/graphql.ts': {
      documents: graphqlText('client/src'),
      // typescript-operations 6 emits the enums and inputs the operations use: no 'typescript' plugin here.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { enumType: 'const', useTypeImports: true, scalars: { PartialDate: 'string' } },
    },
    'server/__generated__/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        enumsAsConst: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { PartialDate: 'string' },
        contextType: '../http/context.js#RequestContext',
        mappers: {
          Organization: '../domain/records.js#OrganizationRecord',
          Country: '../domain/records.js#CountryRecord',
          Agreement: '../domain/records.js#AgreementRecord',
          Meeting: '../domain/records.js#MeetingRecord',
          JointCase: '../domain/records.js#JointCaseRecord',
          Source: '../domain/records.js#SourceRecord',
          Relationship: '../domain/records.js#RelationshipRecord',
          Citation: '../domain/records.js#CitationRecord',
          Subgraph: '../graph/neighbourhood.js#Subgraph as SubgraphResult',
          CoordinationTie: '../analysis/coordination.js#CoordinationTie as CoordinationTieResult',
          CoordinationGraph: '../analysis/coordination.js#CoordinationGraph as CoordinationGraphResult',
          BilateralCell: '../analysis/bilateral-matrix.js#BilateralCell as BilateralCellResult',
          SectorCoverage: '../analysis/counterpart-coverage.js#SectorCoverage as SectorCoverageResult',
          DormantAgreement: '../analysis/dormant-agreements.js#DormantAgreement as DormantAgreementResult',
          AgreementUse: '../analysis/gap-verdict.js#AgreementUse as AgreementUseResult',
          PairActivity: '../analysis/gap-verdict.js#PairActivity as PairActivityResult',
          MissingLink: '../analysis/missing-links.js#MissingLink as MissingLinkResult',
          Fragility: '../analysis/fragility.js#Fragility as FragilityResult',
          TieChange: '../analysis/period-change.js#TieChange as TieChangeResult',
          AuditEntry: '../domain/audit.js#AuditEntry as AuditEntryRecord',
          RecordChange: '../domain/audit.js#RecordChange as RecordChangeRecord',
          AuditConnection: '../domain/audit.js#AuditPage as AuditPageResult',
          Deletion: '../editing/service.js#Deleted as DeletedResult',
          ImportReport: '../exchange/import-graph.js#ImportReport as ImportReportResult',
          ImportRow: '../exchange/import-graph.js#RowReport as RowReportResult',
          User: '../accounts/records.js#AccountRecord as AccountRecordResult',
          ApiToken: '../accounts/records.js#ApiTokenRecord as ApiTokenRecordResult',
          SavedView: '../views/records.js#SavedViewRecord as SavedViewRecordResult',
          Reading: '../reading/visible.js#VisibleReading as VisibleReadingResult',
          ReadingSentence: '../reading/visible.js#VisibleSentence as VisibleSentenceResult',
          TieProposal: '../reading/records.js#TieProposal as TieProposalRecord',
          NodeProposal: '../reading/records.js#NodeProposal as NodeProposalRecord',
        },
      },
    },
  },
};
export default config;
