import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newCheckedPage, type RunningServer, startServer } from './harness.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const DEMO_PASSWORD = 'vocare-demo-2026';
const MENTOR_NAME = 'Maya Counselor (demo mentor)';

async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /^Account:/ }).waitFor();
}

describe('mentorship in the browser', () => {
  it('a mentee gets explained suggestions and asks; the mentor accepts through the emailed link; they agree and schedule', async () => {
    const menteeContext = await browser.newContext({ baseURL: server.url });
    const mentorContext = await browser.newContext({ baseURL: server.url });
    const mentee = await newCheckedPage(menteeContext);
    const mentor = await newCheckedPage(mentorContext);
    try {
      // The demo trainee has goals already: suggestions come with reasons in words, not a percentage.
      const m = mentee.page;
      await signIn(m, 'trainee@demo.vocare.test');
      await m.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentorship' }).click();
      await expectHeading(m, 'Mentorship');
      await m
        .getByText(/Mentoring is not clinical supervision/)
        .first()
        .waitFor();
      const card = m.getByRole('article', { name: MENTOR_NAME });
      await card.getByRole('heading', { name: `Why we suggest ${MENTOR_NAME}` }).waitFor();
      await card.getByRole('heading', { name: 'Where the match is weakest' }).waitFor();
      expect(await card.getByRole('listitem').count()).toBe(3);
      await expectAccessible(m, 'mentorship suggestions');

      await card.getByRole('button', { name: `Ask ${MENTOR_NAME}` }).click();
      await card.getByLabel('Your message').fill('I would love help with my **associate years** in Texas.');
      await card.getByRole('button', { name: 'Send request' }).click();
      await m.getByText(`Request sent to ${MENTOR_NAME}.`).waitFor();

      // The mentor follows the emailed link and accepts.
      const p = mentor.page;
      await signIn(p, 'mentor.counselor@demo.vocare.test');
      await p.goto('/dev/mailbox');
      const mail = p.getByRole('article', { name: 'Tomás Trainee asks you to be their mentor' }).first();
      await mail.waitFor();
      await mail.getByRole('link', { name: /\/mentorship\/requests\// }).click();
      await expectHeading(p, 'Tomás Trainee asks you to mentor them');
      await p.getByText('associate years').waitFor();
      await expectAccessible(p, 'mentorship request');
      await p.getByRole('button', { name: 'Accept' }).click();
      await p.getByText('Accepted.').waitFor();
      await p.getByRole('link', { name: 'Open the mentorship' }).click();
      await expectHeading(p, 'Mentoring Tomás Trainee');

      // The agreement: goals, how often, how long; then a conversation with its calendar file.
      await p.getByLabel('Goals').fill('Pass the NCE and finish the hours without burning out.');
      await p.getByLabel('How often you will talk').fill('Every other week, 45 minutes');
      await p.getByLabel('How long, in weeks').fill('300');
      await p.getByRole('button', { name: 'Save the agreement' }).click();
      await p.getByRole('heading', { name: 'Please check the form' }).waitFor();
      await p.getByLabel('How long, in weeks').fill('24');
      await p.getByRole('button', { name: 'Save the agreement' }).click();
      await p.getByText('Agreement saved.').waitFor();
      await p.getByLabel('Date and time').fill('2027-01-12T18:00');
      await p.getByLabel('Topic').fill('First conversation');
      await p.getByRole('button', { name: 'Schedule' }).click();
      await p.getByRole('link', { name: 'Add “First conversation” to your calendar' }).waitFor();
      await expectAccessible(p, 'mentorship');

      // The mentee sees the same agreement and conversation, and their request as accepted.
      await m.goto('/mentorship');
      await m.getByRole('link', { name: `Mentored by ${MENTOR_NAME}` }).click();
      await expectHeading(m, `Mentored by ${MENTOR_NAME}`);
      await expect
        .poll(() => m.getByLabel('How often you will talk').inputValue())
        .toBe('Every other week, 45 minutes');
      await m.getByRole('link', { name: 'Add “First conversation” to your calendar' }).waitFor();

      expect(mentee.problems).toEqual([]);
      expect(mentor.problems).toEqual([]);
    } finally {
      await menteeContext.close();
      await mentorContext.close();
    }
  });
});
