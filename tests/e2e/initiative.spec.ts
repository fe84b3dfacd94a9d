import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../setup/pdf-text.js';
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

describe('initiative builder in the browser', () => {
  it('starts a plan, links an activity to an outcome, adds and edits an indicator and a milestone in place, records a check-in, saves, exports the PDF and shares a read-only link', async () => {
    const context = await browser.newContext({ baseURL: server.url, acceptDownloads: true });
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/signin');
      await page.getByLabel('Email').fill('trainee@demo.vocare.test');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: /^Account:/ }).waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Initiatives' }).click();
      await page.getByRole('heading', { level: 1, name: 'Initiatives' }).waitFor();
      await page.getByLabel('Title (optional)').fill('Homework club');
      await page.getByLabel('What is the problem?').fill('Children have nowhere quiet to do homework after school.');
      await page.getByLabel('Who does it affect?').fill('Families in the east side apartments.');
      await page.getByLabel('Where?').fill('East side library branch');
      await page.getByRole('button', { name: 'Start the plan' }).click();
      await page.getByRole('status').getByRole('link', { name: 'Homework club' }).click();
      await page.getByRole('heading', { level: 1, name: 'Homework club' }).waitFor();
      await expectAccessible(page, 'plan editor');

      const health = page.locator('#health-heading + [role="status"]');
      await health.getByText(/Plan health:/).waitFor();

      await page.getByLabel('New activity').fill('Weekly tutoring evenings');
      await page.getByRole('button', { name: 'Add activity' }).click();
      await health.getByText('Weekly tutoring evenings', { exact: false }).first().waitFor();
      const activityNowhere = () =>
        health
          .getByRole('listitem')
          .filter({ hasText: '"Weekly tutoring evenings"' })
          .filter({ hasText: /nowhere|no outcome/i });
      expect(await activityNowhere().count()).toBeGreaterThan(0);

      await page.getByLabel('New outcome', { exact: true }).fill('Homework handed in on time');
      await page.getByRole('button', { name: 'Add outcome' }).click();
      await page
        .getByRole('group', { name: '“Weekly tutoring evenings” leads to' })
        .getByLabel('Homework handed in on time')
        .check();
      // Linking the two clears both line-of-sight findings for them, live, before saving.
      await expect.poll(() => activityNowhere().count()).toBe(0);
      await expect
        .poll(() =>
          health
            .getByRole('listitem')
            .filter({ hasText: '"Homework handed in on time"' })
            .filter({ hasText: /no activity/i })
            .count(),
        )
        .toBe(0);
      await page
        .getByRole('table', { name: 'Logic model items and what each leads to' })
        .getByRole('row', { name: /Weekly tutoring evenings/ })
        .getByText('Homework handed in on time')
        .waitFor();

      const finding = (text: string) => health.getByRole('listitem').filter({ hasText: text });

      // An indicator for the outcome, added and then corrected in place: the finding goes away live.
      expect(await finding('"Homework handed in on time" has no indicator').count()).toBe(1);
      await page.getByLabel('New indicator: measure').fill('Share of homework handed in');
      await page.getByLabel('New indicator: outcome it measures').selectOption({ label: 'Homework handed in on time' });
      await page.getByLabel('New indicator: target').fill('80');
      await page.getByRole('button', { name: 'Add indicator' }).click();
      await expect.poll(() => finding('"Homework handed in on time" has no indicator').count()).toBe(0);
      const indicator = page.getByRole('group', { name: /^Indicator \d+: Share of homework handed in/ });
      await indicator.getByLabel('Target', { exact: true }).fill('90');
      await indicator.getByLabel('Baseline', { exact: true }).fill('40');

      // A milestone for the activity without an owner; giving it one in place clears the warning.
      await page.getByLabel('New milestone', { exact: true }).fill('First tutoring evening');
      await page.getByLabel('New milestone: for activity').selectOption({ label: 'Weekly tutoring evenings' });
      await page.getByLabel('New milestone: due date').fill('2027-01-12');
      await page.getByRole('button', { name: 'Add milestone' }).click();
      await expect.poll(() => finding('"First tutoring evening" has no owner').count()).toBe(1);
      const milestone = page.getByRole('group', { name: /^Milestone \d+: First tutoring evening/ });
      await milestone.getByLabel('Owner', { exact: true }).fill('Amara');
      await expect.poll(() => finding('"First tutoring evening" has no owner').count()).toBe(0);

      // A check-in records the indicator's value and the milestone's status.
      await page.getByLabel('Check-in date').fill('2027-01-13');
      await page.getByLabel('Value for “Share of homework handed in”').fill('55');
      await page.getByLabel('Status of “First tutoring evening”').selectOption({ label: 'Done' });
      await page.getByRole('button', { name: 'Record check-in' }).click();
      await page.getByText('1 check-ins recorded.').waitFor();

      await page.getByRole('button', { name: 'Save the plan' }).click();
      await page.getByText('Plan saved.').waitFor();
      await expectAccessible(page, 'plan editor after linking');
      const saved = await page.evaluate(
        async (path) => (await fetch(path)).json(),
        new URL(page.url()).pathname.replace('/initiatives/', '/api/initiatives/'),
      );
      expect(saved.document.indicators[0]).toMatchObject({
        measure: 'Share of homework handed in',
        baseline: 40,
        target: 90,
      });
      expect(saved.document.milestones.at(-1)).toMatchObject({ owner: 'Amara', dueDate: '2027-01-12' });
      expect(saved.document.checkIns[0]).toMatchObject({ date: '2027-01-13', values: [{ value: 55 }] });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download the one-page plan (PDF)' }).click(),
      ]);
      const pdf = extractPdf(new Uint8Array(fs.readFileSync(await download.path())));
      expect(pdf.problems).toEqual([]);
      expect(pdf.text).toContain('Homework club');
      expect(pdf.text).toContain('Weekly tutoring evenings');

      // The owner makes a read-only share link; someone without an account reads the plan through it.
      await page.getByRole('link', { name: 'Sharing' }).click();
      await page.getByRole('heading', { level: 1, name: 'Sharing the plan' }).waitFor();
      await page.getByRole('button', { name: 'Make a share link' }).click();
      const shared = page.locator('code').filter({ hasText: '/shared/initiatives/' });
      await shared.waitFor();
      await expectAccessible(page, 'plan sharing');
      const sharedUrl = (await shared.textContent()) ?? '';
      const guestContext = await browser.newContext({ baseURL: server.url });
      const guest = await newCheckedPage(guestContext);
      try {
        await guest.page.goto(sharedUrl);
        await guest.page.getByRole('heading', { level: 1, name: 'Homework club' }).waitFor();
        await guest.page.getByRole('row', { name: /Weekly tutoring evenings/ }).waitFor();
        expect(await guest.page.getByRole('button', { name: 'Save the plan' }).count()).toBe(0);
        await expectAccessible(guest.page, 'shared plan');
        expect(guest.problems).toEqual([]);
      } finally {
        await guestContext.close();
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000); // a long flow with three axe runs and a PDF on the shared 2-core machine
  it('the non-profit template checks pasted articles live and names the sources of each step', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/signin?next=%2Finitiatives');
      await page.getByLabel('Email').fill('trainee@demo.vocare.test');
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Initiatives' }).waitFor();
      await page.getByLabel('Forming a US non-profit').check();
      await page.getByLabel('Title (optional)').fill('Riverside tool library');
      await page.getByRole('button', { name: 'Start the plan' }).click();
      await page.getByRole('status').getByRole('link', { name: 'Riverside tool library' }).click();
      const section = page.getByRole('region', { name: 'Forming a US non-profit' });
      const articlesStep = section.getByRole('listitem').filter({ hasText: 'Articles with a purpose clause' }).first();
      await articlesStep.getByText('(To do)').waitFor();
      expect(await articlesStep.getByText(/^Source:/).count()).toBeGreaterThan(0);
      await section
        .getByLabel('Text of your articles of incorporation (pasted)')
        .fill(
          'ARTICLE III. The corporation is organized exclusively for charitable and educational purposes within the meaning of section 501(c)(3) of the Internal Revenue Code.\nARTICLE VII. Upon the dissolution of the corporation, its assets shall be distributed for one or more exempt purposes within the meaning of section 501(c)(3).',
        );
      await articlesStep.getByText('(Done)').waitFor();
      await section.getByText('Purpose clause: found. Dissolution clause: found.').waitFor();
      await expectAccessible(page, 'non-profit plan editor');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
