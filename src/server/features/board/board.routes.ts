import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Env } from '#server/env.js';
import { applicationsRoutes } from './applications.routes.js';
import type { LatestAssessmentBasis } from './assessment-basis.port.js';
import type { BoardRouteOptions } from './board-route-schemas.js';
import { startBoardSweepTimer } from './board-sweep.service.js';
import { membersRoutes } from './members.routes.js';
import { opportunitiesRoutes } from './opportunities.routes.js';
import { organizationsRoutes } from './organizations.routes.js';
import { placesRoutes } from './places.routes.js';
import { savedOpportunitiesRoutes } from './saved-opportunities.routes.js';
import { volunteerHoursRoutes } from './volunteer-hours.routes.js';

export interface BoardRoutesOptions extends BoardRouteOptions {
  /** Mail settings for the application notices (ADR 0024). */
  env: Env;
  /** Recommendations read the person's latest assessment through this port (matching implements it). */
  latestAssessmentBasis: LatestAssessmentBasis;
  /** How often a listening server runs the board sweep; 0 turns the timer off (the sweep still runs lazily). */
  sweepIntervalMs?: number;
}

/** The experience board: one route plugin per resource, and the sweep timer of a listening server. */
export const boardRoutes: FastifyPluginAsyncZod<BoardRoutesOptions> = async (
  app,
  { db, env, now, latestAssessmentBasis, sweepIntervalMs = 10 * 60_000 },
) => {
  // Only a server that listens runs the timer (tests and the CLI use inject or call services).
  if (sweepIntervalMs > 0) {
    let stop: (() => void) | null = null;
    app.addHook('onListen', async () => {
      stop = startBoardSweepTimer(db, app.log, sweepIntervalMs, now);
    });
    app.addHook('onClose', async () => stop?.());
  }

  await app.register(organizationsRoutes, { db, now });
  await app.register(membersRoutes, { db, env, now });
  await app.register(opportunitiesRoutes, { db, now, latestAssessmentBasis });
  await app.register(placesRoutes, { db, now });
  await app.register(savedOpportunitiesRoutes, { db, now });
  await app.register(applicationsRoutes, { db, env, now });
  await app.register(volunteerHoursRoutes, { db, now });
};
