// The opportunity kinds as plain data, without Zod: the home page's recommendation cards show their labels, and a
// first visit downloads no schemas (ADR 0032). `board.ts` builds the schema and re-exports these.
export const OPPORTUNITY_KINDS = ['volunteer', 'internship', 'field-placement', 'entry-job'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_KIND_LABELS: Record<OpportunityKind, string> = {
  volunteer: 'Volunteer role',
  internship: 'Internship',
  'field-placement': 'Field placement',
  'entry-job': 'Entry-level job',
};
