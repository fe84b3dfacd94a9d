// `npm start`: install what is missing, build the web app if needed, then migrate, load demo data
// and serve on the embedded database. Node built-ins only until the install is done.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureInstall } from './ensure-install.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
ensureInstall(root);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const builtIndex = path.join(root, 'dist', 'web', 'index.html');
const sources = [path.join(root, 'src', 'web'), path.join(root, 'src', 'contracts'), path.join(root, 'src', 'domain')];
const isBuildStale =
  !fs.existsSync(builtIndex) ||
  sources.some((dir) => fs.existsSync(dir) && newestMtime(dir) > fs.statSync(builtIndex).mtimeMs);
if (isBuildStale) {
  console.log('Building the web app...');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
}

const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { VOCARE_DEMO: '1', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
