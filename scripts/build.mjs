// `npm run build`: compiles the server and the CLI to JavaScript (esbuild, dist/node) and builds the web app
// (Vite, dist/web). Production runs dist/node with plain `node`: no TypeScript loader at run time.
//
// Each target records a hash of its inputs in dist/<target>.stamp.json; a build whose inputs have not changed is
// skipped. Content, not modification times: a fresh clone, a `git checkout` or a copied folder all tell the truth.
// Node built-ins only at the top level: `npm start` imports this before it knows esbuild is installed.
import { execSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { precompressAssets } from './precompress.mjs';

const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

const targets = {
  // What the server and CLI bundles are made from. Migrations and data are read at run time, not bundled.
  node: [
    'src/server',
    'src/cli',
    'src/domain',
    'src/contracts',
    'package.json',
    'package-lock.json',
    'scripts/build.mjs',
  ],
  web: ['src/web', 'scripts/precompress.mjs', 'src/domain', 'src/contracts', 'vite.config.ts', 'package-lock.json'],
};

function filesUnder(root, entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => filesUnder(root, path.join(entry, d.name)))
    .filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.test.tsx'));
}

/** A hash of a target's input files (names and contents), in a stable order. */
export function inputsHash(root, target) {
  const hash = crypto.createHash('sha256');
  for (const file of targets[target].flatMap((entry) => filesUnder(root, entry)).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

const stampFile = (root, target) => path.join(root, 'dist', `${target}.stamp.json`);

/** Names, sizes and modification times: cheap to read, and when they have not moved the contents have not either. */
function statKey(root, target) {
  const hash = crypto.createHash('sha256');
  for (const file of targets[target].flatMap((entry) => filesUnder(root, entry)).sort()) {
    const stat = fs.statSync(path.join(root, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  return hash.digest('hex');
}

function readStamp(root, target) {
  try {
    return JSON.parse(fs.readFileSync(stampFile(root, target), 'utf8'));
  } catch {
    return null;
  }
}

function writeStamp(root, target, stamp) {
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  fs.writeFileSync(stampFile(root, target), JSON.stringify(stamp));
}

/**
 * Whether a target's build matches its inputs. The contents decide; the stat key only saves reading every file
 * when nothing was touched since the last check.
 */
export function isBuildCurrent(root, target) {
  const stamp = readStamp(root, target);
  if (!stamp) return false;
  const key = statKey(root, target);
  if (stamp.statKey === key) return true;
  if (stamp.hash !== inputsHash(root, target)) return false;
  writeStamp(root, target, { ...stamp, statKey: key });
  return true;
}

/**
 * Bundles the server and the CLI entry points. npm packages stay external (node_modules is there in production
 * too); dynamic imports become their own chunks so a CLI command loads only what it uses.
 */
export async function buildNode(root = projectRoot, outdir = path.join(root, 'dist', 'node')) {
  const { build } = await import('esbuild');
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      'server/main': 'src/server/main.ts',
      'cli/main': 'src/cli/main.ts',
      // Snapshot verification runs in a worker thread (src/server/db/backup/verify-off-thread.ts).
      'server/verify-snapshot.worker': 'src/server/db/backup/verify-snapshot.worker.ts',
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
}

/** The browser bundle (dist/web) and the server-rendering bundle of the public pages (dist/web-ssr, ADR 0030). */
export function buildWeb(root = projectRoot) {
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  execSync('npx vite build --logLevel warn --ssr entry-server.tsx --outDir ../../dist/web-ssr --emptyOutDir', {
    cwd: root,
    stdio: 'inherit',
  });
  // Only the hashed assets: index.html is a template the server fills per page, never sent as a file.
  precompressAssets(path.join(root, 'dist', 'web', 'assets'));
}

/** Builds what is out of date (or everything with force) and says what it did. */
export async function buildAll(root = projectRoot, { force = false, only, quiet = false } = {}) {
  for (const target of only ? [only] : ['node', 'web']) {
    if (!force && isBuildCurrent(root, target)) continue;
    const key = statKey(root, target);
    const hash = inputsHash(root, target);
    if (!quiet) console.log(target === 'node' ? 'Compiling the server and the CLI...' : 'Building the web app...');
    if (target === 'node') await buildNode(root);
    else buildWeb(root);
    writeStamp(root, target, { hash, statKey: key });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const only = args.find((a) => a === 'node' || a === 'web');
  await buildAll(projectRoot, { force: args.includes('--force'), only });
}
