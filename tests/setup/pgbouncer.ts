import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './throwaway-cluster.js';

/** Debian's PgBouncer (`apt install pgbouncer`). */
export const PGBOUNCER_BIN = '/usr/sbin/pgbouncer';

/** PgBouncer in transaction pooling mode on a loopback port of its own, in front of one PostgreSQL server. */
export interface PgBouncer {
  port: number;
  /** The same URL with host and port swapped for PgBouncer's: user, password and database stay. */
  via(url: string): string;
  /** The last lines of PgBouncer's log, for failure messages. */
  log(): string;
  /** Stops PgBouncer (immediate shutdown) and removes its folder. */
  stop(): Promise<void>;
}

export function hasPgBouncer(): boolean {
  return fs.existsSync(PGBOUNCER_BIN);
}

function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null) return reject(new Error(`pgbouncer exited with ${child.exitCode}:\n${log()}`));
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`pgbouncer did not listen on ${port} in 15 s:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Starts PgBouncer in front of the server `serverUrl` points at, for every database on it (`* =` wildcard), with
 * trust authentication for that URL's user (the test servers trust loopback). As root it drops to the postgres
 * user, as PgBouncer refuses to run as root.
 */
export async function startPgBouncer(
  serverUrl: string,
  options: { poolSize?: number; maxClientConn?: number } = {},
): Promise<PgBouncer> {
  const server = new URL(serverUrl);
  const user = decodeURIComponent(server.username || 'postgres');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-pgbouncer-'));
  const port = await freePort();
  const logFile = path.join(dir, 'pgbouncer.log');
  fs.writeFileSync(path.join(dir, 'users.txt'), `"${user}" ""\n`);
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      `admin_users = ${user}`,
      'pool_mode = transaction',
      // pg_dump (`vocare db backup`) sets search_path for its session; in transaction mode that setting would stay
      // on the server connection and reach the app's next transaction ("relation ... does not exist"). Resetting
      // every released connection keeps clients that use session settings from leaking them (docs/deploy.md).
      'server_reset_query_always = 1',
      `max_client_conn = ${options.maxClientConn ?? 1000}`,
      `default_pool_size = ${options.poolSize ?? 20}`,
      // Per-test databases come and go: give their server connections back quickly.
      'server_idle_timeout = 10',
      'server_lifetime = 300',
      `logfile = ${logFile}`,
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const args = [...(asRoot ? ['-u', 'postgres'] : []), path.join(dir, 'pgbouncer.ini')];
  const child = spawn(PGBOUNCER_BIN, args, { stdio: 'ignore' });
  const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '');
  // A test run that ends abruptly does not leave PgBouncer behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(port, child, log);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    port,
    via: (url) => {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    log,
    stop,
  };
}
