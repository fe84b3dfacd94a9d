import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { accountTokens } from '../db/schema/mail.js';

export type TokenPurpose = 'verify-email' | 'password-reset' | 'email-change';

export async function insertAccountToken(
  db: DbOrTx,
  values: { userId: string; purpose: TokenPurpose; email: string; tokenHash: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.insert(accountTokens).values(values);
}

/**
 * Uses a token: one UPDATE marks it used only if it is unused, unexpired and of this purpose, so two requests with
 * the same link cannot both succeed. Returns whose token it was, or null.
 */
export async function consumeAccountToken(
  db: DbOrTx,
  tokenHash: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<{ userId: string; email: string } | null> {
  const rows = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId, email: accountTokens.email });
  return rows[0] ?? null;
}

/** Ends every open token of a purpose (a new password makes older reset links useless). */
export async function retireAccountTokens(db: DbOrTx, userId: string, purpose: TokenPurpose, now: Date): Promise<void> {
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
}

/** Tokens of a purpose issued to the user since `since` (the resend and reset limits count these). */
export async function countTokensSince(
  db: DbOrTx,
  userId: string,
  purpose: TokenPurpose,
  since: Date,
): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, purpose),
        sql`${accountTokens.createdAt} > ${since}`,
      ),
    );
  return rows[0]?.n ?? 0;
}
