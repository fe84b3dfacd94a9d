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

interface Focused {
  role: string | null;
  tag: string;
  type: string | null;
  name: string;
  href: string | null;
}

/** What has keyboard focus, described the way a person would (tag, type, text), not by CSS class. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])].map((l) => l.textContent ?? '') : [];
    return {
      role: el?.getAttribute('role') ?? null,
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? null,
      name: (labels.join(' ') || el?.textContent || '').trim(),
      href: el?.getAttribute('href') ?? null,
    };
  });
}

/** Presses Tab until `isTarget` holds, as a keyboard-only user would; fails if it never does. */
async function tabUntil(page: Page, isTarget: (f: Focused) => boolean, maxPresses = 80): Promise<Focused> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (isTarget(now)) return now;
  }
  throw new Error(`no matching element after ${maxPresses} Tab presses`);
}

async function bodyOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('keyboard and small screens', () => {
  it('uses the atlas with the keyboard alone: search, reach a result, open it', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/atlas');
      await page.getByRole('heading', { level: 1, name: 'Career atlas' }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: /careers? found/ })
        .waitFor();

      // The first Tab stop is the skip link.
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('Skip to main content');

      await tabUntil(page, (f) => f.tag === 'input' && f.type === 'search');
      await page.keyboard.type('counsel');
      await page.keyboard.press('Enter');
      await page.waitForURL(/[?&]q=counsel/);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /careers? found/ })
            .textContent(),
        )
        .toMatch(/for “counsel”/);

      const result = await tabUntil(page, (f) => f.tag === 'a' && (f.href ?? '').startsWith('/careers/'));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/careers\//);
      await page.getByRole('heading', { level: 1, name: result.name }).waitFor();
      // Focus lands on the new page's heading, so reading and tabbing start at the top.
      await expect.poll(async () => (await focused(page)).tag).toBe('h1');
      await expectAccessible(page, 'career page reached by keyboard');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('fits a 375 px phone without sideways scrolling on the atlas, career and compare pages', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 375, height: 740 } });
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/atlas?q=counsel');
      await page
        .getByRole('status')
        .filter({ hasText: /careers? found/ })
        .waitFor();
      expect(await bodyOverflow(page)).toBe(0);

      // On a phone the filters fold away behind a disclosure button.
      const toggle = page.getByRole('button', { name: 'Show filters' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      await page.getByRole('checkbox', { name: /^Mezzo/ }).check();
      await page.waitForURL(/scale=mezzo/);
      expect(await bodyOverflow(page)).toBe(0);
      await expectAccessible(page, 'atlas on a phone');

      await page.goto('/careers/clinical-social-worker');
      await page.getByRole('heading', { level: 1, name: 'Clinical social worker' }).waitFor();
      await page.getByRole('region', { name: 'Pay and outlook' }).waitFor();
      expect(await bodyOverflow(page)).toBe(0);
      await expectAccessible(page, 'career page on a phone');

      // The comparison stacks as one card per career on a phone (issue 18, item 11): nothing scrolls sideways.
      await page.goto('/compare?ids=clinical-social-worker,policy-analyst,registered-nurse');
      const region = page.getByRole('region', { name: 'Comparison of 3 careers' });
      await region.getByRole('heading', { level: 3, name: 'Policy analyst' }).waitFor();
      expect(await region.getByRole('article').count()).toBe(3);
      expect(await bodyOverflow(page)).toBe(0);
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'compare on a phone');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
