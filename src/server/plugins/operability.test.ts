import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { buildApp } from '#server/app.js';
import { testEnv } from '#server/env.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

// Two apps on one database: the health checks without load shedding (on a busy test machine a 50 ms threshold
// sheds any request, and that is not what they test), the load-shedding test with it.
let t: TestApp;
let shedding: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp();
  shedding = await buildApp({
    env: testEnv({ VOCARE_WEB_DIR: '/nonexistent', VOCARE_MAX_EVENT_LOOP_DELAY_MS: 50 }),
    db: t.db.db,
    dbKind: t.db.kind,
  });
  await shedding.ready();
});
afterAll(async () => {
  await shedding?.close();
  await t?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('health endpoints', () => {
  it('answers liveness without the database and readiness with it; /api/health still works', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health/live' })).json()).toEqual({ ok: true });
    expect((await t.app.inject({ method: 'GET', url: '/api/health/ready' })).json()).toEqual({
      ok: true,
      database: t.db.kind,
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('load shedding', () => {
  it('answers 503 with Retry-After while the event loop lags, keeps liveness up, and recovers', async () => {
    // Block the event loop as a runaway computation would, then let the sampler see it.
    const until = Date.now() + 1_200;
    while (Date.now() < until) {
      // busy
    }
    await sleep(20);
    const shed = await shedding.inject({ method: 'GET', url: '/api/careers' });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['retry-after']).toBe('5');
    expect(ErrorResponseSchema.parse(shed.json()).error.code).toBe('UNAVAILABLE');
    expect((await shedding.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      await sleep(100);
      status = (await shedding.inject({ method: 'GET', url: '/api/careers' })).statusCode;
    }
    expect(status).toBe(200);
  });
});
