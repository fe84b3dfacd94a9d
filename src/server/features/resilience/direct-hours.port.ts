import type { WeeklyHours } from '../../../contracts/checkin.js';
import type { DbOrTx } from '../../db/client.js';

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

/**
 * Filled by the hours log feature (issue 5): it will sum the person's `direct` hour entries per week.
 * Until that feature exists nobody has logged hours, so the series is empty; the dashboard then shows no
 * workload chart and the workload warning rule (tested with crafted series) stays quiet.
 */
export const directHoursPerWeekFromHoursLog: DirectHoursPerWeek = async () => [];
