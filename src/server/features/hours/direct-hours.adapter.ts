import type { DirectHoursPerWeek } from '../resilience/direct-hours.port.js';
import * as repo from './hours.repository.js';

/**
 * The resilience feature's workload port, filled from the hours log: the person's `direct` hours per ISO week
 * (weekStart = the Monday) between two dates, oldest first, only weeks with hours. Every logged direct hour
 * counts here, verified or not: workload is what was worked, not what a board accepts.
 */
export const directHoursPerWeekFromLog: DirectHoursPerWeek = async (db, userId, fromDate, toDate) => {
  const rows = await repo.sumMinutesByPeriod(db, userId, 'week', fromDate, toDate, ['direct']);
  return rows.filter((r) => r.minutes > 0).map((r) => ({ weekStart: r.start, hours: r.minutes / 60 }));
};
