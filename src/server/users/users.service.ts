import type { User } from '#contracts/auth.js';
import type { Role } from '#contracts/vocabulary.js';
import type { Db } from '../db/client.js';
import { hashPassword } from './passwords.js';
import * as repo from './users.repository.js';

/** Creates an account outside HTTP (CLI, demo data); returns the existing one when the email is taken. */
export async function ensureUser(
  db: Db,
  values: { email: string; password: string; displayName: string; roles: Role[] },
): Promise<User> {
  const existing = await repo.findUserByEmail(db, values.email);
  if (existing) {
    if (!existing.emailVerifiedAt) await repo.markEmailVerified(db, existing.id, existing.email, new Date());
    await repo.addRoles(db, existing.id, values.roles);
    return {
      id: existing.id,
      email: existing.email,
      displayName: existing.displayName,
      roles: await repo.listRoles(db, existing.id),
    };
  }
  const created = await repo.insertUser(db, {
    email: values.email.toLowerCase(),
    displayName: values.displayName,
    passwordHash: await hashPassword(values.password),
    // Made by an operator or the demo seed, not by someone claiming an address over the web: counted as proven.
    emailVerifiedAt: new Date(),
  });
  await repo.addRoles(db, created.id, values.roles);
  return { id: created.id, email: created.email, displayName: created.displayName, roles: [...values.roles].sort() };
}
