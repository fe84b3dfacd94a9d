import type { PGlite } from '@electric-sql/pglite';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { clockFromEnv } from './clock.js';
import { removeAdminToken, writeAdminToken } from './db/backup/backup-service.js';
import { snapshotDirOf, startAutomaticSnapshots } from './db/backup/snapshots.js';
import { openDb } from './db/client.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-accounts.js';
import { parseEnv } from './env.js';
import { describeMailDestination } from './mail/mail-config.js';
import { prepareDb } from './prepare-db.js';

async function main(): Promise<void> {
  const env = parseEnv();
  // On stderr during start-up, through the app's log once it exists.
  let logLostConnection = (err: Error) => console.error(`A database connection was lost: ${err.message}`);
  const handle = await openDb(
    { databaseUrl: env.DATABASE_URL, dataDir: env.VOCARE_DATA_DIR, onConnectionError: (err) => logLostConnection(err) },
    'vocare server',
  );
  let closing = false;
  try {
    await prepareDb(handle, { demo: env.VOCARE_DEMO });
    // On the embedded database `vocare db backup` goes through this server, with a token only the owner can read.
    const adminToken = handle.kind === 'pglite' ? writeAdminToken(handle.location) : undefined;
    const app = await buildApp({ env, db: handle.db, dbKind: handle.kind, now: clockFromEnv(env), adminToken });
    logLostConnection = (err) => app.log.warn({ err }, 'a database connection was lost');
    // The embedded database never fsyncs (docs/durability.md): a verified snapshot at start and daily limits the loss.
    const pglite = handle.kind === 'pglite' ? (handle.db as unknown as { $client: PGlite }).$client : null;
    const snapshots =
      pglite && env.VOCARE_SNAPSHOT_KEEP > 0
        ? startAutomaticSnapshots(pglite, {
            dir: snapshotDirOf(env),
            keep: env.VOCARE_SNAPSHOT_KEEP,
            now: clockFromEnv(env),
            log: app.log,
          })
        : null;
    // SIGINT/SIGTERM (and an uncaught error): stop accepting, finish requests in flight, close the pool; after the
    // grace period the process exits anyway so an orchestrator's restart is never blocked.
    closeWithGrace(
      {
        delay: env.VOCARE_SHUTDOWN_GRACE_SECONDS * 1000,
        onTimeout: (delay) => app.log.error({ delay }, 'shutdown took too long; exiting anyway'),
      },
      async ({ signal, err }) => {
        if (closing) return;
        closing = true;
        if (err) app.log.error({ err }, 'closing after an unexpected error');
        else app.log.info({ signal }, 'shutting down');
        await snapshots?.stop();
        await app.close();
        if (handle.kind === 'pglite') removeAdminToken(handle.location);
        await handle.close();
      },
    );
    await app.listen({ host: env.HOST, port: env.PORT });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;
    handle.lock?.setUrl(url);
    // Links in mail point here unless VOCARE_PUBLIC_URL says otherwise (PORT=0 is only known after listen).
    env.VOCARE_PUBLIC_URL ??= url;
    const lines = [
      '',
      `  Vocare is running at ${url}`,
      `  Database: ${handle.kind === 'pglite' ? `embedded PGlite in ${handle.location}` : handle.location}`,
      `  API docs: ${url}/api/docs`,
      `  ${describeMailDestination(env, url)}`,
    ];
    if (env.VOCARE_DEMO) {
      lines.push(`  Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`);
    }
    console.log(`${lines.join('\n')}\n`);
  } catch (err) {
    await handle.close().catch(() => undefined);
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
