import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '#server/db/client.js';
import type { TestClient } from '../setup/test-app.js';
import { signedInClient } from './users.js';

export function organizationBody(overrides: Record<string, unknown> = {}) {
  return {
    name: `Harbor Youth Center ${randomBytes(3).toString('hex')}`,
    mission: 'We give young people in the harbor district a safe place to learn, play and be heard.',
    causes: ['children-families', 'education'],
    location: 'Denver, CO',
    website: 'https://harbor.example.org',
    ...overrides,
  };
}

export function opportunityBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'After-school reading buddy',
    kind: 'volunteer',
    description:
      'Read one-to-one with a child in grades 1-3 twice a week.\n\n- Training provided\n- Background check required',
    causes: ['education', 'children-families'],
    careerIds: ['k-12-teacher'],
    isRemote: false,
    address: '1200 Larimer St, Denver, CO',
    lat: 39.7473,
    lon: -104.9963,
    hoursPerWeek: 3,
    startDate: null,
    endDate: null,
    countsAsPlacement: false,
    skills: ['patience', 'reading aloud'],
    questions: ['Why do you want to read with children?'],
    status: 'open',
    ...overrides,
  };
}

/** A signed-in organization account with its own organization. */
export async function organizationWithMember(
  app: FastifyInstance,
  db: Db,
  overrides: Record<string, unknown> = {},
): Promise<{ client: TestClient; user: { id: string; email: string }; organizationId: string }> {
  const { client, user } = await signedInClient(app, db, ['organization']);
  const response = await client.post('/api/organizations', organizationBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return { client, user, organizationId: response.json().id };
}

/** Publishes an opportunity and returns its id. */
export async function publishOpportunity(
  client: TestClient,
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const response = await client.post(`/api/organizations/${organizationId}/opportunities`, opportunityBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}
