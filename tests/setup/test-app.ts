import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '#server/app.js';
import { type Clock, systemClock } from '#server/clock.js';
import { type Env, testEnv } from '#server/env.js';
import { createTestDb, type TestDb } from './test-db.js';

export interface TestApp {
  app: FastifyInstance;
  db: TestDb;
  env: Env;
  /** The app's clock (the one passed in, else the system's): what a test compares the app's times with. */
  now: Clock;
  close(): Promise<void>;
}

/** A migrated database and the app on it; `options.now` fixes the app's clock (ADR 0012). */
export async function createTestApp(
  envOverrides: Partial<Env> = {},
  options: { now?: Clock; logStream?: { write(line: string): void } } = {},
): Promise<TestApp> {
  const db = await createTestDb();
  const env = testEnv({ VOCARE_WEB_DIR: '/nonexistent', VOCARE_AUTH_RATE_LIMIT: 1000, ...envOverrides });
  const now = options.now ?? systemClock;
  const app = await buildApp({ env, db: db.db, dbKind: db.kind, now, logStream: options.logStream });
  await app.ready();
  return {
    app,
    db,
    env,
    now,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/**
 * A browser-like client: keeps cookies between requests and sends the CSRF token on
 * state-changing ones, as the web app does.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    readonly remoteAddress = '127.0.0.1',
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: LightMyRequestResponse): void {
    for (const c of response.cookies) {
      // A cleared cookie is empty and dated 1970; expiry itself is the server's to enforce (by the app's clock,
      // which a test may have fixed), so the wall clock is not consulted here.
      if (c.value === '' || (c.expires && c.expires.getTime() === 0)) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const needsCsrf = options.csrf ?? !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (needsCsrf && !this.csrfToken) await this.refreshSession();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (needsCsrf && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({
      ...options,
      method: method as InjectOptions['method'],
      headers,
      remoteAddress: this.remoteAddress,
    });
    this.remember(response);
    return response;
  }

  async refreshSession(): Promise<{ user: { id: string; roles: string[] } | null; csrfToken: string }> {
    const response = await this.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: this.cookies.size ? { cookie: this.cookieHeader() } : {},
      remoteAddress: this.remoteAddress,
    });
    this.remember(response);
    const body = response.json() as { user: { id: string; roles: string[] } | null; csrfToken: string };
    this.csrfToken = body.csrfToken;
    return body;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  }
  put(url: string, payload?: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] });
  }
  patch(url: string, payload?: unknown) {
    return this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}
