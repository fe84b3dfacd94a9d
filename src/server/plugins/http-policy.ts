import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/** Vite's content-hashed output: the name changes whenever the content does, so browsers may keep it for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** The HTML shell and other unhashed files: revalidate every time so a deploy shows at once. */
export const REVALIDATE_CACHE = 'no-cache';

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

/** Fastify's trustProxy from TRUST_PROXY: a hop count becomes "trust the nearest n hops". */
export function trustProxyOption(
  value: boolean | number | string,
): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/** Cache-Control for a file of the built web app, by where it lies under the web folder. */
export function setStaticCacheHeaders(webDir: string) {
  const assetsDir = `${path.resolve(webDir, 'assets')}${path.sep}`;
  return (reply: FastifyReply, file: string): void => {
    reply.header('cache-control', path.resolve(file).startsWith(assetsDir) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
  };
}

/**
 * Transport policy for every response: br/gzip compression of text (API answers, HTML, scripts, styles),
 * `no-store` on anything sent to a signed-in person or setting a cookie (personal data never lands in a shared or
 * disk cache; one hook instead of a header per route), and a Permissions-Policy turning off powerful features the
 * app does not use.
 */
export const httpPolicy = fp(
  async (app: FastifyInstance) => {
    await app.register(compress, {
      global: true,
      encodings: ['br', 'gzip'],
      threshold: 1024,
      // Quality 4 compresses about as well as gzip -6 at a fraction of brotli's default (11) cost per request.
      brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
      zlibOptions: { level: 6 },
    });
    app.addHook('onSend', async (request, reply, payload) => {
      reply.header('permissions-policy', PERMISSIONS_POLICY);
      const setsCookie = reply.hasHeader('set-cookie');
      if ((request.user || setsCookie) && request.url.startsWith('/api/')) {
        const current = reply.getHeader('cache-control');
        if (typeof current !== 'string' || !current.includes('no-store')) reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  },
  { name: 'http-policy', dependencies: ['vocare-session'] },
);
