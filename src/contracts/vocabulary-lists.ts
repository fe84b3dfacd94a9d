// The vocabularies as plain data: ids, labels and their types, without Zod, so a page can show a label without
// downloading the schemas (ADR 0032). `vocabulary.ts` adds the schemas and re-exports all of this.

/** Cause areas: the ids used everywhere (atlas, assessment, board, CLI). */
export const CAUSE_IDS = [
  'health',
  'mental-health',
  'rehabilitation',
  'addiction-recovery',
  'education',
  'adult-learning',
  'children-families',
  'community-development',
  'basic-needs',
  'social-justice',
  'legal-aid',
  'public-policy',
  'environment',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export const CAUSE_LABELS: Record<CauseId, string> = {
  health: 'Physical health',
  'mental-health': 'Mental health',
  rehabilitation: 'Rehabilitation and disability',
  'addiction-recovery': 'Addiction and recovery',
  education: 'Education (K-12)',
  'adult-learning': 'Adult learning and literacy',
  'children-families': 'Children and families',
  'community-development': 'Community development',
  'basic-needs': 'Housing, food and basic needs',
  'social-justice': 'Social justice and civil rights',
  'legal-aid': 'Legal aid and access to justice',
  'public-policy': 'Public policy and government',
  environment: 'Environment and conservation',
};

export const SECTOR_IDS = [
  'health-wellness',
  'mental-health',
  'rehabilitation',
  'education-development',
  'social-justice-advocacy',
  'nonprofit-community',
  'environment-conservation',
  'human-services',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export const SECTOR_LABELS: Record<SectorId, string> = {
  'health-wellness': 'Health & wellness',
  'mental-health': 'Mental health',
  rehabilitation: 'Rehabilitation',
  'education-development': 'Education & development',
  'social-justice-advocacy': 'Social justice & advocacy',
  'nonprofit-community': 'Non-profit & community',
  'environment-conservation': 'Environment & conservation',
  'human-services': 'Human services',
};

/** Scale of change: micro = one-to-one, mezzo = groups/organizations, macro = institutions/policy. */
export const SCALE_IDS = ['micro', 'mezzo', 'macro'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

export const SCALE_LABELS: Record<ScaleId, string> = {
  micro: 'Micro: one-to-one direct service',
  mezzo: 'Mezzo: groups, organizations, neighbourhoods',
  macro: 'Macro: institutions, policy, legislation',
};

export const LEVEL_IDS = ['high', 'some', 'low'] as const;
export type Level = (typeof LEVEL_IDS)[number];

/** Education ladder, lowest first; order matters for matching and filters. */
export const EDUCATION_IDS = ['high-school', 'certificate', 'associate', 'bachelor', 'master', 'doctoral'] as const;
export type EducationId = (typeof EDUCATION_IDS)[number];

export const EDUCATION_LABELS: Record<EducationId, string> = {
  'high-school': 'High school diploma',
  certificate: 'Certificate or some college',
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctoral: 'Doctoral or professional degree',
};

export function educationRank(level: EducationId): number {
  return EDUCATION_IDS.indexOf(level);
}

export const QUALITY_IDS = [
  'empathy',
  'resilience',
  'self-awareness',
  'boundary-setting',
  'communication',
  'patience',
  'advocacy',
  'analytical-thinking',
  'leadership',
  'cultural-humility',
] as const;
export type QualityId = (typeof QUALITY_IDS)[number];

export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof RIASEC_LETTERS)[number];

export const WORK_VALUE_IDS = [
  'achievement',
  'working-conditions',
  'recognition',
  'relationships',
  'support',
  'independence',
] as const;
export type WorkValueId = (typeof WORK_VALUE_IDS)[number];

export const ROLE_IDS = ['explorer', 'trainee', 'supervisor', 'organization', 'mentor', 'admin'] as const;
export type Role = (typeof ROLE_IDS)[number];
/** Roles a person may give themselves at sign-up; admin is granted by another admin or the CLI. */
export const SELF_SERVICE_ROLES = ['explorer', 'trainee', 'supervisor', 'organization', 'mentor'] as const;

export const HOUR_CATEGORY_IDS = ['direct', 'indirect', 'supervision-individual', 'supervision-group'] as const;
export type HourCategory = (typeof HOUR_CATEGORY_IDS)[number];
