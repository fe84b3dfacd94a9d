import type { Db } from '#server/db/client.js';
import { findUserByEmail } from '#server/users/users.repository.js';
import { readPathwayReference } from './pathways.reference.js';
import * as repo from './pathways.repository.js';
import { createPlan, updatePlanStep } from './pathways.service.js';
import type { PathwaysPorts } from './pathways-ports.port.js';

/**
 * The demo trainee's plan: a Texas counselor gathering supervised hours since January, with the first steps ticked.
 * Skipped when the person already has a plan (the seed runs on every demo start).
 */
export async function seedPathwaysDemo(db: Db, email: string, ports: PathwaysPorts): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || (await repo.listOwnPlans(db, user.id)).length > 0) return;
  const reference = { ...readPathwayReference(), ...ports };
  const plan = await createPlan(db, reference, user.id, {
    careerId: 'licensed-professional-counselor',
    ruleSetId: 'US-TX:LPC',
    stage: 'degree-done-accruing-hours',
    startDate: '2026-01-12',
  });
  for (const stepId of ['supervised-practice.supervisor', 'relationships.association']) {
    await updatePlanStep(db, reference, user.id, plan.id, stepId, { done: true }, new Date('2026-02-02T10:00:00Z'));
  }
}
