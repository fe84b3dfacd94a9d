import { defineConfig } from 'vitest/config';

// Projects: pure unit tests, integration on PGlite, on PostgreSQL, on PostgreSQL through PgBouncer, e2e.
// The same integration files run in both database projects (TEST_DB picks the driver).
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one file at a time. Most files wait on something else (PostgreSQL,
    // a spawned CLI or server, Chromium), so three at once keep both cores busy; each file has its own database.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'src/domain/**/*.test.ts',
            'src/contracts/**/*.test.ts',
            'src/web/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'pglite',
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          env: { TEST_DB: 'pglite' },
          globalSetup: ['tests/setup/ensure-build.ts', 'tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          // tests/postgres: what only node-postgres has (connections a server can drop).
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts', 'tests/postgres/**/*.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['tests/setup/ensure-build.ts', 'tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // The PostgreSQL integration suite again, the app connected through PgBouncer in transaction pooling mode
          // (the production topology, ADR 0019): nothing in the request path may need a session.
          name: 'pgbouncer',
          include: [
            'src/server/**/*.test.ts',
            'src/cli/**/*.test.ts',
            'tests/pgbouncer/**/*.test.ts',
            'tests/postgres/migrate-concurrent.test.ts',
          ],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['tests/setup/ensure-build.ts', 'tests/setup/global-setup.ts'],
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          // Each spec file starts its own server and browser; one at a time keeps a 2-core machine steady.
          fileParallelism: false,
          globalSetup: ['tests/setup/ensure-full-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
