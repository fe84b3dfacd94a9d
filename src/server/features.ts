import { accountFeature } from './features/account/account.feature.js';
import { authFeature } from './features/auth/auth.feature.js';
import { boardFeature } from './features/board/board.feature.js';
import { careersFeature } from './features/careers/careers.feature.js';
import { guidesFeature } from './features/guides/guides.feature.js';
import { directHoursPerWeekFromLog } from './features/hours/direct-hours.adapter.js';
import { hoursFeature } from './features/hours/hours.feature.js';
import { licensureFeature } from './features/licensure/licensure.feature.js';
import { matchingFeature } from './features/matching/matching.feature.js';
import { pathwaysFeature } from './features/pathways/pathways.feature.js';
import { createResilienceFeature } from './features/resilience/resilience.feature.js';
import type { ServerFeature } from './server-feature.js';

/**
 * Every server feature, once, and the only place where features are wired to each other's ports. Order matters:
 * reference data loads in this order (the catalog before guides, which name careers), routes register in it, the
 * data export lists sections in it, and demo rows are seeded in it.
 */
export const SERVER_FEATURES: readonly ServerFeature[] = [
  authFeature,
  accountFeature,
  careersFeature,
  matchingFeature,
  guidesFeature,
  createResilienceFeature({ directHoursPerWeek: directHoursPerWeekFromLog }),
  boardFeature,
  licensureFeature,
  pathwaysFeature,
  hoursFeature,
];
