import type { z } from 'zod';
import type { ErrorCode, ErrorDetail } from '#contracts/errors.js';

const CSRF_COOKIE = 'vocare_csrf';
const CSRF_HEADER = 'X-CSRF-Token';

/** Everything that can go wrong with an API call, in the API's own error vocabulary. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(status: number, code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /**
   * Field messages keyed by the form field's name: the API names fields by where they
   * arrived ("body.email"), forms only know "email".
   */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const detail of this.details) {
      const field = detail.path.replace(/^(body|query|params)\.?/, '').split('.')[0] ?? '';
      if (field && !(field in byField)) byField[field] = detail.message;
    }
    return byField;
  }
}

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * The double-submit CSRF token. The cookie is the source of truth (another tab may have
 * been issued one); when the browser has none yet, asking for the session issues it.
 */
async function getCsrfToken(): Promise<string> {
  const fromCookie = readCookie(CSRF_COOKIE);
  if (fromCookie) return fromCookie;
  const response = await fetch('/api/auth/session', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') {
    return body.csrfToken;
  }
  throw new ApiError(
    response.status || 0,
    'INTERNAL',
    'Could not start a secure session. Reload the page and try again.',
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  // Loaded with the first error, not with the page: a first visit downloads no Zod (ADR 0032).
  const { ErrorResponseSchema } = await import('#contracts/errors.js');
  const parsed = ErrorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(response.status, code, message, details ?? []);
  }
  // A proxy or a crashed process can answer without our error shape; still say something useful.
  return new ApiError(
    response.status,
    response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    `The server answered ${response.status} ${response.statusText}.`.trim(),
  );
}

type Transport = (path: string, init: RequestInit) => Promise<Response>;
let transport: Transport = (path, init) => fetch(path, init);

/** Server-side rendering answers the pages' API calls in process (ADR 0030); the browser keeps fetch. */
export function setApiTransport(next: Transport): void {
  transport = next;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. Idempotency-Key. */
  headers?: Record<string, string>;
}

async function send(path: string, { method = 'GET', body, signal, headers: extra }: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { ...extra, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = await getCsrfToken();
  try {
    return await transport(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'INTERNAL', 'Could not reach Vocare. Check your connection and try again.');
  }
}

/**
 * A response contract, or a function that imports it. Calls a public page makes take the function: the contract
 * module (and Zod with it) then loads with the first request instead of with the page, and a server-rendered page
 * hydrates from its HTML without either (ADR 0032).
 */
export type SchemaSource<S extends z.ZodType> = S | (() => Promise<S>);

/** Calls the API and checks the answer against the contract, so a drifted server fails loudly here. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  source: SchemaSource<S>,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  // The contract loads while the request is on its way.
  const schemaLoading = typeof source === 'function' ? source() : Promise.resolve(source);
  // Settled here so that a failed request does not leave a rejected import unhandled.
  schemaLoading.catch(() => undefined);
  const response = await send(path, options);
  if (!response.ok) throw await toApiError(response);
  const body: unknown = await response.json().catch(() => undefined);
  const schema = await schemaLoading.catch(() => {
    throw new ApiError(0, 'INTERNAL', 'Could not load part of this page. Check your connection and reload.');
  });
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      'INTERNAL',
      'The server sent an answer this page does not understand. Reload to get the latest version.',
    );
  }
  return parsed.data;
}

/** For calls that answer 204 No Content. */
export async function apiRequestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options);
  if (!response.ok) throw await toApiError(response);
}

/** A message a person can act on, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}
