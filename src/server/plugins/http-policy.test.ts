import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInClient, uniqueEmail } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';
import { precompressAssets } from '../../../scripts/precompress.mjs';

let webDir: string;
let trusted: TestApp;
let untrusted: TestApp;
let baseUrl: string;
const script = `export function hello() {\n${'  console.log("a helping career");\n'.repeat(2000)}}\n`;

beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(
    path.join(webDir, 'index.html'),
    `<!doctype html><title>Vocare</title>${'<!-- shell -->'.repeat(200)}`,
  );
  fs.writeFileSync(path.join(webDir, 'assets', 'app-D1F4b20n.js'), script);
  fs.writeFileSync(path.join(webDir, 'robots.txt'), 'User-agent: *\n');
  // As the build leaves a hashed asset: best-quality .br and .gz beside it (scripts/precompress.mjs).
  fs.writeFileSync(path.join(webDir, 'assets', 'pre-Xc81Qa2z.js'), script);
  precompressAssets(path.join(webDir, 'assets'));
  trusted = await createTestApp({ VOCARE_WEB_DIR: webDir, TRUST_PROXY: true, VOCARE_AUTH_RATE_LIMIT: 2 });
  untrusted = await createTestApp({ VOCARE_AUTH_RATE_LIMIT: 2 });
  // Compression is checked on real sockets: inject() skips parts of the HTTP stack.
  await trusted.app.listen({ host: '127.0.0.1', port: 0 });
  const address = trusted.app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await trusted?.close();
  await untrusted?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseUrl}${url}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

describe('compression on a listening server', () => {
  it('sends static files and API answers as br or gzip, whichever the client accepts, and they decode to the original', async () => {
    const br = await get('/assets/app-D1F4b20n.js', { 'accept-encoding': 'br, gzip' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);

    const gzip = await get('/assets/app-D1F4b20n.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(script);

    const api = await get('/api/careers?pageSize=50', { 'accept-encoding': 'gzip, deflate, br' });
    expect(api.status).toBe(200);
    expect(api.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(api.body).toString()).items.length).toBeGreaterThan(0);

    const plain = await get('/assets/app-D1F4b20n.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("sends the build's precompressed file as it is, with the asset's cache policy", async () => {
    const file = path.join(webDir, 'assets', 'pre-Xc81Qa2z.js');
    const br = await get('/assets/pre-Xc81Qa2z.js', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(fs.readFileSync(`${file}.br`))).toBe(true);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const gzip = await get('/assets/pre-Xc81Qa2z.js', { 'accept-encoding': 'gzip' });
    expect(gzip.body.equals(fs.readFileSync(`${file}.gz`))).toBe(true);
    const plain = await get('/assets/pre-Xc81Qa2z.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('lets hashed assets be cached for a year and makes the HTML shell and unhashed files revalidate', async () => {
    expect((await get('/assets/app-D1F4b20n.js', {})).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/robots.txt', {})).headers['cache-control']).toBe('no-cache');
    const shell = await get('/pathways/some-client-route', { 'accept-encoding': 'gzip' });
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(shell.headers['content-encoding']).toBe('gzip');
  });
});

describe('headers on every response', () => {
  it('sends Permissions-Policy, and no-store on anything sent to a signed-in person or setting a cookie', async () => {
    const anonymous = await trusted.app.inject({ method: 'GET', url: '/api/careers' });
    expect(anonymous.headers['permissions-policy']).toContain('camera=()');
    // Public catalog answers may be kept, and are revalidated with their ETag (issue 19); never no-store.
    expect(anonymous.headers['cache-control']).toBe('no-cache');
    expect(anonymous.headers.etag).toBeTruthy();
    const { client } = await signedInClient(trusted.app, trusted.db.db, ['trainee'], { remoteAddress: '10.9.0.1' });
    for (const url of ['/api/hours/entries', '/api/me/export', '/api/careers']) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const session = await trusted.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(session.headers['cache-control']).toBe('no-store');

    // A page of the app rendered for the signed-in person is personal too; the built files stay cacheable.
    const page = await client.get('/hours');
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-store');
    const asset = await client.get('/assets/app-D1F4b20n.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await trusted.app.inject({ method: 'GET', url: '/hours' })).headers['cache-control']).toBe('no-cache');
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  async function signInAttempt(app: TestApp, forwardedFor: string): Promise<number> {
    const client = new TestClient(app.app, '127.0.0.1');
    const response = await client.request({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: uniqueEmail(), password: 'not-the-password' },
      headers: { 'x-forwarded-for': forwardedFor },
    });
    return response.statusCode;
  }

  it('gives each forwarded client its own rate-limit bucket when trusted', async () => {
    expect(await signInAttempt(trusted, '203.0.113.1')).not.toBe(429);
    expect(await signInAttempt(trusted, '203.0.113.1')).not.toBe(429);
    expect(await signInAttempt(trusted, '203.0.113.1')).toBe(429);
    expect(await signInAttempt(trusted, '203.0.113.2')).not.toBe(429);
  });

  it('puts every client behind an untrusted proxy in one bucket (X-Forwarded-For is ignored)', async () => {
    expect(await signInAttempt(untrusted, '203.0.113.1')).not.toBe(429);
    expect(await signInAttempt(untrusted, '203.0.113.1')).not.toBe(429);
    expect(await signInAttempt(untrusted, '203.0.113.2')).toBe(429);
  });

  it('marks cookies Secure when the request arrived over HTTPS, and only then', async () => {
    const overHttps = await trusted.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(overHttps.cookies.find((c) => c.name === 'vocare_csrf')?.secure).toBe(true);
    const overHttp = await trusted.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(overHttp.cookies.find((c) => c.name === 'vocare_csrf')?.secure).toBeUndefined();
    // An untrusted hop cannot claim HTTPS for the client.
    const spoofed = await untrusted.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(spoofed.cookies.find((c) => c.name === 'vocare_csrf')?.secure).toBeUndefined();
  });
});
