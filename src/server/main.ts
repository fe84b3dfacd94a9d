import { buildApp } from './app.js';
import { clockFromEnv } from './clock.js';
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
    const app = await buildApp({ env, db: handle.db, dbKind: handle.kind, now: clockFromEnv(env) });
    logLostConnection = (err) => app.log.warn({ err }, 'a database connection was lost');
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      await app.close();
      await handle.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
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
