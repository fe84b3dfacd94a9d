import type { SelfCareDay } from '#contracts/checkin.js';

/** True when the day's log records supervision or peer-support contact. */
export function hasSupportContact(day: Pick<SelfCareDay, 'supportContact'>): boolean {
  return day.supportContact === 'supervision' || day.supportContact === 'peer-support' || day.supportContact === 'both';
}
