import { z } from 'zod';

export const PEER_SPACE_KIND_IDS = ['career', 'cause', 'stage'] as const;
export const PeerSpaceKindSchema = z.enum(PEER_SPACE_KIND_IDS);
export const PEER_SPACE_KIND_LABELS: Record<z.infer<typeof PeerSpaceKindSchema>, string> = {
  career: 'By career',
  cause: 'By cause',
  stage: 'By stage',
};

export const PeerSpaceSchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  kind: PeerSpaceKindSchema,
  isMembersOnly: z.boolean(),
  memberCount: z.number().int(),
  isMember: z.boolean(),
});
export type PeerSpace = z.infer<typeof PeerSpaceSchema>;
export const PeerSpaceListSchema = z.object({ spaces: z.array(PeerSpaceSchema) });

export const PEER_POST_STATUS_IDS = ['pending', 'approved', 'removed', 'spam'] as const;
export const PeerPostStatusSchema = z.enum(PEER_POST_STATUS_IDS);

export const PeerPostSchema = z.object({
  id: z.string(),
  threadId: z.string().nullable(),
  authorName: z.string(),
  isMine: z.boolean(),
  title: z.string().nullable(),
  /** Markdown as written; rendered by the shared renderer. */
  body: z.string(),
  /** Readers see approved posts and their own pending ones. */
  status: PeerPostStatusSchema,
  isLocked: z.boolean(),
  createdAt: z.string(),
});
export type PeerPost = z.infer<typeof PeerPostSchema>;

export const PeerSpaceDetailSchema = z.object({
  space: PeerSpaceSchema,
  threads: z.array(PeerPostSchema.extend({ replyCount: z.number().int() })),
});
export const PeerThreadSchema = z.object({
  space: PeerSpaceSchema,
  thread: PeerPostSchema,
  replies: z.array(PeerPostSchema),
});
export type PeerThread = z.infer<typeof PeerThreadSchema>;

export const PEER_POST_MAX_LENGTH = 5000;
export const NewThreadBodySchema = z.object({
  title: z.string().trim().min(3, 'write a few words').max(160),
  body: z.string().trim().min(1, 'write something').max(PEER_POST_MAX_LENGTH),
});
export const NewReplyBodySchema = z.object({
  body: z.string().trim().min(1, 'write something').max(PEER_POST_MAX_LENGTH),
});
export const ReportPostBodySchema = z.object({
  reason: z.string().trim().min(3, 'say in a few words what is wrong').max(500),
});

export const SpaceSlugParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'is not a space name') });
export const PostIdParamsSchema = z.object({ id: z.uuid() });

export const PEER_MODERATION_ACTIONS = ['approve', 'remove', 'spam', 'lock', 'unlock', 'move'] as const;
export const PeerModerationBodySchema = z
  .object({
    action: z.enum(PEER_MODERATION_ACTIONS),
    /** For "move": the space the thread moves to. */
    toSpace: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/)
      .optional(),
  })
  .refine((v) => v.action !== 'move' || v.toSpace !== undefined, {
    message: 'name the space to move the thread to',
    path: ['toSpace'],
  });

export const PeerModerationQueueSchema = z.object({
  items: z.array(
    PeerPostSchema.extend({
      spaceSlug: z.string(),
      spaceName: z.string(),
      reports: z.array(z.object({ reason: z.string(), createdAt: z.string() })),
    }),
  ),
});
