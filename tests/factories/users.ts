import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '#contracts/vocabulary.js';
import type { Db } from '#server/db/client.js';
import { markEmailVerified } from '#server/users/users.repository.js';
import { ensureUser } from '#server/users/users.service.js';
import { TestClient } from '../setup/test-app.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.test`;
}

/** Creates an account with the given roles straight in the database and returns a signed-in client for it. */
export async function signedInClient(
  app: FastifyInstance,
  db: Db,
  roles: Role[] = ['explorer'],
  /** emailVerifiedAt: the address counts as confirmed from then (what invitations, mentoring and events need). */
  options: { remoteAddress?: string; displayName?: string; emailVerifiedAt?: Date } = {},
): Promise<{ client: TestClient; user: { id: string; email: string } }> {
  const email = uniqueEmail(roles[0]);
  const user = await ensureUser(db, {
    email,
    password: TEST_PASSWORD,
    displayName: options.displayName ?? `Test ${roles.join(' ')}`,
    roles,
  });
  if (options.emailVerifiedAt) await markEmailVerified(db, user.id, email, options.emailVerifiedAt);
  // A fresh address per client keeps tests clear of each other's sign-in rate limit.
  const client = new TestClient(app, options.remoteAddress ?? `10.200.${randomBytes(1)[0]}.${randomBytes(1)[0]}`);
  const response = await client.post('/api/auth/signin', { email, password: TEST_PASSWORD });
  if (response.statusCode !== 200) throw new Error(`sign-in failed in factory: ${response.body}`);
  return { client, user: { id: user.id, email } };
}
