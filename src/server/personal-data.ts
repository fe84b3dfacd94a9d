import type { DbOrTx } from './db/client.js';

/**
 * One feature's part of a person's data export. Deletion needs no counterpart: every table that
 * holds personal data references users(id) with ON DELETE CASCADE, and a test checks that.
 */
export interface PersonalDataSection {
  name: string;
  collect(db: DbOrTx, userId: string): Promise<unknown>;
}
