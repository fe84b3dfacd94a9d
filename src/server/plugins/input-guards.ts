import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorDetail } from '#contracts/errors.js';
import { AppError, errorBody } from '../errors.js';

const NUL = '\u0000';
const MAX_REPORTED = 10;

// Records only: the router's params and the query parser use null-prototype objects (one level down, a
// "NullObject"); a Buffer body is bytes, not text.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value) || value instanceof Date) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/** Field paths (`body.note`, `body.items.2.title`) of every string holding a NUL character, keys included. */
export function findNulCharacters(value: unknown, where: string, found: string[] = [], depth = 0): string[] {
  if (found.length >= MAX_REPORTED || depth > 64) return found;
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(where);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) findNulCharacters(item, `${where}.${i}`, found, depth + 1);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) found.push(`${where}.${key.replaceAll(NUL, '\\u0000')}`);
      else findNulCharacters(item, `${where}.${key}`, found, depth + 1);
    }
  }
  return found;
}

/**
 * One rule for all text that reaches the database: PostgreSQL text cannot hold NUL (it answered with a 500 from
 * 14 routes), so any NUL in the body, query or path is a 400 naming the field, before any route's validation.
 */
export const inputGuards = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', async (request) => {
      const paths = [
        ...findNulCharacters(request.params, 'params'),
        ...findNulCharacters(request.query, 'query'),
        ...findNulCharacters(request.body, 'body'),
      ];
      if (paths.length === 0) return;
      const details: ErrorDetail[] = paths.map((path) => ({ path, message: 'must not contain NUL characters' }));
      throw new AppError('BAD_REQUEST', `Invalid ${paths[0]}: must not contain NUL characters`, details);
    });
  },
  { name: 'input-guards' },
);

/**
 * Errors the router raises before any route or hook runs (a malformed percent-encoding, a path parameter over the
 * length limit): answered in the one error shape instead of Fastify's own.
 */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  const message =
    err.code === 'FST_ERR_BAD_URL'
      ? 'The URL is not valid: it has a malformed percent-encoding.'
      : err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'A path parameter is too long.'
        : 'The request could not be routed.';
  request.log.info({ code: err.code }, 'router refused a request');
  reply.status(status).send(errorBody(status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message));
}
