import type { Env } from '#server/env.js';

type MailEnv = Pick<Env, 'VOCARE_PUBLIC_URL' | 'HOST' | 'PORT'>;

/** The base of every link in mail: VOCARE_PUBLIC_URL, else the address the server listens on. */
export function publicUrl(env: MailEnv): string {
  if (env.VOCARE_PUBLIC_URL) return env.VOCARE_PUBLIC_URL;
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  return `http://${host}:${env.PORT}`;
}

/** An absolute link into the web app, for a message body. */
export function linkTo(env: MailEnv, pathAndQuery: string): string {
  return `${publicUrl(env)}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
}

/** The domain of MAIL_FROM (`Name <a@b.org>` or `a@b.org`), which names our Message-IDs. */
export function mailDomain(env: Pick<Env, 'MAIL_FROM'>): string {
  const match = env.MAIL_FROM.match(/@([^>\s]+)>?\s*$/);
  return match?.[1] ?? 'vocare.localhost';
}

/**
 * The dev Mailbox shows every queued message, links and tokens included, to anyone who can reach the server: only
 * on the embedded database (a developer's machine) or when VOCARE_DEV_MAILBOX=1 says so explicitly.
 */
export function isDevMailboxEnabled(env: Pick<Env, 'DATABASE_URL' | 'VOCARE_DEV_MAILBOX'>): boolean {
  return env.DATABASE_URL === undefined || env.VOCARE_DEV_MAILBOX;
}

/** One line for the start banner: where this process's mail goes. */
export function describeMailDestination(env: Env, url: string): string {
  if (env.SMTP_URL) {
    const smtp = new URL(env.SMTP_URL);
    return `Mail: sent through ${smtp.protocol}//${smtp.host} as ${env.MAIL_FROM}`;
  }
  return isDevMailboxEnabled(env)
    ? `Mail: not sent (no SMTP_URL); read it in the Mailbox at ${url}/dev/mailbox`
    : 'Mail: not sent (no SMTP_URL); messages wait in the outbox until SMTP_URL is set';
}
