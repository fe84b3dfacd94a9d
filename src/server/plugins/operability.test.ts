import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ VOCARE_MAX_EVENT_LOOP_DELAY_MS: 50 });
});
afterAll(async () => t.close());

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
    const shed = await t.app.inject({ method: 'GET', url: '/api/careers' });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['retry-after']).toBe('5');
    expect(ErrorResponseSchema.parse(shed.json()).error.code).toBe('UNAVAILABLE');
    expect((await t.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      await sleep(100);
      status = (await t.app.inject({ method: 'GET', url: '/api/careers' })).statusCode;
    }
    expect(status).toBe(200);
  });
});
