import { DEMO_TRAINEE_EMAIL } from '#server/demo/demo-accounts.js';
import { noticeSchedule } from '#server/mail/notice-schedule.js';
import type { ServerFeature } from '#server/server-feature.js';
import { runCheckinReminders } from './checkin-reminder.service.js';
import type { DirectHoursPerWeek } from './direct-hours.port.js';
import { seedResilienceDemo } from './resilience.demo.js';
import { ensureInstrumentsLoaded } from './resilience.loader.js';
import { resilienceRoutes } from './resilience.routes.js';
import { resiliencePersonalData } from './resilience-export.service.js';

const checkinReminderSchedule = noticeSchedule('resilience-checkin-reminders', runCheckinReminders);

/** Resilience reads workload through a port; the manifest hands it the hours log's adapter. */
export function createResilienceFeature(ports: { directHoursPerWeek: DirectHoursPerWeek }): ServerFeature {
  return {
    name: 'resilience',
    personalData: resiliencePersonalData,
    registerRoutes: async (app, { db, env, now }) => {
      await app.register(resilienceRoutes, { db, now, directHoursPerWeek: ports.directHoursPerWeek });
      await app.register(checkinReminderSchedule, { db, env, now });
    },
    loadReferenceData: async (db) => {
      await ensureInstrumentsLoaded(db);
    },
    seedDemo: (db) => seedResilienceDemo(db, DEMO_TRAINEE_EMAIL),
  };
}
