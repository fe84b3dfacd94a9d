import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, lockFilePath } from '#server/db/data-dir-lock.js';
import { startServer } from '../e2e/harness.js';
import { runCli } from '../setup/run-cli.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('one process per embedded data folder', () => {
  it('a writing CLI command and a second server both stop, naming the process that holds the folder', async () => {
    const dir = tempDataDir();
    const lock = acquireDataDirLock(dir, 'test holder');
    try {
      const cli = await runCli(['import-onet', path.join(FIXTURES, 'onet-small')], { VOCARE_DATA_DIR: dir });
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain(`in use by process ${process.pid} (test holder`);

      await expect(startServer({ VOCARE_DATA_DIR: dir })).rejects.toThrow(
        `in use by process ${process.pid} (test holder`,
      );
      // Nothing was created behind the lock.
      expect(fs.readdirSync(dir)).toEqual(['vocare.lock']);
    } finally {
      lock.release();
    }
    expect(fs.existsSync(lockFilePath(dir))).toBe(false);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = tempDataDir();
    fs.writeFileSync(lockFilePath(dir), JSON.stringify({ pid: 2_147_483_000, command: 'crashed', startedAt: 'then' }));
    const run = await runCli(['db', 'migrate'], { VOCARE_DATA_DIR: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(fs.existsSync(lockFilePath(dir))).toBe(false);
  });

  it('takes over a lock naming its own PID that an earlier process left (a container restarted after a crash)', () => {
    const dir = tempDataDir();
    fs.writeFileSync(
      lockFilePath(dir),
      JSON.stringify({ pid: process.pid, command: 'vocare server', startedAt: 'before the crash' }),
    );
    const lock = acquireDataDirLock(dir, 'after the restart');
    try {
      expect(JSON.parse(fs.readFileSync(lockFilePath(dir), 'utf8'))).toMatchObject({
        pid: process.pid,
        command: 'after the restart',
      });
      // The same process opening the folder a second time is still refused: that lock is really held.
      expect(() => acquireDataDirLock(dir, 'second open')).toThrow(
        `in use by process ${process.pid} (after the restart`,
      );
    } finally {
      lock.release();
    }
    expect(fs.existsSync(lockFilePath(dir))).toBe(false);
  });

  it('while a server runs, read-only commands go through its API and writing commands are refused', async () => {
    const server = await startServer();
    try {
      const show = await runCli(['careers', 'show', 'licensed-professional-counselor', '--json'], {
        VOCARE_DATA_DIR: server.dataDir,
      });
      expect(show.stderr).toBe('');
      expect(show.code).toBe(0);
      const api = await (await fetch(`${server.url}/api/careers/licensed-professional-counselor`)).json();
      expect(JSON.parse(show.stdout)).toEqual(api);

      const write = await runCli(['import-onet', path.join(FIXTURES, 'onet-small')], {
        VOCARE_DATA_DIR: server.dataDir,
      });
      expect(write.code).toBe(1);
      expect(write.stderr).toContain(`in use by process ${server.process.pid} (vocare server`);
      expect(write.stderr).toContain(`serving ${server.url}`);
    } finally {
      await server.stop();
    }
  });
});
