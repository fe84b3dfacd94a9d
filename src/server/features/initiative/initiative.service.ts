import type {
  Plan,
  PlanAccess,
  PlanDocument,
  PlanSharing,
  PlanSummary,
  PlanTemplate,
  Problem,
} from '#contracts/initiative.js';
import { budgetTotals, planHealth, planTrends } from '#domain/initiative/plan-health.js';
import { planFromTemplate } from '#domain/initiative/templates.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { queueMail } from '#server/mail/outbox.repository.js';
import { planInviteMail } from '#server/mail/templates/initiative-mail.js';
import type { PersonalDataSection } from '#server/personal-data.js';
import { hashToken, newToken, type SessionUser } from '#server/plugins/session.js';
import * as repo from './initiative.repository.js';
import { reportFor } from './initiative-export.js';

/*
 * Who may do what with a plan: the owner everything; a co-owner reads and edits; a viewer and a share link read.
 * A person with no access gets the same 404 as for a plan that does not exist, so ids reveal nothing.
 */

type Actor = Pick<SessionUser, 'id' | 'email' | 'displayName'>;

const notFound = () => new AppError('NOT_FOUND', 'No plan with this id that you can see.');

async function accessOf(db: DbOrTx, plan: repo.PlanRow, actor: Actor): Promise<PlanAccess | null> {
  if (plan.ownerId === actor.id) return 'owner';
  return repo.findMembership(db, plan.id, actor.id);
}

async function loadWithAccess(db: DbOrTx, actor: Actor, id: string) {
  const plan = await repo.findPlan(db, id);
  if (!plan) throw notFound();
  const access = await accessOf(db, plan, actor);
  if (!access) throw notFound();
  return { plan, access };
}

function requireAccess(access: PlanAccess, allowed: readonly PlanAccess[], action: string): void {
  if (!allowed.includes(access)) {
    throw new AppError('FORBIDDEN', `As ${access === 'viewer' ? 'a viewer' : `a ${access}`} you cannot ${action}.`);
  }
}

export function toPlan(row: repo.PlanRow, access: PlanAccess): Plan {
  const document = row.document;
  return {
    id: row.id,
    version: row.version,
    access,
    ownerName: row.ownerName,
    updatedAt: row.updatedAt.toISOString(),
    document,
    health: planHealth(document),
    trends: planTrends(document),
    budgetTotals: budgetTotals(document),
    nonprofit: reportFor(document),
  };
}

export async function listPlans(db: DbOrTx, actor: Actor): Promise<{ plans: PlanSummary[] }> {
  const rows = await repo.listPlansFor(db, actor.id);
  return {
    plans: rows.map((r) => {
      const health = planHealth(r.document);
      return {
        id: r.id,
        title: r.title,
        template: r.template as PlanTemplate,
        access: r.ownerId === actor.id ? 'owner' : (r.role as 'co-owner' | 'viewer'),
        ownerName: r.ownerName,
        updatedAt: r.updatedAt.toISOString(),
        health: health.counts,
      };
    }),
  };
}

export async function createPlan(
  db: Db,
  actor: Actor,
  input: { template: PlanTemplate; title?: string | undefined; problem?: Problem | undefined },
  now: Date,
): Promise<Plan> {
  const fromTemplate = planFromTemplate(input.template, input.title);
  const document = input.problem ? { ...fromTemplate, problem: input.problem } : fromTemplate;
  const id = await repo.insertPlan(db, { ownerId: actor.id, document, now });
  return getPlan(db, actor, id);
}

export async function getPlan(db: DbOrTx, actor: Actor, id: string): Promise<Plan> {
  const { plan, access } = await loadWithAccess(db, actor, id);
  return toPlan(plan, access);
}

export async function savePlan(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; document: PlanDocument },
  now: Date,
): Promise<Plan> {
  return db.transaction(async (tx) => {
    const { access } = await loadWithAccess(tx, actor, id);
    requireAccess(access, ['owner', 'co-owner'], 'edit this plan');
    if (!(await repo.updatePlan(tx, id, input.version, input.document, now))) {
      throw new AppError(
        'CONFLICT',
        'Someone saved this plan after you opened it. Reload to see their changes, then make yours again.',
        [{ path: 'body.version', message: 'is not the current version' }],
      );
    }
    return getPlan(tx, actor, id);
  });
}

export async function deletePlan(db: Db, actor: Actor, id: string): Promise<void> {
  const { access } = await loadWithAccess(db, actor, id);
  requireAccess(access, ['owner'], 'delete this plan');
  await repo.deletePlan(db, id);
}

/** The document of a plan a reader may see, for the export routes. */
export async function readableDocument(db: DbOrTx, actor: Actor, id: string): Promise<repo.PlanRow> {
  return (await loadWithAccess(db, actor, id)).plan;
}

// ---- sharing ---------------------------------------------------------------------------------------------------

async function sharing(db: DbOrTx, planId: string, newPath: string | null = null): Promise<PlanSharing> {
  const members = await repo.listMembers(db, planId);
  const link = await repo.liveShareLink(db, planId);
  return {
    members: members.map((m) => ({
      id: m.id,
      email: m.email,
      role: m.role as 'co-owner' | 'viewer',
      status: m.acceptedAt ? 'accepted' : 'pending',
      name: m.acceptedAt ? m.name : null,
    })),
    shareLink: link ? { path: newPath, createdAt: link.createdAt.toISOString() } : null,
  };
}

async function ownerOnly(db: DbOrTx, actor: Actor, id: string, action: string) {
  const loaded = await loadWithAccess(db, actor, id);
  requireAccess(loaded.access, ['owner'], action);
  return loaded.plan;
}

export async function getSharing(db: DbOrTx, actor: Actor, id: string): Promise<PlanSharing> {
  await ownerOnly(db, actor, id, 'see who this plan is shared with');
  return sharing(db, id);
}

/** Invites an address as co-owner or viewer; the invitation mail is queued in the same transaction. */
export async function invite(
  db: Db,
  env: Env,
  actor: Actor,
  id: string,
  input: { email: string; role: 'co-owner' | 'viewer' },
  now: Date,
): Promise<PlanSharing> {
  return db.transaction(async (tx) => {
    const plan = await ownerOnly(tx, actor, id, 'invite people');
    const email = input.email.toLowerCase();
    if (email === actor.email.toLowerCase()) {
      throw new AppError('BAD_REQUEST', 'You own this plan already.', [{ path: 'body.email', message: 'is yours' }]);
    }
    const memberId = await repo.insertMember(tx, { planId: id, email, role: input.role, now });
    if (!memberId) {
      throw new AppError('CONFLICT', `${email} is already invited to this plan.`, [
        { path: 'body.email', message: 'is already invited' },
      ]);
    }
    await queueMail(tx, env, now, {
      kind: 'initiative-invite',
      to: email,
      mail: planInviteMail({
        inviterName: actor.displayName,
        planTitle: plan.title,
        role: input.role,
        url: linkTo(env, '/initiatives'),
      }),
    });
    return sharing(tx, id);
  });
}

export async function removeMember(db: Db, actor: Actor, id: string, memberId: string): Promise<PlanSharing> {
  await ownerOnly(db, actor, id, 'remove people');
  if (!(await repo.deleteMember(db, id, memberId))) throw new AppError('NOT_FOUND', 'No such member of this plan.');
  return sharing(db, id);
}

/** A new read-only link (any earlier one stops working); the token appears in this answer only. */
export async function createShareLink(db: Db, actor: Actor, id: string, now: Date): Promise<PlanSharing> {
  return db.transaction(async (tx) => {
    await ownerOnly(tx, actor, id, 'share a link');
    await repo.revokeShareLinks(tx, id, now);
    const token = newToken();
    await repo.insertShareLink(tx, id, hashToken(token), now);
    return sharing(tx, id, `/shared/initiatives/${token}`);
  });
}

export async function revokeShareLink(db: Db, actor: Actor, id: string, now: Date): Promise<PlanSharing> {
  await ownerOnly(db, actor, id, 'revoke the share link');
  await repo.revokeShareLinks(db, id, now);
  return sharing(db, id);
}

export async function sharedPlan(db: DbOrTx, token: string): Promise<{ plan: Plan; row: repo.PlanRow }> {
  const planId = await repo.planIdForShareToken(db, hashToken(token));
  const row = planId ? await repo.findPlan(db, planId) : null;
  if (!row) throw new AppError('NOT_FOUND', 'This link does not work: it was revoked, or it was never right.');
  return { plan: toPlan(row, 'share-link'), row };
}

export async function myInvites(db: DbOrTx, actor: Actor) {
  const invites = await repo.listPendingInvites(db, actor.email);
  return { invites: invites.map((i) => ({ ...i, role: i.role as 'co-owner' | 'viewer' })) };
}

export async function acceptInvite(db: Db, actor: Actor, inviteId: string, now: Date): Promise<Plan> {
  const planId = await repo.acceptInvite(db, inviteId, actor.email, actor.id, now);
  if (!planId) throw new AppError('NOT_FOUND', 'No pending invitation with this id for your email address.');
  return getPlan(db, actor, planId);
}

export const initiativePersonalData: PersonalDataSection = {
  name: 'initiativePlans',
  collect: async (db, userId) =>
    (await repo.plansOwnedBy(db, userId)).map((p) => ({
      id: p.id,
      updatedAt: p.updatedAt.toISOString(),
      document: p.document,
    })),
};
