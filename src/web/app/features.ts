import { assessmentFeature } from '../features/assessment/assessment.feature.js';
import { authFeature } from '../features/auth/auth.feature.js';
import { backupFeature } from '../features/backup/backup.feature.js';
import { boardFeature } from '../features/board/board.feature.js';
import { careersFeature } from '../features/careers/careers.feature.js';
import { guidesFeature } from '../features/guides/guides.feature.js';
import { hoursFeature } from '../features/hours/hours.feature.js';
import { mailboxFeature } from '../features/mailbox/mailbox.feature.js';
import { mentorshipFeature } from '../features/mentorship/mentorship.feature.js';
import { pathwaysFeature } from '../features/pathways/pathways.feature.js';
import { peerSpacesFeature } from '../features/peer-spaces/peer-spaces.feature.js';
import { resilienceFeature } from '../features/resilience/resilience.feature.js';
import type { NavItem, WebFeature } from '../lib/web-feature.js';

/** Every web feature, once. The order is the order of the main navigation. */
export const WEB_FEATURES: readonly WebFeature[] = [
  assessmentFeature,
  careersFeature,
  pathwaysFeature,
  boardFeature,
  hoursFeature,
  guidesFeature,
  resilienceFeature,
  mentorshipFeature,
  peerSpacesFeature,
  authFeature,
  mailboxFeature,
  backupFeature,
];

export const NAV_ITEMS: readonly NavItem[] = WEB_FEATURES.flatMap((feature) => feature.nav);
