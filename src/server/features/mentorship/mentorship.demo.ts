import type { MentorProfileBody } from '#contracts/mentorship.js';
import type { Db } from '#server/db/client.js';
import { DEMO_PASSWORD, DEMO_SUPERVISOR_EMAIL, DEMO_TRAINEE_EMAIL } from '#server/demo/demo-accounts.js';
import { findUserByEmail } from '#server/users/users.repository.js';
import { ensureUser } from '#server/users/users.service.js';
import * as repo from './mentorship.repository.js';

type DemoMentor = { email: string; displayName: string; profile: Partial<MentorProfileBody> & { capacity: number } };

/**
 * Fictional mentors across the helping careers, so a newcomer who fills in their goals sees explained suggestions at
 * once. They sign in with the demo password like the other demo accounts.
 */
const DEMO_MENTORS: DemoMentor[] = [
  {
    email: 'mentor.counselor@demo.vocare.test',
    displayName: 'Maya Counselor (demo mentor)',
    profile: {
      headline: 'Licensed counselor in a community mental health clinic',
      careers: ['licensed-professional-counselor', 'addiction-counselor'],
      yearsInField: 14,
      scales: ['micro'],
      causes: ['mental-health', 'addiction-recovery'],
      helpWith: ['licensure', 'finding-placements', 'burnout-and-boundaries'],
      stages: ['in-master', 'master-done', 'degree-done-accruing-hours'],
      values: ['lived-experience', 'sustainable-pace', 'client-autonomy'],
      availability: 'Weekday evenings, Central time',
      capacity: 3,
    },
  },
  {
    email: 'mentor.organizer@demo.vocare.test',
    displayName: 'Jordan Organizer (demo mentor)',
    profile: {
      headline: 'Community organizer, tenant rights and food access',
      careers: ['community-organizer', 'nonprofit-program-manager'],
      yearsInField: 9,
      scales: ['mezzo', 'macro'],
      causes: ['community-development', 'basic-needs', 'social-justice'],
      helpWith: ['starting-an-initiative', 'choosing-a-path', 'leadership'],
      stages: ['starting', 'in-bachelor', 'bachelor-done'],
      values: ['community-led-change', 'equity-and-justice', 'collaboration'],
      availability: 'Saturdays',
      capacity: 2,
    },
  },
  {
    email: 'mentor.socialworker@demo.vocare.test',
    displayName: 'Priya Social Worker (demo mentor)',
    profile: {
      headline: 'Clinical social worker with children and families',
      careers: ['clinical-social-worker', 'child-and-family-social-worker'],
      yearsInField: 11,
      scales: ['micro', 'mezzo'],
      causes: ['children-families', 'mental-health'],
      helpWith: ['applying-to-programmes', 'licensure', 'job-search'],
      stages: ['bachelor-done', 'in-master', 'master-done'],
      values: ['evidence-based-practice', 'equity-and-justice', 'sustainable-pace'],
      availability: 'Tuesday and Thursday lunchtimes, Eastern time',
      capacity: 2,
    },
  },
  {
    email: 'mentor.health@demo.vocare.test',
    displayName: 'Luis Health Worker (demo mentor)',
    profile: {
      headline: 'Community health worker turned health education lead',
      careers: ['community-health-worker', 'health-education-specialist'],
      yearsInField: 7,
      scales: ['mezzo'],
      causes: ['health', 'basic-needs'],
      helpWith: ['choosing-a-path', 'job-search', 'burnout-and-boundaries'],
      stages: ['starting', 'in-bachelor'],
      values: ['lived-experience', 'community-led-change', 'collaboration'],
      languages: ['en', 'es'],
      availability: 'Mornings, Pacific time',
      capacity: 4,
    },
  },
];

/** Idempotent: accounts are ensured, and a profile is written only where none exists (a demo edit survives). */
export async function seedMentorshipDemo(db: Db, now: Date = new Date()): Promise<void> {
  const mentors: { userId: string; profile: DemoMentor['profile'] }[] = [];
  for (const m of DEMO_MENTORS) {
    const user = await ensureUser(db, {
      email: m.email,
      displayName: m.displayName,
      roles: ['mentor'],
      password: DEMO_PASSWORD,
    });
    mentors.push({ userId: user.id, profile: m.profile });
  }
  const supervisor = await findUserByEmail(db, DEMO_SUPERVISOR_EMAIL);
  if (supervisor) {
    mentors.push({
      userId: supervisor.id,
      profile: {
        headline: 'Approved clinical supervisor; mentoring is separate from supervision',
        careers: ['licensed-professional-counselor'],
        yearsInField: 20,
        scales: ['micro'],
        causes: ['mental-health'],
        helpWith: ['licensure', 'burnout-and-boundaries'],
        stages: ['degree-done-accruing-hours', 'licensed'],
        values: ['evidence-based-practice', 'sustainable-pace'],
        capacity: 1,
      },
    });
  }
  for (const { userId, profile } of mentors) {
    if (await repo.findMentorProfile(db, userId)) continue;
    await repo.upsertMentorProfile(db, {
      userId,
      languages: ['en'],
      ...profile,
      updatedAt: now,
    });
  }
  const trainee = await findUserByEmail(db, DEMO_TRAINEE_EMAIL);
  if (trainee && !(await repo.findMenteeProfile(db, trainee.id))) {
    await repo.upsertMenteeProfile(db, {
      userId: trainee.id,
      goals: 'Finish my supervised hours and get licensed without burning out.',
      careers: ['licensed-professional-counselor'],
      stage: 'degree-done-accruing-hours',
      scale: 'micro',
      causes: ['mental-health'],
      helpWith: ['licensure', 'burnout-and-boundaries'],
      values: ['sustainable-pace', 'lived-experience'],
      updatedAt: now,
    });
  }
}
