import { z } from 'zod';
import { jurisdictionName } from './jurisdictions.js';
import { IsoDateSchema, LicenseFamilySchema, RuleSourceSchema } from './licensure.js';
import { EducationIdSchema, HourCategorySchema } from './vocabulary.js';

/*
 * The raw licensure research (data/licensure/research/US-XX.json): per jurisdiction and license family, what was
 * looked for, where, and the exact words each figure rests on. scripts/build-licensure.ts builds the shipped rule
 * sets from these files; the format is described in data/licensure/research/README.md.
 */

export const RESEARCH_FIGURE_NAMES = [
  'totalHours',
  'directHours',
  'supervisionHours',
  'individualSupervisionMinHours',
  'groupSupervisionMaxHours',
  'supervisionRatioPracticeHours',
  'minMonths',
  'maxMonths',
  'maxHoursPerWeek',
  'maxHoursPerYear',
  'preDegreeMaxHours',
  'alternativeFullTimeMonths',
  'minutesPerContactHour',
] as const;
export type ResearchFigureName = (typeof RESEARCH_FIGURE_NAMES)[number];

export const ResearchFigureSchema = z.strictObject({
  value: z.number({ error: 'value must be a number' }).min(0, 'value must not be negative'),
  sources: z.array(RuleSourceSchema).min(1, 'a figure needs at least one source'),
  note: z.string().trim().min(1).optional(),
});
export type ResearchFigure = z.infer<typeof ResearchFigureSchema>;

const sourced = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ ...shape, sources: z.array(RuleSourceSchema).min(1, 'needs at least one source') }).nullable();

export const ResearchLicenseSchema = z.strictObject({
  family: LicenseFamilySchema,
  license: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(300),
  intermediate: z
    .array(
      z.strictObject({
        license: z.string().trim().min(1),
        title: z.string().trim().min(1),
        note: z.string().optional(),
      }),
    )
    .default([]),
  board: z.strictObject({ name: z.string().trim().min(1), url: z.url().nullable() }).nullable(),
  degree: sourced({ level: EducationIdSchema, text: z.string().trim().min(1) }),
  exams: sourced({ names: z.array(z.string().trim().min(1)) }),
  figures: z.partialRecord(z.enum(RESEARCH_FIGURE_NAMES), ResearchFigureSchema),
  supervisor: sourced({
    text: z.string().trim().min(1),
    credentialRequired: z.boolean().optional(),
    /**
     * A state supervisor credential or approval the supervisor must hold (Texas LPC-S, a board-approved
     * supervisor), beyond a licence: `words` are copied exactly from a quotation of `sources` that names it, so
     * the build can check that the credential is not invented; `categories` when the rule speaks of some hours only.
     */
    stateCredential: z
      .strictObject({
        name: z.string().trim().min(1).max(200),
        words: z.string().trim().min(1).max(300),
        categories: z.array(HourCategorySchema).min(1).optional(),
        /** A share of the hours rather than all (e.g. 0.8), with `shareWords` copied from the same quotation. */
        minShare: z.number().gt(0).lt(1).optional(),
        shareWords: z.string().trim().min(1).max(300).optional(),
      })
      .refine((c) => (c.minShare === undefined) === (c.shareWords === undefined), {
        message: 'minShare and shareWords go together: the share must be quoted',
      })
      .optional(),
  }),
  /**
   * Changes of law after the text the figures were read from, oldest first. Each becomes a new version of the rule
   * set from `effectiveFrom`, the version before it ending the day before. `changedFigures` are the figures the
   * amendment changes; those not given a new sourced value in `figures` are "not verified" in the new version
   * (the amendment's sources are shown, nothing is estimated).
   */
  amendments: z
    .array(
      z.strictObject({
        effectiveFrom: IsoDateSchema,
        title: z.string().trim().min(1).max(300),
        sources: z.array(RuleSourceSchema).min(1, 'an amendment needs at least one source'),
        changedFigures: z.array(z.enum(RESEARCH_FIGURE_NAMES)).min(1, 'name the figures the amendment changes'),
        figures: z.partialRecord(z.enum(RESEARCH_FIGURE_NAMES), ResearchFigureSchema).default({}),
        note: z.string().trim().min(1).optional(),
      }),
    )
    .default([]),
  /**
   * Either-or groups the sources state ("2 years or 4,000 hours"): each option names the figures whose requirements
   * together meet it. The build turns them into the rule set's `alternatives`; a figure in a group is then not
   * needed on its own.
   */
  alternatives: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case'),
        label: z.string().trim().min(1).max(200),
        /** Words copied from a quotation of the option figures' sources that state the either-or. */
        words: z.string().trim().min(1).max(300),
        options: z
          .array(
            z.strictObject({
              label: z.string().trim().min(1).max(200),
              figures: z.array(z.enum(RESEARCH_FIGURE_NAMES)).min(1),
            }),
          )
          .min(2),
        note: z.string().trim().min(1).optional(),
      }),
    )
    .default([]),
  searched: z.array(z.string()),
  conflicts: z.array(z.string()),
  notes: z.array(z.string()),
});
export type ResearchLicense = z.infer<typeof ResearchLicenseSchema>;

export const LicensureResearchFileSchema = z
  .strictObject({
    jurisdiction: z.string().regex(/^US-[A-Z]{2}$/, 'jurisdiction must be a code like US-OH'),
    jurisdictionName: z.string().trim().min(1),
    licenses: z.array(ResearchLicenseSchema),
  })
  .superRefine((file, ctx) => {
    const name = jurisdictionName(file.jurisdiction);
    if (name !== file.jurisdictionName) {
      ctx.addIssue({
        code: 'custom',
        path: ['jurisdictionName'],
        message: `jurisdictionName must be "${name ?? 'a US state'}" for ${file.jurisdiction}`,
      });
    }
    const families = file.licenses.map((l) => l.family);
    if (new Set(families).size !== families.length || families.length !== 4) {
      ctx.addIssue({ code: 'custom', path: ['licenses'], message: 'licenses must hold exactly one entry per family' });
    }
  });
export type LicensureResearchFile = z.infer<typeof LicensureResearchFileSchema>;
