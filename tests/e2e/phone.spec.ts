import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newCheckedPage, type RunningServer, startServer } from './harness.js';

// Issue 18, item 11: Vocare on a 390 px phone.
const PHONE = { width: 390, height: 844 };

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

/** Every axe violation of the page, of any impact, as "rule: targets". */
async function allViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('vocare-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /^Account:/ }).waitFor();
}

async function phoneContext(): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, viewport: PHONE });
}

describe('on a 390 px phone', () => {
  it('folds the main navigation behind a Menu button, one header row', async () => {
    const context = await phoneContext();
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: /I want to help/ }).waitFor();
      const header = await page.locator('header.site-header').boundingBox();
      expect(header?.height ?? 999).toBeLessThan(80);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.getByRole('link', { name: 'Guides' }).isVisible()).toBe(false);
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await expectAccessible(page, 'menu open');
      await nav.getByRole('link', { name: 'Guides' }).click();
      await page.getByRole('heading', { level: 1, name: 'Guides' }).waitFor();
      // Following a link folds the menu again.
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.getByRole('link', { name: 'Guides' }).isVisible()).toBe(false);

      // A note shared by the pay, growth and jobs figures is shown once, not under each figure (item 10).
      await page.goto('/careers/licensed-professional-counselor');
      await page.getByRole('heading', { name: 'Pay and outlook' }).waitFor();
      expect(await page.getByText(/BLS figures are for combined EP code 21-1018/).count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('axe finds no scrollable-region or landmark problem on the rule, hours progress and inbox pages', async () => {
    const context = await phoneContext();
    const { page } = await newCheckedPage(context);
    try {
      await page.goto('/rules/US-TX%3ALPC');
      await page.getByRole('table', { name: 'Requirements' }).waitFor();
      expect(await allViolations(page)).toEqual([]);

      await signIn(page, 'trainee@demo.vocare.test');
      // The hours log stacks each entry on a phone: Edit and Delete are on screen, not off to the side.
      await page.goto('/hours');
      const entries = page.getByRole('table', { name: 'Your hour entries' });
      await entries.waitFor();
      const edit = await entries
        .getByRole('button', { name: /^Edit the entry of / })
        .first()
        .boundingBox();
      expect(edit).not.toBeNull();
      expect((edit?.x ?? 999) + (edit?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      expect(await allViolations(page)).toEqual([]);

      await page.goto('/hours/progress');
      await page.getByRole('heading', { level: 1, name: 'Progress toward your license' }).waitFor();
      await page
        .getByRole('heading', { name: /^Progress toward / })
        .nth(1)
        .waitFor();
      expect(await allViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
    const supervisor = await phoneContext();
    const { page: s } = await newCheckedPage(supervisor);
    try {
      await signIn(s, 'supervisor@demo.vocare.test');
      await s.goto('/hours/inbox');
      await s.getByRole('heading', { level: 1, name: 'Supervisor inbox' }).waitFor();
      await s.getByRole('heading', { name: 'Waiting for your verification' }).waitFor();
      await s
        .getByRole('button', { name: /^Review entries one by one/ })
        .first()
        .click();
      expect(await allViolations(s)).toEqual([]);
    } finally {
      await supervisor.close();
    }
  });
});
