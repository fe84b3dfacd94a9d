import type { Level, QualityId, RiasecLetter, WorkValueId } from '#contracts/vocabulary.js';

// The contracts carry human labels only for causes, sectors, scales and education; these
// are the web's wording for the other vocabularies. The ids stay the contracts' own.

export const LEVEL_LABELS: Record<Level, string> = {
  high: 'High',
  some: 'Some',
  low: 'Low',
};

export const QUALITY_LABELS: Record<QualityId, string> = {
  empathy: 'Empathy',
  resilience: 'Resilience',
  'self-awareness': 'Self-awareness',
  'boundary-setting': 'Boundary setting',
  communication: 'Communication',
  patience: 'Patience',
  advocacy: 'Advocacy',
  'analytical-thinking': 'Analytical thinking',
  leadership: 'Leadership',
  'cultural-humility': 'Cultural humility',
};

export const RIASEC_LABELS: Record<RiasecLetter, { name: string; hint: string }> = {
  R: { name: 'Realistic', hint: 'hands-on work with tools, bodies, plants or machines' },
  I: { name: 'Investigative', hint: 'studying, researching and solving problems' },
  A: { name: 'Artistic', hint: 'self-expression and work without a fixed routine' },
  S: { name: 'Social', hint: 'helping, teaching and caring for people' },
  E: { name: 'Enterprising', hint: 'leading, persuading and starting things' },
  C: { name: 'Conventional', hint: 'orderly work with clear procedures and records' },
};

export const WORK_VALUE_LABELS: Record<WorkValueId, string> = {
  achievement: 'Achievement',
  'working-conditions': 'Working conditions',
  recognition: 'Recognition',
  relationships: 'Relationships',
  support: 'Support',
  independence: 'Independence',
};

/** O*NET job zones, in plain words (the zone number is O*NET's; the wording is ours). */
export const JOB_ZONE_LABELS: Record<number, string> = {
  1: 'Little or no preparation needed',
  2: 'Some preparation needed',
  3: 'Medium preparation needed',
  4: 'Considerable preparation needed',
  5: 'Extensive preparation needed',
};
