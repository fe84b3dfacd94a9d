import { z } from 'zod';

/** One automatic snapshot of the embedded database, as an administrator sees it. */
export const SnapshotFileSchema = z.object({
  name: z.string(),
  /** When it was taken (ISO 8601, from its name). */
  takenAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type SnapshotFile = z.infer<typeof SnapshotFileSchema>;

/** What the admin backup page shows: which database this is and, on the embedded one, its automatic snapshots. */
export const BackupInfoSchema = z.object({
  database: z.enum(['embedded', 'postgres']),
  /** Null on PostgreSQL: its backups are the operator's (pg_dump and WAL archiving, docs/deploy.md). */
  snapshots: z
    .object({
      /** Folder on the server that holds them. */
      dir: z.string(),
      /** How many are kept (0: automatic snapshots are off). */
      keep: z.number().int().nonnegative(),
      /** Oldest first. */
      files: z.array(SnapshotFileSchema),
    })
    .nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;
