import type { DbOrTx } from '#server/db/client.js';
import { listTopicSettings } from '#server/mail/notices.js';
import { listMailForExport } from '#server/mail/outbox.repository.js';
import type { ServerFeature } from '#server/server-feature.js';
import { noticesRoutes } from './notices.routes.js';

/** Mail sent on a person's account to someone else (an invitation): not theirs to export. */
const SENT_TO_OTHERS = ['supervisor-invitation', 'organization-invitation'];

/** Notice preferences, one-click unsubscribe, and the mail a person was sent (in their data export). */
export const noticesFeature: ServerFeature = {
  name: 'notices',
  personalData: {
    name: 'mail',
    async collect(db: DbOrTx, userId: string) {
      return {
        preferences: await listTopicSettings(db, userId),
        messages: await listMailForExport(db, userId, SENT_TO_OTHERS),
      };
    },
  },
  registerRoutes: async (app, { db, env, now }) => {
    await app.register(noticesRoutes, { db, env, now });
  },
};
