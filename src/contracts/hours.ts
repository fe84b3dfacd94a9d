import { z } from 'zod';
import { AccountTokenSchema, EmailSchema } from './auth.js';
import { jurisdictionField } from './jurisdictions.js';
import {
  CompletionProjectionSchema,
  IsoDateSchema,
  isNotBelowAQuarterHour,
  LICENSURE_LIMITS,
  RuleSetEvaluationSchema,
  RuleSetListItemSchema,
} from './licensure.js';
import { RuleSetIdSchema } from './licensure-api.js';
import { HOUR_CATEGORY_IDS, type HourCategory, HourCategorySchema } from './vocabulary.js';

/*
 * The supervised hours log: entries, the license goal, progress, supervisors and their sign-off, the audit
 * trail, CSV import/export. The log holds counts and categories only: no field is meant for client details,
 * and the forms say so.
 */

export const HOUR_CATEGORY_LABELS: Record<HourCategory, string> = {
  direct: 'Direct client contact',
  indirect: 'Indirect',
  'supervision-individual': 'Individual supervision',
  'supervision-group': 'Group supervision',
};

/** The documented import header, in this order; export writes it first and adds columns after it. */
export const HOURS_CSV_COLUMNS = ['date', 'hours', 'category', 'site', 'supervisor', 'note'] as const;

export const HOURS_LIMITS = {
  maxSiteLength: 120,
  maxSupervisorLength: 120,
  maxNoteLength: 500,
  maxCommentLength: 1000,
  /** Hours may be logged for today and, to allow for time zones, one day ahead, never further. */
  maxDaysAhead: 1,
  maxImportRows: 100_000,
  /** The import route's own body limit (the app default is 1 MB). */
  maxImportBytes: 20 * 1024 * 1024,
  maxIdempotencyKeyLength: 200,
  maxCompare: 4,
} as const;

const trimmedText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .min(1, `${field} must not be empty`)
    .max(max, `${field} must be at most ${max} characters`);

/** Hours with quarter-hour precision, as the evaluator counts them. */
export const EntryHoursSchema = z
  .number({ error: 'hours must be a number' })
  .positive('hours must be greater than 0')
  .max(LICENSURE_LIMITS.maxEntryHours, `hours must be at most ${LICENSURE_LIMITS.maxEntryHours} (hours in a day)`)
  .multipleOf(0.25, 'hours must be a multiple of a quarter hour (e.g. 1.25)')
  .refine(isNotBelowAQuarterHour, 'hours must be at least a quarter hour (0.25)');

export const TimeOfDaySchema = z
  .string({ error: 'must be a time written HH:MM' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM (24-hour clock)');

export const EntryStatusSchema = z.enum(['unverified', 'verified', 'returned']);
export type EntryStatus = z.infer<typeof EntryStatusSchema>;

/** manual: typed in; import: a CSV file; placement: pulled from hours an organization confirmed. */
export const EntrySourceSchema = z.enum(['manual', 'import', 'placement']);
export type EntrySource = z.infer<typeof EntrySourceSchema>;

function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Minutes between two HH:MM times on the same day (negative when end is not after start). */
export function minutesBetween(startTime: string, endTime: string): number {
  return minutesOfDay(endTime) - minutesOfDay(startTime);
}

/**
 * One entry as the trainee writes it: `hours`, or `startTime` and `endTime` (the hours are then the difference,
 * which must be whole quarter hours). Both may be given when they agree.
 */
export const HourEntryBodySchema = z
  .strictObject({
    date: IsoDateSchema,
    hours: EntryHoursSchema.optional(),
    startTime: TimeOfDaySchema.optional(),
    endTime: TimeOfDaySchema.optional(),
    category: HourCategorySchema,
    site: trimmedText('site', HOURS_LIMITS.maxSiteLength),
    /** One of your supervision agreements (invited or active); null or left out: none named. */
    supervisionId: z.uuid('supervisionId must be a supervision agreement id (uuid)').nullable().optional(),
    /** Never client details: what kind of work, not who. */
    note: z
      .string({ error: 'note must be a string' })
      .trim()
      .max(HOURS_LIMITS.maxNoteLength, `note must be at most ${HOURS_LIMITS.maxNoteLength} characters`)
      .nullable()
      .optional(),
  })
  .superRefine((body, ctx) => {
    const hasStart = body.startTime !== undefined;
    const hasEnd = body.endTime !== undefined;
    if (hasStart !== hasEnd) {
      ctx.addIssue({
        code: 'custom',
        path: [hasStart ? 'endTime' : 'startTime'],
        message: hasStart ? 'an end time is required with a start time' : 'a start time is required with an end time',
      });
      return;
    }
    if (!hasStart && body.hours === undefined) {
      ctx.addIssue({ code: 'custom', path: ['hours'], message: 'hours are required (or a start and an end time)' });
      return;
    }
    if (hasStart && body.startTime && body.endTime) {
      const minutes = minutesBetween(body.startTime, body.endTime);
      if (minutes <= 0) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'the end time must be after the start time' });
      } else if (minutes % 15 !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['endTime'],
          message: 'the start and end time must be a whole number of quarter hours apart (e.g. 09:00 to 09:45)',
        });
      } else if (body.hours !== undefined && body.hours * 60 !== minutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['hours'],
          message: `hours (${body.hours}) do not match the start and end time (${minutes / 60} hours apart)`,
        });
      }
    }
  });
export type HourEntryBody = z.infer<typeof HourEntryBodySchema>;

/** The hours an entry body stands for (validated bodies only). */
export function entryBodyHours(body: HourEntryBody): number {
  if (body.startTime && body.endTime) return minutesBetween(body.startTime, body.endTime) / 60;
  return body.hours ?? 0;
}

export const EntryIdParamsSchema = z.object({ id: z.uuid('id must be an hour entry id (uuid)') });
export const SupervisionIdParamsSchema = z.object({ id: z.uuid('id must be a supervision agreement id (uuid)') });

/** Why an entry does not count, from what the log knows (agreement dates, the supervisor's license, a return). */
export const ENTRY_RULES = [
  'before-agreement-start',
  'after-agreement-end',
  'supervisor-license-not-yet-valid',
  'supervisor-license-lapsed',
  'returned',
  'group-supervision-cap',
  'weekly-limit',
  'supervisor-credential',
] as const;
export const EntryRuleSchema = z.enum(ENTRY_RULES);
export type EntryRule = z.infer<typeof EntryRuleSchema>;

/** Said when an entry is made or changed: which rule will keep some of its hours from counting. */
export const EntryWarningSchema = z.object({
  rule: EntryRuleSchema,
  message: z.string(),
  /** The rule set and requirement the warning comes from (null for agreement and license rules). */
  ruleSetId: z.string().nullable(),
  requirementId: z.string().nullable(),
});
export type EntryWarning = z.infer<typeof EntryWarningSchema>;

export const HourEntrySchema = z.object({
  id: z.uuid(),
  date: IsoDateSchema,
  hours: z.number(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  category: HourCategorySchema,
  site: z.string(),
  supervisionId: z.uuid().nullable(),
  /** The supervisor's name (from the agreement, or as written in an imported file). */
  supervisorName: z.string().nullable(),
  note: z.string().nullable(),
  status: EntryStatusSchema,
  /** Verified entries are locked: nothing about them changes unless the supervisor returns them. */
  isLocked: z.boolean(),
  source: EntrySourceSchema,
  verifiedAt: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  returnComment: z.string().nullable(),
  /** Why the hours do not count at all (agreement, license or a return); null when nothing known stops them. */
  exclusion: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type HourEntry = z.infer<typeof HourEntrySchema>;

export const SavedHourEntrySchema = z.object({ entry: HourEntrySchema, warnings: z.array(EntryWarningSchema) });
export type SavedHourEntry = z.infer<typeof SavedHourEntrySchema>;

export const ListHourEntriesQuerySchema = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  status: EntryStatusSchema.optional(),
  category: HourCategorySchema.optional(),
  page: z.coerce
    .number({ error: 'page must be a number' })
    .int()
    .min(1, 'page must be at least 1')
    .max(100_000)
    .default(1),
  pageSize: z.coerce
    .number({ error: 'pageSize must be a number' })
    .int()
    .min(1, 'pageSize must be at least 1')
    .max(200, 'pageSize must be at most 200')
    .default(50),
});
export type ListHourEntriesQuery = z.infer<typeof ListHourEntriesQuerySchema>;

export const HourEntryListSchema = z.object({
  items: z.array(HourEntrySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type HourEntryList = z.infer<typeof HourEntryListSchema>;

export const IdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .trim()
    .min(1, 'Idempotency-Key must not be empty')
    .max(
      HOURS_LIMITS.maxIdempotencyKeyLength,
      `Idempotency-Key must be at most ${HOURS_LIMITS.maxIdempotencyKeyLength} characters`,
    )
    .optional(),
});

// ---- Goal and progress ----

export const HoursGoalSchema = z.object({
  /** The license goal: null until chosen. */
  ruleSet: RuleSetListItemSchema.nullable(),
  /** When the qualifying degree was conferred (null: not given, so no pre-degree limit is applied). */
  degreeDate: IsoDateSchema.nullable(),
  /**
   * The date whose rules apply (null: today): progress uses the version of the rule set in force on it, e.g. the
   * day supervised experience began where the board lets earlier residents finish under the old rule.
   */
  rulesDate: IsoDateSchema.nullable(),
  /** Every rule set that can be chosen (current versions). */
  available: z.array(RuleSetListItemSchema),
});
export type HoursGoal = z.infer<typeof HoursGoalSchema>;

export const PutHoursGoalBodySchema = z.strictObject({
  ruleSetId: RuleSetIdSchema,
  /** When the qualifying degree was conferred: pre-degree hours then count only up to the rule set's limit. */
  degreeDate: IsoDateSchema.nullable().optional(),
  /** The date whose rules apply (left out: keep; null: today's rules). */
  rulesDate: IsoDateSchema.nullable().optional(),
});
export type PutHoursGoalBody = z.infer<typeof PutHoursGoalBodySchema>;

/** logged: every entry not returned or excluded; verified: only entries a supervisor verified. */
export const ProgressBasisSchema = z.enum(['logged', 'verified']);
export type ProgressBasis = z.infer<typeof ProgressBasisSchema>;

export const HoursProgressQuerySchema = z.object({
  /** Another rule set than the goal (e.g. "what if I moved"). */
  ruleSet: RuleSetIdSchema.optional(),
  /** Defaults to today (or the latest entry's date when that is later). */
  asOf: IsoDateSchema.optional(),
  /** Measure under the version of the rules in force on this date (default: the goal's rules date, else today). */
  rulesDate: IsoDateSchema.optional(),
  basis: ProgressBasisSchema.default('logged'),
});
export type HoursProgressQuery = z.infer<typeof HoursProgressQuerySchema>;

export const CompareProgressQuerySchema = z.object({
  /** Comma-separated rule set ids, e.g. US-TX:LPC,US-CA:LPCC. */
  ruleSets: z
    .string({ error: 'ruleSets is required' })
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((p) => p.trim())
          .filter((p) => p !== ''),
      ),
    ])
    .pipe(
      z
        .array(RuleSetIdSchema)
        .min(1, 'ruleSets must name at least one rule set')
        .max(HOURS_LIMITS.maxCompare, `ruleSets must name at most ${HOURS_LIMITS.maxCompare} rule sets`),
    ),
  asOf: IsoDateSchema.optional(),
  basis: ProgressBasisSchema.default('logged'),
});

export const CategoryHoursSchema = z.object({
  direct: z.number(),
  indirect: z.number(),
  'supervision-individual': z.number(),
  'supervision-group': z.number(),
});
export type CategoryHours = z.infer<typeof CategoryHoursSchema>;

export function emptyCategoryHours(): CategoryHours {
  return Object.fromEntries(HOUR_CATEGORY_IDS.map((c) => [c, 0])) as CategoryHours;
}

export const RuleSetRefSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  /** The dates this version was in force (left out: open); the date it was picked for is `rulesDate`. */
  effectiveFrom: z.string().optional(),
  effectiveUntil: z.string().optional(),
  /** The date whose rules were applied: the version shown is the one in force on it. */
  rulesDate: z.string().optional(),
  title: z.string(),
  jurisdictionName: z.string(),
  source: z.string(),
  checkedDate: z.string(),
});
export type RuleSetRef = z.infer<typeof RuleSetRefSchema>;

/** Hours of one entry that did not count, with the entry's date and category so a list can show them. */
export const NotCountedSchema = z.object({
  entryId: z.string(),
  date: IsoDateSchema,
  category: HourCategorySchema,
  hours: z.number(),
  reason: z.string(),
  requirementIds: z.array(z.string()).nullable(),
});
export type NotCounted = z.infer<typeof NotCountedSchema>;

export const HoursProgressSchema = z.object({
  /** The rule set and exact version the log was measured against. */
  ruleSet: RuleSetRefSchema,
  basis: ProgressBasisSchema,
  evaluation: RuleSetEvaluationSchema,
  projection: CompletionProjectionSchema,
  notCounted: z.array(NotCountedSchema),
  totals: z.object({
    entries: z.number().int(),
    hours: z.number(),
    byCategory: CategoryHoursSchema,
    byStatus: z.object({ unverified: z.number(), verified: z.number(), returned: z.number() }),
  }),
});
export type HoursProgress = z.infer<typeof HoursProgressSchema>;

export const HoursProgressCompareSchema = z.object({ items: z.array(HoursProgressSchema) });
export type HoursProgressCompare = z.infer<typeof HoursProgressCompareSchema>;

export const HoursChartsQuerySchema = z.object({
  asOf: IsoDateSchema.optional(),
  weeks: z.coerce.number().int().min(1).max(104, 'weeks must be at most 104').default(12),
  months: z.coerce.number().int().min(1).max(60, 'months must be at most 60').default(12),
});

export const HoursChartsSchema = z.object({
  /** Oldest first; every week in the range, empty ones included. start = the Monday. */
  weeks: z.array(z.object({ start: IsoDateSchema, byCategory: CategoryHoursSchema, total: z.number() })),
  /** Oldest first; start = YYYY-MM. */
  months: z.array(z.object({ start: z.string(), byCategory: CategoryHoursSchema, total: z.number() })),
});
export type HoursCharts = z.infer<typeof HoursChartsSchema>;

// ---- Supervisors ----

export const SupervisionStatusSchema = z.enum(['invited', 'active', 'ended', 'removed', 'declined']);
export type SupervisionStatus = z.infer<typeof SupervisionStatusSchema>;

export const SupervisorLicenseSchema = z.strictObject({
  /** e.g. LPC-S, LCSW, Licensed Psychologist. */
  licenseType: trimmedText('licenseType', 60),
  licenseNumber: trimmedText('licenseNumber', 60),
  licenseJurisdiction: z
    .string({ error: 'licenseJurisdiction must be a string' })
    .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'licenseJurisdiction must be a code like US-TX'),
  licenseExpires: IsoDateSchema,
  /** The day the license became valid; null/left out when not given (then only the expiry date is checked). */
  licenseValidFrom: IsoDateSchema.nullable().optional(),
  /**
   * Whether the supervisor holds the state's supervisor credential or approval (e.g. Texas LPC-S): hours under a
   * rule set that requires one count only while it is held. null/left out: not said (those hours are not checked).
   */
  holdsSupervisorCredential: z
    .boolean({ error: 'holdsSupervisorCredential must be true or false' })
    .nullable()
    .optional(),
  /** From when the credential is held; only with holdsSupervisorCredential true. */
  supervisorCredentialFrom: IsoDateSchema.nullable().optional(),
});
export type SupervisorLicense = z.infer<typeof SupervisorLicenseSchema>;

/**
 * The license as a supervisor records it: the state by name ("Texas") or code ("US-TX"), stored as the code;
 * the valid-from date, when given, on or before the expiry date.
 */
export const SupervisorLicenseBodySchema = SupervisorLicenseSchema.extend({
  licenseJurisdiction: jurisdictionField('licenseJurisdiction'),
})
  .refine((b) => !b.licenseValidFrom || b.licenseValidFrom <= b.licenseExpires, {
    path: ['licenseValidFrom'],
    message: 'licenseValidFrom must be on or before licenseExpires',
  })
  .refine((b) => !b.supervisorCredentialFrom || b.holdsSupervisorCredential === true, {
    path: ['supervisorCredentialFrom'],
    message: 'supervisorCredentialFrom may be given only when holdsSupervisorCredential is true',
  })
  .refine((b) => !b.supervisorCredentialFrom || b.supervisorCredentialFrom <= b.licenseExpires, {
    path: ['supervisorCredentialFrom'],
    message: 'supervisorCredentialFrom must be on or before licenseExpires',
  });

export const InviteSupervisorBodySchema = z
  .strictObject({
    email: EmailSchema,
    /** The supervision agreement's start date: hours before it do not count. */
    startDate: IsoDateSchema,
    endDate: IsoDateSchema.nullable().optional(),
  })
  .refine((b) => !b.endDate || b.endDate >= b.startDate, {
    path: ['endDate'],
    message: 'endDate must be on or after startDate',
  });
export type InviteSupervisorBody = z.infer<typeof InviteSupervisorBodySchema>;

export const UpdateAgreementBodySchema = z.strictObject({
  startDate: IsoDateSchema.optional(),
  /** null: the agreement has no end (again). */
  endDate: IsoDateSchema.nullable().optional(),
});
export type UpdateAgreementBody = z.infer<typeof UpdateAgreementBodySchema>;

export const SupervisionSchema = z.object({
  id: z.uuid(),
  status: SupervisionStatusSchema,
  inviteEmail: z.string(),
  trainee: z.object({ id: z.uuid(), displayName: z.string() }),
  supervisor: z.object({ id: z.uuid().nullable(), displayName: z.string() }).nullable(),
  startDate: IsoDateSchema,
  endDate: IsoDateSchema.nullable(),
  license: SupervisorLicenseSchema.nullable(),
  invitedAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type Supervision = z.infer<typeof SupervisionSchema>;

export const SupervisionListSchema = z.object({ items: z.array(SupervisionSchema) });

/** A week of one supervisee's entries that name you and wait for your verification. */
export const WaitingWeekSchema = z.object({
  supervisionId: z.uuid(),
  trainee: z.object({ id: z.uuid(), displayName: z.string() }),
  weekStart: IsoDateSchema,
  entries: z.number().int(),
  hours: z.number(),
  byCategory: CategoryHoursSchema,
});
export type WaitingWeek = z.infer<typeof WaitingWeekSchema>;

export const SupervisorInboxSchema = z.object({
  invitations: z.array(SupervisionSchema),
  waiting: z.array(WaitingWeekSchema),
  supervisees: z.array(SupervisionSchema.extend({ waitingEntries: z.number().int(), verifiedHours: z.number() })),
});
export type SupervisorInbox = z.infer<typeof SupervisorInboxSchema>;

export const SuperviseeEntriesQuerySchema = z.object({
  status: EntryStatusSchema.optional(),
  /** The Monday of an ISO week: only that week's entries. */
  weekStart: IsoDateSchema.optional(),
});

export const VerifyWeekBodySchema = z.strictObject({ weekStart: IsoDateSchema });
export const VerifyWeekResultSchema = z.object({
  weekStart: IsoDateSchema,
  verified: z.number().int(),
  hours: z.number(),
});

export const ReturnEntryBodySchema = z.strictObject({
  comment: trimmedText('comment', HOURS_LIMITS.maxCommentLength),
});

// ---- Audit trail ----

export const AUDIT_ACTIONS = [
  'create',
  'edit',
  'verify',
  'return',
  'delete',
  'invite',
  'accept',
  'decline',
  'remove',
  'agreement',
  'license',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: AuditActionSchema,
  actor: z.object({ name: z.string(), role: z.enum(['trainee', 'supervisor']) }),
  entryId: z.string().nullable(),
  supervisionId: z.string().nullable(),
  /** One line a person can read. */
  summary: z.string(),
  /** Field changes of an edit (from -> to), as text. */
  changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  comment: z.string().nullable(),
  /** How a sign-off was given: in the app, or with the link of an emailed message (no sign-in). */
  method: z.enum(['app', 'email-link']).nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditQuerySchema = z.object({
  entryId: z.uuid('entryId must be an hour entry id (uuid)').optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500, 'limit must be at most 500').default(100),
});
export const AuditListSchema = z.object({ items: z.array(AuditEventSchema) });
export type AuditList = z.infer<typeof AuditListSchema>;

// ---- Import and export ----

export const ImportCsvBodySchema = z.strictObject({
  csv: z
    .string({ error: 'csv must be the file contents as a string' })
    .min(1, 'csv must not be empty')
    .max(HOURS_LIMITS.maxImportBytes, 'csv is too large'),
  /** Rows that repeat an entry already in the log are skipped unless this is true. */
  includeDuplicates: z.boolean({ error: 'includeDuplicates must be true or false' }).default(false),
});
export type ImportCsvBody = z.infer<typeof ImportCsvBodySchema>;

/** How the dates of a file were read (slashed dates are always month first). */
export const DateNotationSchema = z.enum(['iso', 'us']);

export const CsvRowErrorSchema = z.object({ line: z.number().int(), reason: z.string() });
export type CsvRowError = z.infer<typeof CsvRowErrorSchema>;

export const ImportPreviewRowSchema = z.object({
  line: z.number().int(),
  date: IsoDateSchema,
  hours: z.number(),
  category: HourCategorySchema,
  site: z.string(),
  supervisor: z.string().nullable(),
  /** The agreement the supervisor column matched (by email or name); null when none did. */
  supervisionId: z.string().nullable(),
  note: z.string().nullable(),
  warnings: z.array(z.string()),
  /** The row repeats an entry already in your log (same date, hours, category, site and supervisor). */
  isDuplicate: z.boolean(),
});

export const ImportPreviewSchema = z.object({
  rowCount: z.number().int(),
  validCount: z.number().int(),
  /** Good rows that repeat an entry already in the log; skipped unless includeDuplicates is true. */
  duplicateCount: z.number().int(),
  /** Hours and categories of the rows that would be saved (duplicates left out unless includeDuplicates). */
  hours: z.number(),
  byCategory: CategoryHoursSchema,
  /** The date notations the file's dates were read in. */
  dateNotations: z.array(DateNotationSchema),
  /** Every bad row, by line number (the header is line 1). Nothing is saved while there is one. */
  errors: z.array(CsvRowErrorSchema),
  /** The first rows as they would be saved. */
  rows: z.array(ImportPreviewRowSchema),
  /** Supervisor names in the file that match none of your agreements (kept as written; not verifiable here). */
  unmatchedSupervisors: z.array(z.string()),
  warningCount: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportResultSchema = z.object({
  imported: z.number().int(),
  hours: z.number(),
  /** Rows not saved because they repeat an entry already in the log. */
  skippedDuplicates: z.number().int(),
});

// ---- Confirmed placement hours (experience board) ----

export const PlacementHoursSchema = z.object({
  id: z.string(),
  date: IsoDateSchema,
  hours: z.number(),
  organizationName: z.string(),
  opportunityTitle: z.string(),
  isPulled: z.boolean(),
});
export const PlacementHoursListSchema = z.object({ items: z.array(PlacementHoursSchema) });

export const PullPlacementHoursBodySchema = z.strictObject({
  category: HourCategorySchema.default('direct'),
  supervisionId: z.uuid('supervisionId must be a supervision agreement id (uuid)').nullable().optional(),
});
export const PullPlacementHoursResultSchema = z.object({ pulled: z.number().int(), hours: z.number() });

// ---- One-tap sign-off from the supervisor's message ----

export const SignOffTokenBodySchema = z.object({ token: AccountTokenSchema });

export const SignOffPreviewSchema = z.object({
  supervisorName: z.string(),
  traineeName: z.string(),
  expiresAt: z.string(),
  entries: z.array(
    z.object({
      id: z.uuid(),
      /** The entry as the message described it. */
      label: z.string(),
      /** False when the entry changed (or was verified, returned or deleted) since the message was sent. */
      isUnchanged: z.boolean(),
    }),
  ),
});
export type SignOffPreview = z.infer<typeof SignOffPreviewSchema>;

export const SignOffResultSchema = z.object({ verified: z.number().int(), hours: z.number() });

/** Accepting from the emailed invitation link: the link's token with the license the supervisor records. */
export const AcceptInvitationLinkBodySchema = SupervisorLicenseSchema.extend({ token: AccountTokenSchema });
