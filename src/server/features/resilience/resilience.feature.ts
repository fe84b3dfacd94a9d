import { DEMO_TRAINEE_EMAIL } from '#server/demo/demo-accounts.js';
import type { ServerFeature } from '#server/server-feature.js';
import type { DirectHoursPerWeek } from './direct-hours.port.js';
import { seedResilienceDemo } from './resilience.demo.js';
import { ensureInstrumentsLoaded } from './resilience.loader.js';
import { resilienceRoutes } from './resilience.routes.js';
import { resiliencePersonalData } from './resilience-export.service.js';

/** Resilience reads workload through a port; the manifest hands it the hours log's adapter. */
export function createResilienceFeature(ports: { directHoursPerWeek: DirectHoursPerWeek }): ServerFeature {
  return {
    name: 'resilience',
    personalData: resiliencePersonalData,
    registerRoutes: async (app, { db, now }) => {
      await app.register(resilienceRoutes, { db, now, directHoursPerWeek: ports.directHoursPerWeek });
    },
    loadReferenceData: async (db) => {
      await ensureInstrumentsLoaded(db);
    },
    seedDemo: (db) => seedResilienceDemo(db, DEMO_TRAINEE_EMAIL),
  };
}
