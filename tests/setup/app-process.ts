import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A real app server in a process of its own, on a free loopback port. */
export interface AppProcess {
  url: string;
  process: ChildProcess;
  /** Everything it wrote to stdout and stderr. */
  output: string;
  /** SIGTERM, and wait for the exit (a no-op when it has exited). */
  stop(): Promise<void>;
}

/**
 * Starts the server on PostgreSQL at `databaseUrl`: the compiled one (dist/, as production runs it) or the
 * TypeScript source through tsx. Resolves once it listens; rejects with its output when it exits first.
 */
export function startAppProcess(options: {
  databaseUrl: string;
  compiled?: boolean;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  const args = options.compiled
    ? [path.join(ROOT, 'dist/node/server/main.js')]
    : ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      VOCARE_DEMO: '0',
      VOCARE_WEB_DIR: '/nonexistent',
      VOCARE_AUTH_RATE_LIMIT: '10000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const app: AppProcess = {
    url: '',
    process: child,
    output: '',
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in 90 s:\n${app.output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      app.output += chunk.toString();
      const match = app.output.match(/running at (http:\/\/[\d.:]+)/);
      if (match?.[1] && !app.url) {
        app.url = match[1];
        clearTimeout(timer);
        resolve(app);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`app exited with ${code}:\n${app.output}`));
    });
  });
}

/** A signed-in browser-like session over real HTTP: the cookie header to send and the CSRF token. */
export async function signInOverHttp(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  const session = await fetch(`${baseUrl}/api/auth/session`);
  remember(session);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const header = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(`${baseUrl}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: header() },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  remember(response);
  return { cookie: header(), csrf: csrfToken };
}
