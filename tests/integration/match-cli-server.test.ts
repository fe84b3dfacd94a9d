import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchApiResponse } from '#contracts/matching.js';
import { type RunningServer, startServer } from '../e2e/harness.js';
import { runCli } from '../setup/run-cli.js';

// While a server holds the embedded data folder, `vocare match` reads the catalog through the server's API
// and ranks it with the same function, so its answer must equal the server's own POST /api/match.
let server: RunningServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-match-server-'));
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function postMatch(body: unknown): Promise<MatchApiResponse> {
  const session = await fetch(`${server.url}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await fetch(`${server.url}/api/match`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: `vocare_csrf=${csrfToken}` },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as MatchApiResponse;
}

describe('vocare match while a server runs', () => {
  it('ranks through the server’s catalog and agrees with POST /api/match', async () => {
    const profile = { causes: ['children-families'], scale: 'any', clientContact: 'some', maxEducation: 'bachelor' };
    const file = path.join(dir, 'profile.json');
    fs.writeFileSync(file, JSON.stringify(profile));
    for (const extra of [[], ['--all', '--top', '60']]) {
      const run = await runCli(['match', '--profile', file, '--json', ...extra], { VOCARE_DATA_DIR: server.dataDir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const api = await postMatch(extra.length ? { ...profile, scope: 'all', top: 60 } : profile);
      const expected = api.results.map(({ id, title, socCode, score, factors, gaps }) => ({
        id,
        title,
        socCode,
        score,
        factors,
        gaps,
      }));
      expect(JSON.parse(run.stdout).results).toEqual(expected);
    }
  });
});
