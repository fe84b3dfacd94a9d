import { z } from 'zod';

/*
 * Resilience check-ins, self-care log, reflection journal and shared summaries. An instrument is data
 * (the format of data/instruments/*.json and of the admin upload); its cross-field rules (items name a
 * subscale that exists, recodes cover the scale, bands cover every score) live in
 * src/domain/checkin/instrument.ts, which names the offending field for each problem.
 */

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The limits a self-care day must respect; anything outside is a typo, not a day. */
export const SELF_CARE_LIMITS = {
  maxSleepHours: 24,
  maxActivityMinutes: 1440,
  maxBreaks: 50,
  maxTextLength: 4000,
} as const;

function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (!y || !m || !d) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD, from 2000 on (earlier dates in a wellbeing log are typos). */
export const DayDateSchema = z
  .string({ error: 'must be a date in YYYY-MM-DD format' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in YYYY-MM-DD format')
  .refine(isCalendarDate, { message: 'must be a real calendar date' })
  .refine((s) => s >= '2000-01-01', { message: 'must be on or after 2000-01-01' });

const idField = (what: string) =>
  z
    .string({ error: `must be a string (the ${what} id)` })
    .regex(KEBAB_ID, 'must be lower-case kebab-case, e.g. burnout-3')
    .max(60, 'must be at most 60 characters');

const textField = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

const finiteNumber = z.number({ error: 'must be a number' }).refine(Number.isFinite, { message: 'must be finite' });

export const InstrumentResponseScaleSchema = z.strictObject({
  min: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(-10).max(100),
  max: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(-10).max(100),
  /** Response value (as a string key) -> what it means, e.g. "1": "Never". */
  labels: z.record(z.string(), textField(80), { error: 'must be an object of value -> label' }),
});

export const InstrumentItemSchema = z.strictObject({
  id: idField('item'),
  text: textField(500),
  subscale: z.string({ error: 'must be a string (a subscale id)' }).min(1, 'must not be empty'),
  reverse: z.boolean({ error: 'must be true or false' }).default(false),
});

export const InstrumentBandSchema = z.strictObject({
  label: textField(60),
  /** Inclusive; a missing bound is open. */
  min: finiteNumber.optional(),
  max: finiteNumber.optional(),
});
export type InstrumentBand = z.infer<typeof InstrumentBandSchema>;

export const SUBSCALE_METHODS = ['sum', 'mean'] as const;
export const WORSE_WHEN = ['higher', 'lower'] as const;

export const InstrumentSubscaleSchema = z.strictObject({
  id: idField('subscale'),
  label: textField(120),
  description: textField(500).optional(),
  method: z.enum(SUBSCALE_METHODS, { error: 'must be "sum" or "mean"' }),
  /** Response value -> the value that counts, applied after reverse scoring (e.g. 1..5 -> 0/25/50/75/100). */
  recode: z.record(z.string(), finiteNumber, { error: 'must be an object of response value -> number' }).optional(),
  /** Bands in any order; together they must cover every score the subscale can take, without overlap. */
  bands: z.array(InstrumentBandSchema, { error: 'must be a list of bands' }).min(1, 'must list at least one band'),
  /**
   * Which direction is a concern: "higher" for burnout, "lower" for compassion satisfaction. Early
   * warnings only read subscales that say; without it a subscale is charted but never warned about.
   */
  worseWhen: z.enum(WORSE_WHEN, { error: 'must be "higher" or "lower"' }).optional(),
});
export type InstrumentSubscale = z.infer<typeof InstrumentSubscaleSchema>;

/** The instrument file format (field by field); `validateInstrument` adds the rules across fields. */
export const InstrumentSchema = z.strictObject({
  id: idField('instrument'),
  title: textField(200),
  description: textField(2000).optional(),
  /** Shown wherever the instrument's scores are, e.g. "a self-reflection aid, not a diagnosis". */
  disclaimer: textField(1000).optional(),
  citation: textField(1000),
  license: textField(1000),
  response: InstrumentResponseScaleSchema,
  items: z
    .array(InstrumentItemSchema, { error: 'must be a list of items' })
    .min(1, 'must list at least one item')
    .max(300, 'must list at most 300 items'),
  subscales: z
    .array(InstrumentSubscaleSchema, { error: 'must be a list of subscales' })
    .min(1, 'must list at least one subscale')
    .max(30, 'must list at most 30 subscales'),
});
export type Instrument = z.infer<typeof InstrumentSchema>;
export type InstrumentInput = z.input<typeof InstrumentSchema>;

/** Answers: item id -> the response value chosen. */
export const AnswersSchema = z.record(z.string(), z.unknown(), { error: 'must be an object of item id -> value' });
export type Answers = Record<string, number>;

export const SubscaleScoreSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number(),
  band: z.string(),
  /** 0 = the least concerning band; bandCount - 1 = the most (null when the subscale has no worseWhen). */
  severity: z.number().int().nullable(),
  bandCount: z.number().int(),
});
export type SubscaleScore = z.infer<typeof SubscaleScoreSchema>;

/** What `vocare checkin score --json` prints. */
export const ScoreResultSchema = z.object({
  instrument: z.string(),
  subscales: z.array(z.object({ id: z.string(), score: z.number(), band: z.string() })),
});
export type ScoreResult = z.infer<typeof ScoreResultSchema>;

// ---- Instruments over the API ----

export const InstrumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  disclaimer: z.string().nullable(),
  citation: z.string(),
  license: z.string(),
  itemCount: z.number().int(),
  subscales: z.array(z.object({ id: z.string(), label: z.string() })),
  isShipped: z.boolean(),
});
export type InstrumentSummary = z.infer<typeof InstrumentSummarySchema>;
export const InstrumentListSchema = z.object({ items: z.array(InstrumentSummarySchema) });
export type InstrumentList = z.infer<typeof InstrumentListSchema>;

export const InstrumentDetailSchema = z.object({
  instrument: InstrumentSchema,
  isShipped: z.boolean(),
});
export type InstrumentDetail = z.infer<typeof InstrumentDetailSchema>;

export const InstrumentIdParamsSchema = z.object({ id: z.string().regex(KEBAB_ID, 'must be an instrument id') });

// ---- Settings and reminders ----

export const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export const CadenceSchema = z.enum(CADENCES, { error: 'must be weekly, fortnightly or monthly' });
export type Cadence = z.infer<typeof CadenceSchema>;

export const ResilienceSettingsSchema = z.object({
  cadence: CadenceSchema,
  instrumentId: z.string(),
});
export type ResilienceSettings = z.infer<typeof ResilienceSettingsSchema>;
export const UpdateResilienceSettingsBodySchema = z.strictObject({
  cadence: CadenceSchema,
  instrumentId: z.string().regex(KEBAB_ID, 'must be an instrument id'),
});
export type UpdateResilienceSettingsBody = z.infer<typeof UpdateResilienceSettingsBodySchema>;

export const ReminderSchema = z.object({
  isDue: z.boolean(),
  lastCheckinOn: z.string().nullable(),
  nextDueOn: z.string(),
  message: z.string(),
});
export type Reminder = z.infer<typeof ReminderSchema>;

/** The person's local date, so reminders and "today" follow their calendar rather than the server's. */
export const TodayQuerySchema = z.object({ today: DayDateSchema.optional() });

// ---- Check-ins ----

export const CreateCheckinBodySchema = z.strictObject({
  instrumentId: z.string().regex(KEBAB_ID, 'must be an instrument id').optional(),
  /** The day the check-in is about; defaults to today. */
  date: DayDateSchema.optional(),
  answers: z.record(z.string(), z.unknown(), { error: 'must be an object of item id -> value' }),
});
export type CreateCheckinBody = z.infer<typeof CreateCheckinBodySchema>;

export const CheckinSchema = z.object({
  id: z.string().uuid(),
  instrumentId: z.string(),
  instrumentTitle: z.string(),
  date: z.string(),
  scores: z.array(SubscaleScoreSchema),
  answers: z.record(z.string(), z.number()),
  createdAt: z.string(),
});
export type Checkin = z.infer<typeof CheckinSchema>;
/**
 * A new check-in with what it is compared with: the check-in that counts for the latest earlier day (same
 * instrument), and how many check-ins of the same day it sets aside (of several a day the latest counts, ADR 0020).
 */
export const CreatedCheckinSchema = CheckinSchema.extend({
  previous: z.object({ date: z.string(), scores: z.array(SubscaleScoreSchema) }).nullable(),
  earlierSameDay: z.number().int(),
});
export type CreatedCheckin = z.infer<typeof CreatedCheckinSchema>;
export const CheckinListSchema = z.object({ items: z.array(CheckinSchema) });
export type CheckinList = z.infer<typeof CheckinListSchema>;

export const DateRangeQuerySchema = z.object({
  from: DayDateSchema.optional(),
  to: DayDateSchema.optional(),
});
export const RecordIdParamsSchema = z.object({ id: z.string().uuid('must be a record id (uuid)') });

// ---- Self-care log ----

export const BOUNDARY_STATES = ['kept', 'crossed'] as const;
export const SUPPORT_CONTACTS = ['none', 'supervision', 'peer-support', 'both'] as const;
export type SupportContact = (typeof SUPPORT_CONTACTS)[number];

const rating = (field: string) =>
  z
    .number({ error: `${field} must be a whole number from 1 to 5` })
    .int(`${field} must be a whole number from 1 to 5`)
    .min(1, `${field} must be from 1 to 5`)
    .max(5, `${field} must be from 1 to 5`);

/** One day; every field optional, null clears it. */
export const SelfCareFieldsSchema = z.strictObject({
  sleepHours: z
    .number({ error: 'sleepHours must be a number of hours' })
    .min(0, 'sleepHours must not be negative')
    .max(
      SELF_CARE_LIMITS.maxSleepHours,
      `sleepHours must be at most ${SELF_CARE_LIMITS.maxSleepHours} (hours in a day)`,
    )
    .multipleOf(0.25, 'sleepHours must be a multiple of a quarter hour')
    .nullable()
    .optional(),
  activityMinutes: z
    .number({ error: 'activityMinutes must be a number of minutes' })
    .int('activityMinutes must be a whole number of minutes')
    .min(0, 'activityMinutes must not be negative')
    .max(
      SELF_CARE_LIMITS.maxActivityMinutes,
      `activityMinutes must be at most ${SELF_CARE_LIMITS.maxActivityMinutes} (minutes in a day)`,
    )
    .nullable()
    .optional(),
  mealsRating: rating('mealsRating').nullable().optional(),
  breaksTaken: z
    .number({ error: 'breaksTaken must be a whole number' })
    .int('breaksTaken must be a whole number')
    .min(0, 'breaksTaken must not be negative')
    .max(SELF_CARE_LIMITS.maxBreaks, `breaksTaken must be at most ${SELF_CARE_LIMITS.maxBreaks}`)
    .nullable()
    .optional(),
  boundaries: z.enum(BOUNDARY_STATES, { error: 'boundaries must be "kept" or "crossed"' }).nullable().optional(),
  supportContact: z
    .enum(SUPPORT_CONTACTS, { error: 'supportContact must be none, supervision, peer-support or both' })
    .nullable()
    .optional(),
  mood: rating('mood').nullable().optional(),
});
export type SelfCareFields = z.infer<typeof SelfCareFieldsSchema>;
export const PutSelfCareBodySchema = SelfCareFieldsSchema;
export const SelfCareDateParamsSchema = z.object({ date: DayDateSchema });

export const SelfCareDaySchema = z.object({
  date: z.string(),
  sleepHours: z.number().nullable(),
  activityMinutes: z.number().int().nullable(),
  mealsRating: z.number().int().nullable(),
  breaksTaken: z.number().int().nullable(),
  boundaries: z.enum(BOUNDARY_STATES).nullable(),
  supportContact: z.enum(SUPPORT_CONTACTS).nullable(),
  mood: z.number().int().nullable(),
});
export type SelfCareDay = z.infer<typeof SelfCareDaySchema>;
export const SelfCareListSchema = z.object({ items: z.array(SelfCareDaySchema) });
export type SelfCareList = z.infer<typeof SelfCareListSchema>;

// ---- Journal ----

export const JOURNAL_TAGS = ['win', 'challenge', 'lesson'] as const;
export const JournalTagSchema = z.enum(JOURNAL_TAGS, { error: 'must be win, challenge or lesson' });
export type JournalTag = z.infer<typeof JournalTagSchema>;

export const CreateJournalEntryBodySchema = z.strictObject({
  date: DayDateSchema.optional(),
  tag: JournalTagSchema,
  text: textField(SELF_CARE_LIMITS.maxTextLength),
});
export type CreateJournalEntryBody = z.infer<typeof CreateJournalEntryBodySchema>;
export const UpdateJournalEntryBodySchema = z.strictObject({
  date: DayDateSchema.optional(),
  tag: JournalTagSchema.optional(),
  text: textField(SELF_CARE_LIMITS.maxTextLength).optional(),
});
export type UpdateJournalEntryBody = z.infer<typeof UpdateJournalEntryBodySchema>;

export const JournalEntrySchema = z.object({
  id: z.string().uuid(),
  date: z.string(),
  tag: JournalTagSchema,
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export const JournalListSchema = z.object({ items: z.array(JournalEntrySchema) });
export type JournalList = z.infer<typeof JournalListSchema>;
export const ListJournalQuerySchema = DateRangeQuerySchema.extend({ tag: JournalTagSchema.optional() });

// ---- Dashboard ----

export const WeeklyHoursSchema = z.object({ weekStart: z.string(), hours: z.number() });
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

export const WeeklySelfCareSchema = z.object({
  /** Monday of the ISO week. */
  weekStart: z.string(),
  daysLogged: z.number().int(),
  sleepHoursAvg: z.number().nullable(),
  activityMinutesTotal: z.number().nullable(),
  supportContacts: z.number().int(),
  boundariesCrossed: z.number().int(),
  moodAvg: z.number().nullable(),
});
export type WeeklySelfCare = z.infer<typeof WeeklySelfCareSchema>;

export const WarningSchema = z.object({
  id: z.string(),
  kind: z.enum(['band-rising', 'high-with-workload-rise', 'high-without-support']),
  title: z.string(),
  /** The data that triggered the warning, in plain sentences with dates and values. */
  because: z.array(z.string()),
  /** Concrete steps drawn from the person's own log. */
  steps: z.array(z.string()),
  urgentHelp: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;

export const DashboardQuerySchema = z.object({
  today: DayDateSchema.optional(),
  weeks: z.coerce
    .number({ error: 'weeks must be a number' })
    .int('weeks must be a whole number')
    .min(4, 'weeks must be at least 4')
    .max(520, 'weeks must be at most 520')
    .default(26),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;

export const DashboardSchema = z.object({
  today: z.string(),
  from: z.string(),
  settings: ResilienceSettingsSchema,
  reminder: ReminderSchema,
  instrument: z.object({
    id: z.string(),
    title: z.string(),
    disclaimer: z.string().nullable(),
    subscales: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        worseWhen: z.enum(WORSE_WHEN).nullable(),
        bands: z.array(InstrumentBandSchema),
        /** Lowest and highest possible score, for chart axes. */
        range: z.object({ min: z.number(), max: z.number() }),
      }),
    ),
  }),
  latestCheckin: CheckinSchema.nullable(),
  checkins: z.array(z.object({ date: z.string(), instrumentId: z.string(), scores: z.array(SubscaleScoreSchema) })),
  selfCareWeeks: z.array(WeeklySelfCareSchema),
  directHoursWeeks: z.array(WeeklyHoursSchema),
  warnings: z.array(WarningSchema),
  counts: z.object({ checkins: z.number().int(), selfCareDays: z.number().int(), wins: z.number().int() }),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

// ---- Shared summaries ----

export const CreateShareBodySchema = z
  .strictObject({
    subscales: z
      .array(z.string().regex(KEBAB_ID, 'must be a subscale id'), { error: 'subscales must be a list of subscale ids' })
      .min(1, 'subscales must name at least one subscale')
      .max(30),
    from: DayDateSchema,
    to: DayDateSchema,
    includeSelfCare: z.boolean({ error: 'includeSelfCare must be true or false' }).default(false),
    note: textField(500).optional(),
  })
  .refine((b) => b.from <= b.to, { path: ['to'], message: 'to must be on or after from' });
export type CreateShareBody = z.infer<typeof CreateShareBodySchema>;

export const ShareSnapshotSchema = z.object({
  sharedBy: z.string(),
  createdAt: z.string(),
  from: z.string(),
  to: z.string(),
  note: z.string().nullable(),
  instrument: z.object({ id: z.string(), title: z.string(), disclaimer: z.string().nullable() }),
  subscales: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      bands: z.array(InstrumentBandSchema),
      range: z.object({ min: z.number(), max: z.number() }),
      points: z.array(z.object({ date: z.string(), score: z.number(), band: z.string() })),
    }),
  ),
  selfCareWeeks: z.array(WeeklySelfCareSchema).nullable(),
});
export type ShareSnapshot = z.infer<typeof ShareSnapshotSchema>;

export const ShareSchema = z.object({
  id: z.string().uuid(),
  createdAt: z.string(),
  from: z.string(),
  to: z.string(),
  subscales: z.array(z.string()),
  includeSelfCare: z.boolean(),
  note: z.string().nullable(),
});
export type Share = z.infer<typeof ShareSchema>;
export const ShareListSchema = z.object({ items: z.array(ShareSchema) });
export type ShareList = z.infer<typeof ShareListSchema>;
/** The token is shown once, at creation; only its hash is stored. */
export const CreatedShareSchema = z.object({ share: ShareSchema, token: z.string(), path: z.string() });
export type CreatedShare = z.infer<typeof CreatedShareSchema>;
export const ShareTokenParamsSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a share link token'),
});

// ---- Export and delete ----

export const EXPORT_DATASETS = ['checkins', 'selfcare', 'journal'] as const;
export const ExportCsvQuerySchema = z.object({
  dataset: z.enum(EXPORT_DATASETS, { error: 'dataset must be checkins, selfcare or journal' }),
});

export const ResilienceExportSchema = z.object({
  exportedAt: z.string(),
  settings: ResilienceSettingsSchema.nullable(),
  checkins: z.array(CheckinSchema),
  selfCare: z.array(SelfCareDaySchema),
  journal: z.array(JournalEntrySchema),
  shares: z.array(ShareSchema),
});
export type ResilienceExport = z.infer<typeof ResilienceExportSchema>;

export const DeleteAllQuerySchema = z.object({
  confirm: z.literal('delete-all', { error: 'confirm must be "delete-all"' }),
});
export const DeletedCountsSchema = z.object({
  checkins: z.number().int(),
  selfCareDays: z.number().int(),
  journalEntries: z.number().int(),
  shares: z.number().int(),
});
export type DeletedCounts = z.infer<typeof DeletedCountsSchema>;
