import { DEMO_TRAINEE_EMAIL } from '#server/demo/demo-accounts.js';
import type { ServerFeature } from '#server/server-feature.js';
import { seedPathwaysDemo } from './pathways.demo.js';
import { pathwaysRoutes } from './pathways.routes.js';
import { pathwaysPersonalData } from './pathways.service.js';
import type { PathwaysPorts } from './pathways-ports.port.js';

/** The planner reads careers and rule sets through ports the manifest hands it. */
export function createPathwaysFeature(ports: PathwaysPorts): ServerFeature {
  return {
    name: 'pathways',
    personalData: pathwaysPersonalData,
    registerRoutes: async (app, { db, now }) => {
      await app.register(pathwaysRoutes, { db, now, ports });
    },
    seedDemo: (db) => seedPathwaysDemo(db, DEMO_TRAINEE_EMAIL, ports),
  };
}
