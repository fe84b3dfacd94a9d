import type { ServerFeature } from '#server/server-feature.js';
import { seedEventsDemo } from './events.demo.js';
import { eventsRoutes } from './events.routes.js';
import { personalData } from './events.service.js';
import type { FeedEntriesOf } from './feed-entries.port.js';

/**
 * Community events (issue 16, ADR 0028): approval, search, seats with a waiting list, calendar files and feeds. The
 * private feed also carries what other features put in it through the `feedEntries` ports (features.ts wires them).
 */
export function createEventsFeature(ports: { feedEntries: readonly FeedEntriesOf[] }): ServerFeature {
  return {
    name: 'events',
    personalData: { name: 'events', collect: personalData },
    registerRoutes: async (app, { db, env, now }) => {
      await app.register(eventsRoutes, { db, env, now, feedEntries: ports.feedEntries });
    },
    seedDemo: (db) => seedEventsDemo(db),
  };
}
