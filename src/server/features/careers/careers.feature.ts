import type { ServerFeature } from '#server/server-feature.js';
import { ensureCatalogLoaded } from './careers.catalog.js';
import { careersRoutes } from './careers.routes.js';

export const careersFeature: ServerFeature = {
  name: 'careers',
  registerRoutes: async (app, { db }) => {
    await app.register(careersRoutes, { db });
  },
  loadReferenceData: async (db) => {
    await ensureCatalogLoaded(db);
  },
};
