import type { ServerFeature } from '#server/server-feature.js';
import { backupRoutes } from './backup.routes.js';

/** Whole-database backups: the admin download, and the loopback route `vocare db backup` uses while a server runs. */
export const backupFeature: ServerFeature = {
  name: 'backup',
  registerRoutes: async (app, { db, env, now, adminToken }) => {
    await app.register(backupRoutes, { db, env, now, adminToken });
  },
};
