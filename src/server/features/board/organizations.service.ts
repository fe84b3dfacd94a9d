import type {
  MembersResponse,
  MyOrganizationsResponse,
  Organization,
  OrganizationBody,
  OrganizationDetail,
  OrganizationInvitation,
  ResponseTime,
  UpdateOrganizationBody,
} from '#contracts/board.js';
import type { CauseId } from '#contracts/vocabulary.js';
import type { DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { queueMail } from '#server/mail/outbox.repository.js';
import { organizationInvitationMail } from '#server/mail/templates/board-mail.js';
import * as opportunityRepo from './opportunities.repository.js';
import { buildSearchText, toSummaries } from './opportunity-views.js';
import * as repo from './organizations.repository.js';

/** Who is asking: enough to check membership and match invitations. */
export interface Actor {
  id: string;
  email: string;
}

/** What sending an invitation needs: the mail settings (From, link base) and the app clock's "now". */
export interface MailContext {
  env: Env;
  now: Date;
}

const NO_RESPONSES: ResponseTime = { medianHours: null, sampleSize: 0 };

function toOrganization(record: repo.OrganizationRecord, responseTime = NO_RESPONSES): Organization {
  return {
    id: record.id,
    name: record.name,
    mission: record.mission,
    causes: record.causes as CauseId[],
    location: record.location,
    website: record.website,
    responseTime,
    createdAt: record.createdAt.toISOString(),
  };
}

/**
 * Refuses anyone who is not a member of the organization. Organization profiles are public, so a
 * missing organization is 404 and an existing one 403.
 */
export async function assertMember(
  db: DbOrTx,
  organizationId: string,
  actor: Actor,
  action: string,
): Promise<repo.OrganizationRecord> {
  const organization = await repo.findOrganization(db, organizationId);
  if (!organization) throw new AppError('NOT_FOUND', `No organization with id ${organizationId}.`);
  if (!(await repo.isMember(db, organizationId, actor.id))) {
    throw new AppError('FORBIDDEN', `Only members of ${organization.name} can ${action}.`);
  }
  return organization;
}

export async function createOrganization(db: DbOrTx, actor: Actor, body: OrganizationBody): Promise<Organization> {
  return db.transaction(async (tx) => {
    const created = await repo.insertOrganization(tx, {
      name: body.name,
      mission: body.mission,
      causes: body.causes,
      location: body.location,
      website: body.website ?? null,
      createdBy: actor.id,
    });
    await repo.addMember(tx, created.id, actor.id);
    return toOrganization(created);
  });
}

export async function updateOrganization(
  db: DbOrTx,
  actor: Actor,
  id: string,
  body: UpdateOrganizationBody,
): Promise<Organization> {
  return db.transaction(async (tx) => {
    const current = await assertMember(tx, id, actor, 'edit this organization');
    const values = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    await repo.updateOrganization(tx, id, values);
    if (body.name !== undefined && body.name !== current.name) {
      // The organization's name is part of each listing's search text.
      const careerTitles = new Map<string, string>();
      for (const listing of await opportunityRepo.listSearchInputs(tx, id)) {
        for (const career of await opportunityRepo.findCuratedCareers(tx, listing.careerIds)) {
          careerTitles.set(career.id, career.title);
        }
        await opportunityRepo.setSearchText(tx, listing.id, buildSearchText(listing, body.name, careerTitles));
      }
    }
    const updated = await repo.findOrganization(tx, id);
    if (!updated) throw new AppError('NOT_FOUND', `No organization with id ${id}.`);
    const times = await repo.findResponseTimes(tx, [id]);
    return toOrganization(updated, times.get(id));
  });
}

export async function getOrganizationDetail(db: DbOrTx, id: string, viewer: Actor | null): Promise<OrganizationDetail> {
  const organization = await repo.findOrganization(db, id);
  if (!organization) throw new AppError('NOT_FOUND', `No organization with id ${id}.`);
  const isMember = viewer ? await repo.isMember(db, id, viewer.id) : false;
  // Members see drafts and closed listings here too; everyone else sees what is open.
  const records = await opportunityRepo.listOrganizationOpportunities(
    db,
    id,
    isMember ? ['open', 'draft', 'closed'] : ['open'],
  );
  const times = await repo.findResponseTimes(db, [id]);
  return {
    ...toOrganization(organization, times.get(id)),
    isMember,
    opportunities: await toSummaries(db, records),
  };
}

export async function listMyOrganizations(db: DbOrTx, actor: Actor): Promise<MyOrganizationsResponse> {
  const records = await repo.listMemberOrganizations(db, actor.id);
  const ids = records.map((r) => r.id);
  const times = await repo.findResponseTimes(db, ids);
  const reminders = await repo.countOpenReminders(db, ids);
  return {
    organizations: records.map((r) => ({
      ...toOrganization(r, times.get(r.id)),
      waitingReminders: reminders.get(r.id) ?? 0,
    })),
  };
}

export async function listMembers(db: DbOrTx, actor: Actor, id: string): Promise<MembersResponse> {
  await assertMember(db, id, actor, 'see its members');
  const members = await repo.listMembers(db, id);
  const invites = await repo.listPendingInvites(db, id);
  return {
    members: members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() })),
    invites: invites.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })),
  };
}

/**
 * Invites an address: the invitation and its message are written in one transaction (the outbox delivers it), so an
 * invitation is never stored without its mail, nor mailed without being stored. The link opens the invitation page.
 */
export async function inviteMember(
  db: DbOrTx,
  ctx: MailContext,
  actor: Actor & { displayName: string },
  id: string,
  email: string,
): Promise<MembersResponse> {
  await db.transaction(async (tx) => {
    const organization = await assertMember(tx, id, actor, 'invite members');
    const members = await repo.listMembers(tx, id);
    if (members.some((m) => m.email.toLowerCase() === email)) {
      throw new AppError('CONFLICT', `${email} is already a member.`, [
        { path: 'body.email', message: 'is already a member' },
      ]);
    }
    const invite = await repo.insertInvite(tx, { organizationId: id, email, invitedBy: actor.id });
    if (!invite) {
      throw new AppError('CONFLICT', `${email} already has a pending invitation.`, [
        { path: 'body.email', message: 'already has a pending invitation' },
      ]);
    }
    // The inviting member's account owns the message (it goes with their data); it is sent to the invited address.
    await queueMail(tx, ctx.env, ctx.now, {
      kind: 'organization-invitation',
      to: email,
      userId: actor.id,
      mail: organizationInvitationMail({
        inviterName: actor.displayName,
        organizationName: organization.name,
        url: linkTo(ctx.env, `/organizations/invitation?id=${invite.id}`),
      }),
    });
  });
  return listMembers(db, actor, id);
}

export async function listMyInvites(db: DbOrTx, actor: Actor) {
  const invites = await repo.listInvitesForEmail(db, actor.email);
  return {
    invites: invites.map((i) => ({
      id: i.id,
      organization: { id: i.organizationId, name: i.organizationName },
      createdAt: i.createdAt.toISOString(),
    })),
  };
}

const isInvitedAddress = (invite: repo.InviteRecord, actor: Actor) =>
  invite.email.toLowerCase() === actor.email.toLowerCase();

/** The invitation behind an emailed link; only the account of the invited address may see or answer it. */
async function findInviteFor(db: DbOrTx, actor: Actor, inviteId: string, forUpdate = false) {
  const invite = await repo.findInvite(db, inviteId, { forUpdate });
  if (!invite) {
    throw new AppError('NOT_FOUND', 'This invitation is no longer open: it was withdrawn, or the link is wrong.');
  }
  if (!isInvitedAddress(invite, actor)) {
    throw new AppError(
      'FORBIDDEN',
      'This invitation was sent to another email address: sign in with the account of that address to answer it.',
    );
  }
  return invite;
}

function toInvitation(invite: repo.InviteRecord): OrganizationInvitation {
  return {
    id: invite.id,
    email: invite.email,
    organization: { id: invite.organizationId, name: invite.organizationName },
    status: invite.acceptedAt ? 'accepted' : 'pending',
    createdAt: invite.createdAt.toISOString(),
    acceptedAt: invite.acceptedAt?.toISOString() ?? null,
  };
}

export async function getInvitation(db: DbOrTx, actor: Actor, inviteId: string): Promise<OrganizationInvitation> {
  return toInvitation(await findInviteFor(db, actor, inviteId));
}

/**
 * The invited account joins the organization. The caller has checked that the account's address is confirmed; here
 * it must also be the invited one, and the invitation still pending (a used one is refused, saying so).
 */
export async function acceptInvite(db: DbOrTx, now: Date, actor: Actor, inviteId: string): Promise<Organization> {
  return db.transaction(async (tx) => {
    const invite = await findInviteFor(tx, actor, inviteId, true);
    if (invite.acceptedAt) {
      throw new AppError(
        'CONFLICT',
        `This invitation to ${invite.organizationName} was already accepted: it cannot be used again.`,
      );
    }
    const organizationId = await repo.acceptInvite(tx, inviteId, actor.email, now);
    if (!organizationId) throw new AppError('CONFLICT', 'This invitation was already accepted.');
    await repo.addMember(tx, organizationId, actor.id);
    const organization = await repo.findOrganization(tx, organizationId);
    if (!organization) throw new AppError('NOT_FOUND', `No organization with id ${organizationId}.`);
    return toOrganization(organization);
  });
}
