// `npm start`: install what is missing, compile what changed (server, CLI, web app), then migrate and serve.
// Node built-ins only until the install is done.
//
// Demo accounts (with their published password) are created only on the embedded database, the newcomer's
// default. With DATABASE_URL set this is somebody's real database: demo data only when VOCARE_DEMO=1 says so.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureInstall } from './ensure-install.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
ensureInstall(root);
const { buildAll } = await import('./build.mjs');
await buildAll(root);

const onEmbeddedDatabase = !process.env.DATABASE_URL;
const child = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist', 'node', 'server', 'main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...(onEmbeddedDatabase ? { VOCARE_DEMO: '1' } : {}), ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
