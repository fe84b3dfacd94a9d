/** A message rendered from a template: both bodies come from the same source (see render-mail.ts). */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe on notices that are not strictly transactional. */
  headers: Record<string, string>;
}

/** What a feature hands to the outbox. */
export interface OutgoingMail {
  /** The template that made it (`verify-email`, `password-reset`, ...): for the log and the Mailbox. */
  kind: string;
  to: string;
  /** The account it concerns, if any: deleting the account deletes its mail. */
  userId?: string | null;
  mail: RenderedMail;
}

/** One message as the worker hands it to a transport. */
export interface Envelope {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/** Delivers one message or throws; `permanent` on the error says a retry cannot help (an SMTP 5xx). */
export interface MailTransport {
  send(envelope: Envelope): Promise<void>;
  close(): void;
}

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'given-up', 'withdrawn'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
