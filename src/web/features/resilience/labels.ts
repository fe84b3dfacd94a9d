import type { JournalTag, SelfCareDay, SupportContact } from '#contracts/checkin.js';

export const SELF_CARE_LABELS: Record<string, string> = {
  date: 'Date',
  sleepHours: 'Sleep (hours)',
  activityMinutes: 'Physical activity (minutes)',
  mealsRating: 'Meals',
  breaksTaken: 'Breaks taken',
  boundaries: 'Boundaries',
  supportContact: 'Supervision or peer support',
  mood: 'Mood',
};

export const MEALS_OPTIONS = [
  { value: '1', label: '1 – skipped or poor' },
  { value: '2', label: '2' },
  { value: '3', label: '3 – okay' },
  { value: '4', label: '4' },
  { value: '5', label: '5 – regular and nourishing' },
] as const;

export const MOOD_OPTIONS = [
  { value: '1', label: '1 – very low' },
  { value: '2', label: '2 – low' },
  { value: '3', label: '3 – okay' },
  { value: '4', label: '4 – good' },
  { value: '5', label: '5 – very good' },
] as const;

export const BOUNDARY_OPTIONS = [
  { value: 'kept', label: 'Kept' },
  { value: 'crossed', label: 'Crossed' },
] as const;

export const SUPPORT_LABELS: Record<SupportContact, string> = {
  none: 'None',
  supervision: 'Supervision',
  'peer-support': 'Peer support',
  both: 'Supervision and peer support',
};

export const TAG_LABELS: Record<JournalTag, string> = {
  win: 'Win',
  challenge: 'Challenge',
  lesson: 'Lesson',
};

/** A logged day as one line of text, for tables and summaries. */
export function formatSelfCareValue(day: SelfCareDay, field: keyof Omit<SelfCareDay, 'date'>): string {
  const value = day[field];
  if (value === null) return '–';
  if (field === 'supportContact') return SUPPORT_LABELS[value as SupportContact];
  if (field === 'boundaries') return value === 'kept' ? 'Kept' : 'Crossed';
  if (field === 'sleepHours') return `${value} h`;
  if (field === 'activityMinutes') return `${value} min`;
  return String(value);
}
