import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { findNulCharacters } from './input-guards.js';

let t: TestApp;
/** Every log line the app writes (JSON, info and up): client input must never log an error or a stack trace. */
const logLines: { level: number; msg?: string; err?: { stack?: string } }[] = [];
beforeAll(async () => {
  t = await createTestApp(
    { LOG_LEVEL: 'info' },
    { logStream: { write: (line: string) => logLines.push(JSON.parse(line)) } },
  );
});
afterAll(async () => t.close());

const entry = { date: '2025-04-01', hours: 1, category: 'direct', site: 'Riverside Clinic' };

describe('findNulCharacters', () => {
  it('names every string field holding a NUL, nested and in arrays, and ignores bytes', () => {
    expect(findNulCharacters({ a: 'ok', b: { c: ['x', 'y\u0000'] }, d: 'z\u0000' }, 'body')).toEqual([
      'body.b.c.1',
      'body.d',
    ]);
    expect(findNulCharacters('a\u0000b', 'body')).toEqual(['body']);
    expect(findNulCharacters(Buffer.from([0, 1, 2]), 'body')).toEqual([]);
    expect(findNulCharacters({ 'k\u0000': 1 }, 'body')).toEqual(['body.k\\u0000']);
  });
});

describe('one rule for NUL characters', () => {
  it('refuses a NUL in any stored text field with a 400 naming the field (was a 500)', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    for (const [field, body] of [
      ['body.site', { ...entry, site: 'Clinic\u0000' }],
      ['body.note', { ...entry, note: 'supervision\u0000notes' }],
    ] as const) {
      const response = await client.post('/api/hours/entries', body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: {
          code: 'BAD_REQUEST',
          message: `Invalid ${field}: must not contain NUL characters`,
          details: [{ path: field, message: 'must not contain NUL characters' }],
        },
      });
    }
    expect((await client.get('/api/hours/entries')).json().total).toBe(0);
  });

  it('answers a NUL in a path parameter with a 400, on public GETs and admin writes alike (was a 500)', async () => {
    const anonymous = new TestClient(t.app);
    for (const url of ['/api/guides/%00', '/api/guides/%00/comments', '/api/guides/%00/comment-form']) {
      const response = await anonymous.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.details).toEqual([
        { path: 'params.slug', message: 'must not contain NUL characters' },
      ]);
    }
    const { client: admin } = await signedInClient(t.app, t.db.db, ['admin']);
    const put = await admin.put('/api/admin/guides/%00', { title: 'x' });
    expect(put.statusCode).toBe(400);
    expect(ErrorResponseSchema.parse(put.json()).error.code).toBe('BAD_REQUEST');
  });
});

describe('hours below the smallest unit', () => {
  it('refuses an hours value that would round to 0 minutes (was a 500 from the check constraint)', async () => {
    const { client } = await signedInClient(t.app, t.db.db, ['trainee']);
    for (const hours of [1e-300, 0.0001]) {
      const response = await client.post('/api/hours/entries', { ...entry, hours });
      expect(response.statusCode, String(hours)).toBe(400);
      expect(response.json().error.details).toContainEqual({
        path: 'body.hours',
        message: 'hours must be at least a quarter hour (0.25)',
      });
    }
  });
});

describe('router and plugin refusals in the one error shape', () => {
  it('bad percent-encoding, an over-long path parameter, bad JSON, a body too large, an unsupported media type', async () => {
    const client = new TestClient(t.app);
    const cases: { status: number; run: () => ReturnType<TestClient['request']> }[] = [
      { status: 400, run: () => client.get('/api/guides/%E0%A4%A') },
      { status: 400, run: () => client.get('/api/careers/%zz') },
      { status: 414, run: () => client.get(`/api/careers/${'a'.repeat(5000)}`) },
      {
        status: 400,
        run: () =>
          client.request({
            method: 'POST',
            url: '/api/auth/signin',
            payload: '{"email": ',
            headers: { 'content-type': 'application/json' },
          }),
      },
      {
        status: 413,
        run: () =>
          client.request({
            method: 'POST',
            url: '/api/auth/signin',
            payload: JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }),
            headers: { 'content-type': 'application/json' },
          }),
      },
      {
        status: 415,
        run: () =>
          client.request({
            method: 'POST',
            url: '/api/auth/signin',
            payload: '<signin/>',
            headers: { 'content-type': 'application/xml' },
          }),
      },
    ];
    for (const { status, run } of cases) {
      const response = await run();
      expect(response.statusCode).toBe(status);
      expect(ErrorResponseSchema.safeParse(response.json()).success, response.body).toBe(true);
    }
  });
});

describe('the log', () => {
  it('holds no error and no stack trace for any of the client inputs above (the %00 slugs once logged a stack)', async () => {
    logLines.length = 0;
    const anonymous = new TestClient(t.app);
    const { client } = await signedInClient(t.app, t.db.db, ['trainee', 'admin']);
    const responses = [
      await anonymous.get('/api/guides/%00'),
      await anonymous.get('/api/guides/%00/comments'),
      await anonymous.get('/api/guides/%00/comment-form'),
      await client.put('/api/admin/guides/%00', { title: 'x' }),
      await client.post('/api/hours/entries', { ...entry, hours: 1e-300 }),
      await client.post('/api/hours/entries', { ...entry, note: 'a\u0000b' }),
      await anonymous.get('/api/guides/%E0%A4%A'),
      await anonymous.get(`/api/careers/${'a'.repeat(5000)}`),
    ];
    for (const response of responses) expect(response.statusCode).toBeGreaterThanOrEqual(400);
    for (const response of responses) expect(response.statusCode).toBeLessThan(500);
    // The logger is live (each request is logged at info), so an empty error list means none were written.
    expect(logLines.filter((line) => line.msg === 'request completed').length).toBeGreaterThanOrEqual(responses.length);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
    expect(logLines.filter((line) => line.err?.stack !== undefined)).toEqual([]);
  });
});
