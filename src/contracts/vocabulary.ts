import { z } from 'zod';

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
export const CauseIdSchema = z.enum(CAUSE_IDS);
export type CauseId = z.infer<typeof CauseIdSchema>;

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
export const SectorIdSchema = z.enum(SECTOR_IDS);
export type SectorId = z.infer<typeof SectorIdSchema>;

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
export const ScaleIdSchema = z.enum(SCALE_IDS);
export type ScaleId = z.infer<typeof ScaleIdSchema>;

export const SCALE_LABELS: Record<ScaleId, string> = {
  micro: 'Micro: one-to-one direct service',
  mezzo: 'Mezzo: groups, organizations, neighbourhoods',
  macro: 'Macro: institutions, policy, legislation',
};

export const LEVEL_IDS = ['high', 'some', 'low'] as const;
export const LevelSchema = z.enum(LEVEL_IDS);
export type Level = z.infer<typeof LevelSchema>;

/** Education ladder, lowest first; order matters for matching and filters. */
export const EDUCATION_IDS = ['high-school', 'certificate', 'associate', 'bachelor', 'master', 'doctoral'] as const;
export const EducationIdSchema = z.enum(EDUCATION_IDS);
export type EducationId = z.infer<typeof EducationIdSchema>;

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
export const QualityIdSchema = z.enum(QUALITY_IDS);
export type QualityId = z.infer<typeof QualityIdSchema>;

export const RIASEC_LETTERS = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export const RiasecLetterSchema = z.enum(RIASEC_LETTERS);
export type RiasecLetter = z.infer<typeof RiasecLetterSchema>;

export const WORK_VALUE_IDS = [
  'achievement',
  'working-conditions',
  'recognition',
  'relationships',
  'support',
  'independence',
] as const;
export const WorkValueIdSchema = z.enum(WORK_VALUE_IDS);
export type WorkValueId = z.infer<typeof WorkValueIdSchema>;

export const ROLE_IDS = ['explorer', 'trainee', 'supervisor', 'organization', 'mentor', 'admin'] as const;
export const RoleSchema = z.enum(ROLE_IDS);
export type Role = z.infer<typeof RoleSchema>;
/** Roles a person may give themselves at sign-up; admin is granted by another admin or the CLI. */
export const SELF_SERVICE_ROLES = ['explorer', 'trainee', 'supervisor', 'organization', 'mentor'] as const;

export const HOUR_CATEGORY_IDS = ['direct', 'indirect', 'supervision-individual', 'supervision-group'] as const;
export const HourCategorySchema = z.enum(HOUR_CATEGORY_IDS);
export type HourCategory = z.infer<typeof HourCategorySchema>;
