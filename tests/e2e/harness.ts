import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The e2e project's seeded data folder (tests/setup/e2e-global-setup.ts), or nothing outside that project (the
 * benches start from an empty folder).
 */
function seededTemplateDir(): string | undefined {
  try {
    return inject('e2eSeededDataDir');
  } catch {
    return undefined;
  }
}

/**
 * Starts the real server (built web app, embedded database in a throwaway folder, demo data) on a free port.
 * Under the e2e project the folder starts as a copy of one seeded once per run: migrating, loading the catalog and
 * seeding the demo from nothing took most of each file's start.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-e2e-'));
  const template = seededTemplateDir();
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  const running = await startServerIn(dataDir, extraEnv);
  return {
    ...running,
    stop: async () => {
      await running.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the real server on the given data folder; `stop()` ends the process and leaves the folder as it is. */
export async function startServerIn(dataDir: string, extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  // The compiled server, as production runs it (npm test builds it; see scripts/build.mjs).
  const child = spawn(process.execPath, ['--enable-source-maps', path.join(ROOT, 'dist/node/server/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      VOCARE_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      VOCARE_DEMO: '1',
      LOG_LEVEL: 'warn',
      VOCARE_WEB_DIR: path.join(ROOT, 'dist/web'),
      DATABASE_URL: '',
      // Automatic snapshots are tested on their own (snapshots.test.ts); here they would only slow each start.
      VOCARE_SNAPSHOT_KEEP: '0',
      // Load shedding is tested in operability.test.ts; a busy test machine must not shed the browser's requests.
      VOCARE_MAX_EVENT_LOOP_DELAY_MS: '0',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // 90 s unless VOCARE_E2E_START_TIMEOUT_MS says otherwise (a machine shared by many runs can need more).
    const limitMs = Number(process.env.VOCARE_E2E_START_TIMEOUT_MS) || 90_000;
    const timer = setTimeout(() => {
      // A server that never said it runs is not left behind.
      child.kill('SIGTERM');
      reject(new Error(`server did not start in ${limitMs / 1000} s:\n${output}`));
    }, limitMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/running at (http:\/\/[\d.:]+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page that fails the test on any uncaught page error or console error. */
export async function newCheckedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  // A server-rendered page is visible before React hydrates it, and typing into it before then is lost: every full
  // page load waits for the app's ready mark (src/web/main.tsx), as a person would wait for the page to respond.
  const waitUntilReady = () =>
    page.waitForFunction(() => document.documentElement.dataset.ready === 'true', undefined, { timeout: 30_000 });
  const goto = page.goto.bind(page);
  page.goto = async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args);
    if (response?.headers()['content-type']?.includes('text/html')) await waitUntilReady();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args);
    if (response?.headers()['content-type']?.includes('text/html')) await waitUntilReady();
    return response;
  };
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  return { page, problems };
}

/** axe must find no serious or critical violation on the page as it stands. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
