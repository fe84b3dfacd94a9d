import type { RoadmapStage } from '../../../contracts/pathways.js';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Sep 1, 2026" for a YYYY-MM-DD date (read as a calendar date, never shifted by the time zone). */
export function formatPlanDate(iso: string | null): string {
  if (iso === null) return 'not known yet';
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

export function formatDuration(stage: Pick<RoadmapStage, 'durationMonths' | 'timing'>): string {
  if (stage.timing === 'ongoing') return 'all along the way';
  if (stage.timing === 'during') return 'during the degree';
  const months = stage.durationMonths;
  if (months === null) return 'length not stated';
  if (months === 0) return 'a milestone';
  if (months % 12 === 0) return `${months / 12} ${months === 12 ? 'year' : 'years'}`;
  return `${months} months`;
}

export function todayIsoDate(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

export const STAGE_KIND_LABELS: Record<RoadmapStage['kind'], string> = {
  degree: 'Degree',
  'field-experience': 'Field experience',
  exam: 'Exam',
  'supervised-practice': 'Supervised practice',
  license: 'License',
  renewal: 'Renewal',
  volunteering: 'Volunteering',
  relationships: 'Relationships',
  'self-care': 'Looking after yourself',
};
