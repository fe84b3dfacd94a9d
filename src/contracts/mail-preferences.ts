import { z } from 'zod';
import { AccountTokenSchema } from './auth.js';

/**
 * Notices a person may turn off, each with its default. Transactional mail has no topic and nobody can opt out of
 * it (ADR 0024): account mail (verification, reset, email change), invitations addressed to someone, and a waiting
 * list's seat offer with its claim deadline.
 */
export const MAIL_TOPICS = [
  'supervisor-digest',
  'entry-returned',
  'agreement-ending',
  'license-lapsing',
  'application-new',
  'application-update',
  'mentorship',
  'comment-reply',
  'checkin-due',
] as const;
export const MailTopicSchema = z.enum(MAIL_TOPICS);
export type MailTopic = z.infer<typeof MailTopicSchema>;

export const MAIL_TOPIC_INFO: Record<MailTopic, { label: string; description: string; isOnByDefault: boolean }> = {
  'supervisor-digest': {
    label: 'Weekly sign-off message (supervisors)',
    description: 'Once a week, the entries waiting for you, with a link to verify them without signing in.',
    isOnByDefault: true,
  },
  'entry-returned': {
    label: 'Returned hours',
    description: 'When a supervisor returns one of your entries with a comment.',
    isOnByDefault: true,
  },
  'agreement-ending': {
    label: 'Supervision agreements ending',
    description: 'Two weeks before a supervision agreement you are part of reaches its end date.',
    isOnByDefault: true,
  },
  'license-lapsing': {
    label: 'Supervisor licenses about to lapse',
    description: 'A month before the license recorded for a supervision you are part of expires.',
    isOnByDefault: true,
  },
  'application-new': {
    label: 'New applications (organizations)',
    description:
      'Once a day, the applications your organization’s listings received that day; and when an applicant writes to you.',
    isOnByDefault: true,
  },
  'application-update': {
    label: 'Your applications',
    description: 'When an organization decides on your application or writes to you about it.',
    isOnByDefault: true,
  },
  mentorship: {
    label: 'Mentorship requests and answers',
    description:
      'When someone asks you to be their mentor, with a reminder after 5 days; when a mentor answers your request, or it expires and we suggest your next match. Turned off, a request to you still waits on your Mentorship page and still expires after 7 days without an answer.',
    isOnByDefault: true,
  },
  'comment-reply': {
    label: 'Replies to your comments',
    description: 'When someone replies to a comment you posted on a guide.',
    isOnByDefault: true,
  },
  'checkin-due': {
    label: 'Check-in reminders',
    description: 'Only that a check-in is due: never scores or anything you wrote.',
    isOnByDefault: false,
  },
};

export const MailPreferenceSchema = z.object({
  topic: MailTopicSchema,
  label: z.string(),
  description: z.string(),
  enabled: z.boolean(),
});
export const MailPreferencesResponseSchema = z.object({ preferences: z.array(MailPreferenceSchema) });
export type MailPreferencesResponse = z.infer<typeof MailPreferencesResponseSchema>;

/** Only the topics sent change; the others keep their setting. */
export const UpdateMailPreferencesBodySchema = z.object({
  preferences: z.partialRecord(MailTopicSchema, z.boolean()),
});

/** The unsubscribe link's token travels in the query string, as RFC 8058 one-click requires. */
export const UnsubscribeQuerySchema = z.object({ token: AccountTokenSchema });
export const UnsubscribeResponseSchema = z.object({
  topic: MailTopicSchema,
  label: z.string(),
  enabled: z.literal(false),
});
