import { accountFeature } from './features/account/account.feature.js';
import { authFeature } from './features/auth/auth.feature.js';
import { backupFeature } from './features/backup/backup.feature.js';
import { createBoardFeature } from './features/board/board.feature.js';
import { confirmedPlacementsOf } from './features/board/placement-hours.adapter.js';
import { resolveUsPlace } from './features/board/us-place.adapter.js';
import { careerDetailOf } from './features/careers/career-detail.adapter.js';
import { careersFeature } from './features/careers/careers.feature.js';
import { catalogSnapshotOf } from './features/careers/catalog.adapter.js';
import { createEventsFeature } from './features/events/events.feature.js';
import { guidesFeature } from './features/guides/guides.feature.js';
import { directHoursPerWeekFromLog } from './features/hours/direct-hours.adapter.js';
import { createHoursFeature } from './features/hours/hours.feature.js';
import { initiativeFeature } from './features/initiative/initiative.feature.js';
import { milestoneFeedEntries } from './features/initiative/milestone-feed.adapter.js';
import { licensureFeature } from './features/licensure/licensure.feature.js';
import { ruleSetCatalog } from './features/licensure/rule-sets.adapter.js';
import { mailboxFeature } from './features/mailbox/mailbox.feature.js';
import { latestAssessmentBasis } from './features/matching/assessment-basis.adapter.js';
import { createMatchingFeature } from './features/matching/matching.feature.js';
import { conversationFeedEntries } from './features/mentorship/conversation-feed.adapter.js';
import { mentorshipFeature } from './features/mentorship/mentorship.feature.js';
import { noticesFeature } from './features/notices/notices.feature.js';
import { createPathwaysFeature } from './features/pathways/pathways.feature.js';
import type { PathwaysPorts } from './features/pathways/pathways-ports.port.js';
import { peerSpacesFeature } from './features/peer-spaces/peer-spaces.feature.js';
import { createResilienceFeature } from './features/resilience/resilience.feature.js';
import type { ServerFeature } from './server-feature.js';

/** The hours log's ports (exported for tests, which seed demo data outside the app). */
export const hoursPorts = { confirmedPlacementsOf, ruleSets: ruleSetCatalog };

/** The planner's ports (exported for tests and the CLI, which call the planner outside the app). */
export const pathwaysPorts: PathwaysPorts = { careerDetailOf, ruleSets: ruleSetCatalog };

/**
 * Every server feature, once, and the only place where features are wired to each other's ports. Order matters:
 * reference data loads in this order (the catalog before guides, which name careers), routes register in it, the
 * data export lists sections in it, and demo rows are seeded in it.
 */
export const SERVER_FEATURES: readonly ServerFeature[] = [
  authFeature,
  accountFeature,
  careersFeature,
  createMatchingFeature({ catalogOf: catalogSnapshotOf }),
  guidesFeature,
  createResilienceFeature({ directHoursPerWeek: directHoursPerWeekFromLog }),
  createBoardFeature({ latestAssessmentBasis }),
  licensureFeature,
  createPathwaysFeature(pathwaysPorts),
  createHoursFeature(hoursPorts),
  initiativeFeature,
  backupFeature,
  mailboxFeature,
  mentorshipFeature,
  peerSpacesFeature,
  createEventsFeature({ feedEntries: [conversationFeedEntries, milestoneFeedEntries], resolvePlace: resolveUsPlace }),
  noticesFeature,
];
