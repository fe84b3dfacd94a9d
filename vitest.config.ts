import { defineConfig } from 'vitest/config';

// Projects: pure unit tests, integration on PGlite and on PostgreSQL through PgBouncer, the few PostgreSQL tests
// that need a direct connection, e2e.
// The integration files: each runs on PGlite and on PostgreSQL (TEST_DB picks the driver).
const SERVER_TESTS = ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'];

const integration = {
  globalSetup: ['tests/setup/ensure-build.ts', 'tests/setup/global-setup.ts'],
  setupFiles: ['tests/setup/fail-on-console-error.ts', 'tests/setup/cheap-password-hashing.ts'],
  testTimeout: 120_000,
  hookTimeout: 120_000,
};

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
          include: [...SERVER_TESTS, 'tests/integration/**/*.test.ts'],
          env: { TEST_DB: 'pglite' },
          ...integration,
        },
      },
      {
        test: {
          // Straight to PostgreSQL, only what production runs without PgBouncer or what needs a session of its
          // own: tests/postgres (connections a server drops, concurrent migrators) and src/server/db (migrations,
          // backup and restore, which docs/deploy.md runs against PostgreSQL directly). ADR 0033.
          name: 'postgres',
          include: ['tests/postgres/**/*.test.ts', 'src/server/db/**/*.test.ts'],
          env: { TEST_DB: 'postgres' },
          ...integration,
        },
      },
      {
        test: {
          // The PostgreSQL integration suite, the app and the CLI connected through PgBouncer in transaction pooling
          // mode (the production topology, ADR 0019): nothing in the request path may need a session. Once, not
          // also directly: what passes through transaction pooling passes on a direct connection (ADR 0033).
          name: 'pgbouncer',
          include: [...SERVER_TESTS, 'tests/pgbouncer/**/*.test.ts', 'tests/postgres/migrate-concurrent.test.ts'],
          env: { TEST_DB: 'postgres' },
          ...integration,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          // Each spec file starts its own server and browser; one at a time keeps a 2-core machine steady.
          fileParallelism: false,
          globalSetup: ['tests/setup/e2e-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
