import type { OpportunitySummary, ResponseTime } from '#contracts/board.js';
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

export function describePlace(opportunity: Pick<OpportunitySummary, 'isRemote' | 'address' | 'distanceKm'>): string {
  const place = opportunity.isRemote
    ? opportunity.address
      ? `Remote or at ${opportunity.address}`
      : 'Remote'
    : (opportunity.address ?? 'On site');
  return opportunity.distanceKm === null ? place : `${place} (${opportunity.distanceKm} km away)`;
}

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(2).replace(/0$/, '')} h`;
}
