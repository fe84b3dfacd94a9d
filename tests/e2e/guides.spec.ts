import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newCheckedPage, type RunningServer, startServer } from './harness.js';

let server: RunningServer;
let browser: Browser;

// One second between opening a comment form and sending it keeps the test quick; the real default is 3.

beforeAll(async () => {
  server = await startServer({ VOCARE_COMMENT_MIN_SECONDS: '0', VOCARE_COMMENT_RATE_LIMIT: '100' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };

async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await expectHeading(page, 'Sign in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('vocare-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: /^Account:/ }).waitFor();
}

/**
 * Fills the comment form inside `scope` and sends it. The server runs with no minimum form age, so nothing waits on
 * the wall clock here; the age check itself is covered by comments.test.ts.
 */
async function fillAndSend(
  page: Page,
  form: ReturnType<Page['getByRole']>,
  values: { name?: string; email?: string; website?: string; comment: string },
  button: string,
): Promise<void> {
  if (values.name !== undefined) await form.getByLabel('Name').fill(values.name);
  if (values.email !== undefined) await form.getByLabel('Email').fill(values.email);
  if (values.website !== undefined) await form.getByLabel('Website').fill(values.website);
  await form.getByLabel('Comment').fill(values.comment);
  // Wait for the condition the form needs (its signed form token has arrived, fetched by the browser or in the data
  // the server rendered the page with, and the page is live), not for a fixed time.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.documentElement.dataset.ready === 'true' &&
          (performance.getEntriesByType('resource').some((entry) => entry.name.includes('/comment-form')) ||
            (document.getElementById('ssr-state')?.textContent ?? '').includes('formToken')),
      ),
    )
    .toBe(true);
  await form.getByRole('button', { name: button }).click();
}

/** Whether any script planted by a payload ran: it would set window.__xss or open a dialog. */
function watchForScripts(page: Page): { dialogs: string[]; ran: () => Promise<unknown> } {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { dialogs, ran: () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss) };
}

/** Every API answer the page receives, to check that a commenter's email never reaches it. */
function collectApiBodies(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      void response
        .text()
        .then((text) => bodies.push(text))
        .catch(() => undefined);
    }
  });
  return bodies;
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openContext(options: { phone?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.url, ...(options.phone ? { viewport: PHONE } : {}) });
}

describe('guides and moderated comments in the browser', () => {
  it('reads a guide, posts a comment that is held, approves it as moderator, sees it published, replies', async () => {
    const readerContext = await openContext({ phone: true });
    const adminContext = await openContext();
    const { page, problems } = await newCheckedPage(readerContext);
    const { page: adminPage, problems: adminProblems } = await newCheckedPage(adminContext);
    const apiBodies = [page, adminPage].map(collectApiBodies);
    try {
      // The index: nav entry, search, topics; readable at phone width.
      await page.goto('/');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
      await expectHeading(page, 'Guides');
      await page.getByRole('link', { name: 'Aligning your career with what you care about' }).waitFor();
      await expectAccessible(page, 'guides index');
      await expectNoHorizontalScroll(page);
      await page.getByRole('searchbox', { name: 'Search guides' }).fill('supervised hours');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/[?&]q=supervised/);
      await page.getByRole('link', { name: 'Licensure and supervised hours, explained' }).click();

      // The guide: body, related careers, previous/next, the demo conversation.
      await expectHeading(page, 'Licensure and supervised hours, explained');
      await page.getByRole('heading', { level: 2, name: 'Keeping a clean record' }).waitFor();
      const related = page.getByRole('complementary');
      await related.getByRole('link', { name: 'Clinical social worker' }).waitFor();
      const pager = page.getByRole('navigation', { name: 'Previous and next guide' });
      await pager.getByRole('link', { name: /Micro, mezzo and macro/ }).waitFor();
      await pager.getByRole('link', { name: /Burnout, compassion fatigue/ }).waitFor();
      await page.getByRole('article', { name: 'Comment by Tomás Trainee' }).waitFor();
      await expectAccessible(page, 'guide page');
      await expectNoHorizontalScroll(page);

      // Post a comment: required fields are marked; a first comment waits for moderation.
      const form = page.getByRole('region', { name: 'Leave a comment' });
      await form.getByText('Name (required)').waitFor();
      await form.getByText('Email (required)').waitFor();
      await form.getByText('Comment (required)').waitFor();
      const email = `e2e-reader-${Date.now()}@example.test`;
      await fillAndSend(
        page,
        form,
        { name: 'E2E Reader', email, comment: 'Does the **direct** hours rule differ by state?' },
        'Post comment',
      );
      await form.getByText('Your comment is held for moderation').waitFor();
      // Its author sees it, marked as waiting; nobody else does.
      const held = page.getByRole('article', { name: 'Your comment, waiting for moderation' });
      await held.getByText('Does the direct hours rule differ by state?').waitFor();
      await expectAccessible(page, 'comment held');
      expect(await page.getByRole('article', { name: 'Comment by E2E Reader' }).count()).toBe(0);
      expect(await page.locator('main').textContent()).not.toContain(email);

      // The moderator (demo admin) approves it from the queue; their own name and email are filled in.
      await signIn(adminPage, 'admin@demo.vocare.test');
      await adminPage.goto('/guides/licensure-and-supervised-hours');
      await expectHeading(adminPage, 'Licensure and supervised hours, explained');
      const adminForm = adminPage.getByRole('region', { name: 'Leave a comment' });
      await expect.poll(() => adminForm.getByLabel('Name').inputValue()).toBe('Alex Admin');
      expect(await adminForm.getByLabel('Email').inputValue()).toBe('admin@demo.vocare.test');
      await adminPage.goto('/guides/moderation');
      await expectHeading(adminPage, 'Moderate comments');
      const item = adminPage.getByRole('listitem').filter({ hasText: 'Does the direct hours rule differ by state?' });
      await item.getByText('First-time commenter').waitFor();
      await expectAccessible(adminPage, 'moderation queue');
      await item.getByRole('button', { name: 'Approve: comment by E2E Reader' }).click();
      await adminPage.getByText('Comment by E2E Reader approved and published.').waitFor();
      expect(await adminPage.content()).not.toContain(email);

      // Published: the reader sees it, then replies; an approved address posts directly.
      await page.reload();
      const published = page.getByRole('article', { name: 'Comment by E2E Reader' });
      await published.getByText('direct', { exact: true }).waitFor();
      expect(await published.locator('strong').textContent()).toBe('direct');
      await page.getByRole('button', { name: 'Reply to E2E Reader' }).click();
      const replyForm = page.getByRole('region', { name: 'Reply to E2E Reader' });
      await fillAndSend(
        page,
        replyForm,
        { name: 'E2E Reader', email, comment: 'Answering myself: yes, check [the planner](/pathways).' },
        'Post reply',
      );
      await page.getByText('Thank you. Your reply is published.').waitFor();
      // The reply form closes once the reply is sent.
      expect(await replyForm.count()).toBe(0);
      const replies = page.getByRole('list', { name: 'Replies to E2E Reader' });
      await replies.getByText('Answering myself').waitFor();
      expect(await replies.getByRole('link', { name: 'the planner' }).getAttribute('rel')).toBe('nofollow ugc');
      await expectAccessible(page, 'reply published');
      await expectNoHorizontalScroll(page);

      // The email went to the server once, in the POST; no answer to either browser ever held it.
      const answers = apiBodies.flat();
      expect(answers.length).toBeGreaterThan(10);
      for (const body of answers) expect(body).not.toContain(email);
      expect(problems).toEqual([]);
      expect(adminProblems).toEqual([]);
    } finally {
      await readerContext.close();
      await adminContext.close();
    }
  });

  it('runs no script from hostile comments or guides, and shows the text as text', async () => {
    const visitorContext = await openContext();
    const adminContext = await openContext();
    const { page, problems } = await newCheckedPage(visitorContext);
    const { page: adminPage, problems: adminProblems } = await newCheckedPage(adminContext);
    const visitorScripts = watchForScripts(page);
    const adminScripts = watchForScripts(adminPage);
    const script = '<script>window.__xss=1;alert(1)</script>';
    const image = '<img src=x onerror="window.__xss=1;alert(1)">';
    const hostileName = `Mallory ${image}`;
    try {
      await page.goto('/guides/building-professional-relationships');
      await expectHeading(page, 'Building professional relationships that last');
      const form = page.getByRole('region', { name: 'Leave a comment' });
      await fillAndSend(
        page,
        form,
        {
          name: hostileName,
          email: `xss+${Date.now()}@example.test`,
          website: 'https://example.org/"><script>window.__xss=1</script>',
          comment: `${script}\n\n${image}\n\n[click me](javascript:window.__xss=1)\n\n<a href="javascript:alert(1)">raw link</a>`,
        },
        'Post comment',
      );
      await form.getByText('Your comment is held for moderation').waitFor();

      // The moderator sees the payload in the queue as text, then approves it.
      await signIn(adminPage, 'admin@demo.vocare.test');
      await adminPage.goto('/guides/moderation');
      const item = adminPage.getByRole('listitem').filter({ hasText: 'window.__xss=1;alert(1)</script>' });
      await item.getByText(script).waitFor();
      await item.getByText(image, { exact: true }).waitFor();
      expect(await item.getByRole('link', { name: 'click me' }).count()).toBe(0);
      await item.getByRole('button', { name: /^Approve: comment by Mallory/ }).click();
      await adminPage.getByText(/approved and published/).waitFor();

      // A hostile guide, written and previewed by an admin, then published.
      await adminPage.goto('/guides/new');
      await expectHeading(adminPage, 'Write a guide');
      await adminPage.getByLabel('Title').fill(`Hostile ${image}`);
      await adminPage.getByLabel('Address (slug)').fill('hostile-guide-test');
      await adminPage.getByLabel('Summary').fill(script);
      await adminPage.getByLabel('Tags').fill('testing');
      await adminPage
        .getByLabel('Guide text')
        .fill(`## Heading ${script}\n\n${image}\n\n[bad](javascript:alert(1)) and [good](/atlas)`);
      const preview = adminPage.getByRole('region', { name: 'Preview' });
      await preview.getByRole('heading', { name: `Heading ${script}` }).waitFor();
      await expectAccessible(adminPage, 'guide editor');
      await adminPage.getByLabel('Published (everyone)').check();
      await adminPage.getByRole('button', { name: 'Save and publish' }).click();
      await expectHeading(adminPage, `Hostile ${image}`);

      // The reader's view of both: every payload is visible text, nothing ran.
      await page.goto('/guides/building-professional-relationships');
      const comment = page.getByRole('article', { name: `Comment by ${hostileName}` });
      await comment.getByText(script).waitFor();
      await comment.getByText(image, { exact: true }).waitFor();
      await comment.getByText('<a href="javascript:alert(1)">raw link</a>').waitFor();
      expect(await comment.getByRole('link', { name: 'click me' }).count()).toBe(0);
      const authorLink = comment.getByRole('link', { name: hostileName });
      expect(await authorLink.getAttribute('rel')).toBe('nofollow ugc');
      // The address is kept, percent-encoded: its quotes and brackets are data, not markup.
      expect(await authorLink.getAttribute('href')).toBe(
        new URL('https://example.org/"><script>window.__xss=1</script>').href,
      );
      await expectAccessible(page, 'hostile comment');

      await page.goto('/guides/hostile-guide-test');
      await expectHeading(page, `Hostile ${image}`);
      await page.getByText(script, { exact: true }).first().waitFor();
      await page.getByRole('heading', { level: 2, name: `Heading ${script}` }).waitFor();
      expect(await page.getByRole('link', { name: 'bad' }).count()).toBe(0);
      await page.getByRole('link', { name: 'good' }).waitFor();
      expect(await page.locator('main script, main img').count()).toBe(0);
      await expectAccessible(page, 'hostile guide');

      expect(await visitorScripts.ran()).toBeUndefined();
      expect(await adminScripts.ran()).toBeUndefined();
      expect(visitorScripts.dialogs).toEqual([]);
      expect(adminScripts.dialogs).toEqual([]);
      expect(problems).toEqual([]);
      expect(adminProblems).toEqual([]);
    } finally {
      await visitorContext.close();
      await adminContext.close();
    }
  });
});
