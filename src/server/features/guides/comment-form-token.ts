import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client.js';
import { meta } from '#server/db/schema/core.js';

// The comment form carries the time it was issued, signed, so the server can tell how long the
// form was open without keeping any state per visitor. The key lives in the database so every
// app process signs and checks with the same one.
const SECRET_KEY = 'comment-form-secret';
const PURPOSE = 'vocare-comment-form';

/** The signing key, created on first use; every process reads the same row. */
export async function loadFormSecret(db: DbOrTx): Promise<Buffer> {
  await db
    .insert(meta)
    .values({ key: SECRET_KEY, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, SECRET_KEY)).limit(1);
  const value = rows[0]?.value;
  if (!value) throw new Error('comment form secret is missing after it was written');
  return Buffer.from(value, 'hex');
}

function sign(secret: Buffer, issuedAt: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${issuedAt}`).digest('base64url');
}

export function signFormToken(secret: Buffer, issuedAtMs: number): string {
  const issuedAt = Math.floor(issuedAtMs).toString(36);
  return `${issuedAt}.${sign(secret, issuedAt)}`;
}

/** How many milliseconds ago a genuine token was issued; null when the token was not issued by us. */
export function readFormTokenAge(secret: Buffer, token: string, nowMs: number): number | null {
  const match = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(sign(secret, match[1]));
  const given = Buffer.from(match[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return nowMs - Number.parseInt(match[1], 36);
}
