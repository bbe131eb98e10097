/**
 * Where the seed check (server/seed/evidence.ts) is told to let a record be, each with its reason.
 * Keep these few: an exemption is a place where a reader must take the seed's word. The check fails
 * when an exemption names a tie or record the seed no longer has.
 */

/**
 * Ties whose quotes name neither end by name, acronym or alias, because the document refers to them
 * by pronoun or description; the reason says what the words refer to and where the name stands.
 */
export const TIE_QUOTE_EXEMPTIONS: { tie: string; reason: string }[] = [
  {
    tie: 'PARTY_TO:thailand:mou-th-mm-trafficking',
    reason:
      '"the two countries" are Myanmar and Thailand, named in the section title (000 Protection §7.2: "The 29th Myanmar-Thailand Case Management Meeting").',
  },
  {
    tie: 'PARTY_TO:myanmar:mou-th-mm-trafficking',
    reason:
      '"the two countries" are Myanmar and Thailand, named in the section title (000 Protection §7.2: "The 29th Myanmar-Thailand Case Management Meeting").',
  },
  {
    tie: 'UNDER:th-mm-cmm-29-2024:mou-th-mm-trafficking',
    reason:
      '"The meeting" is the 29th Case Management Meeting named in the sentence before (000 Protection §7.2); the MOU is named by its title.',
  },
  {
    tie: 'PARTICIPATED_IN:rtp:cwp-nrm-police-seminar-2024',
    reason:
      '"600 police officers nationwide" are officers of the Royal Thai Police, the national police (000 Prosecution §8.1).',
  },
  {
    tie: 'PARTICIPATED_IN:migrant-workers-assistance-centers:ilo-migrant-workers-assistance-centers-exchange',
    reason:
      '"the Centers" and "personnel involved in the operation" are the Migrant Workers Assistance Centers that open the paragraph (000 Prevention §3.2).',
  },
  {
    tie: 'UNDER:oag-tip-litigation-digital-evidence-workshop:oag-strategic-plan-2020-2023',
    reason:
      '"the said strategic plan" is the OAG 2020–2023 strategic plan named two sentences before; "a workshop" is the workshop this record is (002).',
  },
  {
    tie: 'WORKS_ON:oag:amlo-asset-seizures-2024',
    reason:
      '"the public prosecutor" is the Office of the Attorney General, Thailand\'s public prosecution service (000 Prosecution §4.1).',
  },
  {
    tie: 'WORKS_ON:oag:kanchanaburi-forced-labour-case',
    reason:
      '"the public prosecutors" are the Office of the Attorney General, Thailand\'s public prosecution service (000 Prosecution §3.2(1)).',
  },
];

/**
 * Numbers a description states that no field can hold: what they count is not the participants,
 * victims or offenders of the record, or they break a count down that a field holds.
 */
export const NUMBER_EXEMPTIONS: { record: string; numbers: number[]; reason: string }[] = [
  {
    record: 'ncmec-cybertipline',
    numbers: [108],
    reason: 'tips received through the channel; agreements have no count field.',
  },
  {
    record: 'wpc-business-mous',
    numbers: [20, 19],
    reason: 'victims employed and business partners under the MOUs; agreements have no count field.',
  },
  {
    record: 'good-labour-practices',
    numbers: [264],
    reason: 'businesses that joined; agreements have no count field.',
  },
  { record: 'tls-8001-2020', numbers: [57], reason: 'businesses that joined; agreements have no count field.' },
  {
    record: 'dopa-special-training-2024',
    numbers: [40, 5],
    reason: 'the two groups that make up participantCount 45 (officials and NGO participants).',
  },
  {
    record: 'mol-tak-kanchanaburi-awareness-training-2024',
    numbers: [50],
    reason: 'participants per session; participantCount holds the total of the two sessions (100).',
  },
  {
    record: 'ticac-dare-prevention-trainings-2024',
    numbers: [7850, 6711],
    reason: 'sessions held and places reached; participantCount holds the people reached.',
  },
  { record: 'nrm-roundtable-2024', numbers: [10], reason: 'agencies, not named, that co-organised; not people.' },
  {
    record: 'fishing-vessel-joint-inspections-2024',
    numbers: [145, 1954],
    reason: 'vessels and workers inspected, not participants of the inspections.',
  },
  { record: 'ilo-migrant-workers-assistance-centers-exchange', numbers: [10], reason: 'provinces with centres.' },
  {
    record: 'iom-undp-private-sector-hrdd-training-2023',
    numbers: [84],
    reason: 'companies trained; participantCount counts people, and the document gives no head count.',
  },
  {
    record: 'mae-sot-ngo-cbo-coordination-meetings',
    numbers: [23],
    reason: 'organisations meeting monthly; participantCount counts people.',
  },
  {
    record: 'finland-berry-pickers-case',
    numbers: [2],
    reason: 'offenders from companies, part of offenderCount 5.',
  },
  {
    record: 'indonesian-victims-myanmar-case',
    numbers: [33, 5],
    reason: 'victims repatriated in 2023 and in 2024; victimCount and repatriatedCount hold their sum (38).',
  },
  {
    record: 'jelly-factory-forced-labour-case',
    numbers: [18, 3],
    reason: 'workers aided (of whom victimCount 13 were identified as victims) and years of the sentence.',
  },
  {
    record: 'laukkai-scam-case',
    numbers: [2],
    reason: 'the cases the 23 offenders (offenderCount) come from; a case has no field for sub-cases.',
  },
  {
    record: 'scam-victims-sri-lanka-burundi-screening',
    numbers: [2, 1],
    reason: 'Sri Lankan and Burundian potential victims, the parts of victimCount 3.',
  },
  {
    record: 'ticac-ncmec-cybertipline-cases-2024',
    numbers: [108, 96, 64],
    reason:
      'tips investigated, and TICAC-wide cases and rescued victims that the report does not attribute to the tips (so not this record’s counts).',
  },
  {
    record: 'amlo-asset-seizures-2024',
    numbers: [8],
    reason: 'cases examined in this aggregate record; a case has no field for sub-cases.',
  },
  {
    record: 'online-child-sexual-abuse-case-rtp',
    numbers: [10],
    reason: 'cases under investigation in this aggregate record; a case has no field for sub-cases.',
  },
  {
    record: 'kanchanaburi-forced-labour-case',
    numbers: [14],
    reason: 'Myanmar nationals intimidated; the report does not say they were identified as victims.',
  },
];
