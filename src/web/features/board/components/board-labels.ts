import type { OpportunitySummary, ResponseTime } from '#contracts/board.js';
import { KM_PER_MILE } from '#domain/board/geo.js';
import { formatDate } from '#web/lib/format-date.js';

/** "Usually replies within about 2 days (from 14 applications)", or why there is no figure yet. */
export function describeResponseTime(time: ResponseTime): string {
  if (time.medianHours === null || time.sampleSize === 0) return 'No replies to measure yet';
  const hours = time.medianHours;
  const span =
    hours < 1
      ? 'under an hour'
      : hours < 36
        ? `about ${Math.round(hours)} ${Math.round(hours) === 1 ? 'hour' : 'hours'}`
        : `about ${Math.round(hours / 24)} days`;
  const basis = `${time.sampleSize} ${time.sampleSize === 1 ? 'application' : 'applications'}`;
  return `Typically replies in ${span} (from ${basis})`;
}

export function describeWhen(opportunity: Pick<OpportunitySummary, 'startDate' | 'endDate'>): string {
  const start = opportunity.startDate ? `from ${formatDate(opportunity.startDate)}` : 'start any time';
  const end = opportunity.endDate ? `until ${formatDate(opportunity.endDate)}` : 'ongoing';
  return `${start}, ${end}`;
}

/** "Philadelphia, PA (3.1 mi away)": miles when the search named a US place, km for bare coordinates. */
export function describePlace(
  opportunity: Pick<OpportunitySummary, 'isRemote' | 'address' | 'distanceKm'>,
  unit: 'mi' | 'km' = 'km',
): string {
  const place = opportunity.isRemote
    ? opportunity.address
      ? `Remote or at ${opportunity.address}`
      : 'Remote'
    : (opportunity.address ?? 'On site');
  if (opportunity.distanceKm === null) return place;
  const distance =
    unit === 'mi' ? Math.round((opportunity.distanceKm / KM_PER_MILE) * 10) / 10 : opportunity.distanceKm;
  return `${place} (${distance} ${unit} away)`;
}

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, '')} h`;
}
