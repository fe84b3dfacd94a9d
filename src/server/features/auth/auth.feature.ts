import type { ServerFeature } from '#server/server-feature.js';
import { accountMailRoutes } from './account-mail.routes.js';
import { authRoutes } from './auth.routes.js';

export const authFeature: ServerFeature = {
  name: 'auth',
  registerRoutes: async (app, { db, env, now }) => {
    await app.register(authRoutes, { db, env, now });
    await app.register(accountMailRoutes, { db, env, now });
  },
};
