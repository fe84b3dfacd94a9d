import { DEMO_TRAINEE_EMAIL } from '../../demo/demo-accounts.js';
import type { ServerFeature } from '../../server-feature.js';
import { seedPathwaysDemo } from './pathways.demo.js';
import { pathwaysRoutes } from './pathways.routes.js';
import { pathwaysPersonalData } from './pathways.service.js';

export const pathwaysFeature: ServerFeature = {
  name: 'pathways',
  personalData: pathwaysPersonalData,
  registerRoutes: async (app, { db }) => {
    await app.register(pathwaysRoutes, { db });
  },
  seedDemo: (db) => seedPathwaysDemo(db, DEMO_TRAINEE_EMAIL),
};
