import type { ServerFeature } from '#server/server-feature.js';
import { accountRoutes } from './account.routes.js';
import { accountPersonalData } from './account.service.js';

export const accountFeature: ServerFeature = {
  name: 'account',
  personalData: accountPersonalData,
  registerRoutes: async (app, { db, env, personalDataSections }) => {
    await app.register(accountRoutes, { db, env, sections: [...personalDataSections] });
  },
};
