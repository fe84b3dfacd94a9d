import fs from 'node:fs';
import { z } from 'zod';

/**
 * A Vocare backup file: one text line naming the format, one line of JSON (the manifest), then the payload as it
 * came from the database's own tool (PGlite's data-folder tarball, or a pg_dump custom-format archive).
 */
const MAGIC = 'VOCARE-BACKUP 1';

export const BackupManifestSchema = z.object({
  /** What the payload is, and so which database and tool can restore it. */
  format: z.enum(['pglite-datadir-tar-gz', 'pg_dump-custom']),
  appVersion: z.string(),
  /** Every migration applied in the backed-up database, in order; the last one is its migration level. */
  migrations: z.array(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
  /** Rows per table at the moment of the backup; restore and snapshot verification compare against them. */
  rowCounts: z.record(z.string(), z.number().int().min(0)),
  /** PostgreSQL only: the server's major version the dump was taken from. */
  serverMajorVersion: z.number().int().optional(),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

export function encodeBackup(manifest: BackupManifest, payload: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}\n${JSON.stringify(manifest)}\n`, 'utf8'), payload]);
}

export function decodeBackup(bytes: Buffer, name = 'the file'): { manifest: BackupManifest; payload: Buffer } {
  const firstNewline = bytes.indexOf(0x0a);
  if (firstNewline < 0 || bytes.subarray(0, firstNewline).toString('utf8') !== MAGIC) {
    throw new BackupFileError(`${name} is not a Vocare backup (it does not start with "${MAGIC}").`);
  }
  const secondNewline = bytes.indexOf(0x0a, firstNewline + 1);
  if (secondNewline < 0) throw new BackupFileError(`${name} is cut short: its manifest line has no end.`);
  let json: unknown;
  try {
    json = JSON.parse(bytes.subarray(firstNewline + 1, secondNewline).toString('utf8'));
  } catch {
    throw new BackupFileError(`${name} has a damaged manifest (not JSON).`);
  }
  const manifest = BackupManifestSchema.safeParse(json);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    throw new BackupFileError(`${name} has an invalid manifest: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { manifest: manifest.data, payload: bytes.subarray(secondNewline + 1) };
}

export function readBackupFile(file: string): { manifest: BackupManifest; payload: Buffer } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new BackupFileError(`Cannot read ${file}: ${(err as Error).message}`);
  }
  return decodeBackup(bytes, file);
}

/** Writes to a temporary name, flushes it to disk and renames: a crash never leaves a half backup under the name. */
export function writeFileDurably(file: string, bytes: Uint8Array, mode = 0o600): void {
  const temp = `${file}.partial-${process.pid}`;
  const fd = fs.openSync(temp, 'w', mode);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}
