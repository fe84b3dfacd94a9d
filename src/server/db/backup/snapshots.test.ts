import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from './backup-file.js';
import { listSnapshots, takeSnapshot, verifySnapshotFile } from './snapshots.js';
import { verifySnapshotFileOffThread } from './verify-off-thread.js';

// Snapshots are of the embedded database only; a small PGlite keeps this fast (the same in both test projects).
let client: PGlite;
let dir: string;

beforeAll(async () => {
  client = await PGlite.create();
  await client.exec('create table entries (id serial primary key, hours numeric not null)');
  await client.exec('insert into entries (hours) select g % 9 from generate_series(1, 500) g');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-snapshots-'));
});
afterAll(async () => {
  await client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function clockAt(iso: string): () => Date {
  return () => new Date(iso);
}

describe('automatic snapshots', () => {
  it('keeps the configured number, newest first to stay, each verified', async () => {
    const days = ['2026-03-02', '2026-03-03', '2026-03-04'];
    for (const day of days) {
      await client.query('insert into entries (hours) values (1)');
      const result = await takeSnapshot(client, { dir, keep: 2, now: clockAt(`${day}T03:00:00Z`) });
      expect(result.blockedMs).toBeLessThan(result.totalMs);
    }
    const kept = listSnapshots(dir);
    expect(kept.map((f) => path.basename(f).slice(9, 19))).toEqual(['2026-03-03', '2026-03-04']);
    const newest = decodeBackup(fs.readFileSync(kept[1] as string));
    expect(newest.manifest.rowCounts).toEqual({ entries: 503 });
    expect(await verifySnapshotFile(kept[1] as string)).toEqual([]);
  });

  it('verification catches a snapshot whose rows do not match its manifest, or whose data is damaged', async () => {
    const file = listSnapshots(dir)[1] as string;
    const { manifest, payload } = decodeBackup(fs.readFileSync(file));
    const wrongCount = path.join(dir, 'wrong-count.vocare-backup');
    fs.writeFileSync(wrongCount, encodeBackup({ ...manifest, rowCounts: { entries: 504 } }, payload));
    expect(await verifySnapshotFile(wrongCount)).toEqual(['entries: expected 504, found 503']);
    const damaged = path.join(dir, 'damaged.vocare-backup');
    fs.writeFileSync(damaged, encodeBackup(manifest, payload.subarray(0, payload.length / 2)));
    expect((await verifySnapshotFile(damaged))[0]).toMatch(/does not open|unexpected end/i);
  });

  it('verifies in a worker thread, so the server keeps answering while a snapshot is opened', async () => {
    const good = await verifySnapshotFileOffThread(listSnapshots(dir)[1] as string);
    expect(good.differences).toEqual([]);
    expect(good.threadId).toBeGreaterThan(0);
    const missing = await verifySnapshotFileOffThread(path.join(dir, 'no-such-file.vocare-backup'));
    expect(missing.differences[0]).toMatch(/no-such-file/);
  });
});
