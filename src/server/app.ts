import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AttributionSchema } from '#contracts/careers.js';
import { type Clock, systemClock } from './clock.js';
import type { Db } from './db/client.js';
import type { Env } from './env.js';
import { AppError, installErrorHandler } from './errors.js';
import { SERVER_FEATURES } from './features.js';
import { mailPlugin } from './mail/mail.plugin.js';
import { createDbRateLimitStore } from './plugins/db-rate-limit-store.js';
import { expiredRowsCleanup } from './plugins/expired-rows-cleanup.js';
import { httpPolicy, trustProxyOption } from './plugins/http-policy.js';
import { frameworkErrors, inputGuards } from './plugins/input-guards.js';
import { registerOpenApi } from './plugins/openapi.js';
import { operability } from './plugins/operability.js';
import { securityHeaders } from './plugins/security-headers.js';
import { sessionPlugin } from './plugins/session.js';
import { serveWebApp } from './web-app.js';

export interface BuildAppOptions {
  env: Env;
  db: Db;
  dbKind: 'pglite' | 'postgres';
  /** The clock every feature reads the day and time from; tests pass a fixed one (ADR 0012). */
  now?: Clock;
  /** The token of the loopback backup route (the server writes it to the data folder); no token, no route. */
  adminToken?: string;
  /** Where log lines go (default stdout); tests read them to prove client input never logs an error. */
  logStream?: { write(line: string): void };
}

export const ATTRIBUTION = {
  onet: 'This site includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Vocare has modified some of this information; USDOL/ETA has not approved, endorsed, or tested these modifications.',
  bls: 'Pay, employment and outlook figures: U.S. Bureau of Labor Statistics, Employment Projections 2024-34 (public domain).',
};

/** Builds the app without listening: tests drive it with inject(), main.ts adds the listener. */
export async function buildApp({
  env,
  db,
  dbKind,
  now = systemClock,
  adminToken,
  logStream,
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: env.LOG_LEVEL,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
      ...(logStream ? { stream: logStream } : {}),
    },
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(env.TRUST_PROXY),
    frameworkErrors,
    requestTimeout: env.VOCARE_REQUEST_TIMEOUT_MS,
    keepAliveTimeout: env.VOCARE_KEEP_ALIVE_TIMEOUT_MS,
  }).withTypeProvider<ZodTypeProvider>();
  // Slow-header (slowloris) clients are cut off; Node's own default is 60 s.
  app.server.headersTimeout = env.VOCARE_HEADERS_TIMEOUT_MS;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(inputGuards);
  await app.register(operability, { db, env, dbKind });

  await app.register(securityHeaders);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: createDbRateLimitStore(db),
    // The plugin throws what this returns, so it goes through the one error handler.
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`),
  });
  await app.register(sessionPlugin, { db, env, now });
  await app.register(httpPolicy);
  await app.register(expiredRowsCleanup, { db, intervalMs: env.VOCARE_CLEANUP_INTERVAL_SECONDS * 1000 });
  await app.register(mailPlugin, { db, env, now });
  await registerOpenApi(app);

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        response: { 200: z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => ({ ok: true as const, database: dbKind }),
  );
  app.get(
    '/api/attribution',
    { schema: { tags: ['meta'], response: { 200: AttributionSchema } } },
    async () => ATTRIBUTION,
  );

  const personalDataSections = SERVER_FEATURES.flatMap((feature) =>
    feature.personalData ? [feature.personalData] : [],
  );
  for (const feature of SERVER_FEATURES) {
    await feature.registerRoutes?.(app, { db, env, now, personalDataSections, adminToken });
  }

  await serveWebApp(app, env);
  return app;
}
