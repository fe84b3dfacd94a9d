import type { Db, DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { countMailSince, queueMail } from '#server/mail/outbox.repository.js';
import {
  accountExistsMail,
  emailChangeConfirmMail,
  emailChangeNoticeMail,
  passwordChangedMail,
  passwordResetMail,
  verifyEmailMail,
} from '#server/mail/templates/account-mail.js';
import { hashToken, newToken, type SessionUser } from '#server/plugins/session.js';
import * as tokens from '#server/users/account-tokens.repository.js';
import { hashPassword, verifyPassword } from '#server/users/passwords.js';
import * as repo from '#server/users/users.repository.js';

export const VERIFY_EMAIL_HOURS = 48;
export const PASSWORD_RESET_MINUTES = 30;
export const EMAIL_CHANGE_HOURS = 24;
/** Links of one kind a person can have sent per hour (resend, reset, change): enough for a lost message, no more. */
export const LINKS_PER_HOUR = 3;

const HOUR_MS = 3_600_000;

/** What sending account mail needs: the settings (From, link base) and the app clock's "now". */
export interface MailContext {
  env: Env;
  now: Date;
}

/** The one answer to a reset request, whether or not the address has an account. */
export const RESET_REQUESTED_MESSAGE =
  'If an account uses that address, a link to choose a new password is on its way. It works for 30 minutes.';
export const EMAIL_CHANGE_REQUESTED_MESSAGE =
  'We sent a link to the new address. Your account moves there once you follow it.';

async function issueToken(
  tx: DbOrTx,
  ctx: MailContext,
  values: { userId: string; purpose: tokens.TokenPurpose; email: string; ttlMs: number },
): Promise<string> {
  const token = newToken();
  await tokens.insertAccountToken(tx, {
    userId: values.userId,
    purpose: values.purpose,
    email: values.email,
    tokenHash: hashToken(token),
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + values.ttlMs),
  });
  return token;
}

async function assertUnderLinkLimit(
  db: DbOrTx,
  ctx: MailContext,
  userId: string,
  purpose: tokens.TokenPurpose,
): Promise<boolean> {
  return (await tokens.countTokensSince(db, userId, purpose, new Date(ctx.now.getTime() - HOUR_MS))) < LINKS_PER_HOUR;
}

/** Queues the verification message in the caller's transaction (sign-up, resend). */
export async function queueVerification(
  tx: DbOrTx,
  ctx: MailContext,
  user: { id: string; email: string; displayName: string },
): Promise<void> {
  const token = await issueToken(tx, ctx, {
    userId: user.id,
    purpose: 'verify-email',
    email: user.email,
    ttlMs: VERIFY_EMAIL_HOURS * HOUR_MS,
  });
  await queueMail(tx, ctx.env, ctx.now, {
    kind: 'verify-email',
    to: user.email,
    userId: user.id,
    mail: verifyEmailMail({
      displayName: user.displayName,
      url: linkTo(ctx.env, `/verify-email?token=${token}`),
      hoursValid: VERIFY_EMAIL_HOURS,
    }),
  });
}

/**
 * Someone signed up with the address of an existing account: its owner hears of it (a few times an hour at most,
 * so sign-up cannot be used to flood a mailbox) with links to sign in or reset the password.
 */
export async function queueAccountExists(
  tx: DbOrTx,
  ctx: MailContext,
  user: { id: string; email: string; displayName: string },
): Promise<void> {
  const since = new Date(ctx.now.getTime() - HOUR_MS);
  if ((await countMailSince(tx, { userId: user.id, kind: 'account-exists', since })) >= LINKS_PER_HOUR) return;
  await queueMail(tx, ctx.env, ctx.now, {
    kind: 'account-exists',
    to: user.email,
    userId: user.id,
    mail: accountExistsMail({
      displayName: user.displayName,
      signInUrl: linkTo(ctx.env, '/signin'),
      resetUrl: linkTo(ctx.env, '/forgot-password'),
    }),
  });
}

const invalidLink = (what: string) =>
  new AppError('BAD_REQUEST', `This ${what} link has expired or was already used. Ask for a new one.`, [
    { path: 'body.token', message: 'has expired or was already used' },
  ]);

export async function verifyEmail(db: Db, ctx: MailContext, token: string): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const found = await tokens.consumeAccountToken(tx, hashToken(token), 'verify-email', ctx.now);
    if (!found) throw invalidLink('confirmation');
    // A link sent to an address the account has since left proves nothing about the current one.
    if (!(await repo.markEmailVerified(tx, found.userId, found.email, ctx.now))) throw invalidLink('confirmation');
    return { email: found.email };
  });
}

export async function resendVerification(db: Db, ctx: MailContext, user: SessionUser): Promise<void> {
  if (user.emailVerified) {
    throw new AppError('CONFLICT', 'Your address is already confirmed.');
  }
  await db.transaction(async (tx) => {
    if (!(await assertUnderLinkLimit(tx, ctx, user.id, 'verify-email'))) {
      throw new AppError(
        'RATE_LIMITED',
        `We sent ${LINKS_PER_HOUR} links in the last hour. Check your spam folder, or try again in an hour.`,
      );
    }
    await queueVerification(tx, ctx, user);
  });
}

/**
 * Sends a reset link if the address has an account and has not had too many links this hour. The caller answers
 * the same in every case, so the response never says whether an account exists.
 */
export async function requestPasswordReset(db: Db, ctx: MailContext, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await repo.findUserByEmail(tx, email);
    if (!user || !(await assertUnderLinkLimit(tx, ctx, user.id, 'password-reset'))) return;
    const token = await issueToken(tx, ctx, {
      userId: user.id,
      purpose: 'password-reset',
      email: user.email,
      ttlMs: PASSWORD_RESET_MINUTES * 60_000,
    });
    await queueMail(tx, ctx.env, ctx.now, {
      kind: 'password-reset',
      to: user.email,
      userId: user.id,
      mail: passwordResetMail({
        displayName: user.displayName,
        url: linkTo(ctx.env, `/reset-password?token=${token}`),
        minutesValid: PASSWORD_RESET_MINUTES,
      }),
    });
  });
}

/** Sets the new password, ends every session and every other reset link; following the link proves the address. */
export async function completePasswordReset(
  db: Db,
  ctx: MailContext,
  body: { token: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(body.password);
  await db.transaction(async (tx) => {
    const found = await tokens.consumeAccountToken(tx, hashToken(body.token), 'password-reset', ctx.now);
    const user = found ? await repo.findUserById(tx, found.userId) : null;
    if (!found || !user || user.email.toLowerCase() !== found.email.toLowerCase()) throw invalidLink('reset');
    await repo.updatePasswordHash(tx, user.id, passwordHash);
    await repo.deleteAllSessions(tx, user.id);
    await tokens.retireAccountTokens(tx, user.id, 'password-reset', ctx.now);
    await tokens.retireAccountTokens(tx, user.id, 'email-change', ctx.now);
    if (!user.emailVerifiedAt) await repo.markEmailVerified(tx, user.id, user.email, ctx.now);
    await queueMail(tx, ctx.env, ctx.now, {
      kind: 'password-changed',
      to: user.email,
      userId: user.id,
      mail: passwordChangedMail({ displayName: user.displayName, resetUrl: linkTo(ctx.env, '/forgot-password') }),
    });
  });
}

/** Asks the new address to confirm and tells the old one; the account keeps its address until confirmed. */
export async function requestEmailChange(
  db: Db,
  ctx: MailContext,
  user: SessionUser,
  body: { newEmail: string; currentPassword: string },
): Promise<void> {
  const record = await repo.findUserById(db, user.id);
  if (!record || !(await verifyPassword(record.passwordHash, body.currentPassword))) {
    throw new AppError('BAD_REQUEST', 'Current password is not right.', [
      { path: 'body.currentPassword', message: 'does not match' },
    ]);
  }
  if (body.newEmail === record.email.toLowerCase()) {
    throw new AppError('BAD_REQUEST', 'That is already your address.', [
      { path: 'body.newEmail', message: 'is your current address' },
    ]);
  }
  await db.transaction(async (tx) => {
    if (!(await assertUnderLinkLimit(tx, ctx, user.id, 'email-change'))) {
      throw new AppError('RATE_LIMITED', `You asked for ${LINKS_PER_HOUR} changes in the last hour. Try again later.`);
    }
    // An address another account holds gets no link (and the answer does not say so): confirming would fail anyway.
    if (await repo.findUserByEmail(tx, body.newEmail)) return;
    const token = await issueToken(tx, ctx, {
      userId: user.id,
      purpose: 'email-change',
      email: body.newEmail,
      ttlMs: EMAIL_CHANGE_HOURS * HOUR_MS,
    });
    await queueMail(tx, ctx.env, ctx.now, {
      kind: 'email-change-confirm',
      to: body.newEmail,
      userId: user.id,
      mail: emailChangeConfirmMail({
        displayName: record.displayName,
        url: linkTo(ctx.env, `/confirm-email-change?token=${token}`),
        hoursValid: EMAIL_CHANGE_HOURS,
      }),
    });
    await queueMail(tx, ctx.env, ctx.now, {
      kind: 'email-change-notice',
      to: record.email,
      userId: user.id,
      mail: emailChangeNoticeMail({ displayName: record.displayName, newEmail: body.newEmail }),
    });
  });
}

export async function confirmEmailChange(db: Db, ctx: MailContext, token: string): Promise<{ email: string }> {
  return db.transaction(async (tx) => {
    const found = await tokens.consumeAccountToken(tx, hashToken(token), 'email-change', ctx.now);
    if (!found) throw invalidLink('confirmation');
    const holder = await repo.findUserByEmail(tx, found.email);
    if (holder && holder.id !== found.userId) {
      throw new AppError('CONFLICT', 'Another account uses that address now, so this change cannot happen.');
    }
    await repo.updateVerifiedEmail(tx, found.userId, found.email, ctx.now);
    return { email: found.email };
  });
}
