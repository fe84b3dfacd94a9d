import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '#server/db/schema/mail.js';
import { organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp } from '#tests/setup/test-app.js';
import { addMember } from './organizations.repository.js';

/** Application notices (ADR 0024): queued with the change, to the right people, carrying nothing private. */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const mailTo = async (address: string) =>
  t.db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(mailOutbox.createdAt);

/** An organization with two members, a published listing and an applicant who applied with private details. */
async function scene() {
  const org = await organizationWithMember(t.app, t.db.db, { name: 'Harbour Peer Support' });
  const second = await signedInClient(t.app, t.db.db, ['organization'], { displayName: 'Second Member' });
  await addMember(t.db.db, org.organizationId, second.user.id);
  const opportunityId = await publishOpportunity(org.client, org.organizationId);
  const applicant = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'Private Applicant' });
  const response = await applicant.client.post(`/api/opportunities/${opportunityId}/applications`, {
    answers: ['My secret answer about myself.'],
    note: 'A private note',
    phone: '+1 555 0100',
    shareEmail: true,
  });
  expect(response.statusCode, response.body).toBe(201);
  return { org, second, applicant, applicationId: response.json().id as string };
}

function expectNothingPrivate(mail: { textBody: string; htmlBody: string; subject: string }, applicantEmail: string) {
  for (const body of [mail.textBody, mail.htmlBody, mail.subject]) {
    expect(body).not.toContain('Private Applicant');
    expect(body).not.toContain(applicantEmail);
    expect(body).not.toContain('secret answer');
    expect(body).not.toContain('private note');
    expect(body).not.toContain('555 0100');
    expect(body).not.toContain('Thread text');
  }
}

describe('application notices', () => {
  it('a new application mails nobody at once: the members hear of it in the daily digest', async () => {
    const { org, second, applicant } = await scene();
    for (const member of [org.user, second.user, applicant.user]) expect(await mailTo(member.email)).toEqual([]);
  });

  it('a decision and an organization message notify the applicant only; the text stays in the app', async () => {
    const { org, second, applicant, applicationId } = await scene();
    const moved = await org.client.patch(`/api/applications/${applicationId}`, {
      status: 'accepted',
      message: 'Thread text: welcome aboard',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const written = await org.client.post(`/api/applications/${applicationId}/messages`, {
      body: 'Thread text: see you Monday',
    });
    expect(written.statusCode, written.body).toBe(201);
    const mails = await mailTo(applicant.user.email);
    expect(mails.map((m) => m.kind)).toEqual(['application-update', 'application-update']);
    expect(mails[0]?.subject).toBe('Harbour Peer Support accepted your application');
    expect(mails[1]?.subject).toContain('New message about');
    for (const mail of mails) {
      expect(mail.userId).toBe(applicant.user.id);
      expect(mail.headers['List-Unsubscribe']).toContain('/api/mail/unsubscribe?token=');
      expect(mail.textBody).not.toContain('Thread text');
      expect(mail.htmlBody).not.toContain('Thread text');
    }
    // The members' own actions are not echoed back to them.
    expect(await mailTo(org.user.email)).toEqual([]);
    expect(await mailTo(second.user.email)).toEqual([]);
  });

  it('a message from the applicant notifies the members, not the applicant', async () => {
    const { org, second, applicant, applicationId } = await scene();
    const written = await applicant.client.post(`/api/applications/${applicationId}/messages`, {
      body: 'Thread text: can I start later?',
    });
    expect(written.statusCode, written.body).toBe(201);
    for (const member of [org.user, second.user]) {
      const mails = (await mailTo(member.email)).filter((m) => m.kind === 'application-message');
      expect(mails).toHaveLength(1);
      const mail = mails[0];
      if (!mail) throw new Error('no mail');
      expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expectNothingPrivate(mail, applicant.user.email);
    }
    expect(await mailTo(applicant.user.email)).toHaveLength(0);
  });

  it('a person who turned a topic off gets none of its notices', async () => {
    const org = await organizationWithMember(t.app, t.db.db, { name: 'Quiet Org' });
    const off = await org.client.put('/api/account/mail-preferences', { preferences: { 'application-new': false } });
    expect(off.statusCode, off.body).toBe(200);
    const opportunityId = await publishOpportunity(org.client, org.organizationId);
    const applicant = await signedInClient(t.app, t.db.db);
    const offToo = await applicant.client.put('/api/account/mail-preferences', {
      preferences: { 'application-update': false },
    });
    expect(offToo.statusCode, offToo.body).toBe(200);
    const applied = await applicant.client.post(`/api/opportunities/${opportunityId}/applications`, {
      answers: ['Yes.'],
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const id = applied.json().id;
    expect((await org.client.patch(`/api/applications/${id}`, { status: 'declined' })).statusCode).toBe(200);
    expect((await applicant.client.post(`/api/applications/${id}/messages`, { body: 'Why?' })).statusCode).toBe(201);
    expect((await org.client.post(`/api/applications/${id}/messages`, { body: 'Sorry.' })).statusCode).toBe(201);
    expect(await mailTo(org.user.email)).toHaveLength(0);
    expect(await mailTo(applicant.user.email)).toHaveLength(0);
  });

  it('the unsubscribe link of a notice turns its topic off for the next one', async () => {
    const { org, applicant, applicationId } = await scene();
    await applicant.client.post(`/api/applications/${applicationId}/messages`, { body: 'Thread text: first' });
    const first = (await mailTo(org.user.email))[0];
    expect(first?.kind).toBe('application-message');
    const link = first?.headers['List-Unsubscribe']?.slice(1, -1) ?? '';
    const url = new URL(link);
    const response = await t.app.inject({
      method: 'POST',
      url: `${url.pathname}${url.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ topic: 'application-new', enabled: false });
    await applicant.client.post(`/api/applications/${applicationId}/messages`, { body: 'Thread text: hello' });
    expect((await mailTo(org.user.email)).map((m) => m.kind)).toEqual(['application-message']);
  });
});
