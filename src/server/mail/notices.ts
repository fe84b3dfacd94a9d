import { and, eq, gte, sql } from 'drizzle-orm';
import { MAIL_TOPIC_INFO, MAIL_TOPICS, type MailTopic } from '#contracts/mail-preferences.js';
import type { DbOrTx } from '#server/db/client.js';
import { mailDigestRuns, mailPreferences, mailUnsubscribeLinks } from '#server/db/schema/mail.js';
import type { Env } from '#server/env.js';
import { hashToken, newToken } from '#server/plugins/session.js';
import { linkTo } from './mail-config.js';
import { queueMail } from './outbox.repository.js';
import { type MailSource, renderMail } from './render-mail.js';

/*
 * Notices: mail a person may turn off, per topic (ADR 0024). Every notice goes through `queueNotice`, which checks
 * the person's preference and gives the message its own unsubscribe link (List-Unsubscribe, one-click).
 */

/** What queueing a notice needs: the settings (From, link base) and the app clock's "now". */
export interface NoticeContext {
  env: Env;
  now: Date;
}

/** Whether a person wants notices of a topic: their choice, else the topic's default. */
export async function isTopicEnabled(db: DbOrTx, userId: string, topic: MailTopic): Promise<boolean> {
  const rows = await db
    .select({ enabled: mailPreferences.enabled })
    .from(mailPreferences)
    .where(and(eq(mailPreferences.userId, userId), eq(mailPreferences.topic, topic)));
  return rows[0]?.enabled ?? MAIL_TOPIC_INFO[topic].isOnByDefault;
}

/** Everyone who turned a topic on: the recipients of a topic that is off by default (e.g. check-in reminders). */
export async function listUsersWhoTurnedOn(db: DbOrTx, topic: MailTopic): Promise<string[]> {
  const rows = await db
    .select({ userId: mailPreferences.userId })
    .from(mailPreferences)
    .where(and(eq(mailPreferences.topic, topic), eq(mailPreferences.enabled, true)))
    .orderBy(mailPreferences.userId);
  return rows.map((r) => r.userId);
}

/** Every topic with the person's setting, in the order of MAIL_TOPICS. */
export async function listTopicSettings(db: DbOrTx, userId: string): Promise<{ topic: MailTopic; enabled: boolean }[]> {
  const rows = await db
    .select({ topic: mailPreferences.topic, enabled: mailPreferences.enabled })
    .from(mailPreferences)
    .where(eq(mailPreferences.userId, userId));
  const chosen = new Map(rows.map((r) => [r.topic, r.enabled]));
  return MAIL_TOPICS.map((topic) => ({ topic, enabled: chosen.get(topic) ?? MAIL_TOPIC_INFO[topic].isOnByDefault }));
}

export async function setTopicSettings(
  db: DbOrTx,
  userId: string,
  settings: Partial<Record<MailTopic, boolean>>,
  now: Date,
): Promise<void> {
  const values = MAIL_TOPICS.flatMap((topic) => {
    const enabled = settings[topic];
    return enabled === undefined ? [] : [{ userId, topic, enabled, updatedAt: now }];
  });
  if (values.length === 0) return;
  await db
    .insert(mailPreferences)
    .values(values)
    .onConflictDoUpdate({
      target: [mailPreferences.userId, mailPreferences.topic],
      set: { enabled: sql`excluded.enabled`, updatedAt: sql`excluded.updated_at` },
    });
}

/**
 * Turns a topic off with the token of a notice's unsubscribe link (no sign-in: the token is the proof, and only the
 * person it was sent to holds it). Using it again is harmless. Null for an unknown token.
 */
export async function unsubscribeWithToken(
  db: DbOrTx,
  token: string,
  now: Date,
): Promise<{ userId: string; topic: MailTopic } | null> {
  const rows = await db
    .select({ userId: mailUnsubscribeLinks.userId, topic: mailUnsubscribeLinks.topic })
    .from(mailUnsubscribeLinks)
    .where(eq(mailUnsubscribeLinks.tokenHash, hashToken(token)));
  const row = rows[0];
  const topic = MAIL_TOPICS.find((t) => t === row?.topic);
  if (!row || !topic) return null;
  await setTopicSettings(db, row.userId, { [topic]: false }, now);
  return { userId: row.userId, topic };
}

/**
 * Queues a notice in the caller's transaction if the person wants its topic; the message carries an unsubscribe
 * link of its own. Returns the outbox row's id, or null when the person turned the topic off. Never put resilience
 * content (scores, journal, self-care) in one.
 */
export async function queueNotice(
  tx: DbOrTx,
  ctx: NoticeContext,
  notice: { topic: MailTopic; kind: string; to: string; userId: string; source: Omit<MailSource, 'unsubscribe'> },
): Promise<string | null> {
  if (!(await isTopicEnabled(tx, notice.userId, notice.topic))) return null;
  const token = newToken();
  await tx
    .insert(mailUnsubscribeLinks)
    .values({ tokenHash: hashToken(token), userId: notice.userId, topic: notice.topic, createdAt: ctx.now });
  const queued = await queueMail(tx, ctx.env, ctx.now, {
    kind: notice.kind,
    to: notice.to,
    userId: notice.userId,
    mail: renderMail({
      ...notice.source,
      unsubscribe: {
        pageUrl: linkTo(ctx.env, `/unsubscribe?token=${token}`),
        oneClickUrl: linkTo(ctx.env, `/api/mail/unsubscribe?token=${token}`),
      },
    }),
  });
  return queued.id;
}

/**
 * Claims a periodic message for a person and period (e.g. a supervisor's ISO week): true for exactly one caller,
 * however many app processes try at once (the primary key decides; a rolled-back claim frees the period again).
 */
export async function claimDigestRun(
  tx: DbOrTx,
  claim: { userId: string; kind: string; period: string; now: Date },
): Promise<boolean> {
  const rows = await tx
    .insert(mailDigestRuns)
    .values({ userId: claim.userId, kind: claim.kind, period: claim.period, createdAt: claim.now })
    .onConflictDoNothing()
    .returning({ userId: mailDigestRuns.userId });
  return rows.length === 1;
}

/**
 * The (user, period) pairs of a kind claimed since a moment, as `userId|period`: lets a sweep skip what is already
 * sent without a write per pair. Only a shortcut: `claimDigestRun` in the queueing transaction still decides.
 */
export async function listClaimsSince(db: DbOrTx, kind: string, since: Date): Promise<Set<string>> {
  const rows = await db
    .select({ userId: mailDigestRuns.userId, period: mailDigestRuns.period })
    .from(mailDigestRuns)
    .where(and(eq(mailDigestRuns.kind, kind), gte(mailDigestRuns.createdAt, since)));
  return new Set(rows.map((r) => `${r.userId}|${r.period}`));
}
