import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

let t: TestApp;
let snapshotDir: string;
const isPostgres = inject('dbKind') === 'postgres';

beforeAll(async () => {
  snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-snapshot-info-'));
  fs.writeFileSync(path.join(snapshotDir, 'snapshot-2026-03-04T03-00-00.000Z.vocare-backup'), Buffer.alloc(2048));
  fs.writeFileSync(path.join(snapshotDir, 'snapshot-2026-03-03T03-00-00.000Z.vocare-backup'), Buffer.alloc(1024));
  // Not snapshots: a corrupt one set aside, and an unrelated file.
  fs.writeFileSync(path.join(snapshotDir, 'snapshot-2026-03-02T03-00-00.000Z.vocare-backup.corrupt'), 'x');
  fs.writeFileSync(path.join(snapshotDir, 'notes.txt'), 'x');
  t = await createTestApp({ VOCARE_SNAPSHOT_DIR: snapshotDir, VOCARE_SNAPSHOT_KEEP: 5 });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(snapshotDir, { recursive: true, force: true });
});

describe('GET /api/admin/backup/info', () => {
  it('is for admins only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/admin/backup/info' })).statusCode).toBe(401);
    const { client } = await signedInClient(t.app, t.db.db, ['supervisor']);
    expect((await client.get('/api/admin/backup/info')).statusCode).toBe(403);
  });

  it('names the database and, on the embedded one, lists the kept snapshots oldest first', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['admin']);
    const response = await client.get('/api/admin/backup/info');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    if (isPostgres) {
      expect(response.json()).toEqual({ database: 'postgres', snapshots: null });
      return;
    }
    expect(response.json()).toEqual({
      database: 'embedded',
      snapshots: {
        dir: snapshotDir,
        keep: 5,
        files: [
          {
            name: 'snapshot-2026-03-03T03-00-00.000Z.vocare-backup',
            takenAt: '2026-03-03T03:00:00.000Z',
            sizeBytes: 1024,
          },
          {
            name: 'snapshot-2026-03-04T03-00-00.000Z.vocare-backup',
            takenAt: '2026-03-04T03:00:00.000Z',
            sizeBytes: 2048,
          },
        ],
      },
    });
  });
});
