import { spawn } from 'node:child_process';
import pg from 'pg';
import { type BackupManifest, encodeBackup } from './backup-file.js';
import {
  appVersion,
  compareRowCounts,
  countRows,
  listAppliedMigrations,
  listAppTables,
  type RunQuery,
} from './database-facts.js';
import { RestoreRefusedError } from './restore-errors.js';

/** A connection URL split for the PostgreSQL tools: the password goes in PGPASSWORD, never on a command line. */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function runTool(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: Buffer } = {},
): Promise<{ stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new RestoreRefusedError(
              `${command} was not found: install the PostgreSQL client tools (postgresql-client).`,
            )
          : err,
      ),
    );
    child.once('close', (code) => {
      if (code === 0) resolve({ stdout: Buffer.concat(out), stderr });
      else reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? undefined);
  });
}

export async function toolMajorVersion(tool: 'pg_dump' | 'pg_restore'): Promise<number> {
  const { stdout } = await runTool(tool, ['--version']);
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout.toString());
  if (!match) throw new Error(`Cannot read the version of ${tool} from "${stdout.toString().trim()}".`);
  return Number(match[1]);
}

async function serverMajorVersion(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
  return Math.floor(Number(rows[0]?.v) / 10_000);
}

/** pg_dump and pg_restore must be the server's major version: older tools refuse newer servers, newer ones write archives older servers cannot read. */
async function checkToolVersion(tool: 'pg_dump' | 'pg_restore', serverMajor: number): Promise<void> {
  const toolMajor = await toolMajorVersion(tool);
  if (toolMajor !== serverMajor) {
    throw new RestoreRefusedError(
      `${tool} is PostgreSQL ${toolMajor} but the server runs PostgreSQL ${serverMajor}. Install the client tools ` +
        `of version ${serverMajor} (Debian: postgresql-client-${serverMajor}) and put them first in PATH.`,
    );
  }
}

function queryOf(client: pg.Client): RunQuery {
  return (text) => client.query(text) as unknown as ReturnType<RunQuery>;
}

/**
 * pg_dump in custom format. The row counts and migration list are read in a repeatable-read transaction whose
 * snapshot pg_dump then uses (--snapshot), so the manifest describes exactly the rows in the archive.
 */
export async function backupPostgres(
  url: string,
  now: () => Date = () => new Date(),
): Promise<{ bytes: Buffer; manifest: BackupManifest }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const serverMajor = await serverMajorVersion(client);
    await checkToolVersion('pg_dump', serverMajor);
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const rowCounts = await countRows(queryOf(client));
    const migrations = await listAppliedMigrations(queryOf(client));
    const tool = toolConnection(url);
    const { stdout } = await runTool(
      'pg_dump',
      ['--format=custom', `--snapshot=${rows[0]?.id}`, '--no-owner', '--no-privileges', `--dbname=${tool.dbname}`],
      { env: tool.env },
    );
    await client.query('commit');
    const manifest: BackupManifest = {
      format: 'pg_dump-custom',
      appVersion: appVersion(),
      migrations,
      createdAt: now().toISOString(),
      rowCounts,
      serverMajorVersion: serverMajor,
    };
    return { bytes: encodeBackup(manifest, stdout), manifest };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * pg_restore into the database at `url`, in one transaction. A database with tables is refused unless `force`;
 * with it, the old public schema is renamed aside during the restore and dropped only once the restore succeeded.
 */
export async function restorePostgres(
  url: string,
  manifest: BackupManifest,
  payload: Buffer,
  options: { force: boolean },
): Promise<{ rowCounts: Record<string, number> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const aside = 'vocare_before_restore';
  let isAside = false;
  try {
    const serverMajor = await serverMajorVersion(client);
    await checkToolVersion('pg_restore', serverMajor);
    const tables = await listAppTables(queryOf(client));
    if (tables.length > 0) {
      if (!options.force) {
        throw new RestoreRefusedError(
          `The database already holds ${tables.length} tables. Restoring replaces them: run again with --force.`,
        );
      }
      await client.query(`drop schema if exists ${aside} cascade`);
      await client.query(`begin; alter schema public rename to ${aside}; create schema public; commit`);
      isAside = true;
    }
    const tool = toolConnection(url);
    await runTool(
      'pg_restore',
      ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', `--dbname=${tool.dbname}`],
      { env: tool.env, input: payload },
    );
    const rowCounts = await countRows(queryOf(client));
    const differences = compareRowCounts(manifest.rowCounts, rowCounts);
    if (differences.length > 0) {
      throw new RestoreRefusedError(`The restored database does not match the backup: ${differences.join('; ')}`);
    }
    if (isAside) await client.query(`drop schema ${aside} cascade`);
    isAside = false;
    return { rowCounts };
  } catch (err) {
    if (isAside) {
      await client.query(`begin; drop schema public cascade; alter schema ${aside} rename to public; commit`);
    }
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}
