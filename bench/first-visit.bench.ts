// What a first visit to a public page costs, in the built app served by the real server (issue 19, ADR 0032):
// the bytes of JavaScript and CSS it downloads (as the server sends them with brotli), its first contentful paint
// on a phone over a simulated slow 4G link, and its cumulative layout shift. Needs `npm run build` (run here if
// the build is out of date) and Debian's /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, type RunningServer, startServer } from '#tests/e2e/harness.js';
import { type BenchResult, percentile, round } from './bench-kit.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB_DIR = path.join(ROOT, 'dist', 'web');

/** The budget for a first visit's JavaScript and CSS over brotli (issue 19: "target <= 100 KB"). */
export const FIRST_VISIT_BUDGET_BYTES = 100_000;

/** The slow 4G: 1.6 Mbps down, 750 kbps up, 150 ms round trip (Lighthouse's "slow 4G" figures). */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
/** A mid-range phone's screen (Lighthouse's mobile profile: Moto G Power). */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export const FIRST_VISIT_PAGES: [name: string, path: string][] = [
  ['home', '/'],
  ['atlas', '/atlas'],
  ['career', '/careers/licensed-professional-counselor'],
  ['guides', '/guides'],
];

/** The bytes the server sends for one built asset: its `.br` when the build wrote one, else the file itself. */
export function sentBytes(assetPath: string): number {
  const file = path.join(WEB_DIR, assetPath);
  if (!file.startsWith(WEB_DIR + path.sep)) throw new Error(`not a built asset: ${assetPath}`);
  return fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : fs.statSync(file).size;
}

interface Visit {
  scripts: string[];
  styles: string[];
  fcpMs: number;
  cls: number;
}

/** One first visit (empty cache): the assets the page asked for until it was ready and idle, its FCP and CLS. */
async function visit(context: BrowserContext, url: string, throttled: boolean): Promise<Visit> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/assets/')) return;
    if (pathname.endsWith('.js')) scripts.add(pathname);
    else if (pathname.endsWith('.css')) styles.add(pathname);
  });
  // Layout shifts are recorded from the start, before any of the page's scripts run.
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${url}: ${response?.status()}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const { fcpMs, cls } = await page.evaluate(() => ({
    fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    cls: (window as unknown as { __cls: number }).__cls,
  }));
  await page.close();
  return { scripts: [...scripts], styles: [...styles], fcpMs, cls };
}

export async function benchFirstVisit(): Promise<BenchResult[]> {
  if (!fs.existsSync('/usr/bin/chromium')) {
    console.error('skipping first-visit benchmark: /usr/bin/chromium not found');
    return [];
  }
  // Builds only what changed since the last build (scripts/build.mjs compares input hashes).
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const results: BenchResult[] = [];
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer();
    browser = await launchBrowser();
    for (const [name, pagePath] of FIRST_VISIT_PAGES) {
      const url = `${server.url}${pagePath}`;
      const context = await browser.newContext(PHONE);
      const first = await visit(context, url, false);
      await context.close();
      const jsBytes = first.scripts.reduce((sum, p) => sum + sentBytes(p), 0);
      const cssBytes = first.styles.reduce((sum, p) => sum + sentBytes(p), 0);
      results.push({
        name: `first_visit_${name}_js_css_bytes`,
        value: jsBytes + cssBytes,
        unit: 'bytes',
        note: `${pagePath}: ${first.scripts.length} scripts ${jsBytes} B + ${first.styles.length} stylesheet(s) ${cssBytes} B, brotli as sent; target <= ${FIRST_VISIT_BUDGET_BYTES}`,
      });

      // Each run in a fresh context: an empty cache, as a first visit has.
      const fcps: number[] = [];
      const shifts: number[] = [];
      for (let run = 0; run < 3; run++) {
        const throttledContext = await browser.newContext(PHONE);
        const throttledVisit = await visit(throttledContext, url, true);
        await throttledContext.close();
        fcps.push(throttledVisit.fcpMs);
        shifts.push(throttledVisit.cls);
      }
      fcps.sort((a, b) => a - b);
      shifts.sort((a, b) => a - b);
      results.push({
        name: `first_visit_${name}_fcp_slow4g_p50`,
        value: round(percentile(fcps, 50), 0),
        unit: 'ms',
        note: `${pagePath}: median of 3 cold loads, phone viewport, CDP network emulation 1.6 Mbps / 150 ms RTT, no CPU throttling; target < 1500`,
      });
      results.push({
        name: `first_visit_${name}_cls_max`,
        value: round(shifts.at(-1) ?? Number.NaN, 3),
        unit: 'score',
        note: `${pagePath}: cumulative layout shift until ready and idle, worst of 3 throttled loads; target < 0.05`,
      });
    }
  } finally {
    await browser?.close();
    await server?.stop();
  }
  return results;
}
