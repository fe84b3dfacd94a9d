import { randomUUID } from 'node:crypto';
import { and, count, desc, eq, gte, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '#server/db/client.js';
import { mailOutbox } from '#server/db/schema/mail.js';
import type { Env } from '#server/env.js';
import { mailDomain } from './mail-config.js';
import type { MailStatus, OutgoingMail } from './mail-message.js';

/**
 * Writes a message to the outbox. Pass the transaction of the change that causes the message: if that change rolls
 * back, so does the message, and once it commits the message is on disk for a worker to deliver (ADR 0018).
 */
export async function queueMail(
  tx: DbOrTx,
  env: Pick<Env, 'MAIL_FROM'>,
  now: Date,
  message: OutgoingMail,
): Promise<{ id: string; messageId: string }> {
  const messageId = `<${randomUUID()}@${mailDomain(env)}>`;
  const rows = await tx
    .insert(mailOutbox)
    .values({
      kind: message.kind,
      toAddress: message.to,
      userId: message.userId ?? null,
      subject: message.mail.subject,
      textBody: message.mail.text,
      htmlBody: message.mail.html,
      headers: message.mail.headers,
      messageId,
      status: 'queued',
      nextAttemptAt: now,
      createdAt: now,
    })
    .returning({ id: mailOutbox.id });
  const row = rows[0];
  if (!row) throw new Error('insert into mail_outbox returned no row');
  return { id: row.id, messageId };
}

/**
 * Withdraws messages that have not gone out because what caused them was taken back: a queued row, or a failed one
 * waiting for a retry, becomes 'withdrawn' and the worker never sends it. A row a worker is handing to SMTP at this
 * moment (leased) may already be on its way, so it cannot be stopped; it is marked (`withdrawn_at`) and, if that
 * attempt fails, it ends 'withdrawn' instead of being retried. Sent and given-up rows stay as they are. Returns the
 * ids withdrawn or marked.
 */
export async function withdrawUnsentMail(db: DbOrTx, ids: readonly string[], now: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  // A row a worker is claiming right now is locked: this update waits for the claim, then sees 'sending' and marks it.
  const rows = await db
    .update(mailOutbox)
    .set({
      status: sql`case when ${mailOutbox.status} = 'sending' then 'sending' else 'withdrawn' end`,
      withdrawnAt: now,
    })
    .where(
      and(
        inArray(mailOutbox.id, [...ids]),
        inArray(mailOutbox.status, ['queued', 'failed', 'sending']),
        isNull(mailOutbox.withdrawnAt),
      ),
    )
    .returning({ id: mailOutbox.id });
  return rows.map((r) => r.id);
}

/** Messages of one kind queued for an account since a moment (limits on how often a kind may be sent). */
export async function countMailSince(
  db: DbOrTx,
  where: { userId: string; kind: string; since: Date },
): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(mailOutbox)
    .where(
      and(eq(mailOutbox.userId, where.userId), eq(mailOutbox.kind, where.kind), gte(mailOutbox.createdAt, where.since)),
    );
  return rows[0]?.n ?? 0;
}

export interface ClaimedMail {
  id: string;
  kind: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  headers: Record<string, string>;
  messageId: string;
  attempts: number;
}

/**
 * Leases up to `limit` due messages to `owner` until `leaseUntil`. Rows another process is claiming at this moment
 * are skipped (FOR UPDATE SKIP LOCKED), so several workers share the queue without waiting on each other; a row
 * whose lease ran out (its worker died) is due again, unless it was withdrawn meanwhile: that one is closed as
 * 'withdrawn' here rather than retried.
 */
export async function claimDueMail(
  db: Db,
  options: { owner: string; now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedMail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id, withdrawnAt: mailOutbox.withdrawnAt })
      .from(mailOutbox)
      .where(
        or(
          and(inArray(mailOutbox.status, ['queued', 'failed']), lte(mailOutbox.nextAttemptAt, options.now)),
          and(eq(mailOutbox.status, 'sending'), lte(mailOutbox.leaseUntil, options.now)),
        ),
      )
      .orderBy(mailOutbox.nextAttemptAt)
      .limit(options.limit)
      .for('update', { skipLocked: true });
    // The withdrawal is read again under the row lock: a withdrawn row is never leased for another attempt.
    const withdrawn = due.filter((d) => d.withdrawnAt !== null).map((d) => d.id);
    const toClaim = due.filter((d) => d.withdrawnAt === null).map((d) => d.id);
    if (withdrawn.length > 0) {
      await tx
        .update(mailOutbox)
        .set({ status: 'withdrawn', leaseOwner: null, leaseUntil: null })
        .where(inArray(mailOutbox.id, withdrawn));
    }
    if (toClaim.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({
        status: 'sending',
        leaseOwner: options.owner,
        leaseUntil: options.leaseUntil,
        attempts: sql`${mailOutbox.attempts} + 1`,
      })
      .where(inArray(mailOutbox.id, toClaim))
      .returning({
        id: mailOutbox.id,
        kind: mailOutbox.kind,
        toAddress: mailOutbox.toAddress,
        subject: mailOutbox.subject,
        textBody: mailOutbox.textBody,
        htmlBody: mailOutbox.htmlBody,
        headers: mailOutbox.headers,
        messageId: mailOutbox.messageId,
        attempts: mailOutbox.attempts,
      });
  });
}

/**
 * Records the outcome of one attempt, only while `owner` still holds the lease. Returns the status stored, or null
 * when `owner` no longer holds it. An attempt that did not get through ends 'withdrawn' if the message was withdrawn
 * while it was being sent (the check runs in the same statement, so a withdrawal that committed first is seen).
 */
export async function recordOutcome(
  db: DbOrTx,
  id: string,
  owner: string,
  outcome:
    | { status: 'sent'; at: Date }
    | { status: 'failed'; error: string; retryAt: Date }
    | { status: 'given-up'; error: string },
): Promise<MailStatus | null> {
  const unlessWithdrawn = (status: MailStatus) =>
    sql<string>`case when ${mailOutbox.withdrawnAt} is null then ${status}::text else 'withdrawn' end`;
  const values =
    outcome.status === 'sent'
      ? { status: 'sent', sentAt: outcome.at, lastError: null }
      : outcome.status === 'failed'
        ? { status: unlessWithdrawn('failed'), lastError: outcome.error, nextAttemptAt: outcome.retryAt }
        : { status: unlessWithdrawn('given-up'), lastError: outcome.error };
  const rows = await db
    .update(mailOutbox)
    .set({ ...values, leaseOwner: null, leaseUntil: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.leaseOwner, owner), eq(mailOutbox.status, 'sending')))
    .returning({ status: mailOutbox.status });
  const status = rows[0]?.status;
  return status === undefined ? null : (status as MailStatus);
}

export interface MailboxRow {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** The columns of a MailboxRow, for the list and the single-message reads alike. */
const mailboxColumns = {
  id: mailOutbox.id,
  kind: mailOutbox.kind,
  to: mailOutbox.toAddress,
  subject: mailOutbox.subject,
  text: mailOutbox.textBody,
  html: mailOutbox.htmlBody,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
};

/** The newest messages first (the dev Mailbox and tests read the outbox through this). */
export async function listRecentMail(db: DbOrTx, options: { limit: number; to?: string }): Promise<MailboxRow[]> {
  const rows = await db
    .select(mailboxColumns)
    .from(mailOutbox)
    .where(options.to ? sql`lower(${mailOutbox.toAddress}) = ${options.to.toLowerCase()}` : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(options.limit);
  return rows.map((r) => ({ ...r, status: r.status as MailStatus }));
}

export async function findMailById(db: DbOrTx, id: string): Promise<MailboxRow | null> {
  const rows = await db.select(mailboxColumns).from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  const row = rows[0];
  return row ? { ...row, status: row.status as MailStatus } : null;
}

/**
 * The messages sent to a person, for their data export: no HTML, and every link token replaced, so an export
 * handed on opens nothing. Messages their account caused but sent to someone else (`sentToOthers` kinds) are left out.
 */
export async function listMailForExport(db: DbOrTx, userId: string, sentToOthers: readonly string[]) {
  const rows = await db
    .select({
      kind: mailOutbox.kind,
      to: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      text: mailOutbox.textBody,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.userId, userId), notInArray(mailOutbox.kind, [...sentToOthers])))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
  return rows.map((r) => ({ ...r, text: r.text.replace(/token=[A-Za-z0-9_-]+/g, 'token=(removed)') }));
}
