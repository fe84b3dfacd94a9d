import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBackup } from '#server/db/backup/backup-file.js';
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

async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('mail on a fresh install (no SMTP_URL)', () => {
  it('signs up, follows the verification link from the Mailbox page and confirms; then resets a forgotten password', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await newCheckedPage(context);
    const email = `e2e-mail-${Date.now()}@example.test`;

    await page.goto('/signup');
    await expectHeading(page, /Create/);
    await page.getByLabel('Name').fill('Grace Hopper');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('mail-e2e-password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/account/);

    await page.goto('/dev/mailbox');
    await expectHeading(page, 'Mailbox');
    const message = page.getByRole('article', { name: 'Confirm your email address for Vocare' }).first();
    await message.waitFor();
    await message.getByText(`To ${email}`).waitFor();
    await expectAccessible(page, 'mailbox');
    await message.getByRole('link', { name: /\/verify-email\?token=/ }).click();
    await expectHeading(page, 'Confirm your email address');
    await expectAccessible(page, 'verify email');
    await page.getByRole('button', { name: 'Confirm my address' }).click();
    await page.getByText(`Thank you: ${email} is confirmed.`).waitFor();
    const session = await (await page.request.get('/api/auth/session')).json();
    expect(session.user.emailVerified).toBe(true);

    // Forgotten password: ask from the sign-in page, follow the link, choose a new one, sign in with it.
    await page.request.post('/api/auth/signout', { headers: { 'x-csrf-token': session.csrfToken } });
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expectHeading(page, 'Forgotten password');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText(/a link to choose a new password is on its way/).waitFor();
    await page.goto('/dev/mailbox');
    const reset = page.getByRole('article', { name: 'Reset your Vocare password' }).first();
    await reset.getByRole('link', { name: /\/reset-password\?token=/ }).click();
    await expectHeading(page, 'Choose a new password');
    await page.getByLabel('New password').fill('a-fresh-e2e-password');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your new password is set').waitFor();
    await page.getByRole('link', { name: 'Sign in with your new password' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a-fresh-e2e-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /^Account:/ }).waitFor();

    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Every axe violation, of any impact, on the page as it stands (these two pages are held to none at all). */
async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await expectAccessible(page, label);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.help}`)).toEqual([]);
}

describe('email notices: unsubscribe link and account settings', () => {
  it('turns a notice off from its link in the Mailbox, then back on from the account page by keyboard', async () => {
    // The demo organization writes to Ada about her application: a notice to her, with an unsubscribe link.
    const orgContext = await browser.newContext({ baseURL: server.url });
    const org = orgContext.request;
    const csrf = async (request: typeof org) => (await (await request.get('/api/auth/session')).json()).csrfToken;
    const orgSignIn = await org.post('/api/auth/signin', {
      data: { email: 'org@demo.vocare.test', password: 'vocare-demo-2026' },
      headers: { 'x-csrf-token': await csrf(org) },
    });
    expect(orgSignIn.status()).toBe(200);
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await newCheckedPage(context);
    const adaSignIn = await context.request.post('/api/auth/signin', {
      data: { email: 'explorer@demo.vocare.test', password: 'vocare-demo-2026' },
      headers: { 'x-csrf-token': await csrf(context.request) },
    });
    expect(adaSignIn.status()).toBe(200);
    const mine = (await (await context.request.get('/api/me/applications')).json()).items as {
      id: string;
      opportunity: { title: string; organization: { name: string } };
    }[];
    const application = mine.find((a) => a.opportunity.organization.name.startsWith('Riverside'));
    if (!application) throw new Error('the demo has no application of Ada to Riverside');
    const written = await org.post(`/api/applications/${application.id}/messages`, {
      data: { body: 'Could you start next Tuesday?' },
      headers: { 'x-csrf-token': await csrf(org) },
    });
    expect(written.status()).toBe(201);
    await orgContext.close();

    await page.goto('/dev/mailbox');
    await expectHeading(page, 'Mailbox');
    const notice = page
      .getByRole('article', { name: `New message about “${application.opportunity.title}”` })
      .filter({ hasText: 'To explorer@demo.vocare.test' })
      .first();
    await notice.getByRole('link', { name: /\/unsubscribe\?token=/ }).click();
    await expectHeading(page, 'Stop these emails');
    await expectNoAxeViolations(page, 'unsubscribe');
    await page.getByRole('button', { name: 'Turn these emails off' }).click();
    await page.getByRole('status').getByText('Done: you will no longer get “Your applications” by email.').waitFor();
    await expectNoAxeViolations(page, 'unsubscribed');
    const settings = async () =>
      (await (await context.request.get('/api/account/mail-preferences')).json()).preferences as {
        topic: string;
        enabled: boolean;
      }[];
    expect(await settings()).toContainEqual(expect.objectContaining({ topic: 'application-update', enabled: false }));

    // The account page shows it off; Space on the focused checkbox turns it on, and a reload keeps it.
    await page.getByRole('link', { name: 'Email notices on your account page' }).click();
    const panel = page.getByRole('region', { name: 'Email notices' });
    const checkbox = panel.getByRole('checkbox', { name: 'Your applications' });
    await checkbox.waitFor();
    expect(await checkbox.isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'account email notices');
    await checkbox.focus();
    await page.keyboard.press('Space');
    await panel.getByRole('status').getByText('Your applications: on.').waitFor();
    await page.reload();
    // Locators are looked up afresh: this is the reloaded page's checkbox, filled from the server.
    await checkbox.waitFor();
    expect(await checkbox.isChecked()).toBe(true);
    expect(await settings()).toContainEqual(expect.objectContaining({ topic: 'application-update', enabled: true }));

    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('backups for an administrator', () => {
  it('finds the backup page from the account page and downloads the whole database', async () => {
    const context = await browser.newContext({ baseURL: server.url, acceptDownloads: true });
    const { page, problems } = await newCheckedPage(context);
    await page.goto('/signin');
    await page.getByLabel('Email').fill('admin@demo.vocare.test');
    await page.getByLabel('Password').fill('vocare-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /^Account:/ }).waitFor();
    await page.goto('/account');
    await page.getByRole('link', { name: 'backups of the whole database' }).click();
    await expectHeading(page, 'Backups');
    // The test server runs with automatic snapshots off; the page says so rather than showing an empty list.
    await page.getByText(/Automatic snapshots are off on this server/).waitFor();
    await expectAccessible(page, 'backups');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the whole database' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vocare-backup-.*\.vocare-backup$/);
    const file = await download.path();
    const { manifest } = decodeBackup(fs.readFileSync(file));
    expect(manifest.format).toBe('pglite-datadir-tar-gz');
    expect(manifest.rowCounts.users).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
