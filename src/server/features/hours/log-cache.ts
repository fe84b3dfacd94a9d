import type { LoggedEntry } from '#domain/hours/entry-rules.js';
import type { DbOrTx } from '#server/db/client.js';
import * as repo from './hours.repository.js';

/** Where the services read a trainee's whole log from. */
export interface LogSource {
  load(db: DbOrTx, userId: string): Promise<readonly LoggedEntry[]>;
}

/** Reads the log from the database every time (CLI tools, tests, anything without a long-lived app). */
export const directLogSource: LogSource = {
  load: async (db, userId) => (await repo.loadLog(db, userId)).log,
};

/**
 * Keeps the parsed logs of recently active trainees and reuses one while the database's version counter for
 * that trainee (raised by a trigger on every write, whichever process made it) is unchanged: one indexed read
 * instead of reading and parsing thousands of entries. Safe with several app processes: the database decides.
 * One per app instance (made by the routes plugin), least recently used first out.
 */
export class CachedLogSource implements LogSource {
  private readonly logs = new Map<string, { version: number; log: readonly LoggedEntry[] }>();

  constructor(private readonly maxTrainees = 200) {}

  async load(db: DbOrTx, userId: string): Promise<readonly LoggedEntry[]> {
    const cached = this.logs.get(userId);
    if (cached && cached.version === (await repo.findLogVersion(db, userId))) {
      this.logs.delete(userId);
      this.logs.set(userId, cached);
      return cached.log;
    }
    const fresh = await repo.loadLog(db, userId);
    this.logs.delete(userId);
    this.logs.set(userId, fresh);
    if (this.logs.size > this.maxTrainees) {
      const oldest = this.logs.keys().next().value;
      if (oldest !== undefined) this.logs.delete(oldest);
    }
    return fresh.log;
  }
}
