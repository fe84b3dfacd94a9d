import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionList } from '#contracts/mentorship.js';
import { DEMO_PASSWORD } from '#server/demo/demo-accounts.js';
import { seedDemoData } from '#server/demo/seed-demo.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db.db);
  // A second run (every demo start) adds nothing and changes nothing.
  await seedDemoData(t.db.db);
});
afterAll(async () => {
  await t.close();
});

describe('mentorship demo data', () => {
  it('a newcomer who fills in their goals sees explained suggestions from the demo mentors', async () => {
    const newcomer = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'New Person' });
    const saved = await newcomer.client.put('/api/mentorship/mentee-profile', {
      goals: 'Start a food pantry in my neighbourhood',
      stage: 'starting',
      causes: ['basic-needs', 'community-development'],
      values: ['community-led-change'],
      helpWith: ['starting-an-initiative'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const { suggestions } = (await newcomer.client.get('/api/mentorship/suggestions')).json() as SuggestionList;
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]?.mentor.displayName).toBe('Jordan Organizer (demo mentor)');
    expect(suggestions[0]?.strongest).toHaveLength(3);
  });

  it('the demo trainee has goals and suggestions already, and demo mentors sign in', async () => {
    const trainee = new TestClient(t.app, '10.78.0.1');
    expect(
      (await trainee.post('/api/auth/signin', { email: 'trainee@demo.vocare.test', password: DEMO_PASSWORD }))
        .statusCode,
    ).toBe(200);
    const { suggestions } = (await trainee.get('/api/mentorship/suggestions')).json() as SuggestionList;
    expect(suggestions.map((s) => s.mentor.displayName)).toContain('Maya Counselor (demo mentor)');
    const mentor = new TestClient(t.app, '10.78.0.2');
    expect(
      (await mentor.post('/api/auth/signin', { email: 'mentor.counselor@demo.vocare.test', password: DEMO_PASSWORD }))
        .statusCode,
    ).toBe(200);
    const profile = (await mentor.get('/api/mentorship/mentor-profile')).json();
    expect(profile.profile).toMatchObject({ capacity: 3, lastAnsweredAt: null });
  });
});
