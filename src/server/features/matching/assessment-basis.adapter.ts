import type { LatestAssessmentBasis } from '../board/assessment-basis.port.js';
import { getLatestAssessment } from './matching.service.js';

/** Matching's side of the board's recommendation port: causes and the ten best-matched careers. */
export const latestAssessmentBasis: LatestAssessmentBasis = async (db, userId) => {
  const { assessment } = await getLatestAssessment(db, userId);
  if (!assessment) return null;
  return { causes: assessment.profile.causes, careerIds: assessment.results.slice(0, 10).map((r) => r.id) };
};
