import { z } from 'zod';
import { jurisdictionCode, jurisdictionField } from './jurisdictions.js';
import {
  IsoDateSchema,
  LicenseFamilySchema,
  RuleSetListItemSchema,
  RuleSetSchema,
  SourceKindSchema,
} from './licensure.js';

/*
 * The rules API: public reads of every rule set and every kept version, admin-only create and edit.
 * A rule set's shape and limits live in licensure.ts; this file only says how they travel.
 */

const LICENSE_PART = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

/**
 * `US-TX:LPC`: jurisdiction, colon, license code (the same pattern RuleSetSchema checks piece by piece). The
 * jurisdiction may also be given by name ("Texas:LPC", "texas:LPC"); it is stored as the code. An unknown state
 * is refused, never read as "no state".
 */
export const RuleSetIdSchema = z.string({ error: 'id must be a string' }).transform((value, ctx) => {
  const colon = value.lastIndexOf(':');
  const license = colon < 0 ? '' : value.slice(colon + 1);
  if (colon < 0 || !LICENSE_PART.test(license)) {
    ctx.addIssue({ code: 'custom', message: 'id must look like US-TX:LPC (jurisdiction:license)' });
    return z.NEVER;
  }
  const place = value.slice(0, colon);
  // A state by name or code; an admin's rule set outside the US list keeps its code as written.
  const code = jurisdictionCode(place) ?? (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(place) ? place : null);
  if (code === null) {
    ctx.addIssue({
      code: 'custom',
      message: `id "${value}": "${place}" is not a US state or DC: give its name (e.g. "Arizona:LPC") or its code (e.g. "US-AZ:LPC")`,
    });
    return z.NEVER;
  }
  return `${code}:${license}`;
});

export const RuleSetIdParamsSchema = z.object({ id: RuleSetIdSchema });

export const RuleSetVersionQuerySchema = z
  .object({
    /** A kept version; left out, the current one. */
    version: z.coerce
      .number({ error: 'version must be a number' })
      .int('version must be a whole number')
      .min(1, 'version must be at least 1')
      .max(1_000_000, 'version is too large')
      .optional(),
    /** The version in force on this date (by its effective dates); not together with version. */
    on: IsoDateSchema.optional(),
  })
  .refine((q) => q.version === undefined || q.on === undefined, {
    message: 'give either version or on, not both',
    path: ['on'],
  });

export const ListRuleSetsQuerySchema = z.object({
  /** Only rule sets that license this career id. */
  career: z
    .string()
    .regex(/^[a-z0-9.-]{1,100}$/, 'career must be a career id')
    .optional(),
  /** A state's name ("Arizona") or code ("US-AZ"). */
  jurisdiction: jurisdictionField('jurisdiction').optional(),
});
export type ListRuleSetsQuery = z.infer<typeof ListRuleSetsQuerySchema>;

export const RuleSetListSchema = z.object({ items: z.array(RuleSetListItemSchema) });
export type RuleSetList = z.infer<typeof RuleSetListSchema>;

/** shipped: loaded from data/licensure/rules.json; admin: written by an admin through the API. */
export const RuleSetOriginSchema = z.enum(['shipped', 'admin']);
export type RuleSetOrigin = z.infer<typeof RuleSetOriginSchema>;

export const RuleSetVersionInfoSchema = z.object({
  version: z.number().int().min(1),
  origin: RuleSetOriginSchema,
  /** ISO timestamp of when this version was stored. */
  createdAt: z.string(),
  /** Display name of the admin who wrote it; null for shipped versions (or a deleted account). */
  createdBy: z.string().nullable(),
  /** The dates this version of the rules was in force (left out: open), as the version itself says. */
  effectiveFrom: z.string().optional(),
  effectiveUntil: z.string().optional(),
});
export type RuleSetVersionInfo = z.infer<typeof RuleSetVersionInfoSchema>;

export const RuleSetDetailSchema = z.object({
  /** The version asked for (the current one unless ?version=N). */
  ruleSet: RuleSetSchema,
  currentVersion: z.number().int().min(1),
  /** Every kept version, newest first. */
  versions: z.array(RuleSetVersionInfoSchema),
  /**
   * A newer shipped version arrived while an admin's edit was current; it was kept aside, not applied
   * (see docs/decisions/0009-rule-set-versions.md). Admins can review it with GET /api/rules/:id/shipped.
   */
  hasPendingShipped: z.boolean(),
});
export type RuleSetDetail = z.infer<typeof RuleSetDetailSchema>;

/** The shipped rule set held back because an admin's version is current. */
export const PendingShippedRuleSetSchema = z.object({ ruleSet: RuleSetSchema.nullable() });
export type PendingShippedRuleSet = z.infer<typeof PendingShippedRuleSetSchema>;

/** One rule set's line in the coverage table. */
export const CoverageRowSchema = z.object({
  ruleSetId: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  family: LicenseFamilySchema.nullable(),
  license: z.string(),
  title: z.string(),
  version: z.number().int(),
  requirements: z.number().int().min(0),
  verified: z.number().int().min(0),
  notVerified: z.number().int().min(0),
  /** Requirements at least one statute, code, board or national-body text states. */
  officialSources: z.number().int().min(0),
});
export type CoverageRow = z.infer<typeof CoverageRowSchema>;

/** GET /api/rules/coverage and `vocare rules coverage --json --detail`: which rules exist, and how well sourced. */
export const RulesCoverageSchema = z.object({
  ruleSets: z.number().int().min(0),
  jurisdictions: z.number().int().min(0),
  requirements: z.number().int().min(0),
  verified: z.number().int().min(0),
  officialSources: z.number().int().min(0),
  /** Requirements citing each kind of source at least once. */
  bySourceKind: z.record(SourceKindSchema, z.number().int().min(0)),
  rows: z.array(CoverageRowSchema),
});
export type RulesCoverage = z.infer<typeof RulesCoverageSchema>;

/** `vocare rules coverage --json`: the five totals alone, in this order (the rows come with `--detail`). */
export const RulesCoverageTotalsSchema = RulesCoverageSchema.pick({
  ruleSets: true,
  jurisdictions: true,
  requirements: true,
  verified: true,
  officialSources: true,
});
export type RulesCoverageTotals = z.infer<typeof RulesCoverageTotalsSchema>;
