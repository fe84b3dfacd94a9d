import fs from 'node:fs';
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
