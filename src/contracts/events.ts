import { z } from 'zod';
import { CauseIdSchema } from './vocabulary.js';

export const EVENT_KIND_IDS = ['conference', 'training', 'community', 'online-meetup'] as const;
export const EventKindSchema = z.enum(EVENT_KIND_IDS);
export type EventKind = z.infer<typeof EventKindSchema>;
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  conference: 'Conference',
  training: 'Training',
  community: 'Community event',
  'online-meetup': 'Online meetup',
};

export const EVENT_STATUS_IDS = ['pending', 'approved', 'rejected'] as const;
export const EventStatusSchema = z.enum(EVENT_STATUS_IDS);

export const REGISTRATION_STATE_IDS = ['confirmed', 'waitlisted', 'offered', 'cancelled', 'lapsed'] as const;
export const RegistrationStateSchema = z.enum(REGISTRATION_STATE_IDS);

/** A wall-clock start as typed in a form: 2027-03-14T18:30 (seconds optional), read in the event's zone. */
export const LocalDateTimeTextSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'use the form 2027-03-14T18:30');

export const EventBodySchema = z.object({
  kind: EventKindSchema,
  title: z.string().trim().min(3, 'write a title of a few words').max(160),
  /** Markdown, rendered by the shared renderer. */
  description: z.string().trim().min(1, 'describe the event').max(10_000),
  causes: z.array(CauseIdSchema).max(10).default([]),
  careers: z
    .array(z.string().regex(/^[a-z0-9-]{2,80}$/, 'a career slug from the atlas'))
    .max(10)
    .default([]),
  start: LocalDateTimeTextSchema,
  /** An IANA zone such as America/Chicago; the server checks it against the runtime's zone data. */
  timeZone: z.string().min(1).max(64),
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(14 * 24 * 60),
  /** An RFC 5545 RRULE such as FREQ=WEEKLY;COUNT=6; the server parses it and names what it refuses. */
  recurrenceRule: z.string().trim().min(1).max(300).nullable().default(null),
  /** Occurrences left out of a series, by their wall-clock start. */
  excludedDates: z.array(LocalDateTimeTextSchema).max(100).default([]),
  isOnline: z.boolean(),
  place: z.string().trim().min(2).max(200).nullable().default(null),
  /** Where an in-person event is, for distance search: a US ZIP code or "City, ST" from the shipped gazetteer. */
  near: z.string().trim().min(2).max(100).nullable().default(null),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  capacity: z.number().int().min(1).max(100_000).nullable().default(null),
  ceHours: z.number().min(0.5).max(100).nullable().default(null),
});
export type EventBody = z.infer<typeof EventBodySchema>;

export const EventIdParamsSchema = z.object({ id: z.uuid() });
export const RegistrationIdParamsSchema = z.object({ id: z.uuid() });
export const FeedTokenParamsSchema = z.object({ token: z.string().min(10).max(100) });

/** One date of a recurring event, named by its original wall-clock start in the event's zone (its RECURRENCE-ID). */
export const OccurrenceParamsSchema = z.object({ id: z.uuid(), occurrence: LocalDateTimeTextSchema });

/** A changed single occurrence: moved (start, length), retitled, or cancelled. Absent fields keep the series' value. */
export const OccurrenceChangeBodySchema = z.object({
  start: LocalDateTimeTextSchema.optional(),
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(14 * 24 * 60)
    .optional(),
  title: z.string().trim().min(3, 'write a title of a few words').max(160).nullable().default(null),
  cancelled: z.boolean().default(false),
});
export type OccurrenceChangeBody = z.infer<typeof OccurrenceChangeBodySchema>;

export const OccurrenceSchema = z.object({
  /** The original wall-clock start in the event's zone: the occurrence's identity, also once it is moved. */
  occurrence: z.string(),
  originalStartsAt: z.string(),
  /** The wall-clock start in the event's zone (the moved one when it was moved). */
  start: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Only when the organizer gave this date a title of its own. */
  title: z.string().nullable(),
  changed: z.boolean(),
  cancelled: z.boolean(),
});
export type Occurrence = z.infer<typeof OccurrenceSchema>;

export const EVENT_MODE_IDS = ['any', 'online', 'in-person'] as const;
export const EventSearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  cause: CauseIdSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  mode: z.enum(EVENT_MODE_IDS).default('any'),
  /** A US ZIP code or "City, ST": only in-person events within `radiusMiles` of it. */
  near: z.string().trim().min(2).max(100).optional(),
  radiusMiles: z.coerce.number().positive().max(500).default(25),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type EventSearchQuery = z.infer<typeof EventSearchQuerySchema>;

export const MyRegistrationSchema = z.object({
  id: z.string(),
  state: RegistrationStateSchema,
  waitlistPosition: z.number().int().nullable(),
  offerExpiresAt: z.string().nullable(),
  attended: z.boolean(),
});
export type MyRegistration = z.infer<typeof MyRegistrationSchema>;

export const EventSummarySchema = z.object({
  id: z.string(),
  kind: EventKindSchema,
  title: z.string(),
  organizerName: z.string(),
  causes: z.array(z.string()),
  careers: z.array(z.string()),
  start: z.string(),
  timeZone: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number().int(),
  recurrenceRule: z.string().nullable(),
  /** The next few occurrences (UTC instants), for a recurring event. */
  nextOccurrences: z.array(z.string()),
  /** The same next dates in full: moved or retitled ones say so (cancelled ones are left out). */
  upcoming: z.array(OccurrenceSchema),
  isOnline: z.boolean(),
  place: z.string().nullable(),
  /** The ZIP code or "City, ST" the event's point came from; null when it has none. */
  near: z.string().nullable(),
  /** Miles from the searched place, when the search named one. */
  distanceMiles: z.number().nullable(),
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  ceHours: z.number().nullable(),
  status: EventStatusSchema,
});
export type EventSummary = z.infer<typeof EventSummarySchema>;

export const EventDetailSchema = EventSummarySchema.extend({
  description: z.string(),
  excludedDates: z.array(z.string()),
  /** Every changed single occurrence of the series, past and future, cancelled ones included. */
  changedOccurrences: z.array(OccurrenceSchema),
  /** Only for the organizer and people holding a seat. */
  onlineUrl: z.string().nullable(),
  isOrganizer: z.boolean(),
  sequence: z.number().int(),
  waitlistLength: z.number().int(),
  myRegistration: MyRegistrationSchema.nullable(),
});
export type EventDetail = z.infer<typeof EventDetailSchema>;

export const EventListSchema = z.object({ events: z.array(EventSummarySchema) });
export type EventList = z.infer<typeof EventListSchema>;

export const MyEventsSchema = z.object({
  registrations: z.array(z.object({ event: EventSummarySchema, registration: MyRegistrationSchema })),
  organized: z.array(EventSummarySchema),
  /** Whether a feed address exists; the address itself is shown only when created or rotated. */
  hasFeed: z.boolean(),
});
export type MyEvents = z.infer<typeof MyEventsSchema>;

export const FeedAddressSchema = z.object({ url: z.string(), path: z.string() });
export type FeedAddress = z.infer<typeof FeedAddressSchema>;

export const ClaimBodySchema = z.object({ token: z.string().min(10).max(100) });

export const AttendeeSchema = z.object({
  registrationId: z.string(),
  name: z.string(),
  state: RegistrationStateSchema,
  attended: z.boolean(),
  /** For a recurring event: the dates (occurrence ids) the organizer confirmed this person attended. */
  attendedOccurrences: z.array(z.string()),
});
export const AttendeeListSchema = z.object({
  attendees: z.array(AttendeeSchema),
  /** For a recurring event: its dates that have started, latest last (attendance is confirmed per date). */
  occurrences: z.array(OccurrenceSchema),
});
export type AttendeeList = z.infer<typeof AttendeeListSchema>;
export const AttendanceBodySchema = z.object({
  registrationId: z.uuid(),
  attended: z.boolean(),
  /** Required for a recurring event: which date, by its original wall-clock start. */
  occurrence: LocalDateTimeTextSchema.optional(),
});
export type AttendanceBody = z.infer<typeof AttendanceBodySchema>;

export const EventReviewBodySchema = z.object({ decision: z.enum(['approve', 'reject']) });

/** One attended event that carried CE hours, as it counts in a person's continuing-education log. */
export const CeLogEntrySchema = z.object({
  eventId: z.string(),
  title: z.string(),
  organizerName: z.string(),
  startsAt: z.string(),
  /** For one date of a recurring event: its occurrence id (original wall-clock start); null for a single event. */
  occurrence: z.string().nullable(),
  ceHours: z.number(),
  /** Whether the event falls inside the renewal cycle of the person's goal (false when there is no goal). */
  inCycle: z.boolean(),
});

/** A renewal target typed from the person's board rules; Vocare supplies no figures of its own. */
export const CeRenewalGoalSchema = z
  .object({
    license: z.string().trim().min(2, 'name the license, for example LPC (Texas)').max(120),
    cycleStartsOn: z.iso.date(),
    renewsOn: z.iso.date(),
    hoursRequired: z.number().positive('hours must be more than 0').max(1000),
  })
  .refine((goal) => goal.cycleStartsOn < goal.renewsOn, {
    message: 'the renewal date comes after the cycle starts',
    path: ['renewsOn'],
  });
export type CeRenewalGoal = z.infer<typeof CeRenewalGoalSchema>;

export const CeLogSchema = z.object({
  entries: z.array(CeLogEntrySchema),
  totalHours: z.number(),
  goal: CeRenewalGoalSchema.nullable(),
  /** CE hours from events inside the goal's cycle; null without a goal. */
  hoursInCycle: z.number().nullable(),
  hoursRemaining: z.number().nullable(),
});
export type CeLog = z.infer<typeof CeLogSchema>;
