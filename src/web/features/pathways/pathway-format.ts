import type { RoadmapStage } from '#contracts/pathways.js';
import { formatDate } from '#web/lib/format-date.js';

/** A plan date in the one web format ("1 Sep 2026"), or why there is none. */
export function formatPlanDate(iso: string | null): string {
  return iso === null ? 'not known yet' : formatDate(iso);
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
