import type { ServerFeature } from '../../server-feature.js';
import { matchingRoutes } from './matching.routes.js';
import { matchingPersonalData } from './matching.service.js';

export const matchingFeature: ServerFeature = {
  name: 'matching',
  personalData: matchingPersonalData,
  registerRoutes: async (app, { db }) => {
    await app.register(matchingRoutes, { db });
  },
};
