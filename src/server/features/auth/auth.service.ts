import type { ChangePasswordBody, SignInBody, SignUpBody, User } from '#contracts/auth.js';
import type { Role } from '#contracts/vocabulary.js';
import type { Db } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import { hashToken, newToken, type SessionUser } from '#server/plugins/session.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '#server/users/passwords.js';
import * as repo from '#server/users/users.repository.js';
import { type MailContext, queueAccountExists, queueVerification } from './account-mail.service.js';

export interface NewSession {
  user: User;
  token: string;
  expiresAt: Date;
}

/** How long a new session lasts, counted from the app's clock. */
export interface SessionLength {
  days: number;
  now: Date;
}

function sessionExpiry({ days, now }: SessionLength): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

async function startSession(
  db: Db,
  userId: string,
  sessionDays: SessionLength,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = sessionExpiry(sessionDays);
  await repo.insertSession(db, hashToken(token), userId, expiresAt);
  return { token, expiresAt };
}

/**
 * Creates the account and, in the same transaction, queues the message that asks to confirm its address; for an
 * address that already has an account, queues a message to its owner instead and changes nothing. Opens no session
 * either way, so the answer cannot tell the two apart (ADR 0024). The password is hashed in both cases so the two
 * take about as long.
 */
export async function signUp(db: Db, body: SignUpBody, mail: MailContext): Promise<void> {
  const passwordHash = await hashPassword(body.password);
  const roles: Role[] = [...new Set<Role>(['explorer', ...(body.roles ?? [])])].sort();
  await db.transaction(async (tx) => {
    const existing = await repo.findUserByEmail(tx, body.email);
    if (existing) {
      await queueAccountExists(tx, mail, existing);
      return;
    }
    const created = await repo.insertUser(tx, {
      email: body.email,
      displayName: body.displayName,
      passwordHash,
    });
    await repo.addRoles(tx, created.id, roles);
    await queueVerification(tx, mail, created);
  });
}

export async function signIn(db: Db, body: SignInBody, sessionDays: SessionLength): Promise<NewSession> {
  const record = await repo.findUserByEmail(db, body.email);
  const isValid = record
    ? await verifyPassword(record.passwordHash, body.password)
    : await verifyPassword(await dummyPasswordHash(), body.password).then(() => false);
  if (!record || !isValid) throw new AppError('UNAUTHORIZED', 'Email or password is not right.');
  const roles = await repo.listRoles(db, record.id);
  const session = await startSession(db, record.id, sessionDays);
  return { user: { id: record.id, email: record.email, displayName: record.displayName, roles }, ...session };
}

export async function signOut(db: Db, user: SessionUser | null): Promise<void> {
  if (user) await repo.deleteSession(db, user.tokenHash);
}

export async function changePassword(db: Db, user: SessionUser, body: ChangePasswordBody): Promise<void> {
  const record = await repo.findUserById(db, user.id);
  if (!record || !(await verifyPassword(record.passwordHash, body.currentPassword))) {
    throw new AppError('BAD_REQUEST', 'Current password is not right.', [
      { path: 'body.currentPassword', message: 'does not match' },
    ]);
  }
  if (body.currentPassword === body.newPassword) {
    throw new AppError('BAD_REQUEST', 'The new password must differ from the current one.', [
      { path: 'body.newPassword', message: 'is the same as the current password' },
    ]);
  }
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction(async (tx) => {
    await repo.updatePasswordHash(tx, user.id, passwordHash);
    await repo.deleteOtherSessions(tx, user.id, user.tokenHash);
  });
}

export async function addOwnRole(db: Db, user: SessionUser, role: Role): Promise<User> {
  await repo.addRoles(db, user.id, [role]);
  const roles = await repo.listRoles(db, user.id);
  return { id: user.id, email: user.email, displayName: user.displayName, roles };
}

export async function setUserRoles(db: Db, userId: string, roles: Role[]): Promise<User> {
  return db.transaction(async (tx) => {
    const record = await repo.findUserById(tx, userId);
    if (!record) throw new AppError('NOT_FOUND', `No user with id ${userId}.`);
    await repo.replaceRoles(tx, userId, [...new Set(roles)]);
    return {
      id: record.id,
      email: record.email,
      displayName: record.displayName,
      roles: await repo.listRoles(tx, userId),
    };
  });
}
