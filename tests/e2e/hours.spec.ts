import fs from 'node:fs';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdf } from '../setup/pdf-text.js';
import { expectAccessible, launchBrowser, newCheckedPage, type RunningServer, startServer } from './harness.js';

/** The date the shipped Texas LPC rules were last checked against their sources, as the PDF must print it. */
function texasLpcCheckedDate(): string {
  const ruleSets = JSON.parse(fs.readFileSync(new URL('../../data/licensure/rules.json', import.meta.url), 'utf8')) as {
    id: string;
    checkedDate: string;
  }[];
  const texas = ruleSets.find((r) => r.id === 'US-TX:LPC');
  if (!texas) throw new Error('data/licensure/rules.json has no US-TX:LPC');
  return texas.checkedDate;
}

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

/** Signs a new person up and in through the API (the sign-up form has its own e2e), leaving the page signed in. */
async function signUp(request: APIRequestContext, displayName: string, email: string, roles: string[]) {
  const session = await (await request.get('/api/auth/session')).json();
  const response = await request.post('/api/auth/signup', {
    data: { email, password: 'hours-e2e-password', displayName, roles },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  if (!response.ok()) throw new Error(`sign-up: ${response.status()} ${await response.text()}`);
  // Sign-up opens no session (ADR 0024): sign in with the new password.
  const signin = await request.post('/api/auth/signin', {
    data: { email, password: 'hours-e2e-password' },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  if (!signin.ok()) throw new Error(`sign-in: ${signin.status()} ${await signin.text()}`);
}

async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The text of one cell of the progress table, in the row of a requirement. */
async function progressCell(page: Page, requirement: string, column: number): Promise<string> {
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${requirement}`) }) });
  return (await row.getByRole('cell').nth(column).textContent()) ?? '';
}

describe('supervised hours in the browser', () => {
  it('trainee logs hours and invites a supervisor; the supervisor accepts and verifies; progress moves; the PDF says so', async () => {
    const stamp = Date.now();
    const supervisorEmail = `e2e-supervisor-${stamp}@example.test`;
    const traineeContext = await browser.newContext({ baseURL: server.url });
    const supervisorContext = await browser.newContext({ baseURL: server.url });
    const trainee = await newCheckedPage(traineeContext);
    const supervisor = await newCheckedPage(supervisorContext);
    try {
      const t = trainee.page;
      await signUp(t.request, 'Tara E2E', `e2e-trainee-${stamp}@example.test`, ['explorer', 'trainee']);
      await signUp(supervisor.page.request, 'Dr. Sam E2E', supervisorEmail, ['explorer']);

      // The trainee chooses a license goal: nothing counted yet.
      await t.goto('/');
      await t.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hours' }).click();
      await expectHeading(t, 'Hours log');
      await t.getByRole('navigation', { name: 'Hours' }).getByRole('link', { name: 'Progress' }).click();
      await expectHeading(t, 'Progress toward your license');
      await t.getByLabel('License goal (jurisdiction and license)').selectOption('US-TX:LPC');
      await t.getByRole('button', { name: 'Save goal' }).click();
      await t.getByText(/Your goal is now Texas: Licensed Professional Counselor/).waitFor();
      await t.getByRole('heading', { name: 'Progress toward Licensed Professional Counselor' }).waitFor();
      await expect.poll(() => progressCell(t, 'Direct client contact hours', 2)).toBe('0 hours');
      await expectAccessible(t, 'progress, empty');

      // ... invites a supervisor by email, with the agreement's start date (today by default) ...
      await t.getByRole('navigation', { name: 'Hours' }).getByRole('link', { name: 'Supervisors' }).click();
      await expectHeading(t, 'Your supervisors');
      await t.getByLabel('Supervisor’s email address').fill(supervisorEmail);
      await t.getByRole('button', { name: 'Send invitation' }).click();
      await t.getByText(`Invited ${supervisorEmail}.`).waitFor();
      await t.getByRole('heading', { level: 3, name: supervisorEmail }).waitFor();
      await expectAccessible(t, 'supervisors');

      // ... and logs two sessions that name the supervisor (the form says no client details).
      await t.getByRole('navigation', { name: 'Hours' }).getByRole('link', { name: 'Log' }).click();
      await expectHeading(t, 'Hours log');
      await t.getByText('Do not enter client names, initials, case numbers').waitFor();
      await t.getByRole('spinbutton', { name: 'Hours' }).fill('3');
      await t.getByLabel('Site or setting').fill('Riverside Clinic');
      await t.getByLabel('Supervisor', { exact: true }).selectOption({ label: `${supervisorEmail} (invited)` });
      await t.getByLabel('Note (optional)').fill('intake and individual sessions');
      await t.getByRole('button', { name: 'Log hours' }).click();
      await t.getByText(/^Logged 3 hours on \d{1,2} [A-Z][a-z]{2} \d{4}\.$/).waitFor();
      // A new problem clears the banner of the last success, and speaks of the form's fields, not the API's names.
      await t.getByRole('spinbutton', { name: 'Hours' }).fill('');
      await t.getByRole('button', { name: 'Log hours' }).click();
      await t.getByRole('heading', { name: 'Please check the form' }).waitFor();
      expect(await t.getByText(/^Logged 3 hours/).count()).toBe(0);
      expect(await t.locator('main').textContent()).not.toMatch(/startTime|endTime/);
      await t.getByRole('spinbutton', { name: 'Hours' }).fill('1.5');
      await t.getByLabel('Supervisor', { exact: true }).selectOption({ label: `${supervisorEmail} (invited)` });
      await t.getByLabel('Category').selectOption({ label: 'Individual supervision' });
      await t.getByRole('button', { name: 'Log hours' }).click();
      await t.getByText(/^Logged 1\.5 hours on /).waitFor();
      const entries = t.getByRole('table', { name: 'Your hour entries' });
      await expect.poll(() => entries.getByRole('row').count()).toBe(3);
      expect(await entries.getByText('Awaiting verification').count()).toBe(2);
      await expectAccessible(t, 'log with entries');

      // The supervisor follows the emailed invitation (which proves the address), accepts with a license, and
      // verifies the week in one action.
      const s = supervisor.page;
      await s.goto('/dev/mailbox');
      const invitationMail = s.getByRole('article', { name: 'Tara E2E asks you to supervise their hours on Vocare' });
      await invitationMail.getByRole('link', { name: /\/hours\/invitation\?token=/ }).click();
      await expectHeading(s, 'Invitation to supervise');
      await s.getByRole('heading', { name: 'Tara E2E invites you to supervise' }).waitFor();
      await expectAccessible(s, 'invitation from the emailed link');
      await s.getByLabel('License type').fill('LPC-S');
      await s.getByLabel('License number').fill('S-20931');
      await s.getByLabel('Licensing state').selectOption({ label: 'Texas' });
      await s.getByLabel('License expiry date').fill('2031-06-30');
      await s.getByRole('button', { name: 'Accept and record my license' }).click();
      // Accepting lands on the inbox, and the navigation is a supervisor's: no trainee tabs, no "Hours" log.
      await expectHeading(s, 'Supervisor inbox');
      await s.getByText('You now supervise Tara E2E.', { exact: false }).waitFor();
      const mainNav = s.getByRole('navigation', { name: 'Main' });
      await mainNav.getByRole('link', { name: 'Supervisor inbox' }).waitFor();
      expect(await mainNav.getByRole('link', { name: 'Hours', exact: true }).count()).toBe(0);
      expect(await s.getByRole('link', { name: 'Log', exact: true }).count()).toBe(0);
      expect(await s.getByRole('link', { name: 'Import', exact: true }).count()).toBe(0);
      await s.getByRole('heading', { name: 'Waiting for your verification' }).waitFor();
      const week = s.getByRole('listitem').filter({ has: s.getByRole('heading', { level: 3, name: /^Tara E2E: / }) });
      await week.getByText('2 entries, 4.5 hours: direct client contact 3, individual supervision 1.5.').waitFor();
      await expectAccessible(s, 'inbox with a waiting week');
      // Verifying a whole week asks first, with keyboard focus on the answer; cancelling returns it to the button.
      await week.getByRole('button', { name: /^Verify the whole week/ }).click();
      const yes = week.getByRole('button', { name: 'Yes, verify 2 entries (4.5 hours)' });
      await expect.poll(() => yes.evaluate((b) => b === document.activeElement)).toBe(true);
      await s.keyboard.press('Tab');
      await s.keyboard.press('Enter');
      const ask = week.getByRole('button', { name: /^Verify the whole week/ });
      await expect.poll(() => ask.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await yes.count()).toBe(0);
      await s.keyboard.press('Enter');
      await yes.click();
      await s.getByText(/^Verified 2 entries \(4\.5 hours\) of Tara E2E: /).waitFor();
      await expect
        .poll(() => s.evaluate(() => document.activeElement?.textContent?.trim()))
        .toBe('Waiting for your verification');
      await s.getByText('Nothing waits for you.', { exact: false }).waitFor();

      // The trainee sees the verified hours count and the entries locked...
      await t.reload();
      await expectHeading(t, 'Hours log');
      await expect.poll(() => entries.getByText('Verified', { exact: true }).count()).toBe(2);
      expect(await entries.getByText('(locked)').count()).toBe(2);
      await t.getByRole('navigation', { name: 'Hours' }).getByRole('link', { name: 'Progress' }).click();
      await expectHeading(t, 'Progress toward your license');
      await t.getByRole('heading', { name: 'Progress toward Licensed Professional Counselor' }).waitFor();
      await expect.poll(() => progressCell(t, 'Direct client contact hours', 2)).toBe('3 hours');
      expect(await progressCell(t, 'Total supervised hours', 2)).toBe('4.5 hours');
      await t.getByRole('figure').filter({ hasText: 'Hours per week, last 12 weeks' }).waitFor();
      await expectAccessible(t, 'progress with verified hours and charts');

      // ... and downloads the PDF verification summary, whose text says what was verified against which rules.
      const [download] = await Promise.all([
        t.waitForEvent('download'),
        t.getByRole('link', { name: 'Download the PDF verification summary' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('vocare-hours-summary-US-TX-LPC-v1.pdf');
      const file = await download.path();
      const pdf = extractPdf(new Uint8Array(fs.readFileSync(file)));
      expect(pdf.problems).toEqual([]);
      expect(pdf.version).toBe('1.4');
      for (const text of [
        'Supervised hours verification summary',
        'Trainee: Tara E2E',
        `Rule set: US-TX:LPC version 1 (Licensed Professional Counselor, Texas); rules checked ${texasLpcCheckedDate()}.`,
        'Log: 2 entries, 4.5 hours',
        'Dr. Sam E2E',
        'LPC-S S-20931, US-TX,',
        'Direct client contact hours',
        'It holds no client-identifying information.',
      ]) {
        expect(pdf.flat).toContain(text);
      }
      expect(pdf.text).toMatch(/^Verified by a supervisor 2 4\.5$/m);

      // The history shows the supervisor's verification; the import page reports a bad row by line, saving nothing.
      await t.getByRole('navigation', { name: 'Hours' }).getByRole('link', { name: 'History' }).click();
      await expectHeading(t, 'History of your log');
      await expect.poll(() => t.getByText('Verified by Dr. Sam E2E (supervisor)', { exact: false }).count()).toBe(2);
      await expectAccessible(t, 'history');
      await t.getByRole('navigation', { name: 'Hours' }).getByRole('link', { name: 'Import' }).click();
      await expectHeading(t, 'Import hours from a spreadsheet');
      await t
        .getByLabel('Or paste the contents')
        .fill(
          'date,hours,category,site,supervisor,note\n2025-01-06,2,direct,Clinic,,\n2025-01-07,1.1,direct,Clinic,,\n',
        );
      await t.getByRole('button', { name: 'Preview' }).click();
      const problems = t.getByRole('table', { name: 'Rows with problems, by line number' });
      await problems.getByRole('row', { name: /^3 hours 1\.1 is not a multiple of a quarter hour/ }).waitFor();
      expect(await t.getByRole('button', { name: /^Import/ }).getAttribute('aria-disabled')).toBe('true');
      await expectAccessible(t, 'import preview with a bad row');
      // Issue 18, item 1: the app's own CSV export, pasted back, previews as duplicates and would add nothing.
      const exported = await (await t.request.get('/api/hours/export.csv')).text();
      await t.getByLabel('Or paste the contents').fill(exported);
      await t.getByRole('button', { name: 'Preview' }).click();
      await t.getByText('2 rows read: 0 new, 2 duplicates, 0 with problems.', { exact: false }).waitFor();
      await t.getByText(/^2 rows repeat entries already in your log/).waitFor();
      await t.getByText('0 hours would be saved.', { exact: false }).waitFor();
      await expectAccessible(t, 'import preview of the own export');

      expect(trainee.problems).toEqual([]);
      expect(supervisor.problems).toEqual([]);
    } finally {
      await traineeContext.close();
      await supervisorContext.close();
    }
  }, 240_000); // a long two-person flow with ten axe runs: 101 s measured on the shared 2-core machine, near the old 120 s
});
