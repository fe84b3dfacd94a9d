import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '#contracts/errors.js';
import { ROLE_IDS } from '#contracts/vocabulary.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';

// Issue 12: walks every operation of the OpenAPI document with generated malformed inputs, signed in with every
// role (so requests get past the role checks to validation and the handlers). Bounded: a few runs per route.
const RUNS_PER_ROUTE = 3;

interface Operation {
  method: string;
  path: string;
  queryNames: string[];
  bodyNames: string[];
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string }[];
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
}

let t: TestApp;
let client: TestClient;
let operations: Operation[];
beforeAll(async () => {
  t = await createTestApp({ VOCARE_AUTH_RATE_LIMIT: 100_000, VOCARE_COMMENT_RATE_LIMIT: 100_000 });
  ({ client } = await signedInClient(t.app, t.db.db, [...ROLE_IDS]));
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc;
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      queryNames: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      bodyNames: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
    })),
  );
});
afterAll(async () => t.close());

/** Path segments, already percent-encoded: malformed encodings, NUL, very long, wrong types, stray unicode. */
const segment = fc.oneof(
  fc.constantFrom('%00', '%zz', '%E0%A4%A', '%', '..', '%2F', '%20', 'null', '-1', '0', '1e309', '%F0%9F%92%A9'),
  fc.constant('a'.repeat(5000)),
  fc.uuid(),
  fc.integer().map(String),
  fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '')) || 'x'),
);

/** JSON values of every kind, with NUL characters and extremes mixed in. */
const nasty = fc.oneof(
  fc.constantFrom('', '\u0000', 'a\u0000b', ' ', 'x'.repeat(10_000), -1, 0, 1e-300, 1e308, -0, true, null, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ maxLength: 30 }),
);

const queryValue = fc.oneof(segment, fc.constantFrom('', 'true', 'all', '2025-02-30', '99999999'));

const bodyFor = (op: Operation) =>
  fc.oneof(
    // Documented fields with wrong or extreme values.
    op.bodyNames.length > 0
      ? fc.dictionary(fc.constantFrom(...op.bodyNames), nasty, { maxKeys: op.bodyNames.length }).map((b) => ({
          type: 'application/json',
          payload: JSON.stringify(b),
        }))
      : fc.constant({ type: 'application/json', payload: '{}' }),
    nasty.map((value) => ({ type: 'application/json', payload: JSON.stringify(value) ?? 'null' })),
    fc.constantFrom(
      { type: 'application/json', payload: '{"a":' },
      { type: 'application/json', payload: '{"__proto__":{"x":1}}' },
      { type: 'application/json', payload: '' },
      { type: 'text/plain', payload: 'hello\u0000' },
      { type: 'text/csv', payload: 'date,hours\n2025-01-01,\u0000' },
      { type: 'application/x-www-form-urlencoded', payload: 'a=1' },
      { type: 'application/xml', payload: '<a/>' },
    ),
  );

const requestFor = (op: Operation) =>
  fc.record({
    params: fc.array(segment, { minLength: 4, maxLength: 4 }),
    query: fc.dictionary(fc.constantFrom(...op.queryNames, 'zz'), queryValue, { maxKeys: 3 }),
    body: bodyFor(op),
  });

function urlOf(op: Operation, params: string[], query: Record<string, string>): string {
  let i = 0;
  const path = op.path.replace(/\{[^}]+\}/g, () => params[i++ % params.length] ?? 'x');
  const search = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${v}`)
    .join('&');
  return search ? `${path}?${search}` : path;
}

describe('every route of the OpenAPI document under malformed input', () => {
  it('never answers 5xx, and every refusal is in the one error shape', async () => {
    expect(operations.length).toBeGreaterThan(50);
    const problems: string[] = [];
    // A new seed each run widens the search over time; a failure names it so it can be replayed.
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    for (const op of operations) {
      // Signing out or deleting the account would sign the walker out for the routes after it.
      if (op.path === '/api/auth/signout' || op.path === '/api/me/delete') continue;
      await fc.assert(
        fc.asyncProperty(requestFor(op), async ({ params, query, body }) => {
          const options: InjectOptions = {
            method: op.method as InjectOptions['method'],
            url: urlOf(op, params, query),
          };
          if (!['GET', 'HEAD', 'DELETE'].includes(op.method)) {
            options.payload = body.payload;
            options.headers = { 'content-type': body.type };
          }
          const response = await client.request(options);
          const where = `${op.method} ${String(options.url).slice(0, 120)} (${body.type}: ${body.payload.slice(0, 80)})`;
          if (response.statusCode >= 500)
            problems.push(`${response.statusCode} ${where}: ${response.body.slice(0, 200)}`);
          if (response.statusCode >= 400) {
            const parsed = ErrorResponseSchema.safeParse(safeJson(response.body));
            if (!parsed.success) problems.push(`not the error shape: ${where}: ${response.body.slice(0, 200)}`);
          }
          return true;
        }),
        {
          numRuns: RUNS_PER_ROUTE,
          seed,
          // Always tried first: a NUL in every path and query parameter and every documented body field.
          examples: [
            [
              {
                params: ['%00', '%00', '%00', '%00'],
                query: Object.fromEntries(op.queryNames.map((name) => [name, '%00'])),
                body: {
                  type: 'application/json',
                  payload: JSON.stringify(Object.fromEntries(op.bodyNames.map((name) => [name, 'x\u0000']))),
                },
              },
            ],
          ],
        },
      );
    }
    expect(problems, `fast-check seed ${seed}`).toEqual([]);
  });
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
