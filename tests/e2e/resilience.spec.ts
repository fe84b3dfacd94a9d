import type { APIRequestContext, Browser } from 'playwright-core';
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

/** The browser's own calendar date, as the web app computes it. */
function localDay(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Calls the API with the page's cookies and its CSRF token, as the web app does. */
async function api(request: APIRequestContext, method: 'POST' | 'PUT', url: string, data: unknown) {
  const session = await (await request.get('/api/auth/session')).json();
  const response = await request.fetch(url, { method, data, headers: { 'x-csrf-token': session.csrfToken } });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return response.json();
}

interface Item {
  id: string;
  text: string;
}

/** Answers that put burnout (5 items, bo-5 reverse-scored) in the given band and the rest in the middle. */
function answersAt(items: Item[], burnout: 1 | 3 | 5): Record<string, number> {
  return Object.fromEntries(
    items.map((i) => [i.id, i.id === 'bo-5' ? 6 - burnout : i.id.startsWith('bo-') ? burnout : 3]),
  );
}

describe('resilience in the browser', () => {
  it('checks in, logs self-care, sees charts and a warning, writes a win and finds it among the wins', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    const { page, problems } = await newCheckedPage(context);
    try {
      // A fresh person, signed up and in through the API; crafted history seeded the same way: burnout low, then
      // moderate twice, and three weeks of logs without supervision or peer support.
      const credentials = { email: `e2e-resilience-${Date.now()}@example.test`, password: 'resilience-e2e-password' };
      await api(page.request, 'POST', '/api/auth/signup', {
        ...credentials,
        displayName: 'Rowan Resilient',
        roles: ['explorer', 'trainee'],
      });
      // Sign-up opens no session (ADR 0024): sign in with the new password.
      await api(page.request, 'POST', '/api/auth/signin', credentials);
      const { instrument } = await (
        await page.request.get('/api/resilience/instruments/vocare-reflective-checkin')
      ).json();
      const items = instrument.items as Item[];
      for (const [daysAgo, level] of [
        [21, 1],
        [14, 3],
        [7, 3],
      ] as const) {
        await api(page.request, 'POST', '/api/resilience/checkins', {
          date: localDay(-daysAgo),
          answers: answersAt(items, level),
        });
      }
      for (let d = 20; d >= 3; d--) {
        await api(page.request, 'PUT', `/api/resilience/self-care/${localDay(-d)}`, {
          sleepHours: d > 13 ? 7.5 : 6,
          supportContact: 'none',
          mood: 3,
        });
      }

      // The overview says a weekly check-in is due.
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resilience' }).click();
      await page.getByRole('heading', { level: 1, name: 'Resilience' }).waitFor();
      await page.getByText('Your weekly check-in is due today.').waitFor();
      await page
        .getByRole('navigation', { name: 'Resilience' })
        .getByRole('link', { name: 'Check-in (due)' })
        .waitFor();
      await expectAccessible(page, 'resilience overview, check-in due');

      // Complete the check-in: every statement is a labelled group of answers.
      await page.getByRole('link', { name: 'Start your check-in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
      await page.getByText('self-reflection aid, not a diagnosis').first().waitFor();
      await expectAccessible(page, 'check-in form');
      // Sending it half-filled names the statements still to answer.
      await page.getByRole('button', { name: 'Save check-in' }).click();
      await page.getByRole('heading', { name: 'Please check the form' }).waitFor();
      await page.getByRole('link', { name: 'Statement 15: Choose an answer' }).waitFor();
      const answers = answersAt(items, 5);
      const labels: Record<number, string> = { 1: 'Never (1)', 3: 'Sometimes (3)', 5: 'Very often (5)' };
      for (const [index, item] of items.entries()) {
        const group = page.getByRole('group', { name: `${index + 1}. ${item.text}` });
        await group.getByLabel(labels[answers[item.id] ?? 3] ?? 'Sometimes (3)').check();
      }
      await page.getByRole('button', { name: 'Save check-in' }).click();
      const result = page.getByRole('region', { name: 'Your check-in is saved' });
      await result.waitFor();
      expect(await result.getByRole('definition').allInnerTexts()).toEqual(['15 moderate', '25 high', '15 moderate']);
      // ... and compared with the previous check-in (a week ago).
      await result.getByRole('heading', { name: /^Compared with your check-in of / }).waitFor();
      await result.getByText('Burnout: 15 (moderate) then, 25 (high) now: up 10.').waitFor();
      await expectAccessible(page, 'check-in saved');

      // Log self-care for several days in the form.
      await page.getByRole('navigation', { name: 'Resilience' }).getByRole('link', { name: 'Self-care log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Self-care log' }).waitFor();
      for (const [daysAgo, sleep, minutes] of [
        [2, '5.5', '10'],
        [1, '5', '0'],
        [0, '5.75', '15'],
      ] as const) {
        const day = localDay(-daysAgo);
        await page.getByLabel('Date', { exact: true }).fill(day);
        await page.getByLabel('Sleep (hours)').fill(sleep);
        await page.getByLabel('Physical activity (minutes)').fill(minutes);
        await page.getByRole('group', { name: 'Boundaries' }).getByLabel('Crossed').check();
        await page.getByRole('group', { name: 'Supervision or peer support' }).getByLabel('None').check();
        await page.getByRole('group', { name: 'Mood' }).getByLabel('2 – low').check();
        await page.getByRole('button', { name: 'Save this day' }).click();
        await page.getByRole('status').filter({ hasText: 'Saved your log for' }).waitFor();
      }
      // An impossible value is refused with the field named, and the day keeps what it had.
      await page.getByLabel('Sleep (hours)').fill('30');
      await page.getByRole('button', { name: 'Save this day' }).click();
      await page.getByRole('link', { name: 'Sleep (hours) must be at most 24 (hours in a day)' }).waitFor();
      const table = page.getByRole('table', { name: /self-care log for the last four weeks/ });
      await table.getByRole('row').nth(1).getByText('5.75 h').waitFor();
      expect(await table.getByRole('row').count()).toBe(1 + 3 + 18);
      await expectAccessible(page, 'self-care log');

      // The overview: a warning explained from the person's own data, and charts with their numbers.
      await page.getByRole('navigation', { name: 'Resilience' }).getByRole('link', { name: 'Overview' }).click();
      const warning = page.getByRole('article', { name: /Burnout: from moderate to high/ });
      await warning.waitFor();
      await warning.getByText(/Your burnout moved to a more concerning band between/).waitFor();
      await warning.getByText(/Sleep: you averaged .* hours a night over the last two weeks, down from 7.5/).waitFor();
      await page.getByRole('article', { name: /no support contact in 3 weeks/ }).waitFor();
      await page
        .getByRole('complementary', { name: 'If you need help now' })
        .getByText(/call or text 988/)
        .waitFor();
      const chart = page.getByRole('figure', { name: 'Burnout (lower is better)' });
      await chart.getByRole('img', { name: /Burnout \(lower is better\) 4 values .* Latest 25 \(high\)/ }).waitFor();
      await chart.getByText('Show the numbers').click();
      await chart.getByRole('row', { name: /25 high/ }).waitFor();
      await page.getByRole('figure', { name: 'Sleep: average hours a night' }).getByRole('img').waitFor();
      await expectAccessible(page, 'overview with warnings and charts');

      // Write a win, then find it in the wins view.
      await page.getByRole('navigation', { name: 'Resilience' }).getByRole('link', { name: 'Journal' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reflection journal' }).waitFor();
      const win = 'A client I have seen since spring told me they feel ready to stop sessions.';
      await page.getByRole('group', { name: 'Kind of entry' }).getByLabel(/^Win:/).check();
      await page.getByLabel('Your reflection').fill(win);
      await page.getByRole('button', { name: 'Save entry' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved your win' }).waitFor();
      await expectAccessible(page, 'journal');
      await page.getByRole('navigation', { name: 'Resilience' }).getByRole('link', { name: 'Wins' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your wins' }).waitFor();
      await page.getByText(win).waitFor();
      await page.getByText('1 win so far').waitFor();
      await expectAccessible(page, 'wins');

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
