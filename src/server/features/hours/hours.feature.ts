import { DEMO_SUPERVISOR_EMAIL, DEMO_TRAINEE_EMAIL } from '../../demo/demo-accounts.js';
import type { ServerFeature } from '../../server-feature.js';
import { seedHoursDemo } from './hours.demo.js';
import { hoursRoutes } from './hours.routes.js';
import { hoursPersonalData } from './hours.service.js';

export const hoursFeature: ServerFeature = {
  name: 'hours',
  personalData: hoursPersonalData,
  registerRoutes: async (app, { db }) => {
    await app.register(hoursRoutes, { db });
  },
  seedDemo: (db) => seedHoursDemo(db, DEMO_TRAINEE_EMAIL, DEMO_SUPERVISOR_EMAIL),
};
