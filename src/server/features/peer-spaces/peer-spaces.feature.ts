import type { ServerFeature } from '#server/server-feature.js';
import { peerSpacesRoutes } from './peer-spaces.routes.js';
import { personalData } from './peer-spaces.service.js';

/** Peer spaces (issue 16, ADR 0022): discussion by career, cause and stage, moderated like guide comments. */
export const peerSpacesFeature: ServerFeature = {
  name: 'peer-spaces',
  personalData: { name: 'peer-spaces', collect: personalData },
  registerRoutes: async (app, { db, now }) => {
    await app.register(peerSpacesRoutes, { db, now });
  },
};
