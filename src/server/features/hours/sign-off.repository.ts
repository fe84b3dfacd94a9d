import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client.js';
import { hoursEntries, hoursSignOffLinks, hoursSupervisions, type SignOffLinkEntry } from '#server/db/schema/hours.js';

// All SQL of one-tap sign-off links and invitation links (ADR 0024).

export async function insertSignOffLink(
  db: DbOrTx,
  values: {
    tokenHash: string;
    supervisorId: string;
    supervisionId: string;
    entries: SignOffLinkEntry[];
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db.insert(hoursSignOffLinks).values(values);
}

export interface SignOffLinkRow {
  id: string;
  supervisorId: string;
  supervisionId: string;
  entries: SignOffLinkEntry[];
  expiresAt: Date;
  usedAt: Date | null;
}

/** The link of a token, used or not (the caller tells "used" and "expired" apart); `forUpdate` locks it. */
export async function findSignOffLink(
  db: DbOrTx,
  tokenHash: string,
  options: { forUpdate?: boolean } = {},
): Promise<SignOffLinkRow | null> {
  const query = db
    .select({
      id: hoursSignOffLinks.id,
      supervisorId: hoursSignOffLinks.supervisorId,
      supervisionId: hoursSignOffLinks.supervisionId,
      entries: hoursSignOffLinks.entries,
      expiresAt: hoursSignOffLinks.expiresAt,
      usedAt: hoursSignOffLinks.usedAt,
    })
    .from(hoursSignOffLinks)
    .where(eq(hoursSignOffLinks.tokenHash, tokenHash));
  const rows = options.forUpdate ? await query.for('update') : await query;
  return rows[0] ?? null;
}

/** Marks a link used if it is still unused and unexpired; false when another request got there first. */
export async function consumeSignOffLink(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(hoursSignOffLinks)
    .set({ usedAt: now })
    .where(and(eq(hoursSignOffLinks.id, id), isNull(hoursSignOffLinks.usedAt), gt(hoursSignOffLinks.expiresAt, now)))
    .returning({ id: hoursSignOffLinks.id });
  return rows.length === 1;
}

/** Supervisors (active or ended agreements) with at least one unverified entry naming them. */
export async function listSupervisorsWithWaitingEntries(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ supervisorId: sql<string>`${hoursSupervisions.supervisorId}` })
    .from(hoursSupervisions)
    .innerJoin(hoursEntries, eq(hoursEntries.supervisionId, hoursSupervisions.id))
    .where(
      and(
        inArray(hoursSupervisions.status, ['active', 'ended']),
        eq(hoursEntries.status, 'unverified'),
        sql`${hoursSupervisions.supervisorId} IS NOT NULL`,
      ),
    );
  return rows.map((r) => r.supervisorId);
}

export async function setInviteTokenHash(db: DbOrTx, supervisionId: string, tokenHash: string): Promise<void> {
  await db.update(hoursSupervisions).set({ inviteTokenHash: tokenHash }).where(eq(hoursSupervisions.id, supervisionId));
}

/** The open invitation a link's token was sent for, or null (withdrawn, answered, unknown). */
export async function findInvitationIdByTokenHash(
  db: DbOrTx,
  tokenHash: string,
  options: { isOpenOnly: boolean } = { isOpenOnly: true },
): Promise<string | null> {
  const byToken = eq(hoursSupervisions.inviteTokenHash, tokenHash);
  const rows = await db
    .select({ id: hoursSupervisions.id })
    .from(hoursSupervisions)
    .where(options.isOpenOnly ? and(byToken, eq(hoursSupervisions.status, 'invited')) : byToken);
  return rows[0]?.id ?? null;
}
