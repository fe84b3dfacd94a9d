import { z } from 'zod';
import {
  CauseIdSchema,
  EducationIdSchema,
  LevelSchema,
  QualityIdSchema,
  ScaleIdSchema,
  SectorIdSchema,
} from './vocabulary.js';

/** A sourced figure: the value (null when no source states it), where it was read, and the year it describes. */
export const FigureSchema = z.object({
  value: z.number().nullable(),
  source: z.string().nullable(),
  year: z.number().int().nullable(),
  note: z.string().nullable().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const RiasecProfileSchema = z.object({
  R: z.number(),
  I: z.number(),
  A: z.number(),
  S: z.number(),
  E: z.number(),
  C: z.number(),
});
export type RiasecProfile = z.infer<typeof RiasecProfileSchema>;

/** O*NET work values (extent, 1-7), keyed by our work-value ids. */
export const WorkValuesProfileSchema = z.object({
  achievement: z.number(),
  'working-conditions': z.number(),
  recognition: z.number(),
  relationships: z.number(),
  support: z.number(),
  independence: z.number(),
});
export type WorkValuesProfile = z.infer<typeof WorkValuesProfileSchema>;

export const SocMatchSchema = z.enum(['exact', 'closest']);

export const CareerSchema = z.object({
  id: z.string(),
  title: z.string(),
  socCode: z.string().nullable(),
  /** exact: the career is this O*NET occupation; closest: the code is the nearest stand-in. */
  socMatch: SocMatchSchema.nullable(),
  onetTitle: z.string().nullable(),
  curated: z.boolean(),
  summary: z.string().nullable(),
  sector: SectorIdSchema.nullable(),
  scale: ScaleIdSchema.nullable(),
  causes: z.array(CauseIdSchema),
  settings: z.array(z.string()),
  clientContact: LevelSchema.nullable(),
  emotionalDemand: LevelSchema.nullable(),
  minEducation: EducationIdSchema.nullable(),
  typicalEducation: z.string().nullable(),
  flexibleStudy: z.boolean().nullable(),
  licenseRequired: z.boolean().nullable(),
  licenses: z.array(z.string()),
  exams: z.array(z.string()),
  qualities: z.array(QualityIdSchema),
  riasec: RiasecProfileSchema.nullable(),
  interestCode: z.string().nullable(),
  jobZone: z.number().int().min(1).max(5).nullable(),
  workValues: WorkValuesProfileSchema.nullable(),
  onetSource: z.string().nullable(),
  medianPay: FigureSchema,
  growthPct: FigureSchema,
  employment: FigureSchema,
  blsEducation: z.string().nullable(),
  outlookPeriod: z.string().nullable(),
});
export type Career = z.infer<typeof CareerSchema>;

export const CareerLinkSchema = z.object({
  id: z.string(),
  title: z.string(),
  scale: ScaleIdSchema.nullable(),
  curated: z.boolean(),
  kind: z.enum(['onet-related', 'scale-transition']),
});
export type CareerLink = z.infer<typeof CareerLinkSchema>;

export const CareerDetailSchema = CareerSchema.extend({
  related: z.array(CareerLinkSchema),
});
export type CareerDetail = z.infer<typeof CareerDetailSchema>;

/** A query filter given once, several times, or comma-separated ("scale=micro,mezzo"). */
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : String(v).split(',')).map((s) => String(s).trim()).filter((s) => s.length > 0),
    z.array(item),
  );

export const ListCareersQuerySchema = z.object({
  q: z.string().trim().max(200, 'q must be at most 200 characters').optional(),
  sector: csv(SectorIdSchema).optional(),
  scale: csv(ScaleIdSchema).optional(),
  cause: csv(CauseIdSchema).optional(),
  /** Highest minimum education the person will accept. */
  education: EducationIdSchema.optional(),
  license: z.enum(['required', 'not-required']).optional(),
  curated: z.enum(['true', 'false', 'all']).default('true'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(24),
});
export type ListCareersQuery = z.infer<typeof ListCareersQuerySchema>;

export const CareerListSchema = z.object({
  items: z.array(CareerSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CareerList = z.infer<typeof CareerListSchema>;

export const CareerIdParamsSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9.-]+$/, 'id may hold only lower-case letters, digits, dots and dashes'),
});

/**
 * What the micro-to-macro map needs: every curated career with its place, the O*NET occupations Vocare placed in
 * cells no curated career fills (with the reason, ADR 0031), and the paths between careers.
 */
export const CareerMapSchema = z.object({
  careers: z.array(
    CareerSchema.pick({ id: true, title: true, scale: true, sector: true, causes: true, curated: true }).extend({
      /** Why an O*NET occupation stands in its cell; null for curated careers, which carry their own place. */
      placement: z.string().nullable(),
    }),
  ),
  transitions: z.array(z.object({ from: z.string(), to: z.string(), kind: CareerLinkSchema.shape.kind })),
});
export type CareerMap = z.infer<typeof CareerMapSchema>;

/** The credit lines the catalog's sources ask for (O*NET's licence, BLS), shown in the footer and on career pages. */
export const AttributionSchema = z.object({ onet: z.string(), bls: z.string() });
export type Attribution = z.infer<typeof AttributionSchema>;
