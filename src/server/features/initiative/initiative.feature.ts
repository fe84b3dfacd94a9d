import type { ServerFeature } from '#server/server-feature.js';
import { initiativeRoutes } from './initiative.routes.js';
import { initiativePersonalData } from './initiative.service.js';

/** The initiative builder: plans from a problem to dated milestones, shared with co-owners and viewers. */
export const initiativeFeature: ServerFeature = {
  name: 'initiative',
  personalData: initiativePersonalData,
  registerRoutes: async (app, { db, env, now }) => {
    await app.register(initiativeRoutes, { db, env, now });
  },
};
