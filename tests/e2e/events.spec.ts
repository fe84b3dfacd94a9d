import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
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
    } finally {
      await context.close();
    }
  });
});
