import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, ErrorDetail, ErrorResponse } from '#contracts/errors.js';
import { isDatabaseUnavailable } from './db/connection-errors.js';

/** Seconds a client should wait before retrying while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get statusCode(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string, details?: ErrorDetail[]): ErrorResponse {
  return { error: details && details.length > 0 ? { code, message, details } : { code, message } };
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'BAD_REQUEST',
  429: 'RATE_LIMITED',
};

/** The one error handler: AppError and validation errors become specific 4xx; anything else is a bare 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err.code === 'UNAVAILABLE') reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
      return reply.status(err.statusCode).send(errorBody(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      // Fastify says "querystring"; clients know it as the query.
      const where = err.validationContext === 'querystring' ? 'query' : (err.validationContext ?? 'request');
      const details = err.validation.map((v) => {
        const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { path: field ? `${where}.${field}` : where, message: v.message ?? 'is invalid' };
      });
      const first = details[0];
      const message = first ? `Invalid ${first.path}: ${first.message}` : `Invalid ${where}`;
      return reply.status(400).send(errorBody('BAD_REQUEST', message, details));
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
      return reply.status(500).send(errorBody('INTERNAL', 'Something went wrong on our side.'));
    }
    const status = err.statusCode ?? 500;
    // Any other 4xx a plugin raises (414, 431, ...) is still the client's: a 400-class answer in the one shape.
    const code = CODE_BY_STATUS[status] ?? (status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined);
    if (status < 500 && code) {
      // Fastify's own client errors (bad JSON, body too large, wrong content type) keep their message.
      const message = status === 413 ? 'Request body is too large.' : err.message;
      return reply.status(status).send(errorBody(code, message));
    }
    if (isDatabaseUnavailable(err)) {
      // A restart or failover: worth retrying, and not a bug, so a warning without the stack.
      request.log.warn({ message: err.message }, 'database unavailable');
      return reply
        .status(503)
        .header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
        .send(errorBody('UNAVAILABLE', 'The service is briefly unavailable. Try again in a few seconds.'));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL', 'Something went wrong on our side.'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('NOT_FOUND', `No route for ${request.method} ${request.url.split('?')[0]}`));
  });
}
