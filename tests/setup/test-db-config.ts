/** The PostgreSQL server integration tests use; CI and these machines run one at 127.0.0.1:5432 with trust auth. */
export function testDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrlFor(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dbKind: 'pglite' | 'postgres';
    pgliteTemplateFile: string;
    postgresTemplate: string;
    /** Administration (create and drop databases): always straight to the server. */
    postgresBaseUrl: string;
    /** What the app and the CLI connect to: the server, or PgBouncer in front of it (the pgbouncer project). */
    postgresAppBaseUrl: string;
  }
}
