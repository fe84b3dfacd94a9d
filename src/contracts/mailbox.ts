import { z } from 'zod';

/** `withdrawn`: taken back before it was sent (what caused it was undone); never delivered. */
export const MailStatusSchema = z.enum(['queued', 'sending', 'sent', 'failed', 'given-up', 'withdrawn']);

/** One message of the dev Mailbox; `text` is the plain-text body with its links. */
export const MailboxMessageSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: MailStatusSchema,
  createdAt: z.string(),
});
export type MailboxMessage = z.infer<typeof MailboxMessageSchema>;

export const MailboxResponseSchema = z.object({ messages: z.array(MailboxMessageSchema) });
export type MailboxResponse = z.infer<typeof MailboxResponseSchema>;

export const MailboxQuerySchema = z.object({
  to: z.string().trim().max(254).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
