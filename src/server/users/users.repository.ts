import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Role } from '#contracts/vocabulary.js';
import type { DbOrTx } from '../db/client.js';
import { sessions, userRoles, users } from '../db/schema/core.js';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  emailVerifiedAt: Date | null;
}

const userColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  emailVerifiedAt: users.emailVerifiedAt,
};

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRecord | null> {
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRecord | null> {
  const rows = await db.select(userColumns).from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function insertUser(
  db: DbOrTx,
  values: { email: string; displayName: string; passwordHash: string; emailVerifiedAt?: Date | null },
): Promise<UserRecord> {
  const rows = await db.insert(users).values(values).returning(userColumns);
  const row = rows[0];
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

export async function updatePasswordHash(db: DbOrTx, userId: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, userId));
}

export async function listRoles(db: DbOrTx, userId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .orderBy(userRoles.role);
  return rows.map((r) => r.role as Role);
}

export async function addRoles(db: DbOrTx, userId: string, roles: Role[]): Promise<void> {
  if (roles.length === 0) return;
  await db
    .insert(userRoles)
    .values(roles.map((role) => ({ userId, role })))
    .onConflictDoNothing();
}

export async function replaceRoles(db: DbOrTx, userId: string, roles: Role[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  await addRoles(db, userId, roles);
}

export async function insertSession(db: DbOrTx, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

export async function findSessionUser(db: DbOrTx, tokenHash: string, now: Date): Promise<UserRecord | null> {
  const rows = await db
    .select(userColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  return rows[0] ?? null;
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every other session of the user (after a password change). */
export async function deleteOtherSessions(db: DbOrTx, userId: string, keepTokenHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)));
}

/** Marks the address proven, only while it is still the account's address (a link to an old address does nothing). */
export async function markEmailVerified(db: DbOrTx, userId: string, email: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ emailVerifiedAt: at })
    .where(and(eq(users.id, userId), sql`lower(${users.email}) = ${email.toLowerCase()}`))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Moves the account to a proven new address. */
export async function updateVerifiedEmail(db: DbOrTx, userId: string, email: string, at: Date): Promise<void> {
  await db.update(users).set({ email, emailVerifiedAt: at }).where(eq(users.id, userId));
}

/** Ends every session of the user (after a password reset). */
export async function deleteAllSessions(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
