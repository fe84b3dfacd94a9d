import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HELP_KIND_IDS,
  type MatcherMentee,
  MatcherMenteeSchema,
  type MatcherMentor,
  MatcherMentorSchema,
  MENTORING_VALUE_IDS,
} from '#contracts/mentorship.js';
import { CURRENT_STAGE_IDS } from '#contracts/pathways.js';
import { CAUSE_IDS, SCALE_IDS } from '#contracts/vocabulary.js';
import {
  assignMentorPool,
  freeSeats,
  MENTOR_FACTOR_WEIGHTS,
  mentorPairPoints,
  SUGGESTIONS_PER_MENTEE,
  scoreMentorPair,
} from './match-mentors.js';

const mentor = (fields: Partial<MatcherMentor> & { id: string; capacity: number }) => MatcherMentorSchema.parse(fields);
const mentee = (fields: Partial<MatcherMentee> & { id: string }) =>
  MatcherMenteeSchema.parse({ stage: 'bachelor-done', ...fields });

const ana = mentee({
  id: 'ana',
  careers: ['licensed-professional-counselor'],
  scale: 'micro',
  causes: ['mental-health', 'children-families'],
  values: ['lived-experience', 'sustainable-pace'],
  helpWith: ['licensure', 'applying-to-programmes'],
  populations: ['Veterans'],
});

describe('scoreMentorPair', () => {
  it('weights add up to 100, values and causes first, demographics last', () => {
    const w = MENTOR_FACTOR_WEIGHTS;
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBe(100);
    for (const strong of [w.values, w.causes, w.scale, w.career, w.stage]) {
      expect(strong).toBeGreaterThan(w.populations);
      expect(strong).toBeGreaterThan(w.meeting);
    }
  });

  it('explains the three strongest reasons and the weakest factor in plain words', () => {
    const s = scoreMentorPair(
      ana,
      mentor({
        id: 'm1',
        capacity: 2,
        careers: ['licensed-professional-counselor'],
        scales: ['macro'],
        causes: ['mental-health'],
        values: ['lived-experience', 'sustainable-pace'],
        helpWith: ['licensure'],
      }),
      { 'licensed-professional-counselor': 'Licensed professional counselor' },
    );
    expect(s).not.toBeNull();
    expect(s?.strongest.map((f) => f.factor)).toEqual(['values', 'career', 'causes']);
    expect(s?.strongest[0]?.reason).toBe(
      'You share values: respect for lived experience and a sustainable pace of work.',
    );
    expect(s?.strongest[1]?.reason).toBe('They know the career you are aiming for: Licensed professional counselor.');
    expect(s?.weakest.factor).toBe('scale');
    expect(s?.weakest.reason).toBe('They work at the macro scale; you chose micro.');
  });

  it('shared values outweigh shared populations (demographic likeness)', () => {
    const byValues = scoreMentorPair(
      ana,
      mentor({ id: 'v', capacity: 1, values: ['lived-experience', 'sustainable-pace'], populations: ['children'] }),
    );
    const byPeople = scoreMentorPair(
      ana,
      mentor({ id: 'p', capacity: 1, values: ['innovation'], populations: ['veterans'] }),
    );
    expect(byValues?.score ?? 0).toBeGreaterThan(byPeople?.score ?? 0);
  });

  it('refuses pairs without a shared language or that cannot meet', () => {
    expect(scoreMentorPair(ana, mentor({ id: 'x', capacity: 1, languages: ['es'] }))).toBeNull();
    const inPerson = mentee({ id: 'b', mode: 'in-person', place: 'Austin, TX' });
    expect(scoreMentorPair(inPerson, mentor({ id: 'y', capacity: 1, mode: 'remote' }))).toBeNull();
    expect(
      scoreMentorPair(inPerson, mentor({ id: 'z', capacity: 1, mode: 'in-person', place: 'austin, tx' }))?.score,
    ).toBeGreaterThan(0);
  });
});

describe('assignMentorPool', () => {
  it('does not suggest a popular mentor to more people than their free seats', () => {
    const star = mentor({
      id: 'star',
      capacity: 3,
      taken: 1,
      causes: ['mental-health', 'children-families'],
      values: ['lived-experience', 'sustainable-pace'],
    });
    const others = [mentor({ id: 'o1', capacity: 5 }), mentor({ id: 'o2', capacity: 5 })];
    const pool = Array.from({ length: 6 }, (_, i) => ({ ...ana, id: `e${i}` }));
    const result = assignMentorPool(pool, [star, ...others]);
    const starCount = result.filter((r) => r.suggestions.some((s) => s.mentorId === 'star')).length;
    expect(starCount).toBe(2);
    expect(result.find((r) => r.menteeId === 'e0')?.suggestions[0]?.mentorId).toBe('star');
  });

  it('never suggests a dismissed mentor', () => {
    const result = assignMentorPool(
      [{ ...ana, excludedMentors: ['a'] }],
      [mentor({ id: 'a', capacity: 9 }), mentor({ id: 'b', capacity: 9 })],
    );
    expect(result[0]?.suggestions.map((s) => s.mentorId)).toEqual(['b']);
  });

  it('gives everyone a first suggestion before anyone a second', () => {
    const mentors = [mentor({ id: 'a', capacity: 1, causes: ['mental-health'] }), mentor({ id: 'b', capacity: 1 })];
    const result = assignMentorPool(
      [
        { ...ana, id: 'x' },
        { ...ana, id: 'y' },
      ],
      mentors,
    );
    expect(result.map((r) => r.suggestions.length)).toEqual([1, 1]);
  });
});

// ---- properties ----

const pick = <T>(all: readonly T[]) => fc.uniqueArray(fc.constantFrom(...all), { maxLength: 4 });
const mentorArb = (id: string) =>
  fc
    .record({
      careers: pick(['c1', 'c2', 'c3', 'c4']),
      scales: pick(SCALE_IDS),
      causes: pick(CAUSE_IDS),
      values: pick(MENTORING_VALUE_IDS),
      helpWith: pick(HELP_KIND_IDS),
      stages: pick(CURRENT_STAGE_IDS),
      populations: pick(['veterans', 'youth', 'elders']),
      languages: fc.uniqueArray(fc.constantFrom('en', 'es', 'fr'), { minLength: 1, maxLength: 2 }),
      mode: fc.constantFrom('remote', 'in-person', 'either'),
      place: fc.constantFrom(null, 'Austin', 'Lima'),
      capacity: fc.integer({ min: 0, max: 4 }),
      taken: fc.integer({ min: 0, max: 3 }),
    })
    .map((r) => MatcherMentorSchema.parse({ ...r, id }));
const menteeArb = (id: string) =>
  fc
    .record({
      careers: pick(['c1', 'c2', 'c3', 'c4']),
      scale: fc.constantFrom(null, ...SCALE_IDS),
      causes: pick(CAUSE_IDS),
      values: pick(MENTORING_VALUE_IDS),
      helpWith: pick(HELP_KIND_IDS),
      stage: fc.constantFrom(...CURRENT_STAGE_IDS),
      populations: pick(['veterans', 'youth', 'elders']),
      languages: fc.uniqueArray(fc.constantFrom('en', 'es', 'fr'), { minLength: 1, maxLength: 2 }),
      mode: fc.constantFrom('remote', 'in-person', 'either'),
      place: fc.constantFrom(null, 'Austin', 'Lima'),
      excludedMentors: pick(['m0', 'm1', 'm2']),
    })
    .map((r) => MatcherMenteeSchema.parse({ ...r, id }));
const poolArb = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 40 }))
  .chain(([mentors, mentees]) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: mentors }, (_, i) => mentorArb(`m${i}`))),
      fc.tuple(...Array.from({ length: mentees }, (_, i) => menteeArb(`e${i}`))),
    ),
  );

describe('assignMentorPool properties', () => {
  it('never exceeds a mentor’s free seats, never suggests a mentor twice to one person or an excluded one', () => {
    fc.assert(
      fc.property(poolArb, ([mentors, mentees]) => {
        const result = assignMentorPool(mentees, mentors);
        const uses = new Map<string, number>();
        for (const r of result) {
          const ids = r.suggestions.map((s) => s.mentorId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids.length).toBeLessThanOrEqual(SUGGESTIONS_PER_MENTEE);
          const me = mentees.find((e) => e.id === r.menteeId);
          for (const id of ids) {
            expect(me?.excludedMentors).not.toContain(id);
            uses.set(id, (uses.get(id) ?? 0) + 1);
          }
        }
        for (const m of mentors) expect(uses.get(m.id) ?? 0).toBeLessThanOrEqual(freeSeats(m));
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same pool in another order gives the same suggestions', () => {
    fc.assert(
      fc.property(poolArb, fc.integer(), ([mentors, mentees], seed) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, k: Math.sin(seed + i * 7919) }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.x);
        const a = assignMentorPool(mentees, mentors);
        const b = assignMentorPool(shuffle(mentees), shuffle(mentors));
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it('leaves nobody short while an eligible mentor with a free seat remains unsuggested to them', () => {
    fc.assert(
      fc.property(poolArb, ([mentors, mentees]) => {
        const result = assignMentorPool(mentees, mentors);
        const uses = new Map<string, number>();
        for (const r of result) for (const s of r.suggestions) uses.set(s.mentorId, (uses.get(s.mentorId) ?? 0) + 1);
        for (const r of result) {
          if (r.suggestions.length >= SUGGESTIONS_PER_MENTEE) continue;
          const me = mentees.find((e) => e.id === r.menteeId) as MatcherMentee;
          for (const m of mentors) {
            if (me.excludedMentors.includes(m.id) || r.suggestions.some((s) => s.mentorId === m.id)) continue;
            if (scoreMentorPair(me, m) === null) continue;
            expect(freeSeats(m) - (uses.get(m.id) ?? 0)).toBe(0);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('each suggestion’s score is its factors’ sum, and its explanation names three strongest and one weakest', () => {
    fc.assert(
      fc.property(poolArb, ([mentors, mentees]) => {
        for (const r of assignMentorPool(mentees, mentors)) {
          for (const s of r.suggestions) {
            expect(s.strongest).toHaveLength(3);
            expect(s.strongest.map((f) => f.factor)).not.toContain(s.weakest.factor);
            expect(s.strongest[0]?.points ?? 0).toBeGreaterThanOrEqual(s.weakest.points);
            const me = mentees.find((e) => e.id === r.menteeId) as MatcherMentee;
            const m = mentors.find((x) => x.id === s.mentorId) as MatcherMentor;
            expect(scoreMentorPair(me, m)).toEqual(s);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

// ---- the reference definition ----

/**
 * ADR 0027's assignment written plainly, pair by pair with `mentorPairPoints` and sorted lists: 1. each mentee's
 * best 24 eligible mentors with a free seat (ties: smaller mentor id); 2. rounds over all those pairs, best first
 * (ties: smaller mentee id, then mentor id), granting a pair when the mentee holds `round` suggestions and the mentor
 * has a seat; 3. anyone still short takes the best remaining mentors with a seat; suggestions listed best first.
 */
function referenceAssignMentorPool(
  menteesIn: readonly MatcherMentee[],
  mentorsIn: readonly MatcherMentor[],
  k: number,
  careerTitles: Record<string, string>,
) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const mentees = [...menteesIn].sort(byId);
  const mentors = [...mentorsIn].sort(byId);
  const seats = new Map(mentors.map((m) => [m.id, freeSeats(m)]));
  const hasSeat = (m: MatcherMentor) => (seats.get(m.id) ?? 0) > 0;
  const ranked = (e: MatcherMentee, among: readonly MatcherMentor[]) =>
    among
      .filter((m) => !e.excludedMentors.includes(m.id))
      .map((m) => ({ m, points: mentorPairPoints(e, m) }))
      .filter((x): x is { m: MatcherMentor; points: number } => x.points !== null)
      .sort((a, b) => b.points - a.points || byId(a.m, b.m));

  const pairs = mentees
    .flatMap((e, i) =>
      ranked(e, mentors.filter(hasSeat))
        .slice(0, 24)
        .map((x) => ({ ...x, i })),
    )
    .sort((a, b) => b.points - a.points || a.i - b.i || byId(a.m, b.m));
  const got: MatcherMentor[][] = mentees.map(() => []);
  const granted = new Set<(typeof pairs)[number]>();
  for (let round = 0; round < k; round++) {
    for (const pair of pairs) {
      const mine = got[pair.i] as MatcherMentor[];
      if (granted.has(pair) || mine.length !== round || !hasSeat(pair.m)) continue;
      granted.add(pair);
      mine.push(pair.m);
      seats.set(pair.m.id, (seats.get(pair.m.id) ?? 0) - 1);
    }
  }
  mentees.forEach((e, i) => {
    const mine = got[i] as MatcherMentor[];
    for (const { m } of ranked(
      e,
      mentors.filter((m) => hasSeat(m) && !mine.includes(m)),
    )) {
      if (mine.length >= k) break;
      mine.push(m);
      seats.set(m.id, (seats.get(m.id) ?? 0) - 1);
    }
  });
  return mentees.map((e, i) => ({
    menteeId: e.id,
    suggestions: ranked(e, got[i] as MatcherMentor[]).map(({ m }) => scoreMentorPair(e, m, careerTitles)),
  }));
}

/** Sometimes more than 31 languages in one pool, where the fast pass confirms a language bit on the lists. */
const manyLanguages = Array.from(
  { length: 40 },
  (_, i) => `l${String.fromCharCode(97 + (i % 26))}${'abcdefghij'[Math.floor(i / 26)]}`,
);
const widePoolArb = fc
  .tuple(poolArb, fc.array(fc.subarray(manyLanguages, { minLength: 1, maxLength: 6 }), { maxLength: 70 }))
  .map(([[mentors, mentees], extra]) => {
    const widen = <T extends { languages: string[] }>(xs: T[], from: number) =>
      xs.map((x, n) => ({ ...x, languages: [...new Set([...x.languages, ...(extra[from + n] ?? [])])] }));
    return [widen(mentors, 0), widen(mentees, mentors.length)] as const;
  });

/** More eligible mentors with seats than a mentee's 24 candidates, so the pass's shortcuts come into play. */
const crowdedPoolArb = fc
  .tuple(fc.integer({ min: 25, max: 70 }), fc.integer({ min: 1, max: 12 }))
  .chain(([mentors, mentees]) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length: mentors }, (_, i) =>
          mentorArb(`m${i}`).map((m) => ({
            ...m,
            languages: ['en'],
            mode: 'either' as const,
            capacity: 1 + (i % 3),
            taken: 0,
          })),
        ),
      ),
      fc.tuple(...Array.from({ length: mentees }, (_, i) => menteeArb(`e${i}`))),
    ),
  );

describe('assignMentorPool equals its reference definition', () => {
  it('gives exactly the reference’s suggestions, order and explanations on random pools', () => {
    fc.assert(
      fc.property(
        fc.oneof(poolArb, widePoolArb, crowdedPoolArb),
        fc.integer({ min: 1, max: 4 }),
        ([mentors, mentees], k) => {
          const careerTitles = { c1: 'Career one', c3: 'Career three' };
          expect(assignMentorPool(mentees, mentors, { suggestionsPerMentee: k, careerTitles })).toEqual(
            referenceAssignMentorPool(mentees, mentors, k, careerTitles),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes only each mentee’s best 24 into the rounds (more mentors than that in the pool)', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      mentor({ id: `m${String(i).padStart(2, '0')}`, capacity: 1, values: i % 2 ? ['innovation'] : [] }),
    );
    const crowd = Array.from({ length: 30 }, (_, i) => ({ ...ana, id: `e${String(i).padStart(2, '0')}` }));
    expect(assignMentorPool(crowd, many)).toEqual(referenceAssignMentorPool(crowd, many, SUGGESTIONS_PER_MENTEE, {}));
  });
});
