import { z } from 'zod';
import {
  CAUSE_IDS,
  EDUCATION_IDS,
  HOUR_CATEGORY_IDS,
  LEVEL_IDS,
  QUALITY_IDS,
  RIASEC_LETTERS,
  ROLE_IDS,
  SCALE_IDS,
  SECTOR_IDS,
  WORK_VALUE_IDS,
} from './vocabulary-lists.js';

export type {
  CauseId,
  EducationId,
  HourCategory,
  Level,
  QualityId,
  RiasecLetter,
  Role,
  ScaleId,
  SectorId,
  WorkValueId,
} from './vocabulary-lists.js';
// The ids, labels and types live in `vocabulary-lists.ts` (no Zod); the schemas built from them live here.
export {
  CAUSE_IDS,
  CAUSE_LABELS,
  EDUCATION_IDS,
  EDUCATION_LABELS,
  educationRank,
  HOUR_CATEGORY_IDS,
  LEVEL_IDS,
  QUALITY_IDS,
  RIASEC_LETTERS,
  ROLE_IDS,
  SCALE_IDS,
  SCALE_LABELS,
  SECTOR_IDS,
  SECTOR_LABELS,
  SELF_SERVICE_ROLES,
  WORK_VALUE_IDS,
} from './vocabulary-lists.js';

export const CauseIdSchema = z.enum(CAUSE_IDS);
export const SectorIdSchema = z.enum(SECTOR_IDS);
export const ScaleIdSchema = z.enum(SCALE_IDS);
export const LevelSchema = z.enum(LEVEL_IDS);
export const EducationIdSchema = z.enum(EDUCATION_IDS);
export const QualityIdSchema = z.enum(QUALITY_IDS);
export const RiasecLetterSchema = z.enum(RIASEC_LETTERS);
export const WorkValueIdSchema = z.enum(WORK_VALUE_IDS);
export const RoleSchema = z.enum(ROLE_IDS);
export const HourCategorySchema = z.enum(HOUR_CATEGORY_IDS);
