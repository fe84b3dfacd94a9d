import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { isDatabaseUnavailable } from './connection-errors.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

// Queries use the SQL-like builder with tables imported from db/schema/, not drizzle's relational
// API, so the drivers need no schema object and each feature declares its own tables.
/** Either driver: repositories take this (or a transaction, which is a subtype) as their first argument. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<PgQueryResultHKT>;
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data is, for messages: the folder or the server URL without its password. */
  location: string;
  lock: DataDirLock | null;
  /**
   * Runs `work` in one transaction on one connection (the migration runner); commits if it resolves, rolls back if
   * it throws. Through PgBouncer's transaction pooling a transaction keeps one server connection to its end, so a
   * transaction-level advisory lock taken in it holds until commit or rollback (a session lock would not).
   */
  scriptTransaction<T>(work: (tx: ScriptTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ScriptTransaction {
  /** One statement, with $1... parameters. */
  query<R>(text: string, params?: unknown[]): Promise<R[]>;
  /** A script of several statements, no parameters. */
  exec(script: string): Promise<void>;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

const guardedClients = new WeakSet<pg.PoolClient>();

/**
 * A checked-out connection that the server drops is handed back to the pool at once, marked broken, and a second
 * release is a no-op. Drizzle's transaction() checks out a client and sends `begin` before its try/finally: when
 * `begin` failed on a connection lost in a restart, the client was never released, so each restart leaked pool
 * slots (until every request waited for a connection) and pool.end() waited for them for ever (no clean shutdown).
 */
function guardCheckout(client: pg.PoolClient): pg.PoolClient {
  const release = client.release;
  let released = false;
  client.release = (err?: Error | boolean) => {
    if (released) return;
    released = true;
    release(err);
  };
  if (!guardedClients.has(client)) {
    guardedClients.add(client);
    const target = client as unknown as { query: (...args: unknown[]) => unknown };
    const query = target.query.bind(client);
    target.query = (...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) {
        return result.catch((err: unknown) => {
          if (isDatabaseUnavailable(err)) client.release(err instanceof Error ? err : true);
          throw err;
        });
      }
      return result;
    };
  }
  return client;
}

/** Told about a connection the server dropped (restart, admin termination); the default writes one line to stderr. */
export type ConnectionErrorListener = (err: Error) => void;

function writeConnectionError(err: Error): void {
  process.stderr.write(`vocare: a database connection was lost: ${err.message}\n`);
}

export async function openPostgres(
  url: string,
  poolSize = 10,
  onConnectionError: ConnectionErrorListener = writeConnectionError,
): Promise<DbHandle> {
  // A request waits at most 5 s for a connection: while the server is down it then gets a 503, not a hang.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle connection and a checked-out one both report here. One lost connection is told once: the server's
  // "terminating connection" and pg's later "Connection terminated" are two errors about the same connection.
  const lostConnections = new WeakSet<object>();
  const tell = (err: Error, client: object) => {
    if (lostConnections.has(client)) return;
    lostConnections.add(client);
    onConnectionError(err);
  };
  // An idle connection that the server ends is re-emitted on the pool, which discards it; without a listener
  // the process would crash.
  pool.on('error', (err, client) => tell(err, client));
  // A connection checked out for a transaction has no listener of pg's own: a PostgreSQL restart under load
  // crashed app processes through its 'error' event. The query in flight still rejects with the error.
  pool.on('connect', (client) => client.on('error', (err) => tell(err, client)));
  // Promise-style checkouts (drizzle's transactions, scriptTransaction) get a guarded client; pool.query's internal
  // callback-style checkout releases its client itself.
  const connect = pool.connect.bind(pool);
  pool.connect = ((callback?: Parameters<typeof pool.connect>[0]) =>
    callback ? connect(callback) : connect().then(guardCheckout)) as typeof pool.connect;
  // Fail fast with a clear message instead of on the first query.
  const client = await pool.connect();
  client.release();
  return {
    db: drizzlePg(pool) as unknown as Db,
    kind: 'postgres',
    location: redactUrl(url),
    lock: null,
    scriptTransaction: async (work) => {
      // One dedicated connection: a failed script must be rolled back on the connection that ran it.
      const connection = await pool.connect();
      try {
        await connection.query('begin');
        const result = await work({
          query: async <R>(text: string, params?: unknown[]) => (await connection.query(text, params)).rows as R[],
          // Without parameters node-postgres uses the simple protocol, which runs several statements.
          exec: async (script) => {
            await connection.query(script);
          },
        });
        await connection.query('commit');
        return result;
      } catch (err) {
        await connection.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Wraps an already-open PGlite instance (tests load one from a template dump). */
export function wrapPglite(client: PGlite, location: string, lock: DataDirLock | null = null): DbHandle {
  return {
    db: drizzlePglite(client) as unknown as Db,
    kind: 'pglite',
    location,
    lock,
    scriptTransaction: (work) =>
      client.transaction((tx) =>
        work({
          query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
          exec: async (script) => {
            await tx.exec(script);
          },
        }),
      ),
    close: async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

export async function openPglite(dataDir: string, command: string): Promise<DbHandle> {
  const dir = path.resolve(dataDir);
  const lock = acquireDataDirLock(dir, command);
  try {
    const client = await PGlite.create(path.join(dir, 'pgdata'));
    return wrapPglite(client, dir, lock);
  } catch (err) {
    lock.release();
    throw err;
  }
}

export async function openDb(
  options: { databaseUrl?: string | undefined; dataDir: string; onConnectionError?: ConnectionErrorListener },
  command: string,
): Promise<DbHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, 10, options.onConnectionError)
    : openPglite(options.dataDir, command);
}
