import type { Db } from '../db/client.js';
import { SERVER_FEATURES } from '../features.js';
import { ensureUser } from '../users/users.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/** The demo accounts, then each feature's demo rows for them, in manifest order. */
export async function seedDemoData(db: Db): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    await ensureUser(db, { ...account, password: DEMO_PASSWORD });
  }
  for (const feature of SERVER_FEATURES) await feature.seedDemo?.(db);
}
