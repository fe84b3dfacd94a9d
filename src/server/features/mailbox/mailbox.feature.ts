import { isDevMailboxEnabled } from '#server/mail/mail-config.js';
import type { ServerFeature } from '#server/server-feature.js';
import { mailboxRoutes } from './mailbox.routes.js';

/** The dev Mailbox; absent (404) on a PostgreSQL server unless VOCARE_DEV_MAILBOX=1 (it shows live tokens). */
export const mailboxFeature: ServerFeature = {
  name: 'mailbox',
  registerRoutes: async (app, { db, env }) => {
    if (isDevMailboxEnabled(env)) await app.register(mailboxRoutes, { db });
  },
};
