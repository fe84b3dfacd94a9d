import { z } from 'zod';
import { OPPORTUNITY_KINDS } from './board-lists.js';
import { CauseIdSchema } from './vocabulary.js';

// The kinds and their labels live in `board-lists.ts` (no Zod), for the home page's cards (ADR 0032).
export { OPPORTUNITY_KIND_LABELS, OPPORTUNITY_KINDS, type OpportunityKind } from './board-lists.js';

export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS);

export const OPPORTUNITY_STATUSES = ['draft', 'open', 'closed'] as const;
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES);
export type OpportunityStatus = z.infer<typeof OpportunityStatusSchema>;

/** manual: the organization closed it; ended: past its end date; stale: 60 days without an update. */
export const ClosedReasonSchema = z.enum(['manual', 'ended', 'stale']);
export type ClosedReason = z.infer<typeof ClosedReasonSchema>;

export const APPLICATION_STATUSES = ['new', 'reviewing', 'accepted', 'declined', 'withdrawn'] as const;
export const ApplicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatusSchema>;

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  new: 'New',
  reviewing: 'In review',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const HOURS_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export const HoursStatusSchema = z.enum(HOURS_STATUSES);
export type HoursStatus = z.infer<typeof HoursStatusSchema>;

/** Applications waiting longer than this in "new" remind the organization. */
export const REMINDER_AFTER_DAYS = 7;
/** Open listings nobody has updated for this long close as stale. */
export const STALE_AFTER_DAYS = 60;
export const MAX_QUESTIONS = 5;

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A calendar date, YYYY-MM-DD, that exists (no 30 February). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A list of vocabulary ids without repeats; a repeat is an input mistake worth naming. */
const uniqueList = <T extends z.ZodType>(item: T, field: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, `${field} must not repeat an entry`);

export const CareerRefIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9.-]+$/, 'career ids hold only lower-case letters, digits, dots and dashes');

// ---------- organizations ----------

export const OrganizationBodySchema = z.object({
  name: z.string().trim().min(2, 'name must be at least 2 characters').max(120, 'name must be at most 120 characters'),
  mission: z
    .string()
    .trim()
    .min(10, 'mission must be at least 10 characters')
    .max(280, 'mission must be one sentence of at most 280 characters')
    .refine((v) => !/[\r\n]/.test(v), 'mission must be one sentence on one line'),
  causes: uniqueList(CauseIdSchema, 'causes')
    .min(1, 'causes must hold at least one cause area')
    .max(13, 'causes must hold at most 13 cause areas'),
  location: z
    .string()
    .trim()
    .min(2, 'location must be at least 2 characters')
    .max(120, 'location must be at most 120 characters'),
  website: z.preprocess(
    emptyToNull,
    z
      .url({ protocol: /^https?$/, message: 'website must be a web address starting with http:// or https://' })
      .max(300, 'website must be at most 300 characters')
      .nullable()
      .optional(),
  ),
});
export type OrganizationBody = z.infer<typeof OrganizationBodySchema>;

export const UpdateOrganizationBodySchema = OrganizationBodySchema.partial();
export type UpdateOrganizationBody = z.infer<typeof UpdateOrganizationBodySchema>;

export const ResponseTimeSchema = z.object({
  /** Median hours from an application to the organization's first status change; null with nothing to measure. */
  medianHours: z.number().nullable(),
  /** How many answered applications the median rests on. */
  sampleSize: z.number().int(),
});
export type ResponseTime = z.infer<typeof ResponseTimeSchema>;

export const OrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mission: z.string(),
  causes: z.array(CauseIdSchema),
  location: z.string(),
  website: z.string().nullable(),
  responseTime: ResponseTimeSchema,
  createdAt: z.string(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const OrganizationIdParamsSchema = z.object({ id: z.uuid('id must be an organization id (uuid)') });

export const MemberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  joinedAt: z.string(),
});
export const InviteSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  createdAt: z.string(),
});
export const MembersResponseSchema = z.object({ members: z.array(MemberSchema), invites: z.array(InviteSchema) });
export type MembersResponse = z.infer<typeof MembersResponseSchema>;

export const InviteBodySchema = z.object({
  email: z
    .string()
    .trim()
    .max(254, 'email must be at most 254 characters')
    .pipe(z.email('email must be a valid email address'))
    .transform((v) => v.toLowerCase()),
});

export const MyInviteSchema = z.object({
  id: z.uuid(),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  createdAt: z.string(),
});
export const MyInvitesResponseSchema = z.object({ invites: z.array(MyInviteSchema) });
/** One invitation opened from its emailed link: only the account of the invited address sees it. */
export const OrganizationInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  status: z.enum(['pending', 'accepted']),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export type OrganizationInvitation = z.infer<typeof OrganizationInvitationSchema>;
export const InviteIdParamsSchema = z.object({ id: z.uuid('id must be an invitation id (uuid)') });

export const MyOrganizationsResponseSchema = z.object({
  organizations: z.array(OrganizationSchema.extend({ waitingReminders: z.number().int() })),
});
export type MyOrganizationsResponse = z.infer<typeof MyOrganizationsResponseSchema>;

// ---------- opportunities ----------

const opportunityFields = {
  title: z
    .string()
    .trim()
    .min(3, 'title must be at least 3 characters')
    .max(140, 'title must be at most 140 characters'),
  kind: OpportunityKindSchema,
  description: z
    .string()
    .trim()
    .min(20, 'description must be at least 20 characters')
    .max(10_000, 'description must be at most 10,000 characters')
    // Stored as typed, so the one character PostgreSQL text cannot hold is refused here, not by the database.
    .refine((v) => !v.includes('\u0000'), 'description must not contain NUL characters'),
  causes: uniqueList(CauseIdSchema, 'causes')
    .min(1, 'causes must hold at least one cause area')
    .max(13, 'causes must hold at most 13 cause areas'),
  careerIds: uniqueList(CareerRefIdSchema, 'careerIds').max(8, 'careerIds must hold at most 8 careers'),
  isRemote: z.boolean(),
  address: z.preprocess(emptyToNull, z.string().trim().max(200, 'address must be at most 200 characters').nullable()),
  lat: z
    .number('lat must be a number')
    .min(-90, 'lat must be between -90 and 90')
    .max(90, 'lat must be between -90 and 90')
    .nullable(),
  lon: z
    .number('lon must be a number')
    .min(-180, 'lon must be between -180 and 180')
    .max(180, 'lon must be between -180 and 180')
    .nullable(),
  hoursPerWeek: z
    .number('hoursPerWeek must be a number')
    .positive('hoursPerWeek must be more than 0')
    .max(80, 'hoursPerWeek must be at most 80'),
  startDate: z.preprocess(emptyToNull, IsoDateSchema.nullable()),
  /** Null: ongoing. */
  endDate: z.preprocess(emptyToNull, IsoDateSchema.nullable()),
  countsAsPlacement: z.boolean(),
  placementLicense: z.preprocess(
    emptyToNull,
    z.string().trim().max(120, 'placementLicense must be at most 120 characters').nullable(),
  ),
  hasLicensedSupervisor: z.boolean(),
  skills: uniqueList(
    z.string().trim().min(1, 'skills must not be empty').max(60, 'a skill is at most 60 characters'),
    'skills',
  ).max(15, 'skills must hold at most 15 entries'),
  questions: z
    .array(
      z.string().trim().min(3, 'a question is at least 3 characters').max(300, 'a question is at most 300 characters'),
    )
    .max(MAX_QUESTIONS, `questions must hold at most ${MAX_QUESTIONS} questions`),
};

/** Publishing choices on create; closing goes through an update. */
export const CreateOpportunityBodySchema = z.object({
  ...opportunityFields,
  careerIds: opportunityFields.careerIds.default([]),
  isRemote: opportunityFields.isRemote.default(false),
  address: opportunityFields.address.optional(),
  lat: opportunityFields.lat.optional(),
  lon: opportunityFields.lon.optional(),
  startDate: opportunityFields.startDate.optional(),
  endDate: opportunityFields.endDate.optional(),
  countsAsPlacement: opportunityFields.countsAsPlacement.default(false),
  placementLicense: opportunityFields.placementLicense.optional(),
  hasLicensedSupervisor: opportunityFields.hasLicensedSupervisor.default(false),
  skills: opportunityFields.skills.default([]),
  questions: opportunityFields.questions.default([]),
  status: z.enum(['draft', 'open']).default('draft'),
});
export type CreateOpportunityBody = z.infer<typeof CreateOpportunityBodySchema>;

export const UpdateOpportunityBodySchema = z
  .object(opportunityFields)
  .partial()
  .extend({ status: OpportunityStatusSchema.optional() });
export type UpdateOpportunityBody = z.infer<typeof UpdateOpportunityBodySchema>;

export const OpportunityIdParamsSchema = z.object({ id: z.uuid('id must be an opportunity id (uuid)') });

export const CareerRefSchema = z.object({ id: z.string(), title: z.string() });

export const OpportunityOrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  responseTime: ResponseTimeSchema,
});

export const OpportunitySummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: OpportunityKindSchema,
  status: OpportunityStatusSchema,
  closedReason: ClosedReasonSchema.nullable(),
  organization: OpportunityOrganizationSchema,
  /** Plain text from the start of the description (no markup). */
  excerpt: z.string(),
  causes: z.array(CauseIdSchema),
  careers: z.array(CareerRefSchema),
  isRemote: z.boolean(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  hoursPerWeek: z.number(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  isOngoing: z.boolean(),
  countsAsPlacement: z.boolean(),
  placementLicense: z.string().nullable(),
  hasLicensedSupervisor: z.boolean(),
  skills: z.array(z.string()),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Kilometres from the searched place; null when the search had no place. */
  distanceKm: z.number().nullable(),
});
export type OpportunitySummary = z.infer<typeof OpportunitySummarySchema>;

export const OpportunityViewerSchema = z.object({
  isSignedIn: z.boolean(),
  isMember: z.boolean(),
  isSaved: z.boolean(),
  application: z.object({ id: z.uuid(), status: ApplicationStatusSchema }).nullable(),
});

export const OpportunityDetailSchema = OpportunitySummarySchema.extend({
  /** Markdown exactly as the organization typed it; made safe when rendered (domain/markdown), never stored as HTML. */
  description: z.string(),
  questions: z.array(z.string()),
  viewer: OpportunityViewerSchema,
});
export type OpportunityDetail = z.infer<typeof OpportunityDetailSchema>;

/** A query filter given once, several times, or comma-separated ("kind=volunteer,internship"). */
const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : String(v).split(',')).map((s) => String(s).trim()).filter((s) => s.length > 0),
    z.array(item),
  );

export const SEARCH_SORTS = ['relevance', 'date', 'distance'] as const;
export const SearchSortSchema = z.enum(SEARCH_SORTS);

export const SearchOpportunitiesQuerySchema = z.object({
  q: z.string().trim().max(200, 'q must be at most 200 characters').optional(),
  kind: csv(OpportunityKindSchema).optional(),
  cause: csv(CauseIdSchema).optional(),
  career: csv(CareerRefIdSchema).optional(),
  /** only: remote listings only; exclude: on-site listings only. */
  remote: z.enum(['only', 'exclude']).optional(),
  maxHours: z.coerce
    .number('maxHours must be a number')
    .positive('maxHours must be more than 0')
    .max(80, 'maxHours must be at most 80')
    .optional(),
  placement: z.enum(['true']).optional(),
  /** "lat,lon" (e.g. "39.74,-104.99"), a US ZIP code ("19107") or a US place ("Springfield, IL"). */
  near: z.string().trim().min(1).max(100, 'near must be at most 100 characters').optional(),
  km: z.coerce
    .number('km must be a number')
    .positive('km must be more than 0')
    .max(500, 'km must be at most 500')
    .default(25),
  /** The distance in miles instead of km (US places); when given, km is not used. */
  mi: z.coerce
    .number('mi must be a number')
    .positive('mi must be more than 0')
    .max(300, 'mi must be at most 300')
    .optional(),
  sort: SearchSortSchema.default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchOpportunitiesQuery = z.infer<typeof SearchOpportunitiesQuerySchema>;

export const OpportunityListSchema = z.object({
  items: z.array(OpportunitySummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The point distances were measured from, when the search named one. */
  near: z
    .object({
      lat: z.number(),
      lon: z.number(),
      label: z.string(),
      km: z.number(),
      /** How to show distances: miles for a US place or ZIP code, km for bare coordinates. */
      unit: z.enum(['mi', 'km']),
    })
    .nullable(),
});
export type OpportunityList = z.infer<typeof OpportunityListSchema>;

export const OrganizationDetailSchema = OrganizationSchema.extend({
  isMember: z.boolean(),
  opportunities: z.array(OpportunitySummarySchema),
});
export type OrganizationDetail = z.infer<typeof OrganizationDetailSchema>;

export const PlaceSchema = z.object({ id: z.string(), label: z.string(), lat: z.number(), lon: z.number() });
export const PlaceListSchema = z.object({ places: z.array(PlaceSchema), source: z.string() });
export type Place = z.infer<typeof PlaceSchema>;
export type PlaceList = z.infer<typeof PlaceListSchema>;

export const PlaceSuggestionsQuerySchema = z.object({
  q: z.string().trim().max(100, 'q must be at most 100 characters'),
});
export const PlaceSuggestionsSchema = z.object({ suggestions: z.array(z.string()), source: z.string() });
export type PlaceSuggestions = z.infer<typeof PlaceSuggestionsSchema>;

// ---------- applications ----------

export const ApplyBodySchema = z.object({
  /** One answer per question, in the listing's order. */
  answers: z.array(z.string().trim().max(2000, 'an answer is at most 2,000 characters')).max(MAX_QUESTIONS).default([]),
  note: z.preprocess(
    emptyToNull,
    z.string().trim().max(1000, 'note must be at most 1,000 characters').nullable().optional(),
  ),
  /** Share the account's email address with the organization. Nothing is shared unless the applicant says so. */
  shareEmail: z.boolean().default(false),
  /** A phone number to share with the organization, as the applicant writes it. */
  phone: z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .max(40, 'the phone number is at most 40 characters')
      .regex(/^[+()\d][\d\s().+-]{5,}$/, 'the phone number may hold digits, spaces, +, -, ( and ) only')
      .nullable()
      .optional(),
  ),
});
export type ApplyBody = z.infer<typeof ApplyBodySchema>;

export const ApplicationIdParamsSchema = z.object({ id: z.uuid('id must be an application id (uuid)') });

export const ApplicationAnswerSchema = z.object({ question: z.string(), answer: z.string() });

export const ApplicationSchema = z.object({
  id: z.uuid(),
  status: ApplicationStatusSchema,
  opportunity: z.object({
    id: z.uuid(),
    title: z.string(),
    kind: OpportunityKindSchema,
    status: OpportunityStatusSchema,
    countsAsPlacement: z.boolean(),
    organization: z.object({ id: z.uuid(), name: z.string() }),
  }),
  applicant: z.object({ id: z.uuid(), displayName: z.string() }),
  answers: z.array(ApplicationAnswerSchema),
  note: z.string().nullable(),
  /** What the applicant chose to share with the organization; null fields were not shared. */
  contact: z.object({ email: z.string().nullable(), phone: z.string().nullable() }),
  decisionMessage: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  firstResponseAt: z.string().nullable(),
  /** Hours logged against this application, by status. */
  hours: z.object({ pending: z.number(), confirmed: z.number(), rejected: z.number() }),
  /** True when the organization has been reminded that this application has waited more than 7 days. */
  isOverdue: z.boolean(),
});
export type Application = z.infer<typeof ApplicationSchema>;

export const ApplicationListSchema = z.object({ items: z.array(ApplicationSchema) });
export type ApplicationList = z.infer<typeof ApplicationListSchema>;

export const ListOrganizationApplicationsQuerySchema = z.object({
  status: csv(ApplicationStatusSchema).optional(),
  opportunityId: z.uuid('opportunityId must be an opportunity id (uuid)').optional(),
});

export const UpdateApplicationStatusBodySchema = z.object({
  status: z.enum(['reviewing', 'accepted', 'declined']),
  message: z.preprocess(
    emptyToNull,
    z.string().trim().max(1000, 'message must be at most 1,000 characters').nullable().optional(),
  ),
});
export type UpdateApplicationStatusBody = z.infer<typeof UpdateApplicationStatusBodySchema>;

// ---------- messages on an application ----------

export const ApplicationMessageSchema = z.object({
  id: z.uuid(),
  /** "organization" or "applicant": the side that wrote it. */
  from: z.enum(['organization', 'applicant']),
  /** The writer's display name; null once their account is deleted. */
  authorName: z.string().nullable(),
  isMine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});
export type ApplicationMessage = z.infer<typeof ApplicationMessageSchema>;

export const ApplicationMessageListSchema = z.object({ items: z.array(ApplicationMessageSchema) });
export type ApplicationMessageList = z.infer<typeof ApplicationMessageListSchema>;

export const PostApplicationMessageBodySchema = z.object({
  body: z.string('write a message').trim().min(1, 'write a message').max(2000, 'a message is at most 2,000 characters'),
});
export type PostApplicationMessageBody = z.infer<typeof PostApplicationMessageBodySchema>;

// ---------- volunteer hours ----------

export const LogHoursBodySchema = z.object({
  date: IsoDateSchema,
  hours: z
    .number('hours must be a number')
    .positive('hours must be more than 0')
    .max(24, 'hours must be at most 24 in one day')
    .refine((v) => Number.isInteger(v * 4), 'hours must be in quarter hours (e.g. 1.25)'),
  description: z.string().trim().max(500, 'description must be at most 500 characters').default(''),
});
export type LogHoursBody = z.infer<typeof LogHoursBodySchema>;

export const ReviewHoursBodySchema = z.object({
  status: z.enum(['confirmed', 'rejected']),
  note: z.preprocess(
    emptyToNull,
    z.string().trim().max(500, 'note must be at most 500 characters').nullable().optional(),
  ),
});
export type ReviewHoursBody = z.infer<typeof ReviewHoursBodySchema>;

export const HoursIdParamsSchema = z.object({ id: z.uuid('id must be an hours entry id (uuid)') });

export const HoursEntrySchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  date: z.string(),
  hours: z.number(),
  description: z.string(),
  status: HoursStatusSchema,
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type HoursEntry = z.infer<typeof HoursEntrySchema>;
export const HoursListSchema = z.object({ items: z.array(HoursEntrySchema) });

export const PendingHoursSchema = HoursEntrySchema.extend({
  applicant: z.object({ id: z.uuid(), displayName: z.string() }),
  opportunity: z.object({ id: z.uuid(), title: z.string() }),
});
export const PendingHoursListSchema = z.object({ items: z.array(PendingHoursSchema) });

/** The person's record of confirmed experience, one row per opportunity. */
export const ExperienceRecordSchema = z.object({
  items: z.array(
    z.object({
      opportunity: z.object({
        id: z.uuid(),
        title: z.string(),
        kind: OpportunityKindSchema,
        countsAsPlacement: z.boolean(),
        placementLicense: z.string().nullable(),
        hasLicensedSupervisor: z.boolean(),
      }),
      organization: z.object({ id: z.uuid(), name: z.string() }),
      confirmedHours: z.number(),
      firstDate: z.string(),
      lastDate: z.string(),
      entries: z.number().int(),
    }),
  ),
  totalConfirmedHours: z.number(),
  placementHours: z.number(),
});
export type ExperienceRecord = z.infer<typeof ExperienceRecordSchema>;

// ---------- seekers ----------

export const SavedListSchema = z.object({
  items: z.array(OpportunitySummarySchema.extend({ savedAt: z.string() })),
});

export const RecommendationsSchema = z.object({
  /** Where the causes came from: the latest saved assessment, saved listings, or nothing yet (newest listings). */
  basis: z.enum(['assessment', 'saved', 'none']),
  causes: z.array(CauseIdSchema),
  items: z.array(OpportunitySummarySchema),
});
export type Recommendations = z.infer<typeof RecommendationsSchema>;

export const SweepResultSchema = z.object({
  closedEnded: z.number().int(),
  closedStale: z.number().int(),
  remindersCreated: z.number().int(),
});
export type SweepResult = z.infer<typeof SweepResultSchema>;
