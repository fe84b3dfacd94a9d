import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BackupInfoSchema } from '#contracts/backup.js';
import { ErrorResponseSchema } from '#contracts/errors.js';
import type { Clock } from '#server/clock.js';
import {
  ADMIN_TOKEN_HEADER,
  backupDatabase,
  INTERNAL_BACKUP_PATH,
  isSameToken,
  pgliteClientOf,
} from '#server/db/backup/backup-service.js';
import { listSnapshots, snapshotDirOf, snapshotTakenAt } from '#server/db/backup/snapshots.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { requireRole } from '#server/plugins/session.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export const backupRoutes: FastifyPluginAsyncZod<{
  db: Db;
  env: Env;
  now: Clock;
  adminToken: string | undefined;
}> = async (app, { db, env, now, adminToken }) => {
  // One backup at a time per process: a second request while one is being made is told to wait, not queued.
  let inFlight = false;
  async function makeBackup(): Promise<{ bytes: Buffer; name: string }> {
    if (inFlight) throw new AppError('CONFLICT', 'A backup is being made right now; try again in a moment.');
    inFlight = true;
    try {
      const { bytes, manifest } = await backupDatabase(db, now);
      const stamp = manifest.createdAt.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
      return { bytes, name: `vocare-backup-${stamp}.vocare-backup` };
    } finally {
      inFlight = false;
    }
  }

  app.get(
    '/api/admin/backup',
    {
      schema: {
        tags: ['admin'],
        summary: 'Download a backup of the whole database (admin only); restore it with `vocare db restore FILE`',
        produces: ['application/octet-stream'],
        // Binary: Fastify sends a Buffer as is, so this schema only documents the answer.
        response: {
          200: z.any().describe('Vocare backup file'),
          401: ErrorResponseSchema,
          403: ErrorResponseSchema,
          409: ErrorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      requireRole(request, 'admin');
      const { bytes, name } = await makeBackup();
      request.log.info({ bytes: bytes.length, by: request.user?.id }, 'whole-database backup downloaded');
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(bytes);
    },
  );

  app.get(
    '/api/admin/backup/info',
    {
      schema: {
        tags: ['admin'],
        summary: 'Which database this is and, on the embedded one, the automatic snapshots kept (admin only)',
        response: { 200: BackupInfoSchema, 401: ErrorResponseSchema, 403: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      requireRole(request, 'admin');
      reply.header('cache-control', 'no-store');
      if (!pgliteClientOf(db)) return { database: 'postgres' as const, snapshots: null };
      const dir = snapshotDirOf(env);
      const files = listSnapshots(dir).flatMap((file) => {
        // A snapshot rotated away between the listing and this look is simply not shown.
        const stat = fs.statSync(file, { throwIfNoEntry: false });
        return stat ? [{ name: file.slice(dir.length + 1), takenAt: snapshotTakenAt(file), sizeBytes: stat.size }] : [];
      });
      return { database: 'embedded' as const, snapshots: { dir, keep: env.VOCARE_SNAPSHOT_KEEP, files } };
    },
  );

  if (!adminToken) return;
  // For `vocare db backup` while this server holds the embedded data folder: loopback only, with the token from
  // the data folder (readable only by the user running the server).
  app.get(INTERNAL_BACKUP_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
      throw new AppError('FORBIDDEN', 'This route answers only on the loopback interface.');
    }
    const given = request.headers[ADMIN_TOKEN_HEADER];
    if (!isSameToken(adminToken, typeof given === 'string' ? given : undefined)) {
      throw new AppError('FORBIDDEN', 'Missing or wrong admin token.');
    }
    const { bytes } = await makeBackup();
    return reply.type('application/octet-stream').header('cache-control', 'no-store').send(bytes);
  });
};
