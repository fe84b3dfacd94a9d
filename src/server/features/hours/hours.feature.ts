import { DEMO_SUPERVISOR_EMAIL, DEMO_TRAINEE_EMAIL } from '#server/demo/demo-accounts.js';
import type { ServerFeature } from '#server/server-feature.js';
import { seedHoursDemo } from './hours.demo.js';
import { hoursRoutes } from './hours.routes.js';
import { hoursPersonalData } from './hours.service.js';
import type { ConfirmedPlacementsOf } from './placement-hours.port.js';
import type { RuleSetCatalog } from './rule-sets.port.js';
import { signOffSchedule } from './sign-off.schedule.js';

/** The hours log pulls confirmed placement hours from the board through a port the manifest hands it. */
export function createHoursFeature(ports: {
  confirmedPlacementsOf: ConfirmedPlacementsOf;
  ruleSets: RuleSetCatalog;
}): ServerFeature {
  return {
    name: 'hours',
    personalData: hoursPersonalData,
    registerRoutes: async (app, { db, env, now }) => {
      await app.register(hoursRoutes, { db, env, now, ...ports });
      await app.register(signOffSchedule, { db, env, now });
    },
    seedDemo: (db) => seedHoursDemo(db, DEMO_TRAINEE_EMAIL, DEMO_SUPERVISOR_EMAIL, ports.ruleSets),
  };
}
