import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newCheckedPage, type RunningServer, startServer } from './harness.js';

// Issue 16, peer spaces: a member joins a members-only space and posts, a moderator approves one post and removes the
// other, and a non-member cannot read the space or its thread. On a 390 px phone, by keyboard.
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

const PHONE = { width: 390, height: 844 };
const SPACE = 'Burnout and boundaries';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('vocare-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).press('Enter');
  await page.getByRole('button', { name: /^Account:/ }).waitFor();
}

/** Presses Tab until the focused element's text is `name`, as a keyboard-only person would; fails if it never is. */
async function tabTo(page: Page, name: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`"${name}" never took the focus after ${maxPresses} Tab presses`);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('peer spaces in the browser', () => {
  it('a member joins and posts, a moderator approves one post and removes the other, a non-member reads nothing', async () => {
    const contexts = await Promise.all(
      [0, 1, 2].map(() => browser.newContext({ baseURL: server.url, viewport: PHONE })),
    );
    try {
      const [member, moderator, outsider] = await Promise.all(contexts.map((context) => newCheckedPage(context)));
      if (!member || !moderator || !outsider) throw new Error('pages');

      // The member joins the members-only space from the list, by keyboard.
      const page = member.page;
      await signIn(page, 'trainee@demo.vocare.test');
      await page.goto('/spaces');
      await page.getByRole('heading', { level: 1, name: 'Peer spaces' }).waitFor();
      await tabTo(page, `Join ${SPACE}`);
      await page.keyboard.press('Enter');
      await page.getByText(`You joined ${SPACE}.`).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'spaces list (phone)');

      // Two first posts: both wait for a moderator.
      await page.getByRole('link', { name: SPACE }).press('Enter');
      await page.getByRole('heading', { level: 1, name: SPACE }).waitFor();
      for (const [title, body] of [
        ['Saying no to extra shifts', 'How do you turn down an extra shift without guilt?'],
        ['Buy cheap followers', 'Visit my page for a great deal on followers.'],
      ] as const) {
        await page.getByLabel(/^Title/).fill(title);
        await page.getByLabel(/^Your post/).fill(body);
        await page.getByRole('button', { name: 'Post', exact: true }).press('Enter');
        await page.getByText('Posted. A moderator reads first posts before others see them.').waitFor();
        await page.getByRole('link', { name: title }).waitFor();
      }
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'space with pending posts (phone)');
      const threadUrl = await page.getByRole('link', { name: 'Saying no to extra shifts' }).getAttribute('href');

      // The moderator approves the question and removes the advertisement, by keyboard.
      const mod = moderator.page;
      await signIn(mod, 'admin@demo.vocare.test');
      await mod.goto('/spaces/moderation');
      await mod.getByRole('heading', { level: 1, name: 'Moderate peer spaces' }).waitFor();
      const advert = mod
        .getByRole('listitem')
        .filter({ has: mod.getByRole('heading', { name: 'Buy cheap followers' }) });
      await advert.getByRole('button', { name: 'Remove' }).focus();
      await mod.keyboard.press('Enter');
      await mod.getByText('Removed.').waitFor();
      await mod.getByRole('heading', { name: 'Buy cheap followers' }).waitFor({ state: 'detached' });
      const question = mod
        .getByRole('listitem')
        .filter({ has: mod.getByRole('heading', { name: 'Saying no to extra shifts' }) });
      await question.getByRole('button', { name: 'Approve' }).focus();
      await mod.keyboard.press('Space');
      await mod.getByText('Approved.').waitFor();
      expect(await overflow(mod)).toBeLessThanOrEqual(0);
      await expectAccessible(mod, 'moderation queue (phone)');

      // The member sees the approved thread and not the removed one.
      await page.reload();
      await page.getByRole('link', { name: 'Saying no to extra shifts' }).waitFor();
      expect(await page.getByRole('link', { name: 'Buy cheap followers' }).count()).toBe(0);

      // Someone who has not joined reads neither the space nor the thread, even by its address.
      const out = outsider.page;
      await signIn(out, 'explorer@demo.vocare.test');
      await out.goto('/spaces/burnout-and-boundaries');
      await out.getByRole('button', { name: 'Join this space' }).waitFor();
      await out.getByText(/is for members only: join it to read and post/).waitFor();
      expect(await out.getByText('Saying no to extra shifts').count()).toBe(0);
      await expectAccessible(out, 'members-only space, not a member (phone)');
      await out.goto(threadUrl ?? '/spaces');
      await out.getByRole('alert').first().waitFor();
      expect(await out.getByText('How do you turn down an extra shift').count()).toBe(0);
      expect(await out.getByRole('heading', { level: 1, name: 'Saying no to extra shifts' }).count()).toBe(0);

      // The outsider's refused requests show in the console as 403s; nothing else may.
      const refusals = outsider.problems.filter((p) => p.includes('status of 403'));
      expect(refusals.length).toBeGreaterThan(0);
      expect([
        ...member.problems,
        ...moderator.problems,
        ...outsider.problems.filter((p) => !refusals.includes(p)),
      ]).toEqual([]);
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  }, 180_000);
});
