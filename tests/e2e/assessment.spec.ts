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
  tag: string;
  type: string | null;
  name: string | null;
  label: string;
}

/** What has keyboard focus: tag, input type and name, and its label or text (never a CSS class). */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])].map((l) => l.textContent ?? '') : [];
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? null,
      name: el?.getAttribute('name') ?? null,
      label: (labels.join(' ') || el?.textContent || '').trim(),
    };
  });
}

async function tabUntil(page: Page, isTarget: (f: Focused) => boolean, maxPresses = 60): Promise<Focused> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (isTarget(now)) return now;
  }
  throw new Error(
    `no matching element after ${maxPresses} Tab presses (focus on ${JSON.stringify(await focused(page))})`,
  );
}

/** Ticks a checkbox by Tab and Space. */
async function tick(page: Page, label: string): Promise<void> {
  await tabUntil(page, (f) => f.type === 'checkbox' && f.label === label);
  await page.keyboard.press('Space');
}

/** Chooses a radio option as a keyboard user does: Tab into the group, arrow keys to the option, Space. */
async function choose(page: Page, group: string, label: string): Promise<void> {
  await tabUntil(page, (f) => f.type === 'radio' && f.name === group);
  for (let i = 0; i < 10; i += 1) {
    if ((await focused(page)).label === label) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option "${label}" in radio group ${group}`);
}

async function pressButton(page: Page, name: string): Promise<void> {
  await tabUntil(
    page,
    (f) =>
      f.tag === 'button' &&
      f.label
        .replace(/^[^\w]+/, '')
        .replace(/\s+/g, ' ')
        .startsWith(name),
  );
  await page.keyboard.press('Enter');
}

async function expectStep(page: Page, step: number, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: new RegExp(`Step ${step} of 8: ${title}`) }).waitFor();
  expect(await page.locator('[aria-current="step"]').textContent()).toBe(title);
  expect(await page.getByRole('progressbar').getAttribute('value')).toBe(String(step));
}

const ACTIVITY_RATINGS: Record<string, string> = {
  'Sitting with someone who is going through a hard time': 'I would love it',
  'Teaching or coaching someone who is new to a skill': 'I would love it',
  'Digging into research to find out why a problem keeps happening': 'I would like it',
};

describe('self-assessment', () => {
  // Eight steps with an axe run on each: allow for a busy two-core machine.
  it('is taken with the keyboard alone, ranks careers and explains a score (signed out)', {
    timeout: 150_000,
  }, async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/');
      await tabUntil(page, (f) => f.tag === 'a' && f.label === 'Assessment');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Self-assessment' }).waitFor();
      await expectStep(page, 1, 'What you care about');
      await expectAccessible(page, 'step 1');

      // Next without an answer: the error summary takes focus and names the field.
      await pressButton(page, 'Next');
      const summary = page.getByRole('region', { name: 'Please check the form' });
      await summary.waitFor();
      expect(await summary.textContent()).toContain('Causes: Choose at least one cause');
      await expectAccessible(page, 'step 1 with an error');

      await tick(page, 'Mental health');
      await tick(page, 'Addiction and recovery');
      await pressButton(page, 'Next');
      await expectStep(page, 2, 'Scale of change');
      await expectAccessible(page, 'step 2');
      await choose(page, 'scale', 'One person or family at a time');
      await pressButton(page, 'Next');

      await expectStep(page, 3, 'Day-to-day work');
      await expectAccessible(page, 'step 3');
      await choose(page, 'clientContact', 'Most of it');
      await choose(page, 'emotionalIntensity', 'A moderate amount');
      // Back keeps the answers given so far.
      await pressButton(page, 'Back');
      await expectStep(page, 2, 'Scale of change');
      expect(await page.getByLabel('One person or family at a time').isChecked()).toBe(true);
      await pressButton(page, 'Next');
      await expectStep(page, 3, 'Day-to-day work');
      expect(await page.getByLabel('Most of it').isChecked()).toBe(true);
      await pressButton(page, 'Next');

      await expectStep(page, 4, 'What you value in a job');
      await expectAccessible(page, 'step 4');
      await tick(page, 'Working with and for people, in a friendly team');
      await pressButton(page, 'Next');

      await expectStep(page, 5, 'Activities you enjoy');
      await expectAccessible(page, 'step 5');
      // A fuller version (30 activities, five per theme) sits beside the quick one (12).
      const ratingLegends = page.locator('fieldset.rating-group legend');
      await choose(page, 'interestVersion', 'Fuller: 30 activities, about 5 minutes, a steadier picture');
      await expect.poll(() => ratingLegends.count()).toBe(30);
      await expect.poll(() => page.getByText('0 of 30 activities rated.').count()).toBe(1);
      await page.keyboard.press('ArrowUp'); // back to the quick version, by keyboard
      expect((await focused(page)).label).toBe('Quick: 12 activities, about 2 minutes');
      await expect.poll(() => ratingLegends.count()).toBe(12);
      const activities = await ratingLegends.allTextContents();
      expect(activities).toHaveLength(12);
      for (const activity of activities) {
        await choose(page, await nameOfGroup(page, activity), ACTIVITY_RATINGS[activity] ?? 'Unsure');
      }
      await page.getByRole('table', { name: /Your interest scores/ }).waitFor();
      await pressButton(page, 'Next');

      await expectStep(page, 6, 'Education and study');
      await expectAccessible(page, 'step 6');
      await choose(page, 'currentEducation', "Bachelor's degree");
      await choose(page, 'maxEducation', "Up to a master's degree");
      await pressButton(page, 'Next');

      await expectStep(page, 7, 'Where you will work');
      await expectAccessible(page, 'step 7');
      await tabUntil(page, (f) => f.tag === 'select');
      await page.keyboard.type('Texas');
      expect(await page.getByLabel('Which US state or territory do you plan to work in?').inputValue()).toBe('US-TX');
      await pressButton(page, 'Next');

      await expectStep(page, 8, 'Why you want to help');
      await expectAccessible(page, 'step 8');
      await tick(page, 'Empathy for people who struggle');
      await pressButton(page, 'See my matches');

      await page.getByRole('heading', { level: 1, name: 'Your career matches' }).waitFor();
      const list = page.getByRole('list', { name: 'Your matches' });
      await list.waitFor();
      const titles = await list.getByRole('heading', { level: 3 }).allTextContents();
      expect(titles.length).toBe(10);
      expect(titles.slice(0, 5).filter((t) => /counsel|therap|social work/i.test(t)).length).toBeGreaterThan(2);
      await page.getByRole('heading', { name: 'Why you want to help' }).waitFor();
      await page.getByText('Empathy for people who struggle').waitFor();
      await expectAccessible(page, 'results');

      // Open the first career's reasons with the keyboard.
      const first = titles[0]?.replace(/^\d+\.\s*/, '') ?? '';
      await tabUntil(page, (f) => f.tag === 'summary' && f.label === `Why this score for ${first}`);
      await page.keyboard.press('Enter');
      const table = page.getByRole('table', { name: /How the score of \d+ adds up/ }).first();
      await table.waitFor();
      expect(await table.textContent()).toMatch(/You care about .*mental health/);
      await page.getByRole('heading', { level: 4, name: 'Same cause, different level' }).first().waitFor();
      await expectAccessible(page, 'results with a reason open');

      // Set the first career aside: the next one moves up, and the choice survives a reload.
      await pressButton(page, `Not for me: set ${first} aside`);
      await expect
        .poll(async () => (await list.getByRole('heading', { level: 3 }).first().textContent()) ?? '')
        .toBe(`1. ${titles[1]?.replace(/^\d+\.\s*/, '')}`);
      expect((await focused(page)).label).toBe(titles[1]?.replace(/^\d+\.\s*/, ''));
      await page.reload();
      await page.getByRole('heading', { name: 'Careers you set aside' }).waitFor();
      expect(await list.getByRole('heading', { level: 3 }).allTextContents()).not.toContain(titles[0]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signed in, a retake with a changed answer shows what changed since last time', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await newCheckedPage(context);
    try {
      await page.goto('/signin');
      await page.getByLabel('Email').fill('explorer@demo.vocare.test');
      await page.getByLabel('Password').fill('vocare-demo-2026');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

      await page.goto('/assessment');
      await expectStep(page, 1, 'What you care about');
      await page.getByLabel('Environment and conservation').check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('One person or family at a time').check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Some of it').check();
      await page.getByLabel('Not sure yet').check();
      for (let step = 3; step < 6; step += 1) await page.getByRole('button', { name: 'Next' }).click();
      await expectStep(page, 6, 'Education and study');
      await page.getByLabel("Bachelor's degree", { exact: true }).check();
      await page.getByLabel("Up to a bachelor's degree").check();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'See my matches' }).click();
      await page.getByText(/Saved to your account/).waitFor();
      await page.getByText('This is your first saved assessment.', { exact: false }).waitFor();

      // Retake: the form starts from the saved answers; change one and finish.
      await page.getByRole('link', { name: 'Retake the assessment' }).click();
      await expectStep(page, 1, 'What you care about');
      expect(await page.getByLabel('Environment and conservation').isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Next' }).click();
      expect(await page.getByLabel('One person or family at a time').isChecked()).toBe(true);
      await page.getByLabel('Institutions, laws and policy').check();
      for (let step = 2; step < 8; step += 1) await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'See my matches' }).click();

      const changes = page.getByRole('region', { name: 'What changed since last time' });
      await changes.waitFor();
      const text = (await changes.textContent()) ?? '';
      expect(text).toContain('Scale of change');
      expect(text).toContain('One person or family at a time');
      expect(text).toContain('Institutions, laws and policy');
      const moved = changes.getByRole('table', { name: /careers? moved/ });
      expect(await moved.getByRole('row').count()).toBeGreaterThan(1);
      expect(await moved.textContent()).toMatch(/Climate change policy analyst\d+ \(#\d+\)\d+ \(#1\)/);
      await expectAccessible(page, 'results after a retake');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** The radio group name of the activity whose legend reads `legend`. */
async function nameOfGroup(page: Page, legend: string): Promise<string> {
  const name = await page
    .getByRole('group', { name: legend, exact: true })
    .getByRole('radio')
    .first()
    .getAttribute('name');
  if (!name) throw new Error(`no radio group for "${legend}"`);
  return name;
}
