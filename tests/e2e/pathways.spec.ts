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
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('vocare-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /^Account:/ }).waitFor();
}

describe('pathway planner', () => {
  it('picks a career and jurisdiction, sets the stage, sees the timeline, ticks a step and keeps it after a reload', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await newCheckedPage(context);
    await signIn(page, 'trainee@demo.vocare.test');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pathways' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan your path' }).waitFor();
    await page.getByLabel('Career').selectOption({ label: 'Licensed professional counselor' });
    await page.getByLabel('Where you will practise').selectOption('US-TX:LPC');
    await page.getByLabel('Where you are now').selectOption({ label: 'Degree done, gathering supervised hours' });
    await page.getByLabel('Start date').fill('2026-09-01');

    const timeline = page.getByRole('list', { name: 'Timeline' });
    const practice = timeline.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Supervised practice as an associate' }),
    });
    await practice.getByText('1 Sep 2026 to 1 Mar 2028').waitFor();
    await page.getByText('1 requirement not verified').first().waitFor();
    const order = await timeline.getByRole('heading', { level: 3 }).allTextContents();
    expect(order).toEqual([
      'Supervised practice as an associate',
      'Licensed Professional Counselor (Texas)',
      'Renewal and continuing education',
    ]);
    await expectAccessible(page, 'pathways with a preview');

    await page.getByRole('button', { name: 'Save this plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Licensed professional counselor in Texas' }).waitFor();
    expect(page.url()).toMatch(/\/pathways\/[0-9a-f-]{36}$/);
    const step = page.getByRole('checkbox', { name: 'Total supervised hours: 3,000 hours' });
    expect(await step.isChecked()).toBe(false);
    await step.check();
    await page.getByRole('status').filter({ hasText: 'Ticked: Total supervised hours' }).waitFor();
    await expectAccessible(page, 'saved plan');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Licensed professional counselor in Texas' }).waitFor();
    const again = page.getByRole('checkbox', { name: 'Total supervised hours: 3,000 hours' });
    await again.waitFor();
    expect(await again.isChecked()).toBe(true);
    await page.getByText('1 of').first().waitFor();
    expect(await page.getByRole('link', { name: 'Download calendar (.ics)' }).getAttribute('href')).toMatch(
      /\/api\/plans\/[0-9a-f-]{36}\/calendar\.ics$/,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an admin edits a rule: a bad edit is refused with the field named, a good one becomes a new version', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await newCheckedPage(context);
    await signIn(page, 'admin@demo.vocare.test');

    await page.goto('/rules');
    await page.getByRole('heading', { level: 1, name: 'Licensure rules' }).waitFor();
    await expectAccessible(page, 'rules list');
    // Texas: its total hours rest on the administrative code, so the editor lets them be changed (an unverified
    // figure is read-only in the editor).
    await page.locator(`a[href="/rules/${encodeURIComponent('US-TX:LMFT')}"]`).click();
    await page.getByRole('heading', { level: 1, name: /Licensed Marriage and Family Therapist, / }).waitFor();
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('link', { name: 'Edit these rules' }).click();
    await page.getByRole('heading', { level: 1, name: /^Edit US-/ }).waitFor();

    const total = page.getByRole('group', { name: 'Requirement 1: Total supervised hours' });
    const hours = total.getByLabel('Hours', { exact: true });
    await hours.fill('-5');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    const summary = page.getByRole('region', { name: 'Please check the form' });
    await summary.waitFor();
    await summary
      .getByRole('link', { name: 'Requirement 1 (Total supervised hours): hours: hours must be greater than 0' })
      .waitFor();
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    await total.getByText('hours must be greater than 0').waitFor();
    await expectAccessible(page, 'rule editor with an error');

    await hours.fill('3200');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();
    await page.getByText(/Saved US-[A-Z]+:LMFT as version 2\./).waitFor();
    await page.getByText('Version 2 (current)').waitFor();
    await page.getByRole('link', { name: 'Version 1' }).waitFor();
    await expectAccessible(page, 'rule set after the edit');
    // The form checks with the server's own RuleSetSchema before sending, so the refused edit never reaches the
    // server (no 400 in the log) and nothing else may fail.
    expect(problems).toEqual([]);
    await context.close();
  });
});
