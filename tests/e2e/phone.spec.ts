import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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

/** The page's own width and what it would scroll to: equal when nothing sticks out sideways. */
async function pageOverflow(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
}

/** The element is inside the 390 px width, not pushed off to the side. */
async function expectWithinPhone(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box?.x ?? -1, what).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 999) + (box?.width ?? 0), what).toBeLessThanOrEqual(PHONE.width);
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
      for (const name of [/^Edit the entry of /, /^Delete the entry of /]) {
        const button = entries.getByRole('button', { name }).first();
        expect(await button.isVisible(), String(name)).toBe(true);
        await expectWithinPhone(button, String(name));
      }
      const pageWidth = await pageOverflow(page);
      expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.client);
      const tableRegion = await page
        .getByRole('group', { name: 'Your hour entries' })
        .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(tableRegion.scroll).toBeLessThanOrEqual(tableRegion.client);
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

  it('shows a shared resilience summary with no sideways scrolling and no axe violation', async () => {
    const context = await phoneContext();
    const { page } = await newCheckedPage(context);
    let path = '';
    try {
      // The demo trainee has twelve weeks of check-ins and self-care logs; she shares a summary of them.
      await signIn(page, 'trainee@demo.vocare.test');
      const session = await (await page.request.get('/api/auth/session')).json();
      const today = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
      const response = await page.request.post('/api/resilience/shares', {
        data: { subscales: ['burnout', 'compassion-satisfaction'], from, to: today, includeSelfCare: true },
        headers: { 'x-csrf-token': session.csrfToken },
      });
      expect(response.status()).toBe(201);
      path = ((await response.json()) as { path: string }).path;
    } finally {
      await context.close();
    }
    // Whoever holds the link reads it, here on a phone without an account.
    const guestContext = await phoneContext();
    const { page: guest, problems } = await newCheckedPage(guestContext);
    try {
      await guest.goto(path);
      const selfCare = guest.getByRole('group', { name: 'Self-care per week' });
      await selfCare.waitFor();
      const pageWidth = await pageOverflow(guest);
      expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.client);
      // The week table may scroll inside its own region: that region takes keyboard focus.
      expect(await selfCare.getAttribute('tabindex')).toBe('0');
      expect(await allViolations(guest)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await guestContext.close();
    }
  });

  it('stacks the career comparison as one card per career, with nothing off to the side and no axe violation', async () => {
    const context = await phoneContext();
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/compare?ids=clinical-social-worker,policy-analyst,registered-nurse');
      await page.getByRole('heading', { level: 1, name: 'Compare careers' }).waitFor();
      const comparison = page.getByRole('region', { name: 'Comparison of 3 careers' });
      await comparison.getByRole('heading', { level: 3, name: 'Registered nurse' }).waitFor();
      // The wide table is not shown (nor read out, nor in the tab order); the cards are.
      expect(await page.getByRole('table').count()).toBe(0);
      const cards = comparison.getByRole('article');
      expect(await cards.count()).toBe(3);
      // Each card names every fact beside its value, pay with its source.
      const nurse = cards.filter({ has: page.getByRole('heading', { name: 'Registered nurse' }) });
      await expect(nurse.getByRole('definition').nth(5).textContent()).resolves.toContain('BLS Employment Projections');
      expect(await nurse.getByRole('term').allTextContents()).toContain('Median annual pay');

      const pageWidth = await pageOverflow(page);
      expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.client);
      const region = await comparison.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(region.scroll).toBeLessThanOrEqual(region.client);
      for (const title of ['Clinical social worker', 'Policy analyst', 'Registered nurse']) {
        const remove = comparison.getByRole('button', { name: `Remove ${title}` });
        expect(await remove.isVisible(), title).toBe(true);
        await expectWithinPhone(remove, title);
      }
      expect(await allViolations(page)).toEqual([]);

      // Removing a career works from its card, and the comparison says how many are left.
      await comparison.getByRole('button', { name: 'Remove Policy analyst' }).click();
      await page.getByRole('region', { name: 'Comparison of 2 careers' }).waitFor();
      expect(page.url()).not.toContain('policy-analyst');
      expect(await allViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
