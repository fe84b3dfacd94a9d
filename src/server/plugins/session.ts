import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '#contracts/vocabulary.js';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { Env } from '../env.js';
import { AppError } from '../errors.js';
import { findSessionUser, listRoles } from '../users/users.repository.js';

export const SESSION_COOKIE = 'vocare_session';
export const CSRF_COOKIE = 'vocare_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  tokenHash: string;
  /** Whether the person followed a verification link sent to `email` (ADR 0018). */
  emailVerified: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyContextConfig {
    /**
     * For a route authorized by a token in its URL and nothing ambient (no cookie), which a mail client POSTs to
     * without our CSRF token: RFC 8058 one-click unsubscribe. A forged request cannot know the token.
     */
    isCsrfExempt?: boolean;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Secure whenever the request came over HTTPS (directly, or per X-Forwarded-Proto from a trusted proxy). */
function isSecureCookie(reply: FastifyReply, env: Env): boolean {
  return env.VOCARE_SECURE_COOKIES || reply.request.protocol === 'https';
}

export function setSessionCookie(reply: FastifyReply, env: Env, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureCookie(reply, env),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, env: Env): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: isSecureCookie(reply, env), path: '/' });
}

/** Returns the request's CSRF token, issuing a cookie for it when the browser has none yet. */
export function ensureCsrfToken(request: FastifyRequest, reply: FastifyReply, env: Env): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = newToken();
  // Readable by the page's script (that is the point of a double-submit token), never sent cross-site.
  reply.setCookie(CSRF_COOKIE, token, {
    httpOnly: false,
    sameSite: 'strict',
    secure: isSecureCookie(reply, env),
    path: '/',
  });
  return token;
}

function tokensMatch(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Loads the signed-in user from the session cookie and refuses state-changing API calls without a CSRF token. */
export const sessionPlugin = fp(
  async (app: FastifyInstance, opts: { db: Db; env: Env; now: Clock }) => {
    app.decorateRequest('user', null);
    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      if (!SAFE_METHODS.has(request.method) && request.routeOptions.config?.isCsrfExempt !== true) {
        const cookieToken = request.cookies[CSRF_COOKIE];
        const headerToken = request.headers[CSRF_HEADER];
        if (!cookieToken || typeof headerToken !== 'string' || !tokensMatch(cookieToken, headerToken)) {
          throw new AppError(
            'FORBIDDEN',
            `Missing or wrong CSRF token: send the ${CSRF_COOKIE} cookie's value in the X-CSRF-Token header (GET /api/auth/session issues one).`,
          );
        }
      }
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const tokenHash = hashToken(token);
      const record = await findSessionUser(opts.db, tokenHash, opts.now());
      if (!record) return;
      const roles = await listRoles(opts.db, record.id);
      request.user = {
        id: record.id,
        email: record.email,
        displayName: record.displayName,
        roles,
        tokenHash,
        emailVerified: record.emailVerifiedAt !== null,
      };
    });
  },
  { name: 'vocare-session', dependencies: ['@fastify/cookie'] },
);

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('UNAUTHORIZED', 'Sign in first.');
  return request.user;
}

export function requireRole(request: FastifyRequest, role: Role): SessionUser {
  const user = requireUser(request);
  if (!user.roles.includes(role)) {
    throw new AppError('FORBIDDEN', `This needs the ${role} role, which your account does not hold.`);
  }
  return user;
}

/**
 * The one check for what needs a proven address: accepting invitations, acting as a supervisor or organization
 * member, posting comments without moderation. Until verified a person explores and keeps their own data.
 */
export function canActAsVerified(user: Pick<SessionUser, 'emailVerified'> | null): boolean {
  return user?.emailVerified === true;
}

export function requireVerified(request: FastifyRequest): SessionUser {
  const user = requireUser(request);
  if (!canActAsVerified(user)) {
    throw new AppError(
      'FORBIDDEN',
      'Confirm your email address first: follow the link we sent you, or ask for a new one on your account page.',
    );
  }
  return user;
}
