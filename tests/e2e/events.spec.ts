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

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('vocare-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /^Account:/ }).waitFor();
}

describe('events in the browser', () => {
  it('finds a demo event, registers for it, and makes a private calendar feed', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page } = await newCheckedPage(context);
    try {
      await signIn(page, 'trainee@demo.vocare.test');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Events' }).click();
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      await page.getByLabel('Words').fill('pantry');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText('1 event').waitFor();
      await page.getByLabel('Near (ZIP code or City, ST)').fill('78701');
      await page.getByLabel('Within (miles)').selectOption('25');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByText(/Riverside Community Center, Austin TX \([\d.]+ miles away\)/).waitFor();
      await expectAccessible(page, 'events search');

      await page.getByRole('link', { name: 'Community pantry volunteer evening' }).click();
      await page.getByRole('heading', { level: 1, name: 'Community pantry volunteer evening' }).waitFor();
      await page.getByRole('link', { name: 'Add to calendar (.ics)' }).waitFor();
      await page.getByRole('button', { name: 'Register' }).click();
      await page.getByText('Registered: you have a seat.').waitFor();
      await page.getByRole('button', { name: 'Cancel my registration' }).waitFor();
      await expectAccessible(page, 'event page');

      await page.goto('/events/mine');
      await page.getByRole('link', { name: 'Community pantry volunteer evening' }).waitFor();
      await page.getByRole('button', { name: 'Create my feed address' }).click();
      await page.getByLabel('Feed address (shown once)').waitFor();
      await expectAccessible(page, 'your events');

      await page.getByRole('link', { name: 'Your CE log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Continuing education log' }).waitFor();
      await page.getByRole('button', { name: 'Save my goal' }).click();
      await page.getByRole('heading', { name: 'Please check the form' }).waitFor();
      await page.getByLabel(/^License \(required\)/).fill('LPC (Texas)');
      await page.getByLabel('Renewal cycle starts').fill('2026-01-01');
      await page.getByLabel('License renews on').fill('2027-12-31');
      await page.getByLabel('CE hours your board requires for the cycle').fill('24');
      await page.getByRole('button', { name: 'Save my goal' }).click();
      await page.getByText('0 of 24 hours for LPC (Texas)').waitFor();
      await expectAccessible(page, 'CE log');
    } finally {
      await context.close();
    }
  });

  it('fills an event, a registrant cancels, and the first person waiting claims the mailed offer by keyboard', async () => {
    const title = 'Trauma-informed care: an introduction';
    const people = ['trainee@demo.vocare.test', 'explorer@demo.vocare.test', 'supervisor@demo.vocare.test'];
    const contexts = await Promise.all(people.map(() => browser.newContext({ baseURL: server.url })));
    try {
      const [first, second, waiting] = await Promise.all(
        contexts.map(async (context, i) => {
          const { page, problems } = await newCheckedPage(context);
          await signIn(page, people[i] ?? '');
          return { page, problems };
        }),
      );
      if (!first || !second || !waiting) throw new Error('three pages expected');
      // The demo training has two seats.
      const found = await (
        await first.page.request.get(`/api/events?q=${encodeURIComponent('Trauma-informed')}`)
      ).json();
      const eventId: string = found.events[0].id;
      expect(found.events[0].capacity).toBe(2);

      for (const { page } of [first, second]) {
        await page.goto(`/events/${eventId}`);
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await page.getByRole('button', { name: 'Register' }).click();
        await page.getByText('Registered: you have a seat.').waitFor();
      }

      await waiting.page.goto(`/events/${eventId}`);
      await waiting.page.getByRole('button', { name: 'Join the waiting list' }).click();
      await waiting.page.getByText('The event is full: you are on the waiting list.').waitFor();
      await waiting.page.getByText('You are number 1.').waitFor();
      await expectAccessible(waiting.page, 'event page, waiting list');

      // The first registrant cancels with the keyboard; the freed seat is offered to the person waiting.
      await first.page.getByRole('button', { name: 'Cancel my registration' }).focus();
      await first.page.keyboard.press('Enter');
      await first.page.getByText('Cancelled. Your seat goes to the next person.').waitFor();

      await waiting.page.goto('/dev/mailbox');
      const offer = waiting.page.getByRole('article', { name: `A seat opened up: ${title}` }).first();
      await offer.getByText(`To ${people[2]}`).waitFor();
      await offer.getByRole('link', { name: /\/events\/claim\?token=/ }).click();
      await waiting.page.getByRole('heading', { level: 1, name: 'Claim a seat' }).waitFor();
      await expectAccessible(waiting.page, 'claim page');
      const claimButton = waiting.page.getByRole('button', { name: 'Claim my seat' });
      for (let i = 0; i < 40 && !(await claimButton.evaluate((el) => el === document.activeElement)); i += 1) {
        await waiting.page.keyboard.press('Tab');
      }
      expect(await claimButton.evaluate((el) => el === document.activeElement)).toBe(true);
      await waiting.page.keyboard.press('Enter');
      await waiting.page.getByText('The seat is yours.').waitFor();
      await waiting.page.getByRole('link', { name: 'Open the event' }).click();
      await waiting.page.getByText('You have a seat.').waitFor();
      const detail = await (await waiting.page.request.get(`/api/events/${eventId}`)).json();
      expect(detail.myRegistration.state).toBe('confirmed');
      expect(detail.seatsLeft).toBe(0);
      expect(detail.onlineUrl).toMatch(/^https:/);

      expect([...first.problems, ...second.problems, ...waiting.problems]).toEqual([]);
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  });

  it('the organizer retitles one date of a recurring event, sees it in the next dates, and undoes it', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
    const { page, problems } = await newCheckedPage(context);
    try {
      const title = 'Starting a community project: monthly circle';
      await signIn(page, 'mentor.organizer@demo.vocare.test');
      const found = await (await page.request.get(`/api/events?q=${encodeURIComponent('monthly circle')}`)).json();
      await page.goto(`/events/${found.events[0].id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Change one date' }).waitFor();
      const second = await page.getByLabel('Date', { exact: true }).locator('option').nth(1).getAttribute('value');
      await page.getByLabel('Date', { exact: true }).selectOption(second ?? '');
      await page.getByLabel('Title for this date (empty: the series title)').fill('Circle: funding your project');
      await page.getByRole('button', { name: 'Save this date' }).press('Enter');
      await page.getByText('The date is changed.').waitFor();
      await page
        .getByRole('region', { name: 'Next dates' })
        .getByText(/Circle: funding your project \(changed date\)/)
        .waitFor();
      await expectAccessible(page, 'event page, organizer with a changed date (phone)');
      const ics = await (await page.request.get(`/api/events/${found.events[0].id}/calendar.ics`)).text();
      expect(ics).toContain('SUMMARY:Circle: funding your project');
      expect(ics).toMatch(/RECURRENCE-ID;TZID=Europe\/Berlin:/);

      await page.getByRole('button', { name: `Undo the change to ${(second ?? '').replace('T', ' ')}` }).press('Enter');
      await page.getByText('The date is back as the series has it.').waitFor();
      expect(await page.getByText('Circle: funding your project (changed date)').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
