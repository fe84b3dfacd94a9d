import { AsyncLocalStorage } from 'node:async_hooks';
import { type DbHandle, openDb } from '#server/db/client.js';
import { DataDirLockedError, type LockHolder } from '#server/db/data-dir-lock.js';
import { parseEnv } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { prepareDb } from '#server/prepare-db.js';

/** A CLI failure: exit code 2 for bad input (files, arguments), 1 for everything else. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const givenDatabase = new AsyncLocalStorage<DbHandle>();

/**
 * Runs `fn` with every command inside it using `handle`, an open and prepared database, instead of opening the
 * configured one (a command run in-process, as the tests do; the caller keeps the database open and closes it).
 */
export function withGivenDatabase<T>(handle: DbHandle, fn: () => Promise<T>): Promise<T> {
  return givenDatabase.run(handle, fn);
}

/**
 * Opens the configured database for one command (migrating it and loading reference data as the
 * server does), runs `fn`, and closes it. On the embedded database the data-folder lock applies.
 */
export async function withDb<T>(command: string, fn: (handle: DbHandle) => Promise<T>): Promise<T> {
  const given = givenDatabase.getStore();
  if (given) return fn(given);
  const env = parseEnv();
  const handle = await openDb({ databaseUrl: env.DATABASE_URL, dataDir: env.VOCARE_DATA_DIR }, command);
  try {
    await prepareDb(handle, { demo: false });
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

/**
 * For read-only commands: use the database directly, or, when a running server holds the embedded
 * data folder, ask that server's API instead of failing.
 */
export async function withDbOrServer<T>(
  command: string,
  direct: (handle: DbHandle) => Promise<T>,
  viaServer: (baseUrl: string) => Promise<T>,
): Promise<T> {
  try {
    return await withDb(command, direct);
  } catch (err) {
    if (err instanceof DataDirLockedError && err.holder.url) return viaServer(err.holder.url);
    throw err;
  }
}

export async function fetchJson(baseUrl: string, pathAndQuery: string): Promise<unknown> {
  const response = await fetch(new URL(pathAndQuery, baseUrl));
  const body = (await response.json()) as { error?: { message?: string } };
  if (!response.ok) throw new CliError(body.error?.message ?? `${response.status} from ${baseUrl}`);
  return body;
}

export function describeHolder(holder: LockHolder): string {
  return `process ${holder.pid} (${holder.command})`;
}

/** Turns any thrown value into a message and exit code for the terminal. */
export function toCliFailure(err: unknown): { message: string; exitCode: number } {
  if (err instanceof CliError) return { message: err.message, exitCode: err.exitCode };
  if (err instanceof DataDirLockedError) return { message: err.message, exitCode: 1 };
  if (err instanceof AppError) {
    const details = err.details?.map((d) => `  ${d.path}: ${d.message}`).join('\n');
    return {
      message: details ? `${err.message}\n${details}` : err.message,
      exitCode: err.code === 'BAD_REQUEST' ? 2 : 1,
    };
  }
  return { message: err instanceof Error ? err.message : String(err), exitCode: 1 };
}
