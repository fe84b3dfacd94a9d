import type { ServerFeature } from '#server/server-feature.js';
import { boardPersonalData } from './applications.service.js';
import type { LatestAssessmentBasis } from './assessment-basis.port.js';
import { seedBoardDemo } from './board.demo.js';
import { boardRoutes } from './board.routes.js';
import { ensurePlacesLoaded } from './places.loader.js';

/** The board reads a person's latest assessment (for recommendations) through a port the manifest hands it. */
export function createBoardFeature(ports: { latestAssessmentBasis: LatestAssessmentBasis }): ServerFeature {
  return {
    name: 'board',
    personalData: boardPersonalData,
    registerRoutes: async (app, { db, env, now }) => {
      await app.register(boardRoutes, { db, env, now, latestAssessmentBasis: ports.latestAssessmentBasis });
    },
    loadReferenceData: async (db) => {
      await ensurePlacesLoaded(db);
    },
    seedDemo: seedBoardDemo,
  };
}
