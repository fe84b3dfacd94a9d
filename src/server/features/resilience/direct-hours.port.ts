import type { WeeklyHours } from '#contracts/checkin.js';
import type { DbOrTx } from '#server/db/client.js';

/**
 * The workload link: direct-client hours per ISO week (weekStart = the Monday) between two dates,
 * oldest first, only weeks with hours. Resilience reads workload through this port and nothing else,
 * so the hours log can change its tables without touching this feature.
 */
export type DirectHoursPerWeek = (
  db: DbOrTx,
  userId: string,
  fromDate: string,
  toDate: string,
) => Promise<WeeklyHours[]>;
