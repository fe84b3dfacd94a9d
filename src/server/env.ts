import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

export const EnvSchema = z.object({
  /** postgres://... selects a PostgreSQL server; unset means embedded PGlite in VOCARE_DATA_DIR. */
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  VOCARE_DATA_DIR: z.string().min(1).default('.data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set when served over HTTPS so cookies carry the Secure flag. */
  VOCARE_SECURE_COOKIES: booleanFlag,
  /** Load demo accounts and sample records on start (the quick start sets it). */
  VOCARE_DEMO: booleanFlag,
  /** Attempts allowed per client address on sign-in and sign-up within the window. */
  VOCARE_AUTH_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  VOCARE_AUTH_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  VOCARE_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Comments one client address may post under guides within the window (spam defence). */
  VOCARE_COMMENT_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(5),
  VOCARE_COMMENT_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** The least time between opening a comment form and sending it; robots are faster. */
  VOCARE_COMMENT_MIN_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
  /** How often each process deletes expired sessions and rate-limit counters. */
  VOCARE_CLEANUP_INTERVAL_SECONDS: z.coerce.number().positive().max(86_400).default(3600),
  /**
   * Behind a reverse proxy: which X-Forwarded-For / X-Forwarded-Proto to believe, so rate limits, logs and secure
   * cookies see the real client. `true` trusts every hop (only when the app is reachable through the proxy alone),
   * a number trusts that many hops, or a comma-separated list of proxy addresses / CIDRs. Unset: none.
   */
  TRUST_PROXY: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .optional()
      .transform((v): boolean | number | string => {
        if (v === undefined || v === 'false' || v === '0') return false;
        if (v === 'true') return true;
        return /^\d+$/.test(v) ? Number(v) : v;
      }),
  ),
  /** Milliseconds a client may take to send the request headers (slowloris defence). */
  VOCARE_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** Milliseconds a client may take to send a whole request. */
  VOCARE_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  /** Milliseconds an idle keep-alive connection stays open (above a proxy's own idle timeout). */
  VOCARE_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(72_000),
  /** Load shedding: answer 503 while the event loop lags more than this (0 turns it off). */
  VOCARE_MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Graceful shutdown: seconds to finish requests in flight before the process exits anyway. */
  VOCARE_SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  /** Embedded database only: where automatic snapshots go (default: beside the data folder, `<data>-snapshots`). */
  VOCARE_SNAPSHOT_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  /** How many automatic snapshots to keep (one at start, then daily); 0 turns them off. */
  VOCARE_SNAPSHOT_KEEP: z.coerce.number().int().min(0).max(365).default(7),
  /** Folder holding the built web app; the API runs without it. */
  VOCARE_WEB_DIR: z.string().default('dist/web'),
  /** smtp:// or smtps:// server that delivers mail; unset keeps messages in the outbox (see the dev Mailbox). */
  SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
      .optional(),
  ),
  /** The From of every message; its domain also names each Message-ID. */
  MAIL_FROM: z.string().min(3).default('Vocare <hello@vocare.localhost>'),
  /** The address links in mail point at; unset: the address the server listens on. */
  VOCARE_PUBLIC_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: 'VOCARE_PUBLIC_URL must be an http(s) URL' })
      .transform((v) => v.replace(/\/+$/, ''))
      .optional(),
  ),
  /** Serve the dev Mailbox (/dev/mailbox) on a PostgreSQL server too; it is always on with the embedded database. */
  VOCARE_DEV_MAILBOX: booleanFlag,
  /** How often each process looks for mail to deliver. */
  VOCARE_MAIL_POLL_SECONDS: z.coerce.number().positive().max(3600).default(5),
  /** How often each process looks for supervisors whose weekly sign-off message is not out yet (ADR 0024). */
  VOCARE_DIGEST_POLL_SECONDS: z.coerce.number().positive().max(86_400).default(3600),
  /**
   * TEST ONLY: an ISO instant the app's clock starts from (it then runs at normal speed), so an end-to-end run
   * sees the same "today" whenever it runs. Refused unless the server is in local test mode: listening on a
   * loopback address without VOCARE_SECURE_COOKIES (a server others can reach never runs on a made-up clock).
   */
  VOCARE_TEST_NOW: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.iso
      .datetime({ offset: true, error: 'VOCARE_TEST_NOW must be an ISO instant such as 2026-03-10T12:00:00Z' })
      .optional(),
  ),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses process.env once; a bad variable stops start-up naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.superRefine((env, ctx) => {
    if (env.VOCARE_TEST_NOW !== undefined && !isLocalTestMode(env)) {
      ctx.addIssue({
        code: 'custom',
        path: ['VOCARE_TEST_NOW'],
        message:
          'is for tests only: it needs HOST on a loopback address (127.0.0.1, ::1, localhost) and no VOCARE_SECURE_COOKIES',
      });
    }
  }).safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return { ...result.data, VOCARE_DATA_DIR: path.resolve(result.data.VOCARE_DATA_DIR) };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

/** Local test mode: only this machine can reach the server, over plain HTTP. */
function isLocalTestMode(env: Pick<Env, 'HOST' | 'VOCARE_SECURE_COOKIES'>): boolean {
  return LOOPBACK_HOSTS.has(env.HOST) && !env.VOCARE_SECURE_COOKIES;
}

/** Defaults for tests and tools that build an app without a process environment. */
export function testEnv(overrides: Partial<Env> = {}): Env {
  // No load shedding in tests unless a test asks for it: test files running side by side on a 2-core machine lag
  // the event loop for reasons that have nothing to do with the app under test.
  return { ...EnvSchema.parse({}), LOG_LEVEL: 'silent', VOCARE_MAX_EVENT_LOOP_DELAY_MS: 0, ...overrides };
}
