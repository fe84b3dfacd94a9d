import { noticeSchedule } from '#server/mail/notice-schedule.js';
import type { ServerFeature } from '#server/server-feature.js';
import { runApplicationDigests } from './application-digest.service.js';
import { boardPersonalData } from './applications.service.js';
import type { LatestAssessmentBasis } from './assessment-basis.port.js';
import { seedBoardDemo } from './board.demo.js';
import { boardRoutes } from './board.routes.js';
import { ensurePlacesLoaded } from './places.loader.js';

const applicationDigestSchedule = noticeSchedule('board-application-digest', runApplicationDigests);

/** The board reads a person's latest assessment (for recommendations) through a port the manifest hands it. */
export function createBoardFeature(ports: { latestAssessmentBasis: LatestAssessmentBasis }): ServerFeature {
  return {
    name: 'board',
    personalData: boardPersonalData,
    registerRoutes: async (app, { db, env, now }) => {
      await app.register(boardRoutes, { db, env, now, latestAssessmentBasis: ports.latestAssessmentBasis });
      await app.register(applicationDigestSchedule, { db, env, now });
    },
    loadReferenceData: async (db) => {
      await ensurePlacesLoaded(db);
    },
    seedDemo: seedBoardDemo,
  };
}
