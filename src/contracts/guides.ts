import { z } from 'zod';
import { EmailSchema } from './auth.js';
import { CauseIdSchema, ScaleIdSchema } from './vocabulary.js';

// ---------------------------------------------------------------------------------------------
// Guides

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Paths under /guides that are pages of the app, so no guide may take them as its slug. */
export const RESERVED_GUIDE_SLUGS = ['new', 'edit', 'moderation', 'replies', 'drafts'] as const;

export const GuideSlugSchema = z
  .string()
  .min(3, 'slug must be at least 3 characters')
  .max(80, 'slug must be at most 80 characters')
  .regex(KEBAB, 'slug must be lowercase words joined by hyphens (e.g. "finding-your-cause")')
  .refine((s) => !(RESERVED_GUIDE_SLUGS as readonly string[]).includes(s), 'slug is a reserved word');

export const GuideTagSchema = z
  .string()
  .min(2, 'tags must be at least 2 characters')
  .max(30, 'tags must be at most 30 characters')
  .regex(KEBAB, 'tags must be lowercase words joined by hyphens');

export const GuideDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'date must be a real calendar date');

export const GuideStatusSchema = z.enum(['draft', 'published']);
export type GuideStatus = z.infer<typeof GuideStatusSchema>;

/** repository: shipped in data/guides and kept by the loader; admin: written in the app, never touched by it. */
export const GuideOriginSchema = z.enum(['repository', 'admin']);
export type GuideOrigin = z.infer<typeof GuideOriginSchema>;

const CareerRefSchema = z.string().max(80).regex(KEBAB, 'careers must hold career ids (e.g. "registered-nurse")');

const guideFields = {
  title: z.string().trim().min(1, 'title is required').max(120, 'title must be at most 120 characters'),
  summary: z.string().trim().min(1, 'summary is required').max(300, 'summary must be at most 300 characters'),
  tags: z.array(GuideTagSchema).min(1, 'tags must hold at least one tag').max(8, 'tags may hold at most 8 tags'),
  careers: z.array(CareerRefSchema).max(12, 'careers may name at most 12 careers'),
  causes: z.array(CauseIdSchema).max(13),
  author: z.string().trim().min(1, 'author is required').max(80, 'author must be at most 80 characters'),
  date: GuideDateSchema,
};

/** The front matter of a guide file in data/guides; `order` places it in the reading sequence. */
export const GuideFrontMatterSchema = z
  .object({ ...guideFields, order: z.number().int().min(1).max(10_000).optional() })
  .strict();
export type GuideFrontMatter = z.infer<typeof GuideFrontMatterSchema>;

export const GUIDE_BODY_MAX = 60_000;

export const SaveGuideBodySchema = z.object({
  ...guideFields,
  slug: GuideSlugSchema,
  body: z
    .string()
    .min(1, 'body is required')
    .max(GUIDE_BODY_MAX, `body must be at most ${GUIDE_BODY_MAX} characters`)
    .refine((s) => s.trim().length > 0, 'body is required'),
  status: GuideStatusSchema,
});
export type SaveGuideBody = z.infer<typeof SaveGuideBodySchema>;

export const GuideSlugParamsSchema = z.object({ slug: z.string().min(1).max(80) });

export const ListGuidesQuerySchema = z.object({
  q: z.string().trim().max(200, 'q must be at most 200 characters').optional(),
  tag: GuideTagSchema.optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type ListGuidesQuery = z.infer<typeof ListGuidesQuerySchema>;

export const GuideSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  causes: z.array(CauseIdSchema),
  author: z.string(),
  date: z.string(),
  status: GuideStatusSchema,
  origin: GuideOriginSchema,
});
export type GuideSummary = z.infer<typeof GuideSummarySchema>;

export const GuideListSchema = z.object({
  items: z.array(GuideSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Every tag of the published guides with how many guides carry it, for the tag filter. */
  tags: z.array(z.object({ tag: z.string(), count: z.number().int() })),
});
export type GuideList = z.infer<typeof GuideListSchema>;

export const GuideLinkSchema = z.object({ slug: z.string(), title: z.string() });

export const GuideDetailSchema = GuideSummarySchema.extend({
  body: z.string(),
  careerIds: z.array(z.string()),
  /** The related careers that exist in the atlas, in the guide's order. */
  careers: z.array(z.object({ id: z.string(), title: z.string(), scale: ScaleIdSchema.nullable() })),
  previous: GuideLinkSchema.nullable(),
  next: GuideLinkSchema.nullable(),
  updatedAt: z.string(),
});
export type GuideDetail = z.infer<typeof GuideDetailSchema>;

export const AdminGuideListSchema = z.object({ items: z.array(GuideSummarySchema) });

// ---------------------------------------------------------------------------------------------
// Comments

export const COMMENT_MAX_LENGTH = 5000;
export const COMMENT_MAX_LINKS = 2;
export const COMMENT_NAME_MAX = 80;
export const COMMENTS_PAGE_SIZE = 50;

const WebsiteSchema = z
  .string()
  .trim()
  .max(200, 'website must be at most 200 characters')
  .refine((s) => s === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), 'website must be an http:// or https:// address')
  .refine((s) => {
    if (s === '') return true;
    try {
      const url = new URL(s);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'website must be an http:// or https:// address')
  .transform((s) => (s === '' ? null : s));

export const PostCommentBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'name is required')
    .max(COMMENT_NAME_MAX, `name must be at most ${COMMENT_NAME_MAX} characters`),
  email: z.string().trim().min(1, 'email is required').pipe(EmailSchema),
  website: WebsiteSchema.prefault(''),
  comment: z
    .string()
    .min(1, 'comment is required')
    .max(COMMENT_MAX_LENGTH, `comment must be at most ${COMMENT_MAX_LENGTH} characters`)
    .refine((s) => s.trim().length > 0, 'comment is required'),
  parentId: z.uuid('parentId must be a comment id').nullable().optional(),
  notifyOnReply: z.boolean().optional().default(false),
  /** The token GET .../comment-form issued: proves the form was open for a while. */
  formToken: z.string().min(1, 'formToken is required').max(200),
  /** Honeypot: hidden from people, so only a robot fills it in. Must stay empty. */
  topic: z.string().max(500).optional(),
});
export type PostCommentBody = z.infer<typeof PostCommentBodySchema>;
/** What a client sends (website and notifyOnReply may be left out). */
export type PostCommentInput = z.input<typeof PostCommentBodySchema>;

export const CommentStatusSchema = z.enum(['pending', 'approved', 'rejected', 'spam']);
export type CommentStatus = z.infer<typeof CommentStatusSchema>;

/** A published comment as anyone may see it. There is deliberately no email here. */
export const PublicCommentSchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  authorName: z.string(),
  website: z.string().nullable(),
  comment: z.string(),
  createdAt: z.string(),
  /** Written by a signed-in administrator (shown as "Vocare team"). */
  isStaff: z.boolean(),
});
export type PublicComment = z.infer<typeof PublicCommentSchema>;

export const CommentThreadSchema = PublicCommentSchema.extend({ replies: z.array(PublicCommentSchema) });
export type CommentThread = z.infer<typeof CommentThreadSchema>;

export const ListCommentsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(COMMENTS_PAGE_SIZE),
});

export const CommentThreadListSchema = z.object({
  items: z.array(CommentThreadSchema),
  /** Published comments on the guide, replies included. */
  total: z.number().int(),
  /** Top-level comments, which is what pages count. */
  threads: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CommentThreadList = z.infer<typeof CommentThreadListSchema>;

export const PostCommentResponseSchema = z.object({
  comment: PublicCommentSchema.extend({ status: z.enum(['pending', 'approved']) }),
});
export type PostCommentResponse = z.infer<typeof PostCommentResponseSchema>;

export const CommentFormSchema = z.object({
  formToken: z.string(),
  /** The least time, in seconds, between loading the form and sending it. */
  minSeconds: z.number().int(),
});
export type CommentForm = z.infer<typeof CommentFormSchema>;

// ---------------------------------------------------------------------------------------------
// Moderation

export const ModerationQueueQuerySchema = z.object({
  status: CommentStatusSchema.default('pending'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const ModerationItemSchema = z.object({
  id: z.uuid(),
  guide: GuideLinkSchema,
  parentId: z.uuid().nullable(),
  parentExcerpt: z.string().nullable(),
  authorName: z.string(),
  website: z.string().nullable(),
  comment: z.string(),
  createdAt: z.string(),
  status: CommentStatusSchema,
  /** Published comments from the same address: 0 means a first-time commenter. */
  approvedBefore: z.number().int(),
  isSignedIn: z.boolean(),
});
export type ModerationItem = z.infer<typeof ModerationItemSchema>;

export const ModerationQueueSchema = z.object({
  items: z.array(ModerationItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ModerationQueue = z.infer<typeof ModerationQueueSchema>;

export const CommentIdParamsSchema = z.object({ id: z.uuid('id must be a comment id (uuid)') });

export const ModerateCommentBodySchema = z.object({ action: z.enum(['approve', 'reject', 'spam']) });
export type ModerationAction = z.infer<typeof ModerateCommentBodySchema>['action'];

export const ModerateCommentResponseSchema = z.object({ id: z.uuid(), status: CommentStatusSchema });

// ---------------------------------------------------------------------------------------------
// Reply notifications

export const ReplyNotificationSchema = z.object({
  id: z.uuid(),
  guide: GuideLinkSchema,
  commentId: z.uuid(),
  replyId: z.uuid(),
  replyAuthorName: z.string(),
  replyExcerpt: z.string(),
  createdAt: z.string(),
  isRead: z.boolean(),
  /**
   * What became of the email for this notice: emailed (the server accepted it), queued (waiting or being retried),
   * failed (given up after its retries), not-emailed (no account to send to, or the person turned these off).
   */
  emailDelivery: z.enum(['emailed', 'queued', 'failed', 'not-emailed']),
});
export type ReplyNotification = z.infer<typeof ReplyNotificationSchema>;

export const ReplyNotificationListSchema = z.object({
  items: z.array(ReplyNotificationSchema),
  unread: z.number().int(),
});
export type ReplyNotificationList = z.infer<typeof ReplyNotificationListSchema>;
