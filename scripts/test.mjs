// `npm test`: install what is missing (npm packages, Debian's chromium), check formatting, lint and
// types, build the web app, then run every test: unit, integration on PGlite, on PostgreSQL and on PostgreSQL
// through PgBouncer in transaction pooling mode, e2e.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ensureInstall } from './ensure-install.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const isCi = process.env.CI === 'true' || process.env.CI === '1';
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

ensureInstall(root);

// Debian packages the tests use: chromium for the end-to-end tests, poppler-utils (pdftotext, pdfinfo) to read
// generated PDFs back the way a reader's viewer does.
const debianPackages = [
  { name: 'chromium', file: '/usr/bin/chromium' },
  { name: 'poppler-utils', file: '/usr/bin/pdftotext' },
].filter((p) => !fs.existsSync(p.file));
if (debianPackages.length > 0) {
  const names = debianPackages.map((p) => p.name).join(' ');
  console.log(`Installing Debian's ${names} for the tests...`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`);
}

// PgBouncer for the pass through transaction pooling (the production topology): installed like chromium, but a
// machine where apt cannot install it still runs everything else, under a banner (CI requires the pass).
const PGBOUNCER = '/usr/sbin/pgbouncer';
if (!fs.existsSync(PGBOUNCER)) {
  console.log("Installing Debian's pgbouncer for the tests...");
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  try {
    run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer`);
  } catch {
    console.warn('Could not install pgbouncer.');
  }
}

console.log('Checking format, lint and types...');
run('npx biome check .');
run('npx depcruise src --config .dependency-cruiser.cjs --output-type err');
run('npx tsc --noEmit -p .');

// The CLI tests and the end-to-end tests run the compiled server and CLI, as production does.
const { buildAll } = await import('./build.mjs');
await buildAll(root);

function canConnect(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const projects = ['unit', 'pglite', 'e2e'];
const banner = (lines) => {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n${lines.map((l) => `!! ${l}`).join('\n')}\n${line}\n`);
};
// The PostgreSQL integration suite runs once, in the pgbouncer project (ADR 0033); the postgres project keeps what
// needs a direct connection.
const extraArgs = [];
if (await canConnect(pgUrl)) {
  projects.push('postgres', 'pgbouncer');
  if (!fs.existsSync(PGBOUNCER)) {
    if (isCi) {
      console.error(`\nPgBouncer missing (${PGBOUNCER}): CI requires the pass through PgBouncer.\n`);
      process.exit(1);
    }
    extraArgs.push('--exclude', 'tests/pgbouncer/**');
    banner([
      `PgBouncer is not installed (${PGBOUNCER}).`,
      'The integration suite runs straight to PostgreSQL, NOT through transaction pooling. apt install pgbouncer.',
    ]);
  }
} else if (isCi) {
  console.error(`\nPostgreSQL test server unreachable at ${pgUrl}: CI requires the PostgreSQL pass.\n`);
  process.exit(1);
} else {
  banner([
    `PostgreSQL test server unreachable at ${pgUrl}.`,
    'The PostgreSQL integration passes (direct and through PgBouncer) are NOT running.',
    'Start a server or set TEST_DATABASE_URL.',
  ]);
}

fs.mkdirSync(path.join(root, '.scratch'), { recursive: true });

/**
 * One vitest process. Vitest runs a project without file parallelism (e2e) as a group of its own after every other
 * file, so in one process the e2e files waited for the whole integration suite and then ran alone (about a third of
 * the wall time): they run in a second process beside it instead, their output kept in a file and printed when the
 * first finishes, so the two do not interleave.
 */
function runVitest(names, { report, logFile }) {
  fs.rmSync(report, { force: true });
  const args = [
    'vitest',
    'run',
    ...names.flatMap((p) => ['--project', p]),
    ...extraArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const out = logFile ? fs.openSync(logFile, 'w') : 'inherit';
  const child = spawn('npx', args, { cwd: root, stdio: ['ignore', out, out] });
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      if (typeof out === 'number') fs.closeSync(out);
      resolve({ code, report });
    });
  });
}

const e2eLog = path.join(root, '.scratch', 'e2e-output.log');
const runs = [
  runVitest(
    projects.filter((p) => p !== 'e2e'),
    { report: path.join(root, '.scratch', 'vitest-report.json') },
  ),
  runVitest(['e2e'], { report: path.join(root, '.scratch', 'vitest-e2e-report.json'), logFile: e2eLog }),
];
const [main, e2e] = await Promise.all(runs);
console.log('\n--- end-to-end tests (tests/e2e, run beside the rest) ---\n');
console.log(fs.readFileSync(e2eLog, 'utf8'));

let passed = 0;
let failed = 0;
for (const { report } of [main, e2e]) {
  if (!fs.existsSync(report)) {
    failed += 1;
    console.error(`No test report at ${report}: that vitest run did not finish.`);
    continue;
  }
  const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests + (summary.numRuntimeErrorTestSuites ?? 0);
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(main.code === 0 && e2e.code === 0 && failed === 0 && passed > 0 ? 0 : 1);
