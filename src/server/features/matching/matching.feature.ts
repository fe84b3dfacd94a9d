import type { ServerFeature } from '#server/server-feature.js';
import type { CatalogSnapshotOf } from './catalog.port.js';
import { matchingRoutes } from './matching.routes.js';
import { matchingPersonalData } from './matching.service.js';

/** Matching reads the catalog through a port the manifest hands it (the careers feature implements it). */
export function createMatchingFeature(ports: { catalogOf: CatalogSnapshotOf }): ServerFeature {
  return {
    name: 'matching',
    personalData: matchingPersonalData,
    registerRoutes: async (app, { db }) => {
      await app.register(matchingRoutes, { db, catalogOf: ports.catalogOf });
    },
  };
}
