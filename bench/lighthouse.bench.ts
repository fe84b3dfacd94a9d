// Lighthouse (mobile profile: simulated slow 4G, 4x CPU slowdown, phone screen) on the public pages of the built
// app served by the real server, in Debian's /usr/bin/chromium (issue 19: performance >= 95, CLS < 0.05). The
// `lighthouse` package (pinned 12.2.3: version 13 wants Node 22) is a dev dependency; without it, or without
// chromium, this suite says so and reports nothing. Its simulated timings scale with the CPU time the page took
// here, so a busy machine scores lower.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningServer, startServer } from '#tests/e2e/harness.js';
import { type BenchResult, round } from './bench-kit.js';
import { FIRST_VISIT_PAGES } from './first-visit.bench.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';

/** The little of Lighthouse's result read here (its own types come with the package). */
interface LighthouseResult {
  lhr: {
    categories: { performance: { score: number | null } };
    audits: Record<string, { numericValue?: number }>;
    runtimeError?: { message: string };
  };
}
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;

async function loadLighthouse(): Promise<Lighthouse | null> {
  // A name in a variable: the bench typechecks and runs (skipping this suite) where the package is not installed.
  const moduleName = 'lighthouse';
  try {
    return ((await import(moduleName)) as { default: Lighthouse }).default;
  } catch {
    return null;
  }
}

/** A headless chromium with a DevTools port for Lighthouse to drive. */
async function launchChromium(): Promise<{ port: number; process: ChildProcess; stop: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-lighthouse-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`chromium did not start:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`chromium exited with ${code}:\n${output}`)));
  });
  return {
    port,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function benchLighthouse(): Promise<BenchResult[]> {
  const lighthouse = await loadLighthouse();
  if (!lighthouse || !fs.existsSync(CHROMIUM)) {
    console.error(
      `skipping lighthouse benchmark: ${lighthouse ? `${CHROMIUM} not found` : 'lighthouse not installed'}`,
    );
    return [];
  }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const results: BenchResult[] = [];
  let server: RunningServer | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  try {
    server = await startServer();
    chromium = await launchChromium();
    const guides = (await (await fetch(`${server.url}/api/guides?pageSize=1`)).json()) as { items: { slug: string }[] };
    const guide = guides.items[0];
    const pages = [...FIRST_VISIT_PAGES, ...(guide ? [['guide', `/guides/${guide.slug}`] as [string, string]] : [])];
    for (const [name, pagePath] of pages) {
      // One warm-up run (the server's first render of a page compiles and caches), then the measured one.
      const run = () =>
        lighthouse(`${server?.url}${pagePath}`, {
          port: chromium?.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
      await run();
      const lhr = (await run())?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(`lighthouse ${pagePath}: ${lhr?.runtimeError?.message}`);
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const conditions = `${pagePath}: Lighthouse 12 mobile profile (simulated slow 4G, 4x CPU), load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores`;
      results.push({
        name: `lighthouse_${name}_performance`,
        value: round((lhr.categories.performance.score ?? Number.NaN) * 100, 0),
        unit: 'score',
        note: `${conditions}; target >= 95`,
      });
      results.push({
        name: `lighthouse_${name}_cls`,
        value: round(audit('cumulative-layout-shift'), 3),
        unit: 'score',
        note: 'target < 0.05',
      });
      results.push({ name: `lighthouse_${name}_fcp`, value: round(audit('first-contentful-paint'), 0), unit: 'ms' });
      results.push({ name: `lighthouse_${name}_lcp`, value: round(audit('largest-contentful-paint'), 0), unit: 'ms' });
      results.push({ name: `lighthouse_${name}_tbt`, value: round(audit('total-blocking-time'), 0), unit: 'ms' });
    }
  } finally {
    await chromium?.stop();
    await server?.stop();
  }
  return results;
}
