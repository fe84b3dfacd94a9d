import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newCheckedPage, type RunningServer, startServer } from './harness.js';

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

describe('public pages as a first visit sees them', () => {
  it('each public page answers with its heading and content in the HTML, with JavaScript off', async () => {
    const guides = (await (await fetch(`${server.url}/api/guides?pageSize=1`)).json()) as {
      items: { slug: string; title: string }[];
    };
    const guide = guides.items[0];
    if (!guide) throw new Error('the demo data has no published guide');
    const pages: [string, string, string][] = [
      ['/', 'From “I want to help”', 'Career atlas'],
      ['/atlas?q=counsel', 'Career atlas', 'Licensed professional counselor'],
      ['/careers/licensed-professional-counselor', 'Licensed professional counselor', '59,190'],
      ['/careers/onet-47-2152.00', 'Plumbers, Pipefitters, and Steamfitters', 'O*NET'],
      ['/compare', 'Compare careers', 'Registered nurse'],
      ['/map', 'Micro-to-macro map', 'Licensed professional counselor'],
      ['/guides', 'Guides', guide.title],
      [`/guides/${guide.slug}`, guide.title, 'All guides'],
    ];
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      // A plain page: with JavaScript off the app never marks itself ready, and nothing runs to log errors.
      const page = await context.newPage();
      for (const [path, heading, content] of pages) {
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }).first().textContent(), path).resolves.toContain(heading);
        await expect(page.locator('main').textContent(), path).resolves.toContain(content);
        const html = (await response?.text()) ?? '';
        expect(html, path).toMatch(/<link rel="canonical" href="[^"]+"/);
        expect(html, path).toMatch(/<meta property="og:title"/);
      }
      const career = await (await page.goto(`${server.url}/careers/licensed-professional-counselor`))?.text();
      const jsonLd = JSON.parse(career?.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1] ?? '{}');
      expect(jsonLd).toMatchObject({ '@type': 'Occupation', estimatedSalary: { median: 59190 } });
      expect(jsonLd.estimatedSalary.name).toMatch(/2024.*BLS/);
    } finally {
      await context.close();
    }
  });

  it('hydrates each server-rendered page with no console error (no hydration mismatch)', async () => {
    const context = await browser.newContext({ baseURL: server.url });
    try {
      const checked = await newCheckedPage(context);
      for (const path of ['/', '/atlas?q=counsel', '/careers/licensed-professional-counselor', '/compare', '/map']) {
        await checked.page.goto(path);
        await checked.page.getByRole('heading', { level: 1 }).first().waitFor();
      }
      expect(checked.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('answers an unknown address with 404 and a page that helps, and serves robots.txt', async () => {
    const response = await fetch(`${server.url}/no/such/page`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Page not found');
    expect(html).toContain('href="/atlas"');
    expect((await fetch(`${server.url}/careers/no-such-career`)).status).toBe(404);
    const robots = await fetch(`${server.url}/robots.txt`);
    expect(robots.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await robots.text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
  });

  it('lists every career and published guide in sitemap.xml', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
    const all = (await (await fetch(`${server.url}/api/careers?curated=all&pageSize=1`)).json()) as { total: number };
    const careers = [...sitemap.matchAll(/<loc>[^<]*\/careers\/([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(new Set(careers).size).toBe(all.total);
    expect(careers).toContain('licensed-professional-counselor');
    expect(sitemap).toMatch(/<loc>[^<]*\/guides\/[^<]+<\/loc>/);
    for (const path of ['/atlas', '/map', '/compare', '/guides']) expect(sitemap).toContain(`${path}</loc>`);
  });
});
