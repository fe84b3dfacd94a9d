import type { ServerFeature } from '#server/server-feature.js';
import { seedMentorshipDemo } from './mentorship.demo.js';
import { mentorshipPersonalData } from './mentorship.personal-data.js';
import { mentorshipRoutes } from './mentorship.routes.js';

/** Mentorship (ADR 0027). It reads nothing from the hours log and writes nothing to it: mentoring is not supervision. */
export const mentorshipFeature: ServerFeature = {
  name: 'mentorship',
  personalData: mentorshipPersonalData,
  registerRoutes: async (app, { db, env, now }) => {
    await app.register(mentorshipRoutes, { db, env, now });
  },
  seedDemo: (db) => seedMentorshipDemo(db),
};
