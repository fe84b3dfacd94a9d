// How fast the compiled `vocare` command and server start: the CLI's --help, a catalog query on a prepared
// embedded database, and a server from spawn to listening on that same prepared folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAll } from '../scripts/build.mjs';
import { type BenchResult, percentile, round } from './bench-kit.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const VOCARE = path.join(ROOT, 'bin', 'vocare.js');

function timeRun(args: string[], env: Record<string, string>): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [VOCARE, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vocare ${args.join(' ')} failed: ${run.stderr}`);
  return performance.now() - started;
}

function medianOf(samples: number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

function timeServerStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/node/server/main.js')], {
    env: {
      ...process.env,
      VOCARE_DATA_DIR: dataDir,
      DATABASE_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/running at http/.test(output)) {
        const elapsed = performance.now() - started;
        child.once('exit', () => resolve(elapsed));
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!/running at http/.test(output)) reject(new Error(`server exited with ${code}: ${output}`));
    });
  });
}

export async function benchStartup(): Promise<BenchResult[]> {
  await buildAll(ROOT, { only: 'node' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-bench-startup-'));
  const env = { VOCARE_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
  try {
    const help = Array.from({ length: 7 }, () => timeRun(['--help'], env));
    const firstQuery = timeRun(['careers', 'list', '--json'], env); // migrates and loads the catalog
    const queries = Array.from({ length: 5 }, () => timeRun(['careers', 'list', '--json'], env));
    const serverStarts: number[] = [];
    for (let i = 0; i < 3; i++) serverStarts.push(await timeServerStart(dataDir));
    return [
      { name: 'cli.help.median', value: round(medianOf(help)), unit: 'ms', note: '`vocare --help`, compiled, 7 runs' },
      {
        name: 'cli.careers_list.first_run',
        value: round(firstQuery),
        unit: 'ms',
        note: 'fresh embedded folder: migrate + load catalog + query',
      },
      {
        name: 'cli.careers_list.median',
        value: round(medianOf(queries)),
        unit: 'ms',
        note: 'prepared embedded folder, 5 runs',
      },
      {
        name: 'server.start_to_listening.median',
        value: round(medianOf(serverStarts)),
        unit: 'ms',
        note: 'compiled server, prepared embedded folder, 3 runs',
      },
    ];
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
