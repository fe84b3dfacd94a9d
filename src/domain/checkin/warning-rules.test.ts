import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SelfCareDay, SubscaleScore, WeeklyHours } from '#contracts/checkin.js';
import { addDays, mondayOf } from '../calendar-date.js';
import { type CheckinPoint, evaluateWarnings, suggestSteps, URGENT_HELP, type WarningInput } from './warning-rules.js';

const BANDS = ['low', 'moderate', 'high'] as const;
const TODAY = '2026-03-15'; // a Sunday

function score(id: string, severity: number, worseWhen: 'higher' | 'lower' = 'higher'): SubscaleScore {
  const label = id === 'burnout' ? 'Burnout' : id === 'cs' ? 'Compassion satisfaction' : 'Secondary traumatic stress';
  const bandIndex = worseWhen === 'higher' ? severity : 2 - severity;
  return { id, label, score: 8 + bandIndex * 7, band: BANDS[bandIndex] ?? 'low', severity, bandCount: 3 };
}

/** Weekly check-ins ending today; each entry gives burnout's severity (sts stays low, cs stays high). */
function weeklyCheckins(burnout: number[], instrumentId = 'vocare-reflective-checkin'): CheckinPoint[] {
  return burnout.map((severity, i) => ({
    date: addDays(TODAY, -7 * (burnout.length - 1 - i)),
    instrumentId,
    scores: [score('cs', 0, 'lower'), score('burnout', severity), score('sts', 0)],
  }));
}

function day(date: string, fields: Partial<SelfCareDay> = {}): SelfCareDay {
  return {
    date,
    sleepHours: null,
    activityMinutes: null,
    mealsRating: null,
    breaksTaken: null,
    boundaries: null,
    supportContact: null,
    mood: null,
    ...fields,
  };
}

/** `count` consecutive days ending `end`. */
function days(end: string, count: number, fields: (i: number) => Partial<SelfCareDay>): SelfCareDay[] {
  return Array.from({ length: count }, (_, i) => day(addDays(end, -(count - 1 - i)), fields(i)));
}

function hours(weekly: number[], lastWeek = mondayOf(TODAY)): WeeklyHours[] {
  return weekly.map((h, i) => ({ weekStart: addDays(lastWeek, -7 * (weekly.length - 1 - i)), hours: h }));
}

function run(input: Partial<WarningInput>) {
  return evaluateWarnings({ today: TODAY, checkins: [], selfCare: [], directHoursPerWeek: [], ...input });
}

describe('band-rising', () => {
  it('fires when a band worsens from one check-in to the next, naming both check-ins', () => {
    const [warning] = run({ checkins: weeklyCheckins([0, 0, 1, 2]) });
    expect(warning).toMatchObject({ id: 'band-rising:burnout', title: 'Burnout: from moderate to high' });
    expect(warning?.because).toEqual([
      'Your burnout moved to a more concerning band between 8 Mar 2026 and 15 Mar 2026.',
      '8 Mar 2026: moderate (score 15).',
      '15 Mar 2026: high (score 22).',
    ]);
    expect(warning?.urgentHelp).toBe(URGENT_HELP);
  });

  it('reads several check-ins of one day as the latest of them, newest-first input included (ADR 0020)', () => {
    const [earlier, latest] = [
      { ...weeklyCheckins([1])[0], createdAt: `${TODAY}T08:00:00.000Z` },
      { ...weeklyCheckins([2])[0], createdAt: `${TODAY}T20:00:00.000Z` },
    ] as CheckinPoint[];
    const lastWeek = weeklyCheckins([1, 0])[0] as CheckinPoint;
    // Newest first, as the dashboard reads them: the evening check-in (high) counts, the morning one is set aside.
    const [warning] = run({ checkins: [latest as CheckinPoint, earlier as CheckinPoint, lastWeek] });
    expect(warning).toMatchObject({ id: 'band-rising:burnout', title: 'Burnout: from moderate to high' });
    expect(warning?.because[0]).toBe(
      'Your burnout moved to a more concerning band between 8 Mar 2026 and 15 Mar 2026.',
    );
    // The latest of the day eased back: no warning compares the day with itself.
    const eased = { ...(latest as CheckinPoint), scores: (lastWeek as CheckinPoint).scores };
    const morningHigh = { ...(earlier as CheckinPoint), scores: (latest as CheckinPoint).scores };
    expect(run({ checkins: [eased, morningHigh, lastWeek] })).toEqual([]);
  });

  it('fires on a slow rise across consecutive check-ins that never eased', () => {
    const [warning] = run({ checkins: weeklyCheckins([0, 1, 1]) });
    expect(warning?.because).toHaveLength(4);
    expect(warning?.because[0]).toContain('between 1 Mar 2026 and 15 Mar 2026');
  });

  it('stays quiet when the band holds, eases, or rose and fell back within the window', () => {
    expect(run({ checkins: weeklyCheckins([2, 2, 2]) }).filter((w) => w.kind === 'band-rising')).toEqual([]);
    expect(run({ checkins: weeklyCheckins([1, 1, 0]) })).toEqual([]);
    expect(run({ checkins: weeklyCheckins([0, 1, 0]) })).toEqual([]);
    expect(run({ checkins: weeklyCheckins([0]) })).toEqual([]);
  });

  it('reads "lower is worse" subscales the right way round', () => {
    const checkins = weeklyCheckins([0, 0]).map((c, i) => ({
      ...c,
      scores: [score('cs', i === 0 ? 0 : 1, 'lower'), score('burnout', 0)],
    }));
    const [warning] = run({ checkins });
    expect(warning?.title).toBe('Compassion satisfaction: from high to moderate');
  });

  it('does not compare check-ins of different instruments', () => {
    const checkins = [...weeklyCheckins([0, 0], 'other'), ...weeklyCheckins([2])];
    expect(run({ checkins }).filter((w) => w.kind === 'band-rising')).toEqual([]);
  });

  it('says nothing about a latest check-in older than the limit', () => {
    const checkins = weeklyCheckins([0, 2]).map((c) => ({ ...c, date: addDays(c.date, -60) }));
    expect(run({ checkins })).toEqual([]);
  });
});

describe('high-with-workload-rise', () => {
  const checkins = weeklyCheckins([2, 2]);

  it('fires when a high band meets a rise in direct-client hours, with the numbers that triggered it', () => {
    const warnings = run({ checkins, directHoursPerWeek: hours([10, 12, 10, 12, 16, 18, 17, 19]) });
    const warning = warnings.find((w) => w.kind === 'high-with-workload-rise');
    expect(warning?.because).toEqual([
      'Your burnout is in its most concerning band: high (score 22) on 15 Mar 2026.',
      'Your direct-client hours averaged 17.5 a week over the 4 weeks to 15 Mar 2026, up from 11 a week in the 4 weeks before (+59%).',
      'Your busiest week began 9 Mar 2026, with 19 direct-client hours.',
    ]);
    expect(warning?.steps[0]).toBe(
      'Workload: take the rise from 11 to 17.5 direct-client hours a week to your supervisor or manager, and agree which sessions can move, be shared or wait.',
    );
  });

  it('counts a week missing from the series as zero hours once the person logs hours', () => {
    const series = hours([10, 10, 10, 10, 20, 20, 20, 20]).filter((_, i) => i !== 1);
    const warning = run({ checkins, directHoursPerWeek: series }).find((w) => w.kind === 'high-with-workload-rise');
    expect(warning?.because[1]).toContain('up from 7.5 a week');
  });

  it('stays quiet with no hours log (the hours port returns an empty series), a small rise, or no high band', () => {
    expect(run({ checkins, directHoursPerWeek: [] })).toEqual([]);
    expect(run({ checkins, directHoursPerWeek: hours([10, 10, 10, 10, 11, 11, 11, 11]) })).toEqual([]);
    expect(run({ checkins, directHoursPerWeek: hours([1, 1, 1, 1, 2, 2, 2, 2]) })).toEqual([]);
    expect(run({ checkins: weeklyCheckins([1, 1]), directHoursPerWeek: hours([5, 5, 5, 5, 20, 20, 20, 20]) })).toEqual(
      [],
    );
    // Hours only in the recent weeks: nothing to compare against.
    expect(run({ checkins, directHoursPerWeek: hours([20, 20, 20, 20]) })).toEqual([]);
  });

  it('takes its windows from the options', () => {
    const warning = run({
      checkins,
      directHoursPerWeek: hours([10, 10, 10, 10, 20, 20]),
      options: { workloadWindowWeeks: 2 },
    }).find((w) => w.kind === 'high-with-workload-rise');
    expect(warning?.because[1]).toContain('averaged 20 a week over the 2 weeks');
  });
});

describe('high-without-support', () => {
  const checkins = weeklyCheckins([2, 2]);

  it('fires when a high band meets three weeks of logs without supervision or peer support', () => {
    const selfCare = [
      day('2026-02-10', { supportContact: 'supervision' }),
      ...days(TODAY, 12, () => ({ supportContact: 'none', sleepHours: 6 })),
    ];
    const warning = run({ checkins, selfCare }).find((w) => w.kind === 'high-without-support');
    expect(warning?.because).toEqual([
      'Your burnout is in its most concerning band: high (score 22) on 15 Mar 2026.',
      'You logged 12 days between 23 Feb 2026 and 15 Mar 2026, and none records supervision or peer-support contact.',
      'Your last logged contact was on 10 Feb 2026.',
    ]);
    expect(warning?.steps).toContain(
      'Support: your last logged supervision or peer-support contact was on 10 Feb 2026 (4 weeks ago). Book a supervision slot or call a peer this week.',
    );
  });

  it('stays quiet after a recent contact, or when nothing was logged in the window', () => {
    const withContact = days(TODAY, 12, (i) => ({ supportContact: i === 5 ? 'peer-support' : 'none' }));
    expect(run({ checkins, selfCare: withContact }).map((w) => w.kind)).toEqual([]);
    expect(run({ checkins, selfCare: [day('2026-01-05', { mood: 3 })] })).toEqual([]);
  });

  it('uses N weeks from the options', () => {
    const selfCare = days(TODAY, 10, () => ({ supportContact: 'none' }));
    const warning = run({ checkins, selfCare, options: { supportGapWeeks: 1 } }).find(
      (w) => w.kind === 'high-without-support',
    );
    expect(warning?.title).toBe('A concerning band and no support contact in 1 week');
  });
});

describe('steps grounded in the log', () => {
  it("points at what changed in the person's own sleep, activity, boundaries and breaks", () => {
    const selfCare = [
      ...days(addDays(TODAY, -14), 30, () => ({ sleepHours: 7.5, activityMinutes: 40, mood: 4 })),
      ...days(TODAY, 14, (i) => ({
        sleepHours: 5.5,
        activityMinutes: 10,
        boundaries: i % 3 === 0 ? 'crossed' : 'kept',
        breaksTaken: 1,
        mood: 2,
      })),
    ];
    const steps = suggestSteps(selfCare, TODAY);
    expect(steps).toEqual([
      'Sleep: you averaged 5.5 hours a night over the last two weeks, down from 7.5 before that. Set a time to stop reading work messages in the evening and keep a regular bedtime this week.',
      'Activity: your logged activity fell to 10 minutes a day from 40 before. Put two short walks or whatever movement you enjoy into your calendar this week, between sessions if you can.',
      'Boundaries: you noted boundaries crossed on 5 of the 14 days you recorded them in the last two weeks. Choose one to hold this week (ending sessions on time, no work messages after a set hour) and note how it goes.',
      'Breaks: you took 1 break a day on average recently. Block two 10-minute breaks in each working day, away from screens and case notes.',
      'Support: no supervision or peer-support contact is in your log yet. Book time with your supervisor or a trusted colleague to talk through your hardest cases.',
      'Your own pattern: on days you rated your mood 4 or 5 you had slept 7.5 hours on average, against 5.5 on days you rated 1 or 2.',
      'Time off: look at the next four weeks and book a day or half-day off now; tell your supervisor or manager what you need.',
    ]);
  });

  it('asks for a week of logging when the log is empty', () => {
    expect(suggestSteps([], TODAY)).toContain(
      'Log sleep, activity, breaks and support contact for a week: the next check-in can then point to what changed.',
    );
  });
});

describe('properties', () => {
  it('never warns without a check-in in the most concerning band or a worsening, whatever the log holds', () => {
    const dayArb = fc.record({
      offset: fc.integer({ min: 0, max: 120 }),
      sleepHours: fc.option(fc.integer({ min: 0, max: 96 }).map((q) => q / 4)),
      supportContact: fc.option(fc.constantFrom('none', 'supervision', 'peer-support', 'both' as const)),
    });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 8 }),
        fc.array(dayArb, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }),
        (severities, logDays, weekly) => {
          // Non-increasing severities below the top band: nothing may fire.
          const calm = [...severities].sort((a, b) => b - a);
          const warnings = run({
            checkins: weeklyCheckins(calm),
            selfCare: logDays.map((d) =>
              day(addDays(TODAY, -d.offset), { sleepHours: d.sleepHours, supportContact: d.supportContact }),
            ),
            directHoursPerWeek: hours(weekly),
          });
          expect(warnings).toEqual([]);
        },
      ),
    );
  });

  it('every warning explains itself and points to urgent help', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 6 }), (severities) => {
        for (const w of run({ checkins: weeklyCheckins(severities), selfCare: days(TODAY, 21, () => ({})) })) {
          expect(w.because.length).toBeGreaterThan(0);
          expect(w.steps.length).toBeGreaterThan(0);
          expect(w.urgentHelp).toContain('988');
        }
      }),
    );
  });
});
