import { z } from 'zod';
import { EducationIdSchema, HourCategorySchema } from './vocabulary.js';

/*
 * Licensure rules as data: one rule set per jurisdiction and license, each requirement sourced or marked
 * "not verified". Limits below refuse values no board would set, so a typo in an admin edit or a rules file
 * (30000 hours, 400 hours a week) is caught with the field named instead of silently skewing every log.
 */

/** Upper bounds shared by the schema and its error messages. */
export const LICENSURE_LIMITS = {
  maxHours: 20_000,
  maxHoursPerWeek: 168,
  maxMonths: 240,
  maxEntryHours: 24,
} as const;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const JURISDICTION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const LICENSE_CODE = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

/** A calendar date written YYYY-MM-DD (the format of every date in the log and the rules). */
export const IsoDateSchema = z
  .string({ error: 'date must be a string in YYYY-MM-DD format' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be in YYYY-MM-DD format')
  .refine((s) => isCalendarDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
    message: 'date must be a real calendar date',
  });

/**
 * When a rule set was checked. Some sources only show a month or a year, so YYYY-MM and YYYY are accepted;
 * the rule set's notes must then say why the date is partial.
 */
export const CheckedDateSchema = z
  .string({ error: 'checkedDate must be a string' })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'checkedDate must be YYYY-MM-DD (or YYYY-MM / YYYY when only that is known)')
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number);
      return isCalendarDate(y ?? 0, m ?? 1, d ?? 1);
    },
    { message: 'checkedDate must be a real calendar date' },
  );

/**
 * A positive number below a quarter hour (1e-300, 0.0001) passes `multipleOf(0.25)` through floating-point
 * tolerance and then rounds to 0 minutes in the database: refuse it at the edge.
 */
export function isNotBelowAQuarterHour(hours: number): boolean {
  return !(hours > 0 && hours < 0.25);
}

function hoursField(field: string) {
  return z
    .number({ error: `${field} must be a number of hours` })
    .positive(`${field} must be greater than 0`)
    .max(LICENSURE_LIMITS.maxHours, `${field} must be at most ${LICENSURE_LIMITS.maxHours} hours`)
    .multipleOf(0.25, `${field} must be a multiple of a quarter hour`)
    .refine(isNotBelowAQuarterHour, `${field} must be at least a quarter hour (0.25)`);
}

function monthsField(field: string) {
  return z
    .number({ error: `${field} must be a number of months` })
    .int(`${field} must be a whole number of months`)
    .positive(`${field} must be greater than 0`)
    .max(LICENSURE_LIMITS.maxMonths, `${field} must be at most ${LICENSURE_LIMITS.maxMonths} months`);
}

/** What kind of text a figure rests on, from most to least authoritative. */
export const SOURCE_KINDS = ['statute', 'administrative-code', 'board', 'national-body', 'third-party'] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS, {
  error: `kind must be one of: ${SOURCE_KINDS.join(', ')}`,
});
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  statute: 'Statute',
  'administrative-code': 'Administrative code',
  board: 'Licensing board',
  'national-body': 'National body',
  'third-party': 'Third-party guide',
};

/** One text a figure rests on: where it is, the words it says, what kind of text it is, when it was read. */
export const RuleSourceSchema = z.strictObject({
  url: z.url({ error: 'url must be a web address' }).max(1000),
  title: z.string({ error: 'title must be a string' }).trim().min(1, 'title must not be empty').max(300),
  kind: SourceKindSchema,
  /** The clause the figure rests on, copied exactly. */
  quote: z.string({ error: 'quote must be a string' }).trim().min(1, 'quote must not be empty').max(600),
  readOn: IsoDateSchema,
  /** Only when the source prints one (effective date, "current through", revision date). */
  effectiveDate: IsoDateSchema.nullable().optional(),
});
export type RuleSource = z.infer<typeof RuleSourceSchema>;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Whether the sources of one figure verify it: any statute, code, board or national-body text does; third-party
 * guides alone only when two independent ones (different web sites) state it.
 */
export function isVerifiedBySources(sources: readonly RuleSource[]): boolean {
  if (sources.some((s) => s.kind !== 'third-party')) return true;
  return new Set(sources.map((s) => hostOf(s.url))).size >= 2;
}

/** Fields every requirement has, in the order they are written out (id, kind, label, verified, target). */
function requirementFields<K extends string>(kind: K) {
  return {
    id: z
      .string({ error: 'id must be a string' })
      .regex(KEBAB_ID, 'id must be lower-case kebab-case (e.g. direct-hours)')
      .max(60, 'id must be at most 60 characters'),
    kind: z.literal(kind),
    label: z.string({ error: 'label must be a string' }).trim().min(1, 'label must not be empty').max(200),
    /** false when no source read states the figure: the requirement then carries no numeric target. */
    verified: z.boolean({ error: 'verified must be true or false' }),
    /** The texts the figure rests on (every one read, including those that do not verify it alone). */
    sources: z.array(RuleSourceSchema, { error: 'sources must be a list of sources' }).max(20).optional(),
    /** Anything a reader needs about this figure (a conflict, the reason for a choice). */
    note: z.string({ error: 'note must be a string' }).trim().min(1, 'note must not be empty').max(1000).optional(),
  };
}

/** Hours in every category together (the "total supervised experience" a board asks for). */
export const TotalHoursRequirementSchema = z.strictObject({
  ...requirementFields('total-hours'),
  hours: hoursField('hours').optional(),
  /**
   * "3,000 hours, or 36 months of full-time supervised work": the alternative a board accepts. The log cannot tell
   * full-time work, so the evaluation names it and does not count it as met.
   */
  alternativeFullTimeMonths: monthsField('alternativeFullTimeMonths').optional(),
});

/** Hours in a set of categories, e.g. direct client contact. */
export const CategoryHoursRequirementSchema = z.strictObject({
  ...requirementFields('category-hours'),
  categories: z
    .array(HourCategorySchema, { error: 'categories must be a list of hour categories' })
    .min(1, 'categories must name at least one hour category')
    .refine((c) => new Set(c).size === c.length, { message: 'categories must not repeat a category' }),
  hours: hoursField('hours').optional(),
});

/** Individual plus group supervision; groupCap limits how many group hours count (0 = none count). */
export const SupervisionHoursRequirementSchema = z.strictObject({
  ...requirementFields('supervision-hours'),
  hours: hoursField('hours').optional(),
  groupCap: z
    .number({ error: 'groupCap must be a number of hours' })
    .min(0, 'groupCap must not be negative')
    .max(LICENSURE_LIMITS.maxHours, `groupCap must be at most ${LICENSURE_LIMITS.maxHours} hours`)
    .multipleOf(0.25, 'groupCap must be a multiple of a quarter hour')
    .optional(),
});

/** Months between the first and the last counted entry. */
export const MinDurationRequirementSchema = z.strictObject({
  ...requirementFields('min-duration'),
  months: monthsField('months').optional(),
});

/** No more than this many hours from one ISO week (Monday to Sunday) count. */
export const MaxHoursPerWeekRequirementSchema = z.strictObject({
  ...requirementFields('max-hours-per-week'),
  hours: z
    .number({ error: 'hours must be a number of hours' })
    .positive('hours must be greater than 0')
    .max(
      LICENSURE_LIMITS.maxHoursPerWeek,
      `hours must be at most ${LICENSURE_LIMITS.maxHoursPerWeek} (hours in a week)`,
    )
    .multipleOf(0.25, 'hours must be a multiple of a quarter hour')
    .refine(isNotBelowAQuarterHour, 'hours must be at least a quarter hour (0.25)')
    .optional(),
});

/** Hours count only when they fall within this many months before the as-of date (or completion). */
export const WindowRequirementSchema = z.strictObject({
  ...requirementFields('window'),
  months: monthsField('months').optional(),
});

/**
 * No more than this many hours count in one year: `twelve-months` counts consecutive 12-month periods from the
 * first counted entry (the "year of experience" boards describe), `calendar-year` January to December.
 */
export const MaxHoursPerYearRequirementSchema = z.strictObject({
  ...requirementFields('max-hours-per-year'),
  hours: hoursField('hours').optional(),
  period: z.enum(['twelve-months', 'calendar-year'], { error: 'period must be twelve-months or calendar-year' }),
});

/**
 * One hour of supervision for every `hours` hours of practice (a board's "1 hour per 20 hours"), checked per
 * period: each ISO week, each calendar month, or over the whole experience. `basis` says which hours are
 * practice: `direct` client contact, or all `practice` (direct and indirect).
 */
export const SupervisionRatioRequirementSchema = z.strictObject({
  ...requirementFields('supervision-ratio'),
  hours: hoursField('hours').optional(),
  basis: z.enum(['direct', 'practice'], { error: 'basis must be direct or practice' }),
  period: z.enum(['week', 'month', 'overall'], { error: 'period must be week, month or overall' }),
});

/**
 * At most this many hours earned before the degree date may count (0 = none). Needs the degree date from the
 * caller; without it the evaluation says the limit could not be checked.
 */
export const PreDegreeHoursRequirementSchema = z.strictObject({
  ...requirementFields('pre-degree-hours'),
  hours: z
    .number({ error: 'hours must be a number of hours' })
    .min(0, 'hours must not be negative')
    .max(LICENSURE_LIMITS.maxHours, `hours must be at most ${LICENSURE_LIMITS.maxHours} hours`)
    .multipleOf(0.25, 'hours must be a multiple of a quarter hour')
    .optional(),
});

/**
 * Hours count only when the supervisor held the state's supervisor credential or approval (e.g. Texas's LPC-S) on
 * the date of the hour. `credential` is its name as the rule writes it (the target: present iff verified);
 * `categories` says which hours the rule speaks of (left out: every hour; e.g. Texas LMFT names the supervision
 * hours only). Whether a supervisor holds it, and from when, is recorded on their licence, not in the rules.
 */
export const SupervisorCredentialRequirementSchema = z.strictObject({
  ...requirementFields('supervisor-credential'),
  credential: z
    .string({ error: 'credential must be a string' })
    .trim()
    .min(1, 'credential must not be empty')
    .max(200, 'credential must be at most 200 characters')
    .optional(),
  categories: z
    .array(HourCategorySchema, { error: 'categories must be a list of hour categories' })
    .min(1, 'categories must name at least one hour category')
    .refine((c) => new Set(c).size === c.length, { message: 'categories must not repeat a category' })
    .optional(),
  /**
   * A share instead of every hour (Maryland LCMFT: "At least 80 percent of the requisite direct and indirect hours"
   * under a credentialed supervisor): hours of other supervisors still count, and the requirement is met when the
   * credentialed hours reach this share of the rule set's total-hours target. Left out: every hour of `categories`.
   */
  minShare: z
    .number({ error: 'minShare must be a number between 0 and 1' })
    .gt(0, 'minShare must be greater than 0')
    .lt(1, 'minShare must be less than 1 (leave it out when every hour needs the credential)')
    .multipleOf(0.01, 'minShare must be a whole percentage (e.g. 0.8)')
    .optional(),
});

export const REQUIREMENT_KINDS = [
  'total-hours',
  'category-hours',
  'supervision-hours',
  'min-duration',
  'max-hours-per-week',
  'window',
  'max-hours-per-year',
  'supervision-ratio',
  'pre-degree-hours',
  'supervisor-credential',
] as const;
export const RequirementKindSchema = z.enum(REQUIREMENT_KINDS);
export type RequirementKind = z.infer<typeof RequirementKindSchema>;

/** The field that holds each kind's numeric target (present iff the requirement is verified). */
export const REQUIREMENT_TARGET_FIELD = {
  'total-hours': 'hours',
  'category-hours': 'hours',
  'supervision-hours': 'hours',
  'min-duration': 'months',
  'max-hours-per-week': 'hours',
  window: 'months',
  'max-hours-per-year': 'hours',
  'supervision-ratio': 'hours',
  'pre-degree-hours': 'hours',
  'supervisor-credential': 'credential',
} as const satisfies Record<RequirementKind, string>;

/** One requirement of a rule set; `kind` says which. */
export const RequirementSchema = z
  .discriminatedUnion('kind', [
    TotalHoursRequirementSchema,
    CategoryHoursRequirementSchema,
    SupervisionHoursRequirementSchema,
    MinDurationRequirementSchema,
    MaxHoursPerWeekRequirementSchema,
    WindowRequirementSchema,
    MaxHoursPerYearRequirementSchema,
    SupervisionRatioRequirementSchema,
    PreDegreeHoursRequirementSchema,
    SupervisorCredentialRequirementSchema,
  ])
  .superRefine((req, ctx) => {
    const field = REQUIREMENT_TARGET_FIELD[req.kind];
    const target =
      field === 'hours'
        ? 'hours' in req
          ? req.hours
          : undefined
        : field === 'months'
          ? 'months' in req
            ? req.months
            : undefined
          : 'credential' in req
            ? req.credential
            : undefined;
    // A verified rule must say how much; an unverified one must not, so nothing downstream mistakes a guess for a rule.
    if (req.verified && target === undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required when verified is true` });
    }
    if (!req.verified && target !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${field} must be left out when verified is false (an unverified requirement has no target)`,
      });
    }
    if (!req.verified && req.kind === 'total-hours' && req.alternativeFullTimeMonths !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['alternativeFullTimeMonths'],
        message: 'alternativeFullTimeMonths must be left out when verified is false',
      });
    }
    if (!req.verified && req.kind === 'supervision-hours' && req.groupCap !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupCap'],
        message: 'groupCap must be left out when verified is false',
      });
    }
  });
export type Requirement = z.infer<typeof RequirementSchema>;

export const LICENSE_FAMILIES = ['counselor', 'mft', 'social-work', 'psychology'] as const;
export const LicenseFamilySchema = z.enum(LICENSE_FAMILIES, {
  error: `family must be one of: ${LICENSE_FAMILIES.join(', ')}`,
});
export type LicenseFamily = z.infer<typeof LicenseFamilySchema>;

export const LICENSE_FAMILY_LABELS: Record<LicenseFamily, string> = {
  counselor: 'Professional counselor',
  mft: 'Marriage and family therapist',
  'social-work': 'Clinical social worker',
  psychology: 'Psychologist',
};

/**
 * Either-or: the board accepts any one of several sets of requirements ("2 years or 4,000 hours"). Each option
 * names requirements of the rule set by id; the alternative is met when every requirement of one option is met.
 * A requirement belongs to at most one alternative, and is then not needed on its own.
 */
export const RequirementAlternativeSchema = z.strictObject({
  id: z
    .string({ error: 'id must be a string' })
    .regex(KEBAB_ID, 'id must be lower-case kebab-case (e.g. hours-or-years)')
    .max(60, 'id must be at most 60 characters'),
  label: z.string({ error: 'label must be a string' }).trim().min(1, 'label must not be empty').max(200),
  options: z
    .array(
      z.strictObject({
        label: z.string({ error: 'label must be a string' }).trim().min(1, 'label must not be empty').max(200),
        requirementIds: z
          .array(z.string().regex(KEBAB_ID, 'requirementIds must hold requirement ids'), {
            error: 'requirementIds must be a list of requirement ids',
          })
          .min(1, 'an option must name at least one requirement')
          .max(20),
      }),
      { error: 'options must be a list' },
    )
    .min(2, 'an alternative needs at least two options')
    .max(6, 'an alternative may have at most 6 options'),
  sources: z.array(RuleSourceSchema).max(20).optional(),
  note: z.string().trim().min(1).max(1000).optional(),
});
export type RequirementAlternative = z.infer<typeof RequirementAlternativeSchema>;

const RuleSetObjectSchema = z.strictObject({
  /** `${jurisdiction}:${license}`, e.g. US-TX:LPC. */
  id: z.string({ error: 'id must be a string' }).min(1, 'id must not be empty'),
  jurisdiction: z
    .string({ error: 'jurisdiction must be a string' })
    .regex(JURISDICTION_CODE, 'jurisdiction must be a code like US-TX (country, hyphen, region)'),
  jurisdictionName: z
    .string({ error: 'jurisdictionName must be a string' })
    .trim()
    .min(1, 'jurisdictionName must not be empty'),
  license: z
    .string({ error: 'license must be a string' })
    .regex(LICENSE_CODE, 'license must be a short code of letters, digits and hyphens (e.g. LPC)'),
  title: z.string({ error: 'title must be a string' }).trim().min(1, 'title must not be empty').max(200),
  /** Career ids (from the atlas) that this license lets a person practise as. */
  careers: z
    .array(z.string().regex(KEBAB_ID, 'careers must hold kebab-case career ids'), {
      error: 'careers must be a list of career ids',
    })
    .refine((c) => new Set(c).size === c.length, { message: 'careers must not repeat a career' }),
  minDegree: z.strictObject({
    level: EducationIdSchema.nullable(),
    text: z.string({ error: 'minDegree.text must be a string' }).trim().min(1, 'minDegree.text must not be empty'),
  }),
  /** null = no source read names the exams ("not verified"); [] = a source says none is needed. */
  exams: z.array(z.string().trim().min(1, 'exams must not hold empty names')).nullable(),
  requirements: z.array(RequirementSchema, { error: 'requirements must be a list' }),
  /** Either-or groups of requirements (left out: every requirement is needed). */
  alternatives: z.array(RequirementAlternativeSchema, { error: 'alternatives must be a list' }).max(10).optional(),
  notes: z.array(z.string().trim().min(1, 'notes must not hold empty lines')),
  /** Where the figures were read: citation or address, verbatim. */
  source: z.string({ error: 'source must be a string' }).trim().min(1, 'source must not be empty'),
  checkedDate: CheckedDateSchema,
  version: z
    .number({ error: 'version must be a number' })
    .int('version must be a whole number')
    .min(1, 'version must be at least 1'),
  /**
   * When this version of the rules took effect (left out: no start is recorded, it applies to every earlier date)
   * and the last day it was in force (left out: still in force). A change of law is a new version with its own
   * effectiveFrom, never an edit of the old one (docs/decisions/0025-licensure-rules-engine.md).
   */
  effectiveFrom: IsoDateSchema.optional(),
  effectiveUntil: IsoDateSchema.optional(),
  /** Which of the four supervised-practice licenses this is (counselor, MFT, clinical social work, psychologist). */
  family: LicenseFamilySchema.optional(),
  /** The licensing board and its web address. */
  board: z
    .strictObject({
      name: z.string({ error: 'board.name must be a string' }).trim().min(1, 'board.name must not be empty').max(300),
      url: z.url({ error: 'board.url must be a web address' }).max(1000).nullable(),
    })
    .optional(),
  /** Licenses held on the way (e.g. LPC before LPCC, LMSW before LCSW), named in the pathway. */
  intermediate: z
    .array(
      z.strictObject({
        license: z.string().trim().min(1, 'intermediate.license must not be empty').max(100),
        title: z.string().trim().min(1, 'intermediate.title must not be empty').max(300),
        note: z.string().trim().max(1000).optional(),
      }),
    )
    .optional(),
  /** Sources for the degree and exam lines (requirements carry their own). */
  degreeSources: z.array(RuleSourceSchema).max(20).optional(),
  examSources: z.array(RuleSourceSchema).max(20).optional(),
  /** Board counts a session of this many minutes as one client-contact hour (e.g. 45); shown, not converted. */
  minutesPerContactHour: z
    .number({ error: 'minutesPerContactHour must be a number of minutes' })
    .int('minutesPerContactHour must be whole minutes')
    .min(30, 'minutesPerContactHour must be at least 30')
    .max(60, 'minutesPerContactHour must be at most 60')
    .optional(),
});

/** Kinds that constrain every other requirement, so two of them in one rule set would be ambiguous. */
const SINGLETON_KINDS: ReadonlySet<RequirementKind> = new Set([
  'max-hours-per-week',
  'window',
  'max-hours-per-year',
  'pre-degree-hours',
  'supervisor-credential',
]);

/** Every option names requirements of the rule set; a requirement is in one alternative at most. */
function checkAlternatives(
  rs: z.infer<typeof RuleSetObjectSchema>,
  requirementIds: ReadonlyMap<string, number>,
  ctx: z.RefinementCtx,
): void {
  const owner = new Map<string, string>();
  const altIds = new Set<string>();
  (rs.alternatives ?? []).forEach((alt, a) => {
    if (requirementIds.has(alt.id) || altIds.has(alt.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['alternatives', a, 'id'],
        message: `id "${alt.id}" is already used by a requirement or another alternative`,
      });
    }
    altIds.add(alt.id);
    alt.options.forEach((option, o) => {
      option.requirementIds.forEach((id, k) => {
        const path = ['alternatives', a, 'options', o, 'requirementIds', k];
        if (!requirementIds.has(id)) {
          ctx.addIssue({ code: 'custom', path, message: `no requirement "${id}" in this rule set` });
          return;
        }
        const first = owner.get(id);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path, message: `requirement "${id}" is already an option of ${first}` });
          return;
        }
        owner.set(id, `alternative "${alt.id}"`);
      });
    });
  });
}

/** A rule set: what one jurisdiction asks for one license, each figure sourced or marked not verified. */
export const RuleSetSchema = RuleSetObjectSchema.superRefine((rs, ctx) => {
  const expectedId = `${rs.jurisdiction}:${rs.license}`;
  if (rs.id !== expectedId) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: `id must be "${expectedId}" (jurisdiction:license)` });
  }
  const seenIds = new Map<string, number>();
  const seenKinds = new Map<RequirementKind, number>();
  let totalHours: number | undefined;
  rs.requirements.forEach((req, i) => {
    const first = seenIds.get(req.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['requirements', i, 'id'],
        message: `id "${req.id}" is already used by requirements[${first}]`,
      });
    } else {
      seenIds.set(req.id, i);
    }
    const firstOfKind = seenKinds.get(req.kind);
    if (SINGLETON_KINDS.has(req.kind) && firstOfKind !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['requirements', i, 'kind'],
        message: `kind "${req.kind}" may appear only once (already at requirements[${firstOfKind}])`,
      });
    }
    if (firstOfKind === undefined) seenKinds.set(req.kind, i);
    if (req.kind === 'total-hours' && req.hours !== undefined)
      totalHours = Math.min(totalHours ?? req.hours, req.hours);
  });
  checkAlternatives(rs, seenIds, ctx);
  if (rs.effectiveFrom !== undefined && rs.effectiveUntil !== undefined && rs.effectiveUntil < rs.effectiveFrom) {
    ctx.addIssue({
      code: 'custom',
      path: ['effectiveUntil'],
      message: `effectiveUntil (${rs.effectiveUntil}) must not be before effectiveFrom (${rs.effectiveFrom})`,
    });
  }
  if (totalHours === undefined) return;
  // A part larger than the whole can only be a typo, and would make the rule set impossible to complete.
  rs.requirements.forEach((req, i) => {
    if ((req.kind === 'category-hours' || req.kind === 'supervision-hours') && req.hours !== undefined) {
      if (req.hours > (totalHours ?? Number.POSITIVE_INFINITY)) {
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', i, 'hours'],
          message: `hours (${req.hours}) must not exceed the total-hours requirement (${totalHours})`,
        });
      }
    }
  });
});
export type RuleSet = z.infer<typeof RuleSetSchema>;

/** Whether a version of a rule set was in force on `date` (its effective dates include it; open ends are open). */
export function isInForceOn(ruleSet: Pick<RuleSet, 'effectiveFrom' | 'effectiveUntil'>, date: string): boolean {
  return (
    (ruleSet.effectiveFrom === undefined || ruleSet.effectiveFrom <= date) &&
    (ruleSet.effectiveUntil === undefined || date <= ruleSet.effectiveUntil)
  );
}

/**
 * The versions of one rule set as the law changed (a shipped history): one id, version numbers rising, each
 * version's period after the one before it with no overlap and no gap, only the last one open-ended and only the
 * first one without a start. Gaps are refused too: a date no version covers would leave a log unmeasurable.
 */
export const RuleSetHistorySchema = z
  .array(RuleSetSchema, { error: 'a rule set history must be a list of versions' })
  .min(1, 'a rule set history needs at least one version')
  .superRefine((versions, ctx) => {
    versions.forEach((v, i) => {
      const first = versions[0];
      if (first && v.id !== first.id) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `every version must have the id "${first.id}"` });
      }
      const previous = versions[i - 1];
      if (!previous) return;
      if (v.version <= previous.version) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'version'],
          message: `version ${v.version} must be greater than the version before it (${previous.version})`,
        });
      }
      if (previous.effectiveUntil === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i - 1, 'effectiveUntil'],
          message: `version ${previous.version} needs an effectiveUntil: version ${v.version} follows it`,
        });
      }
      if (v.effectiveFrom === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'effectiveFrom'],
          message: `version ${v.version} needs an effectiveFrom: it follows version ${previous.version}`,
        });
      }
      if (previous.effectiveUntil !== undefined && v.effectiveFrom !== undefined) {
        if (v.effectiveFrom <= previous.effectiveUntil) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'effectiveFrom'],
            message: `version ${v.version} starts on ${v.effectiveFrom}, while version ${previous.version} is in force until ${previous.effectiveUntil}: versions must not overlap`,
          });
        } else if (!isDayAfter(previous.effectiveUntil, v.effectiveFrom)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'effectiveFrom'],
            message: `version ${v.version} must start the day after version ${previous.version} ends (${previous.effectiveUntil})`,
          });
        }
      }
    });
  });

function isDayAfter(day: string, next: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10) === next;
}

/** The short form used by `rules list` and the rule-set picker. */
export const RuleSetListItemSchema = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  license: z.string(),
  title: z.string(),
  careers: z.array(z.string()),
  checkedDate: z.string(),
  version: z.number().int(),
  requirementCount: z.number().int().min(0),
  /** How many requirements no source verified, so a list can warn before anyone relies on the rule set. */
  unverifiedCount: z.number().int().min(0),
});
export type RuleSetListItem = z.infer<typeof RuleSetListItemSchema>;

/** The minimum an hour entry must carry to be measured against a rule set. */
export const HourEntryForEvaluationSchema = z.object({
  id: z.string({ error: 'id must be a string' }).min(1, 'id must not be empty'),
  date: IsoDateSchema,
  hours: z
    .number({ error: 'hours must be a number' })
    .positive('hours must be greater than 0')
    .max(LICENSURE_LIMITS.maxEntryHours, `hours must be at most ${LICENSURE_LIMITS.maxEntryHours} (hours in a day)`)
    .multipleOf(0.25, 'hours must be a multiple of a quarter hour')
    .refine(isNotBelowAQuarterHour, 'hours must be at least a quarter hour (0.25)'),
  category: HourCategorySchema,
});
export type HourEntryForEvaluation = z.infer<typeof HourEntryForEvaluationSchema>;

/** Progress on one requirement, as computed by the evaluator. */
export const RequirementProgressSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: RequirementKindSchema,
  verified: z.boolean(),
  /** The hour categories that feed this requirement ([] for duration, window and weekly-limit rules). */
  categories: z.array(HourCategorySchema),
  required: z.number().nullable(),
  counted: z.number(),
  /** null when not verified: there is no target to meet. */
  met: z.boolean().nullable(),
  remaining: z.number().nullable(),
  unit: z.enum(['hours', 'months']),
  explanation: z.string(),
});
export type RequirementProgress = z.infer<typeof RequirementProgressSchema>;

/** Progress on one either-or group: met when every requirement of one option is met. */
export const AlternativeProgressSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** true: an option is met; false: every option has an unmet requirement; null: no option can be judged. */
  met: z.boolean().nullable(),
  options: z.array(
    z.object({
      label: z.string(),
      requirementIds: z.array(z.string()),
      /** true: all met; false: one is unmet; null: none unmet but one is not verified. */
      met: z.boolean().nullable(),
    }),
  ),
  explanation: z.string(),
});
export type AlternativeProgress = z.infer<typeof AlternativeProgressSchema>;

/** Hours of one entry that did not count, and why. */
export const RejectedHoursSchema = z.object({
  entryId: z.string(),
  hours: z.number(),
  reason: z.string(),
  /** null: the hours count toward nothing; otherwise the requirements they do not count toward. */
  requirementIds: z.array(z.string()).nullable(),
});
export type RejectedHours = z.infer<typeof RejectedHoursSchema>;

/** The evaluator's answer for one log against one rule set version. */
export const RuleSetEvaluationSchema = z.object({
  ruleSetId: z.string(),
  ruleSetVersion: z.number().int(),
  /** The date the log was measured at: the one given, or the latest entry's date; null for an empty log. */
  asOf: IsoDateSchema.nullable(),
  firstCountedDate: IsoDateSchema.nullable(),
  lastCountedDate: IsoDateSchema.nullable(),
  requirements: z.array(RequirementProgressSchema),
  /** Either-or groups: which option is met (a requirement of an option is not needed on its own). */
  alternatives: z.array(AlternativeProgressSchema),
  /**
   * Every verified requirement is met (unverified ones are counted separately, never assumed met). Never true for
   * a rule set with no verified requirement: nothing verified is not the same as everything met.
   */
  complete: z.boolean(),
  unmet: z.array(z.string()),
  /** How many requirements a source verifies; 0 means the product can say nothing about progress yet. */
  verifiedCount: z.number().int().min(0),
  unverifiedCount: z.number().int().min(0),
  rejected: z.array(RejectedHoursSchema),
});
export type RuleSetEvaluation = z.infer<typeof RuleSetEvaluationSchema>;

/** Projected completion per unmet requirement, from the recent pace. */
export const CompletionProjectionSchema = z.object({
  asOf: IsoDateSchema,
  /** Latest of the per-requirement dates; asOf when already complete; null when any unmet one has no pace. */
  date: IsoDateSchema.nullable(),
  requirements: z.array(
    z.object({
      id: z.string(),
      remaining: z.number(),
      unit: z.enum(['hours', 'months']),
      countedLast8Weeks: z.number(),
      pacePerWeek: z.number(),
      date: IsoDateSchema.nullable(),
    }),
  ),
});
export type CompletionProjection = z.infer<typeof CompletionProjectionSchema>;
