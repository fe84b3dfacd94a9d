import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { createMailWorker } from './mail-worker.js';
import { createSmtpTransport } from './smtp-transport.js';

/**
 * With SMTP_URL, every app process runs a mail worker; they share the outbox safely (ADR 0018). Without it, messages
 * stay in the outbox (the dev Mailbox shows them) and are delivered once a process starts with SMTP_URL set.
 */
export const mailPlugin = fp(
  async (app: FastifyInstance, opts: { db: Db; env: Env; now: Clock }) => {
    if (!opts.env.SMTP_URL) return;
    const transport = createSmtpTransport(opts.env.SMTP_URL);
    const worker = createMailWorker({ db: opts.db, transport, from: opts.env.MAIL_FROM, now: opts.now, log: app.log });
    app.addHook('onReady', async () => worker.start(opts.env.VOCARE_MAIL_POLL_SECONDS * 1000));
    app.addHook('onClose', async () => {
      await worker.stop();
      transport.close();
    });
  },
  { name: 'vocare-mail' },
);
