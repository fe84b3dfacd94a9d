import {
  type AnswerField,
  type AnswerValue,
  type MatchFactorId,
  MOTIVATION_LABELS,
  type MotivationId,
} from '#contracts/matching.js';

import {
  CAUSE_LABELS,
  type CauseId,
  EDUCATION_LABELS,
  type EducationId,
  RIASEC_LETTERS,
  type WorkValueId,
} from '#contracts/vocabulary.js';

import { RIASEC_LABELS, WORK_VALUE_LABELS } from '#web/lib/labels.js';

import {
  CONTACT_QUESTION,
  INTENSITY_QUESTION,
  MAX_EDUCATION_LABELS,
  SCALE_QUESTION,
  US_STATES,
} from './assessment-questions.js';

export const ANSWER_FIELD_LABELS: Record<AnswerField, string> = {
  causes: 'Causes you care about',
  scale: 'Scale of change',
  clientContact: 'Time with the people you serve',
  emotionalIntensity: 'Emotional weight',
  interests: 'Interest scores',
  values: 'What you value in a job',
  maxEducation: 'How far you will study',
  currentEducation: 'Education completed',
  needsFlexibleStudy: 'Flexible or online study',
  jurisdiction: 'Where you will work',
  motivations: 'Why you want to help',
};

/** What a career lacks data for, as the end of "Vocare has no data on …". */
export const UNKNOWN_FACTOR_LABELS: Record<MatchFactorId, string> = {
  causes: 'the causes it serves',
  scale: 'its scale of change',
  clientContact: 'how much client contact it has',
  emotionalIntensity: 'how emotionally demanding it is',
  interests: 'its interest profile',
  values: 'its work values',
  education: 'the education it needs',
  flexibleStudy: 'whether its training can be taken flexibly',
};

function optionLabel(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

function listOf(items: string[]): string {
  return items.length === 0 ? 'None' : items.join(', ');
}

/** An answer in words, for "what changed since last time". */
export function describeAnswer(field: AnswerField, value: AnswerValue): string {
  if (value === null) return 'Not answered';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) {
    if (field === 'causes') return listOf(value.map((v) => CAUSE_LABELS[v as CauseId] ?? v));
    if (field === 'values') return listOf(value.map((v) => WORK_VALUE_LABELS[v as WorkValueId] ?? v));
    if (field === 'motivations') return listOf(value.map((v) => MOTIVATION_LABELS[v as MotivationId] ?? v));
    return listOf(value);
  }
  if (typeof value === 'object') {
    return RIASEC_LETTERS.map((l) => `${RIASEC_LABELS[l].name} ${value[l]}`).join(', ');
  }
  switch (field) {
    case 'scale':
      return optionLabel(SCALE_QUESTION.options, value);
    case 'clientContact':
      return optionLabel(CONTACT_QUESTION.options, value);
    case 'emotionalIntensity':
      return optionLabel(INTENSITY_QUESTION.options, value);
    case 'maxEducation':
      return MAX_EDUCATION_LABELS[value as EducationId] ?? value;
    case 'currentEducation':
      return EDUCATION_LABELS[value as EducationId] ?? value;
    case 'jurisdiction':
      return US_STATES.find(([code]) => `US-${code}` === value)?.[1] ?? value;
    default:
      return value;
  }
}

export function formatPoints(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '0';
}
