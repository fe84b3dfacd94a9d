import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
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

/** Every axe violation of the page, of any impact, as "rule: targets". */
async function allViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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

  // Issue 18, item 6: the map is a picture of micro -> mezzo -> macro with the paths drawn, and a text alternative.
  it('draws the map as an SVG with its text alternative in the HTML, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/map`);
      const picture = page.getByRole('group', { name: 'The map as a picture' });
      expect(await picture.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
      // Careers are linked boxes named with their place; placed O*NET occupations say so.
      const nurse = picture.getByRole('link', { name: 'Registered nurse: Micro, Health & wellness' });
      expect(await nurse.getAttribute('href')).toBe('/careers/registered-nurse');
      await picture
        .getByRole('link', { name: /^Epidemiologists: Macro, Health & wellness, O\*NET occupation$/ })
        .waitFor();
      // Transition paths are drawn as arrows, one per forward transition.
      expect(await page.locator('svg.career-map .map-edges path').count()).toBeGreaterThanOrEqual(15);
      // The text alternative: the same careers in words and the paths as lists.
      const words = page.getByRole('region', { name: 'The map in words' });
      await words.getByRole('link', { name: 'Registered nurse' }).waitFor();
      await words.getByRole('link', { name: 'Epidemiologists' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Transition paths' }).waitFor();
      expect(await page.getByRole('list', { name: /^Path from / }).count()).toBeGreaterThan(0);
      // Every cell holds a career (curated careers for the thin sectors, ADR 0031): no empty box is drawn, and the
      // page says so in words.
      await picture.getByRole('link', { name: 'Home energy advisor: Micro, Environment & conservation' }).waitFor();
      expect(await page.locator('svg.career-map .map-empty rect').count()).toBe(0);
      await expect(page.getByRole('region', { name: 'How the cells are filled' }).textContent()).resolves.toContain(
        'Every one of the 24 cells holds at least one career.',
      );
    } finally {
      await context.close();
    }
  });

  it('lets a phone scroll the map picture in its own region, reach careers by keyboard, and finds no axe violation', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
    try {
      const { page, problems } = await newCheckedPage(context);
      await page.goto('/map');
      const scroller = page.getByRole('region', { name: 'Map picture, scrolls sideways' });
      const sizes = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(sizes.scroll).toBeGreaterThan(sizes.client);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await allViolations(page)).toEqual([]);
      // From the scrolling region, Tab reaches the first career box, and Enter opens its page.
      await scroller.focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        tag: document.activeElement?.tagName.toLowerCase(),
        inPicture: Boolean(document.activeElement?.closest('svg.career-map')),
        href: document.activeElement?.getAttribute('href'),
      }));
      expect(focused).toMatchObject({ tag: 'a', inPicture: true });
      expect(focused.href).toMatch(/^\/careers\//);
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`${focused.href}$`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.goto('/map?group=cause');
      await page.getByRole('group', { name: 'The map as a picture' }).waitFor();
      expect(await allViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds no axe violation of any impact on the map at desktop width', async () => {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    try {
      const { page, problems } = await newCheckedPage(context);
      await page.goto('/map');
      await page.getByRole('group', { name: 'The map as a picture' }).waitFor();
      expect(await allViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
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
