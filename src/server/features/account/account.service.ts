import { eq } from 'drizzle-orm';
import type { DeleteAccountBody, PersonalDataExport } from '#contracts/account.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import { AppError } from '#server/errors.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import type { SessionUser } from '#server/plugins/session.js';
import { verifyPassword } from '#server/users/passwords.js';
import { findUserById, listRoles } from '#server/users/users.repository.js';

/** The account itself; the password hash is never part of an export. */
export const accountPersonalData: PersonalDataSection = {
  name: 'account',
  async collect(db: DbOrTx, userId: string) {
    const rows = await db
      .select({ id: users.id, email: users.email, displayName: users.displayName, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, userId));
    return { ...rows[0], roles: await listRoles(db, userId) };
  },
};

export async function exportPersonalData(
  db: Db,
  user: SessionUser,
  sections: PersonalDataSection[],
): Promise<PersonalDataExport> {
  const collected: Record<string, unknown> = {};
  for (const section of sections) collected[section.name] = await section.collect(db, user.id);
  return { exportedAt: new Date().toISOString(), format: 'vocare-personal-data/1', sections: collected };
}

export async function deleteAccount(db: Db, user: SessionUser, body: DeleteAccountBody): Promise<void> {
  const record = await findUserById(db, user.id);
  if (!record || !(await verifyPassword(record.passwordHash, body.password))) {
    throw new AppError('BAD_REQUEST', 'Password is not right; nothing was deleted.', [
      { path: 'body.password', message: 'does not match' },
    ]);
  }
  // Sessions, roles and every feature's rows go with the user through ON DELETE CASCADE.
  await db.delete(users).where(eq(users.id, user.id));
}
