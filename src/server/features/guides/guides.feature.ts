import type { ServerFeature } from '#server/server-feature.js';
import { guidesPersonalData } from './comments.service.js';
import { seedDemoGuideComments } from './guides.demo.js';
import { ensureGuidesLoaded } from './guides.loader.js';
import { guidesRoutes } from './guides.routes.js';

export const guidesFeature: ServerFeature = {
  name: 'guides',
  personalData: guidesPersonalData,
  registerRoutes: async (app, { db, env, now }) => {
    await app.register(guidesRoutes, { db, env, now });
  },
  loadReferenceData: async (db) => {
    await ensureGuidesLoaded(db);
  },
  seedDemo: seedDemoGuideComments,
};
