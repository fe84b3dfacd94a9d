import type { Browser, BrowserContext, Page } from 'playwright-core';
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

async function signIn(context: BrowserContext, email: string): Promise<{ page: Page; problems: string[] }> {
  const checked = await newCheckedPage(context);
  const { page } = checked;
  await page.goto('/signin');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('vocare-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /^Account:/ }).waitFor();
  return checked;
}

const TITLE = 'Grief support group co-facilitator';
// Angle brackets people type in a listing: kept as typed, shown as typed.
const TYPED_LINE = 'Press <Enter> to submit the sign-in sheet; questions go to email <jane@example.org>.';
const PAYLOAD = '<script>window.__boardXss = 1</script><img src=x onerror="window.__boardXss = 2">';

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/organizations');
  await page.getByRole('heading', { level: 1, name: 'Organizations I manage' }).waitFor();
  await page.getByRole('link', { name: 'Open the dashboard of Riverside Community Services' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organization dashboard' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Applications' }).waitFor();
}

describe('experience board', () => {
  it('an organization publishes, a seeker finds it by text and distance and applies, hours get confirmed', async () => {
    const orgContext = await browser.newContext({ baseURL: server.url });
    const seekerContext = await browser.newContext({ baseURL: server.url });
    const org = await signIn(orgContext, 'org@demo.vocare.test');
    const seeker = await signIn(seekerContext, 'explorer@demo.vocare.test');

    // The organization publishes an opportunity, with script in its description.
    await org.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Experience' }).click();
    await org.page.getByRole('heading', { level: 1, name: 'Experience board' }).waitFor();
    await org.page
      .getByRole('navigation', { name: 'Experience board' })
      .getByRole('link', { name: 'Organizations I manage' })
      .click();
    await org.page.getByRole('link', { name: 'Open the dashboard of Riverside Community Services' }).click();
    await org.page.getByRole('heading', { level: 1, name: 'Organization dashboard' }).waitFor();
    await org.page.getByText(/waited more than 7 days/).waitFor();
    await expectAccessible(org.page, 'organization dashboard');
    await org.page.getByRole('link', { name: 'Post an opportunity' }).click();
    await org.page.getByRole('heading', { level: 1, name: 'Post an opportunity' }).waitFor();
    await expectAccessible(org.page, 'new opportunity form');

    await org.page.getByLabel('Title').fill(TITLE);
    await org.page.getByLabel('Kind').selectOption({ label: 'Volunteer role' });
    await org.page
      .getByLabel('Description')
      .fill(
        'Help a licensed counselor run our weekly grief counseling circle for adults.\n\n' +
          '## What you will do\n- Welcome newcomers\n- Keep time and take notes\n\n' +
          `${TYPED_LINE}\n\n` +
          `${PAYLOAD}**Training** is provided.`,
      );
    await org.page
      .getByRole('group', { name: /Cause areas/ })
      .getByLabel('Mental health')
      .check();
    await org.page.getByLabel('City').selectOption({ label: 'Denver, CO' });
    await org.page.getByLabel('Hours per week').fill('3');
    await org.page.getByLabel('Question 1').fill('Have you been through a loss yourself?');
    await org.page.getByRole('button', { name: 'Publish opportunity' }).click();
    await org.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await org.page.getByText('Published: seekers can find and apply to it now.').waitFor();
    // The description renders as Markdown; what was typed in angle brackets shows as typed, the
    // script never runs and no raw HTML reaches the page.
    await org.page.getByRole('heading', { level: 3, name: 'What you will do' }).waitFor();
    const about = org.page.getByRole('region', { name: 'About this opportunity' });
    await about.getByText(TYPED_LINE, { exact: true }).waitFor();
    await about
      .getByRole('paragraph')
      .filter({ hasText: `${PAYLOAD}Training is provided.` })
      .waitFor();
    expect(await org.page.locator('main script, main img').count()).toBe(0);
    expect(await org.page.evaluate(() => (window as unknown as { __boardXss?: number }).__boardXss)).toBeUndefined();
    await expectAccessible(org.page, 'published opportunity');

    // The seeker finds it by text ("counselor" finds "counseling") and distance, with the search in the URL.
    await seeker.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Experience' }).click();
    await seeker.page.getByRole('heading', { level: 1, name: 'Experience board' }).waitFor();
    await seeker.page.getByLabel('What').fill('grief counselor');
    await seeker.page.getByLabel('Near').fill('Denver, CO');
    await seeker.page.getByLabel('Within').selectOption('25');
    await seeker.page.getByRole('button', { name: 'Search' }).click();
    await seeker.page
      .getByRole('status')
      .filter({ hasText: /within 25 mi of Denver, CO/ })
      .waitFor();
    const url = new URL(seeker.page.url());
    expect(url.searchParams.get('q')).toBe('grief counselor');
    expect(url.searchParams.get('near')).toBe('Denver, CO');
    expect(url.searchParams.get('mi')).toBe('25');
    const card = seeker.page.getByRole('article', { name: TITLE });
    await card.getByText(/\d mi away/).waitFor();
    await expectAccessible(seeker.page, 'search results');
    // Too far away: the same search around Chicago does not find it.
    await seeker.page.getByLabel('Near').fill('Chicago, IL');
    await seeker.page.getByRole('button', { name: 'Search' }).click();
    await seeker.page
      .getByRole('status')
      .filter({ hasText: /within 25 mi of Chicago, IL/ })
      .waitFor();
    expect(await seeker.page.getByRole('article', { name: TITLE }).count()).toBe(0);
    await seeker.page.goBack();
    await seeker.page.getByRole('link', { name: TITLE }).click();

    await seeker.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await seeker.page.getByLabel(/Have you been through a loss yourself\?/).fill('Yes, my father died two years ago.');
    await seeker.page.getByLabel('Note to the organization').fill('Free on Wednesday evenings.');
    // Issue 18, item 9: the applicant chooses what the organization may see of their contact details.
    await seeker.page.getByLabel("Share my account's email address").check();
    await seeker.page.getByLabel('Phone number (optional)').fill('555-0142');
    await seeker.page.getByRole('button', { name: 'Send application' }).click();
    await seeker.page.getByRole('heading', { level: 2, name: 'Your application' }).waitFor();
    await seeker.page.getByText('New', { exact: true }).waitFor();
    await expectAccessible(seeker.page, 'applied');

    // The organization accepts, with a message.
    await openDashboard(org.page);
    const application = org.page.getByRole('article', { name: new RegExp(`Ada Explorer for ${TITLE}`) });
    // The organization sees the contact details chosen when applying, and they write to each other (item 9).
    await application.getByRole('link', { name: 'explorer@demo.vocare.test' }).waitFor();
    expect(await application.getByRole('link', { name: '555-0142' }).getAttribute('href')).toBe('tel:5550142');
    await application.getByText('Messages with Ada Explorer').click();
    await application
      .getByLabel('Message to Ada Explorer', { exact: true })
      .fill('Can you come to a short call first?');
    await application.getByRole('button', { name: 'Send message' }).click();
    await application.getByRole('list', { name: 'Messages with Ada Explorer' }).getByText('Can you come').waitFor();
    await seeker.page.goto('/experience');
    const applied = seeker.page.getByRole('article', { name: TITLE });
    await applied.getByText(/^Messages with /).click();
    const seekerThread = applied.getByRole('list', { name: /^Messages with / });
    await seekerThread.getByText('Can you come to a short call first?').waitFor();
    await applied.getByLabel(/^Message to /).fill('Yes, Tuesday works.');
    await applied.getByRole('button', { name: 'Send message' }).click();
    await seekerThread.getByText('Yes, Tuesday works.').waitFor();
    await expectAccessible(seeker.page, 'application messages');
    await openDashboard(org.page);
    await application.getByText('Messages with Ada Explorer').click();
    await application
      .getByRole('list', { name: 'Messages with Ada Explorer' })
      .getByText('Yes, Tuesday works.')
      .waitFor();
    await application.getByLabel('Message to Ada Explorer (optional)').fill('Welcome! First circle is Wednesday at 6.');
    await application.getByRole('button', { name: 'Accept Ada Explorer' }).click();
    await org.page
      .getByRole('region', { name: /^Accepted/ })
      .getByRole('article', { name: new RegExp(`Ada Explorer for ${TITLE}`) })
      .waitFor();

    // The seeker sees the decision and logs hours.
    await seeker.page.goto('/experience');
    await seeker.page.getByRole('heading', { level: 1, name: 'My applications and hours' }).waitFor();
    const mine = seeker.page.getByRole('article', { name: TITLE });
    await mine.getByText('Welcome! First circle is Wednesday at 6.').waitFor();
    await mine.getByLabel('Hours', { exact: true }).fill('2.5');
    await mine.getByLabel('What you did').fill('Co-led the Wednesday circle');
    await mine.getByRole('button', { name: 'Log hours' }).click();
    await mine.getByRole('cell', { name: 'Waiting for the organization' }).waitFor();
    await expectAccessible(seeker.page, 'hours logged');

    // The organization confirms them.
    await openDashboard(org.page);
    const confirm = org.page.getByRole('button', { name: /^Confirm 2\.5 h by Ada Explorer/ });
    await confirm.click();
    await confirm.waitFor({ state: 'detached' });
    await expectAccessible(org.page, 'hours confirmed');

    // They are on the seeker's record.
    await seeker.page.reload();
    const record = seeker.page.getByRole('region', { name: 'My experience record' });
    await record.getByRole('row', { name: new RegExp(`${TITLE}.*2\\.5 h`) }).waitFor();
    await mine.getByRole('cell', { name: 'Confirmed' }).waitFor();
    await expectAccessible(seeker.page, 'experience record');

    expect(org.problems).toEqual([]);
    expect(seeker.problems).toEqual([]);
    await orgContext.close();
    await seekerContext.close();
  }, 180_000); // a long two-person flow with nine axe runs and a message thread on the shared 2-core machine

  it('finds places by ZIP code and "City, ST", suggests as a person types, and explains a place it cannot use', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page } = await newCheckedPage(context);
    await page.goto('/opportunities');
    await page.getByRole('heading', { level: 1, name: 'Experience board' }).waitFor();
    const near = page.getByLabel('Near');
    await near.fill('Springf');
    await page.locator('datalist option[value="Springfield, IL"]').waitFor({ state: 'attached' });

    await near.fill('Springfield');
    await page.getByRole('button', { name: 'Search' }).click();
    const problem = page.getByRole('alert').filter({ hasText: /states have a place called Springfield/ });
    await problem.waitFor();
    expect(await problem.textContent()).not.toMatch(/lat,lon|\/api\/|query\./);
    await expectAccessible(page, 'board with a place it cannot use');

    await near.fill('80202');
    await page.getByLabel('Within').selectOption('50');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /within 50 mi of 80202 \(Denver, CO\)/ })
      .waitFor();
    await page
      .getByText(/\d mi away/)
      .first()
      .waitFor();
    await near.fill('Springfield, IL');
    await page.getByRole('button', { name: 'Search' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /within 50 mi of Springfield, IL/ })
      .waitFor();
    await context.close();
  });
});
