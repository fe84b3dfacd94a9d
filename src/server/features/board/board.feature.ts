import type { ServerFeature } from '../../server-feature.js';
import { boardPersonalData } from './applications.service.js';
import { seedBoardDemo } from './board.demo.js';
import { boardRoutes } from './board.routes.js';
import { ensurePlacesLoaded } from './places.loader.js';

export const boardFeature: ServerFeature = {
  name: 'board',
  personalData: boardPersonalData,
  registerRoutes: async (app, { db }) => {
    await app.register(boardRoutes, { db });
  },
  loadReferenceData: async (db) => {
    await ensurePlacesLoaded(db);
  },
  seedDemo: seedBoardDemo,
};
