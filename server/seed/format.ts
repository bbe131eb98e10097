/**
 * The seed files' format: one YAML file per node kind, each a list of records. Ties are written
 * inside the record they belong to (a meeting lists its participants), which keeps a fact and its
 * evidence together for the people who review the seed in a diff. The loader flattens them into
 * node and relationship records.
 */
import { z } from 'zod';
import {
  agreementDates,
  agreementFields,
  citationSchema,
  countryFields,
  jointCaseDates,
  jointCaseFields,
  meetingDates,
  meetingFields,
  organizationFields,
  partialDate,
  slug,
  sourceFields,
} from '../domain/records.js';
import { ROLES } from '../domain/vocabulary.js';

const tieFields = {
  role: z.enum(ROLES).optional(),
  from: partialDate.optional(),
  until: partialDate.optional(),
  sources: z.array(citationSchema).min(1, 'every tie cites at least one source'),
};
const orgTies = z.array(z.strictObject({ org: slug, ...tieFields })).default([]);
const partyTies = z.array(z.strictObject({ party: slug, ...tieFields })).default([]);
const agreementTies = z.array(z.strictObject({ agreement: slug, ...tieFields })).default([]);

export const seedFiles = {
  'sources.yaml': z.strictObject(sourceFields),
  'countries.yaml': z.strictObject({ ...countryFields, memberOf: orgTies }),
  'organizations.yaml': z.strictObject({ ...organizationFields, partOf: orgTies, memberOf: orgTies }),
  'agreements.yaml': z.strictObject({ ...agreementFields, parties: partyTies }).superRefine(agreementDates),
  'meetings.yaml': z
    .strictObject({ ...meetingFields, participants: orgTies, under: agreementTies })
    .superRefine(meetingDates),
  'joint-cases.yaml': z
    .strictObject({ ...jointCaseFields, agencies: orgTies, under: agreementTies })
    .superRefine(jointCaseDates),
};

export type SeedFileName = keyof typeof seedFiles;
export type SeedRecord<F extends SeedFileName> = z.output<(typeof seedFiles)[F]>;
/** Load order: a file's ties only point at records of files loaded before it or of its own. */
export const SEED_FILE_NAMES: SeedFileName[] = [
  'sources.yaml',
  'organizations.yaml',
  'countries.yaml',
  'agreements.yaml',
  'meetings.yaml',
  'joint-cases.yaml',
];
