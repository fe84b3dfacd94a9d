import { z } from 'zod';
import { CurrentStageSchema } from './pathways.js';
import { CauseIdSchema, ScaleIdSchema } from './vocabulary.js';

// ---- vocabularies of mentoring ----

/** What a mentor can help with and what a mentee asks for. */
export const HELP_KIND_IDS = [
  'choosing-a-path',
  'applying-to-programmes',
  'licensure',
  'finding-placements',
  'starting-an-initiative',
  'burnout-and-boundaries',
  'job-search',
  'leadership',
] as const;
export const HelpKindSchema = z.enum(HELP_KIND_IDS);
export type HelpKind = z.infer<typeof HelpKindSchema>;
export const HELP_KIND_LABELS: Record<HelpKind, string> = {
  'choosing-a-path': 'choosing a path',
  'applying-to-programmes': 'applying to programmes',
  licensure: 'licensure',
  'finding-placements': 'finding placements',
  'starting-an-initiative': 'starting an initiative',
  'burnout-and-boundaries': 'burnout and boundaries',
  'job-search': 'finding work',
  leadership: 'leading a team or organization',
};

/**
 * Values and attitudes about helping work. Research on mentoring finds that shared values and attitudes predict a
 * good relationship better than demographic likeness (docs/mentoring.md), so the matcher weighs these most.
 */
export const MENTORING_VALUE_IDS = [
  'equity-and-justice',
  'lived-experience',
  'evidence-based-practice',
  'community-led-change',
  'client-autonomy',
  'faith-and-spirituality',
  'sustainable-pace',
  'collaboration',
  'independence',
  'innovation',
] as const;
export const MentoringValueSchema = z.enum(MENTORING_VALUE_IDS);
export type MentoringValue = z.infer<typeof MentoringValueSchema>;
export const MENTORING_VALUE_LABELS: Record<MentoringValue, string> = {
  'equity-and-justice': 'equity and justice',
  'lived-experience': 'respect for lived experience',
  'evidence-based-practice': 'evidence-based practice',
  'community-led-change': 'community-led change',
  'client-autonomy': "people's right to choose for themselves",
  'faith-and-spirituality': 'faith and spirituality',
  'sustainable-pace': 'a sustainable pace of work',
  collaboration: 'working together',
  independence: 'working independently',
  innovation: 'trying new approaches',
};

export const MEETING_MODE_IDS = ['remote', 'in-person', 'either'] as const;
export const MeetingModeSchema = z.enum(MEETING_MODE_IDS);
export type MeetingMode = z.infer<typeof MeetingModeSchema>;

const careerIdSchema = z.string().trim().min(1).max(120);
const languageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, 'a language is a code such as en, es or pt-br');
const shortText = z.string().trim().min(1).max(120);

// ---- the matcher's inputs (the CLI reads them from a file; the server builds them from the database) ----

export const MatcherMentorSchema = z.object({
  id: z.string().min(1).max(120),
  name: z.string().max(200).optional(),
  careers: z.array(careerIdSchema).max(20).default([]),
  yearsInField: z.number().int().min(0).max(80).default(0),
  scales: z.array(ScaleIdSchema).max(3).default([]),
  causes: z.array(CauseIdSchema).max(13).default([]),
  populations: z.array(shortText).max(20).default([]),
  helpWith: z.array(HelpKindSchema).max(8).default([]),
  /** Stages of the people the mentor is ready to mentor; empty means any stage. */
  stages: z.array(CurrentStageSchema).max(9).default([]),
  values: z.array(MentoringValueSchema).max(10).default([]),
  languages: z.array(languageSchema).min(1).max(10).default(['en']),
  mode: MeetingModeSchema.default('either'),
  place: z.string().trim().max(120).nullable().default(null),
  /** How many mentees at once. */
  capacity: z.number().int().min(0).max(50),
  /** Seats already held by active mentorships and open requests. */
  taken: z.number().int().min(0).default(0),
});
export type MatcherMentor = z.infer<typeof MatcherMentorSchema>;
export type MatcherMentorInput = z.input<typeof MatcherMentorSchema>;

export const MatcherMenteeSchema = z.object({
  id: z.string().min(1).max(120),
  careers: z.array(careerIdSchema).max(20).default([]),
  stage: CurrentStageSchema,
  scale: ScaleIdSchema.nullable().default(null),
  causes: z.array(CauseIdSchema).max(13).default([]),
  populations: z.array(shortText).max(20).default([]),
  helpWith: z.array(HelpKindSchema).max(8).default([]),
  values: z.array(MentoringValueSchema).max(10).default([]),
  languages: z.array(languageSchema).min(1).max(10).default(['en']),
  mode: MeetingModeSchema.default('either'),
  place: z.string().trim().max(120).nullable().default(null),
  /** Mentors this person dismissed or already asked: never suggested again. */
  excludedMentors: z.array(z.string()).default([]),
});
export type MatcherMentee = z.infer<typeof MatcherMenteeSchema>;
export type MatcherMenteeInput = z.input<typeof MatcherMenteeSchema>;

/** `vocare mentors match --profile FILE`: one mentee (or several) and the pool of mentors. */
export const MatcherPoolFileSchema = z
  .object({
    mentee: MatcherMenteeSchema.optional(),
    mentees: z.array(MatcherMenteeSchema).max(100_000).optional(),
    mentors: z.array(MatcherMentorSchema).max(100_000),
    careerTitles: z.record(z.string(), z.string()).optional(),
  })
  .refine((v) => v.mentee !== undefined || (v.mentees?.length ?? 0) > 0, {
    message: 'give "mentee" (one person) or "mentees" (a pool)',
    path: ['mentee'],
  });
export type MatcherPoolFile = z.infer<typeof MatcherPoolFileSchema>;

// ---- the matcher's outputs ----

export const MENTOR_FACTOR_IDS = [
  'values',
  'causes',
  'scale',
  'career',
  'stage',
  'help',
  'populations',
  'meeting',
] as const;
export const MentorFactorIdSchema = z.enum(MENTOR_FACTOR_IDS);
export type MentorFactorId = z.infer<typeof MentorFactorIdSchema>;

export const MentorFactorSchema = z.object({
  factor: MentorFactorIdSchema,
  /** Points earned out of `weight`. */
  points: z.number(),
  weight: z.number(),
  /** Plain words: why this factor helps or does not. */
  reason: z.string(),
});
export type MentorFactor = z.infer<typeof MentorFactorSchema>;

export const MentorSuggestionSchema = z.object({
  mentorId: z.string(),
  /** 0-100, the sum of the factors' points (rounded). */
  score: z.number().int().min(0).max(100),
  /** The three factors that earned the most, strongest first. */
  strongest: z.array(MentorFactorSchema).max(3),
  /** The factor that earned the least of its weight. */
  weakest: MentorFactorSchema,
});
export type MentorSuggestion = z.infer<typeof MentorSuggestionSchema>;

export const PoolAssignmentSchema = z.object({
  menteeId: z.string(),
  suggestions: z.array(MentorSuggestionSchema),
});
export type PoolAssignment = z.infer<typeof PoolAssignmentSchema>;

// ---- API ----

const listOf = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).default([]);

export const MentorProfileBodySchema = z.object({
  headline: z.string().trim().max(200).default(''),
  careers: listOf(careerIdSchema, 20),
  yearsInField: z.number().int().min(0).max(80).default(0),
  scales: listOf(ScaleIdSchema, 3),
  causes: listOf(CauseIdSchema, 13),
  populations: listOf(shortText, 20),
  helpWith: listOf(HelpKindSchema, 8),
  stages: listOf(CurrentStageSchema, 9),
  values: listOf(MentoringValueSchema, 10),
  languages: z.array(languageSchema).min(1).max(10).default(['en']),
  mode: MeetingModeSchema.default('either'),
  place: z.string().trim().max(120).nullable().default(null),
  availability: z.string().trim().max(300).default(''),
  capacity: z.number().int().min(0).max(50),
  isOpen: z.boolean().default(true),
});
export type MentorProfileBody = z.infer<typeof MentorProfileBodySchema>;

export const MentorProfileSchema = MentorProfileBodySchema.extend({
  userId: z.string(),
  displayName: z.string(),
  /** When the mentor last accepted or declined a request; null if never. */
  lastAnsweredAt: z.string().nullable(),
  freeSeats: z.number().int(),
});
export type MentorProfile = z.infer<typeof MentorProfileSchema>;

export const MenteeProfileBodySchema = z.object({
  goals: z.string().trim().max(2000).default(''),
  careers: listOf(careerIdSchema, 20),
  stage: CurrentStageSchema,
  scale: ScaleIdSchema.nullable().default(null),
  causes: listOf(CauseIdSchema, 13),
  populations: listOf(shortText, 20),
  helpWith: listOf(HelpKindSchema, 8),
  values: listOf(MentoringValueSchema, 10),
  languages: z.array(languageSchema).min(1).max(10).default(['en']),
  mode: MeetingModeSchema.default('either'),
  place: z.string().trim().max(120).nullable().default(null),
});
export type MenteeProfileBody = z.infer<typeof MenteeProfileBodySchema>;
export const MenteeProfileSchema = MenteeProfileBodySchema;
export const MaybeMenteeProfileSchema = z.object({ profile: MenteeProfileSchema.nullable() });
export const MaybeMentorProfileSchema = z.object({ profile: MentorProfileSchema.nullable() });

export const SuggestionListSchema = z.object({
  suggestions: z.array(MentorSuggestionSchema.extend({ mentor: MentorProfileSchema })),
});
export type SuggestionList = z.infer<typeof SuggestionListSchema>;

export const UserIdParamsSchema = z.object({ userId: z.uuid() });
export const IdParamsSchema = z.object({ id: z.uuid() });

export const REQUEST_STATUS_IDS = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUS_IDS);

export const CreateMentorshipRequestBodySchema = z.object({
  mentorId: z.uuid(),
  message: z.string().trim().min(1, 'say in a few words what you hope for').max(2000),
  helpWith: listOf(HelpKindSchema, 8),
});

export const MentorshipRequestSchema = z.object({
  id: z.string(),
  menteeId: z.string(),
  menteeName: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  message: z.string(),
  helpWith: z.array(HelpKindSchema),
  status: RequestStatusSchema,
  createdAt: z.string(),
  expiresAt: z.string(),
  answeredAt: z.string().nullable(),
  /** Set once accepted. */
  mentorshipId: z.string().nullable(),
});
export type MentorshipRequest = z.infer<typeof MentorshipRequestSchema>;
export const MentorshipRequestListSchema = z.object({
  sent: z.array(MentorshipRequestSchema),
  received: z.array(MentorshipRequestSchema),
});

export const AnswerRequestBodySchema = z.object({ accept: z.boolean() });

export const AgreementBodySchema = z.object({
  goals: z.string().trim().min(1, 'name at least one goal').max(2000),
  frequency: z.string().trim().min(1, 'say how often you will talk').max(200),
  lengthWeeks: z.number().int().min(1).max(156),
});

export const ConversationBodySchema = z.object({
  startsAt: z.iso.datetime({ offset: true }),
  minutes: z.number().int().min(5).max(480),
  topic: z.string().trim().min(1).max(200),
  where: z.string().trim().max(300).default(''),
});
export const ConversationSchema = z.object({
  id: z.string(),
  startsAt: z.string(),
  minutes: z.number().int(),
  topic: z.string(),
  where: z.string(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export const NoteBodySchema = z.object({ body: z.string().trim().min(1).max(5000) });
export const NoteSchema = z.object({ id: z.string(), body: z.string(), createdAt: z.string() });
export const NoteListSchema = z.object({ notes: z.array(NoteSchema) });

export const CloseBodySchema = z.object({ reflection: z.string().trim().min(1, 'write a few words').max(5000) });

export const MentorshipSchema = z.object({
  id: z.string(),
  role: z.enum(['mentee', 'mentor']),
  menteeId: z.string(),
  menteeName: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  goals: z.string(),
  frequency: z.string(),
  lengthWeeks: z.number().int().nullable(),
  agreedAt: z.string().nullable(),
  startedAt: z.string(),
  closedAt: z.string().nullable(),
  /** Only your own reflection. */
  myReflection: z.string().nullable(),
  conversations: z.array(ConversationSchema),
});
export type Mentorship = z.infer<typeof MentorshipSchema>;
export const MentorshipListSchema = z.object({ mentorships: z.array(MentorshipSchema.omit({ conversations: true })) });

/** Shown on every mentorship page and in the API docs. */
export const NOT_SUPERVISION_NOTE =
  'Mentoring is not clinical supervision: time with a mentor never counts toward supervised hours and never appears in your hours log. Licensing boards count only supervision by a qualified, approved supervisor under a supervision agreement.';

// ---- the admin's review of suggestions before they go out (ADR 0022) ----

export const REVIEW_DECISION_IDS = ['approved', 'withheld'] as const;
export const ReviewDecisionSchema = z.enum(REVIEW_DECISION_IDS);

export const ReviewSettingsBodySchema = z.object({ reviewRequired: z.boolean() });

export const ReviewDecisionBodySchema = z.object({
  menteeId: z.uuid(),
  mentorId: z.uuid(),
  decision: ReviewDecisionSchema,
});

export const ReviewItemSchema = MentorSuggestionSchema.extend({
  menteeId: z.string(),
  menteeName: z.string(),
  mentorName: z.string(),
  /** pending: not yet reviewed (hidden from the mentee while review is required). */
  decision: z.enum(['pending', 'approved']),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewQueueSchema = z.object({
  reviewRequired: z.boolean(),
  /** The pool's current suggestions, mentee by mentee. */
  items: z.array(ReviewItemSchema),
  /** Pairs an admin withheld: never suggested; the matcher offers the next mentor instead. */
  withheld: z.array(
    z.object({ menteeId: z.string(), menteeName: z.string(), mentorId: z.string(), mentorName: z.string() }),
  ),
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;
