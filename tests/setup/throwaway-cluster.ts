import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** A PostgreSQL cluster of its own in a temporary folder, on a free loopback port; for tests that restart it. */
export interface ThrowawayCluster {
  url: string;
  port: number;
  dir: string;
  start(): void;
  stop(): void;
  /** `pg_ctl restart -m fast`: every connection is ended, as in an operator's restart. */
  restart(): void;
  /** Stops the server and removes the folder. */
  destroy(): void;
}

function findPgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest)
    throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt install postgresql)');
  return path.join(root, newest, 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = findPgBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const port = await freePort();
  // PostgreSQL refuses to run as root: run its tools as the postgres user then.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : path.join(bin, tool);
    const fullArgs = asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args;
    execFileSync(command, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const ctl = (action: string, extra: string[] = []) =>
    run('pg_ctl', [action, '-D', dataDir, '-w', '-t', '60', ...extra]);
  const start = () => ctl('start', ['-o', options, '-l', logFile]);
  start();
  let destroyed = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    start,
    stop: () => ctl('stop', ['-m', 'fast']),
    restart: () => ctl('restart', ['-m', 'fast', '-o', options, '-l', logFile]),
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      try {
        ctl('stop', ['-m', 'immediate']);
      } catch {
        // Already stopped.
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
