import type { FastifyInstance } from 'fastify';
import type { Db } from '#server/db/client.js';
import type { TestClient } from '../setup/test-app.js';
import { signedInClient } from './users.js';

export interface Party {
  client: TestClient;
  user: { id: string; email: string };
}

export const LICENSE = {
  licenseType: 'LPC-S',
  licenseNumber: 'S-10442',
  licenseJurisdiction: 'US-TX',
  licenseExpires: '2030-12-31',
};

/** Throws with the response body when a call does not answer as expected, so a failing setup says why. */
export function expectStatus(response: { statusCode: number; body: string }, status: number): void {
  if (response.statusCode !== status)
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
}

/** A trainee, and a supervisor who accepted the trainee's invitation (agreement from `startDate`). */
export async function traineeWithSupervisor(
  app: FastifyInstance,
  db: Db,
  options: {
    startDate?: string;
    endDate?: string | null;
    license?: Partial<typeof LICENSE>;
    goal?: string;
    traineeName?: string;
    supervisorName?: string;
  } = {},
): Promise<{ trainee: Party; supervisor: Party; supervisionId: string }> {
  const trainee = await signedInClient(app, db, ['trainee'], { displayName: options.traineeName ?? 'Tara Trainee' });
  const supervisor = await signedInClient(app, db, ['supervisor'], {
    displayName: options.supervisorName ?? 'Dr. Sam Supervisor',
  });
  const invite = await trainee.client.post('/api/hours/supervisions', {
    email: supervisor.user.email,
    startDate: options.startDate ?? '2025-01-06',
    endDate: options.endDate ?? null,
  });
  expectStatus(invite, 201);
  const supervisionId = invite.json().id as string;
  expectStatus(
    await supervisor.client.post(`/api/hours/invitations/${supervisionId}/accept`, { ...LICENSE, ...options.license }),
    200,
  );
  if (options.goal) expectStatus(await trainee.client.put('/api/hours/goal', { ruleSetId: options.goal }), 200);
  return { trainee, supervisor, supervisionId };
}

/** Logs one entry and returns its id. */
export async function logEntry(
  client: TestClient,
  entry: {
    date: string;
    hours?: number;
    category?: string;
    site?: string;
    supervisionId?: string | null;
    note?: string;
  },
): Promise<string> {
  const response = await client.post('/api/hours/entries', {
    hours: 1,
    category: 'direct',
    site: 'Riverside Clinic',
    ...entry,
  });
  expectStatus(response, 201);
  return response.json().entry.id as string;
}
