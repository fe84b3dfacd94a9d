import type { SelfCareDay, SubscaleScore, Warning, WeeklyHours } from '#contracts/checkin.js';
import { addDays, daysBetween, formatDay, mondayOf } from '../calendar-date.js';
import { latestOfEachDay } from './daily.js';
import { hasSupportContact } from './self-care.js';

/*
 * Early-warning rules. Pure: they read the person's check-ins, daily self-care log and weekly
 * direct-client hours, and say what worries them, which data triggered it, and what the person could do,
 * in terms of their own log. They never diagnose; the wording says what the numbers did.
 *
 * - band-rising: a subscale that says which way is worse moved to a more concerning band at the latest
 *   check-in, or crept there over the last few check-ins without ever easing.
 * - high-with-workload-rise: a subscale is in its most concerning band while direct-client hours per week
 *   rose (recent weeks against the weeks before).
 * - high-without-support: a subscale is in its most concerning band and the person's log shows no
 *   supervision or peer-support contact in the last N weeks.
 */

/** A scored check-in as the rules read it. */
export interface CheckinPoint {
  date: string;
  /** When it was saved (ISO-8601); of several check-ins on one day the latest counts (ADR 0020). */
  createdAt?: string | undefined;
  instrumentId: string;
  scores: readonly SubscaleScore[];
}

export interface WarningOptions {
  /** Weeks without any logged supervision or peer-support contact that count as a gap. */
  supportGapWeeks: number;
  /** Weeks in each of the two windows compared for a workload rise. */
  workloadWindowWeeks: number;
  /** A rise of at least this percentage ... */
  workloadRisePercent: number;
  /** ... and at least this many hours a week counts as a workload rise. */
  workloadRiseMinHours: number;
  /** A latest check-in older than this says too little about now to warn on. */
  maxCheckinAgeDays: number;
  /** How many recent check-ins a slow rise is looked for in. */
  risingWindow: number;
}

export const DEFAULT_WARNING_OPTIONS: WarningOptions = {
  supportGapWeeks: 3,
  workloadWindowWeeks: 4,
  workloadRisePercent: 25,
  workloadRiseMinHours: 2,
  maxCheckinAgeDays: 45,
  risingWindow: 3,
};

export interface WarningInput {
  /** The person's today (YYYY-MM-DD). */
  today: string;
  checkins: readonly CheckinPoint[];
  selfCare: readonly SelfCareDay[];
  /** Direct-client hours per ISO week (weekStart = Monday); empty when no hours are logged. */
  directHoursPerWeek: readonly WeeklyHours[];
  options?: Partial<WarningOptions>;
}

/** Where to turn at once; general on purpose, and true wherever the person is. */
export const URGENT_HELP =
  'If you feel unsafe, are thinking about harming yourself, or cannot cope right now, get help today: in the ' +
  'United States call or text 988 (Suicide & Crisis Lifeline); elsewhere call your local emergency number or a ' +
  'local crisis line. These check-ins are a self-reflection aid, not a diagnosis; a doctor or a counselor can ' +
  'help you make sense of how you feel.';

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function scoreText(score: SubscaleScore): string {
  return `${score.band} (score ${round1(score.score)})`;
}

function isMostConcerning(score: SubscaleScore): boolean {
  return score.severity !== null && score.bandCount > 1 && score.severity === score.bandCount - 1;
}

function daysIn(days: readonly SelfCareDay[], from: string, to: string): SelfCareDay[] {
  return days.filter((d) => d.date >= from && d.date <= to);
}

function pick<K extends 'sleepHours' | 'activityMinutes' | 'breaksTaken'>(
  days: readonly SelfCareDay[],
  key: K,
): number[] {
  return days.flatMap((d) => {
    const value = d[key];
    return value === null ? [] : [value];
  });
}

function weeksAgo(from: string, to: string): string {
  const weeks = Math.floor(daysBetween(from, to) / 7);
  if (weeks <= 0) return 'this week';
  return weeks === 1 ? '1 week ago' : `${weeks} weeks ago`;
}

/**
 * Concrete next steps, each drawn from what the person's own log shows over the last two weeks against
 * the eight weeks before; generic steps only where the log is silent.
 */
export function suggestSteps(selfCare: readonly SelfCareDay[], today: string): string[] {
  const steps: string[] = [];
  const recentFrom = addDays(today, -13);
  const recent = daysIn(selfCare, recentFrom, today);
  const baseline = daysIn(selfCare, addDays(today, -69), addDays(today, -14));

  const recentSleep = average(pick(recent, 'sleepHours'));
  const baselineSleep = average(pick(baseline, 'sleepHours'));
  if (recentSleep !== null && baselineSleep !== null && recentSleep <= baselineSleep - 0.5) {
    steps.push(
      `Sleep: you averaged ${round1(recentSleep)} hours a night over the last two weeks, down from ${round1(baselineSleep)} before that. ` +
        'Set a time to stop reading work messages in the evening and keep a regular bedtime this week.',
    );
  } else if (recentSleep !== null && recentSleep < 7) {
    steps.push(
      `Sleep: you averaged ${round1(recentSleep)} hours a night over the last two weeks. ` +
        'Plan two earlier nights this week and notice whether the next check-in moves.',
    );
  }

  const recentActivity = average(pick(recent, 'activityMinutes'));
  const baselineActivity = average(pick(baseline, 'activityMinutes'));
  if (recentActivity !== null && baselineActivity !== null && recentActivity <= baselineActivity * 0.7) {
    steps.push(
      `Activity: your logged activity fell to ${Math.round(recentActivity)} minutes a day from ${Math.round(baselineActivity)} before. ` +
        'Put two short walks or whatever movement you enjoy into your calendar this week, between sessions if you can.',
    );
  } else if (recentActivity !== null && recentActivity < 20) {
    steps.push(
      `Activity: you logged ${Math.round(recentActivity)} minutes of activity a day over the last two weeks. ` +
        'Even a 15-minute walk after your last session helps close the working day.',
    );
  }

  const boundaryDays = recent.filter((d) => d.boundaries !== null);
  const crossed = boundaryDays.filter((d) => d.boundaries === 'crossed').length;
  if (crossed >= 2) {
    steps.push(
      `Boundaries: you noted boundaries crossed on ${crossed} of the ${boundaryDays.length} days you recorded them in the last two weeks. ` +
        'Choose one to hold this week (ending sessions on time, no work messages after a set hour) and note how it goes.',
    );
  }

  const breaks = average(pick(recent, 'breaksTaken'));
  if (breaks !== null && breaks < 2) {
    steps.push(
      `Breaks: you took ${round1(breaks)} ${breaks === 1 ? 'break' : 'breaks'} a day on average recently. Block two 10-minute breaks in each working day, away from screens and case notes.`,
    );
  }

  const lastContact = [...selfCare]
    .filter(hasSupportContact)
    .map((d) => d.date)
    .filter((date) => date <= today)
    .sort()
    .at(-1);
  if (!lastContact) {
    steps.push(
      'Support: no supervision or peer-support contact is in your log yet. Book time with your supervisor or a trusted colleague to talk through your hardest cases.',
    );
  } else if (daysBetween(lastContact, today) >= 14) {
    steps.push(
      `Support: your last logged supervision or peer-support contact was on ${formatDay(lastContact)} (${weeksAgo(lastContact, today)}). ` +
        'Book a supervision slot or call a peer this week.',
    );
  }

  // What the person's better days have in common is the most personal suggestion the log can make.
  const goodDays = selfCare.filter((d) => d.mood !== null && d.mood >= 4);
  const hardDays = selfCare.filter((d) => d.mood !== null && d.mood <= 2);
  const goodSleep = average(pick(goodDays, 'sleepHours'));
  const hardSleep = average(pick(hardDays, 'sleepHours'));
  if (
    pick(goodDays, 'sleepHours').length >= 3 &&
    pick(hardDays, 'sleepHours').length >= 3 &&
    goodSleep !== null &&
    hardSleep !== null &&
    goodSleep - hardSleep >= 0.5
  ) {
    steps.push(
      `Your own pattern: on days you rated your mood 4 or 5 you had slept ${round1(goodSleep)} hours on average, against ${round1(hardSleep)} on days you rated 1 or 2.`,
    );
  }

  if (recent.length === 0) {
    steps.push(
      'Log sleep, activity, breaks and support contact for a week: the next check-in can then point to what changed.',
    );
  }
  steps.push(
    'Time off: look at the next four weeks and book a day or half-day off now; tell your supervisor or manager what you need.',
  );
  return steps;
}

function rising(points: { date: string; score: SubscaleScore }[], window: number) {
  const recent = points.slice(-window);
  const last = recent.at(-1);
  const previous = recent.at(-2);
  if (!last || !previous || last.score.severity === null || previous.score.severity === null) return null;
  if (last.score.severity > previous.score.severity) return recent.slice(-2);
  const isNonDecreasing = recent.every(
    (p, i) => i === 0 || (p.score.severity ?? 0) >= (recent[i - 1]?.score.severity ?? 0),
  );
  const first = recent[0];
  if (isNonDecreasing && first && first.score.severity !== null && last.score.severity > first.score.severity) {
    return recent;
  }
  return null;
}

function weeklyAverage(byWeek: Map<string, number>, weeks: string[]): number {
  return weeks.reduce((sum, w) => sum + (byWeek.get(w) ?? 0), 0) / weeks.length;
}

function weekRange(lastWeek: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(lastWeek, -7 * (count - 1 - i)));
}

/** Runs every rule; returns the warnings that hold, most specific first. */
export function evaluateWarnings(input: WarningInput): Warning[] {
  const options = { ...DEFAULT_WARNING_OPTIONS, ...input.options };
  const { today } = input;
  // One check-in per day, the latest of each (ADR 0020), so a day never "rises" against itself.
  const ordered = latestOfEachDay(input.checkins.filter((c) => c.date <= today));
  const latest = ordered.at(-1);
  if (!latest || daysBetween(latest.date, today) > options.maxCheckinAgeDays) return [];

  const sameInstrument = ordered.filter((c) => c.instrumentId === latest.instrumentId);
  const warnings: Warning[] = [];
  let steps: string[] | null = null;
  const stepsFor = () => {
    steps ??= suggestSteps(input.selfCare, today);
    return steps;
  };

  for (const score of latest.scores) {
    if (score.severity === null) continue;
    const points = sameInstrument.flatMap((c) => {
      const s = c.scores.find((x) => x.id === score.id);
      return s ? [{ date: c.date, score: s }] : [];
    });
    const run = rising(points, options.risingWindow);
    if (!run) continue;
    const from = run[0];
    if (!from) continue;
    warnings.push({
      id: `band-rising:${score.id}`,
      kind: 'band-rising',
      title: `${score.label}: from ${from.score.band} to ${score.band}`,
      because: [
        `Your ${score.label.toLowerCase()} moved to a more concerning band between ${formatDay(from.date)} and ${formatDay(latest.date)}.`,
        ...run.map((p) => `${formatDay(p.date)}: ${scoreText(p.score)}.`),
      ],
      steps: stepsFor(),
      urgentHelp: URGENT_HELP,
    });
  }

  const concerning = latest.scores.filter(isMostConcerning);
  if (concerning.length === 0) return warnings;
  const highBecause = concerning.map(
    (s) =>
      `Your ${s.label.toLowerCase()} is in its most concerning band: ${scoreText(s)} on ${formatDay(latest.date)}.`,
  );

  // Workload: the weeks up to and including the check-in's week, against as many weeks before them.
  const byWeek = new Map<string, number>();
  for (const w of input.directHoursPerWeek) byWeek.set(w.weekStart, (byWeek.get(w.weekStart) ?? 0) + w.hours);
  const recentWeeks = weekRange(mondayOf(latest.date), options.workloadWindowWeeks);
  const firstRecent = recentWeeks[0] ?? mondayOf(latest.date);
  const previousWeeks = weekRange(addDays(firstRecent, -7), options.workloadWindowWeeks);
  const hasData = (weeks: string[]) => weeks.some((w) => byWeek.has(w));
  if (hasData(recentWeeks) && hasData(previousWeeks)) {
    const recentAvg = weeklyAverage(byWeek, recentWeeks);
    const previousAvg = weeklyAverage(byWeek, previousWeeks);
    const rise = recentAvg - previousAvg;
    if (
      previousAvg > 0 &&
      rise >= options.workloadRiseMinHours &&
      recentAvg >= previousAvg * (1 + options.workloadRisePercent / 100)
    ) {
      const busiest = recentWeeks.reduce((best, w) => ((byWeek.get(w) ?? 0) > (byWeek.get(best) ?? 0) ? w : best));
      warnings.push({
        id: 'high-with-workload-rise',
        kind: 'high-with-workload-rise',
        title: 'A concerning band while your direct-client hours rose',
        because: [
          ...highBecause,
          `Your direct-client hours averaged ${round1(recentAvg)} a week over the ${options.workloadWindowWeeks} weeks to ${formatDay(latest.date)}, ` +
            `up from ${round1(previousAvg)} a week in the ${options.workloadWindowWeeks} weeks before (+${Math.round((rise / previousAvg) * 100)}%).`,
          `Your busiest week began ${formatDay(busiest)}, with ${round1(byWeek.get(busiest) ?? 0)} direct-client hours.`,
        ],
        steps: [
          `Workload: take the rise from ${round1(previousAvg)} to ${round1(recentAvg)} direct-client hours a week to your supervisor or manager, and agree which sessions can move, be shared or wait.`,
          ...stepsFor(),
        ],
        urgentHelp: URGENT_HELP,
      });
    }
  }

  const gapFrom = addDays(today, -(options.supportGapWeeks * 7) + 1);
  const gapDays = daysIn(input.selfCare, gapFrom, today);
  if (gapDays.length > 0 && !gapDays.some(hasSupportContact)) {
    const lastContact = input.selfCare
      .filter((d) => hasSupportContact(d) && d.date <= today)
      .map((d) => d.date)
      .sort()
      .at(-1);
    warnings.push({
      id: 'high-without-support',
      kind: 'high-without-support',
      title: `A concerning band and no support contact in ${options.supportGapWeeks === 1 ? '1 week' : `${options.supportGapWeeks} weeks`}`,
      because: [
        ...highBecause,
        `You logged ${gapDays.length} ${gapDays.length === 1 ? 'day' : 'days'} between ${formatDay(gapFrom)} and ${formatDay(today)}, and none records supervision or peer-support contact.`,
        lastContact
          ? `Your last logged contact was on ${formatDay(lastContact)}.`
          : 'No supervision or peer-support contact is in your log yet.',
      ],
      steps: stepsFor(),
      urgentHelp: URGENT_HELP,
    });
  }
  return warnings;
}
