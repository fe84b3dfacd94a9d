import type { ServerFeature } from '#server/server-feature.js';
import { seedEventsDemo } from './events.demo.js';
import { eventsRoutes } from './events.routes.js';
import { personalData } from './events.service.js';

/** Community events (issue 16, ADR 0028): approval, search, seats with a waiting list, calendar files and feeds. */
export const eventsFeature: ServerFeature = {
  name: 'events',
  personalData: { name: 'events', collect: personalData },
  registerRoutes: async (app, { db, env, now }) => {
    await app.register(eventsRoutes, { db, env, now });
  },
  seedDemo: (db) => seedEventsDemo(db),
};
