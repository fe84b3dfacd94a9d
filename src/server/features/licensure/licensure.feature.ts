import type { ServerFeature } from '#server/server-feature.js';
import { ensureRuleSetsLoaded } from './licensure.loader.js';
import { licensureRoutes } from './licensure.routes.js';

export const licensureFeature: ServerFeature = {
  name: 'licensure',
  registerRoutes: async (app, { db }) => {
    await app.register(licensureRoutes, { db });
  },
  loadReferenceData: async (db) => {
    await ensureRuleSetsLoaded(db);
  },
};
