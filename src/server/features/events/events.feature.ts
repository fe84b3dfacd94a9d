import type { ServerFeature } from '#server/server-feature.js';
import { seedEventsDemo } from './events.demo.js';
import { eventsRoutes } from './events.routes.js';
import { personalData } from './events.service.js';
import type { FeedEntriesOf } from './feed-entries.port.js';
import type { ResolveUsPlace } from './us-place.port.js';

/**
 * Community events (issue 16, ADR 0028): approval, search, seats with a waiting list, calendar files and feeds. The
 * private feed also carries what other features put in it through the `feedEntries` ports, and places resolve through
 * the board's gazetteer (`resolvePlace`); features.ts wires both.
 */
export function createEventsFeature(ports: {
  feedEntries: readonly FeedEntriesOf[];
  resolvePlace: ResolveUsPlace;
}): ServerFeature {
  return {
    name: 'events',
    personalData: { name: 'events', collect: personalData },
    registerRoutes: async (app, { db, env, now }) => {
      await app.register(eventsRoutes, { db, env, now, ...ports });
    },
    seedDemo: (db) => seedEventsDemo(db, ports.resolvePlace),
  };
}
