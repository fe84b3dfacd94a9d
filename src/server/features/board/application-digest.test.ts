import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openPostgres } from '#server/db/client.js';
import { mailOutbox } from '#server/db/schema/mail.js';
import { organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';
import { APPLICATION_DIGEST_KIND, runApplicationDigests } from './application-digest.service.js';
import { addMember } from './organizations.repository.js';

/**
 * The organization's daily digest of new applications (issue 13, ADR 0024): no mail per application; the day after,
 * one message per member listing the day's applications, sent once however many processes run the sweep.
 */

let t: TestApp;
/** The app's clock: each test sets the day it starts on and moves it forward. */
let clock = new Date('2026-03-10T09:00:00Z');
/** On PostgreSQL, a second connection pool on the same database stands in for a second app process. */
let otherProcess: DbHandle | null = null;
beforeAll(async () => {
  t = await createTestApp({ VOCARE_PUBLIC_URL: 'https://vocare.example' }, { now: () => clock });
  if (t.db.url) otherProcess = await openPostgres(t.db.url, 2);
});
afterAll(async () => {
  await otherProcess?.close();
  await t.close();
});

const digest = () => runApplicationDigests(t.db.db, { env: t.env, now: clock });
const digestInOtherProcess = () => runApplicationDigests(otherProcess?.db ?? t.db.db, { env: t.env, now: clock });
const mailTo = (address: string) =>
  t.db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address)).orderBy(mailOutbox.createdAt);

/** An organization with two members and two open listings. */
async function organization(name: string) {
  const org = await organizationWithMember(t.app, t.db.db, { name });
  const second = await signedInClient(t.app, t.db.db, ['organization'], { displayName: 'Second Member' });
  await addMember(t.db.db, org.organizationId, second.user.id);
  const reading = await publishOpportunity(org.client, org.organizationId, { title: 'Reading buddy' });
  const pantry = await publishOpportunity(org.client, org.organizationId, { title: 'Food pantry shift' });
  return { org, second, members: [org.user, second.user], listings: { reading, pantry } };
}

async function apply(applicant: TestClient, opportunityId: string, answer = 'I would like to help.') {
  const response = await applicant.post(`/api/opportunities/${opportunityId}/applications`, {
    answers: [answer],
    note: 'A private note',
    phone: '+1 555 0100',
    shareEmail: true,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('daily digest of new applications', () => {
  it('two applications on one day: nothing at once, the next day one digest per member listing both', async () => {
    clock = new Date('2026-03-10T09:00:00Z');
    const { members, listings } = await organization('Harbour Peer Support');
    const ana = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'Private Applicant' });
    const ben = await signedInClient(t.app, t.db.db, ['explorer'], { displayName: 'Other Applicant' });
    await apply(ana.client, listings.reading, 'My secret answer about myself.');
    clock = new Date('2026-03-10T15:30:00Z');
    await apply(ben.client, listings.pantry);
    // The day is not over: its digest waits.
    await digest();
    for (const member of members) expect(await mailTo(member.email)).toEqual([]);

    clock = new Date('2026-03-11T06:00:00Z');
    await digest();
    for (const member of members) {
      const mails = await mailTo(member.email);
      expect(mails).toHaveLength(1);
      const mail = mails[0];
      if (!mail) throw new Error('no digest');
      expect(mail).toMatchObject({ kind: APPLICATION_DIGEST_KIND, userId: member.id, status: 'queued' });
      expect(mail.subject).toBe('2 new applications to Harbour Peer Support on 10 Mar 2026');
      expect(mail.textBody).toContain('“Reading buddy”, at 09:00');
      expect(mail.textBody).toContain('“Food pantry shift”, at 15:30');
      expect(mail.textBody).toContain('https://vocare.example/organizations/');
      expect(mail.headers['List-Unsubscribe']).toMatch(
        /^<https:\/\/vocare\.example\/api\/mail\/unsubscribe\?token=.+>$/,
      );
      expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      for (const body of [mail.subject, mail.textBody, mail.htmlBody]) {
        for (const secret of ['Private Applicant', 'Other Applicant', ana.user.email, 'secret answer', '555 0100']) {
          expect(body).not.toContain(secret);
        }
      }
    }
    // Applicants get nothing about their own application.
    expect(await mailTo(ana.user.email)).toEqual([]);
  });

  it('sends nothing on a day without new applications, and nothing twice', async () => {
    clock = new Date('2026-03-20T10:00:00Z');
    const { org, members, listings } = await organization('Quiet Days');
    // No application yet: nothing to send.
    clock = new Date('2026-03-21T07:00:00Z');
    await digest();
    for (const member of members) expect(await mailTo(member.email)).toEqual([]);

    const applicant = await signedInClient(t.app, t.db.db);
    await apply(applicant.client, listings.reading);
    clock = new Date('2026-03-22T07:00:00Z');
    await digest();
    await digest();
    expect((await mailTo(org.user.email)).map((m) => m.subject)).toEqual([
      '1 new application to Quiet Days on 21 Mar 2026',
    ]);
    // The 22nd brings nothing new: the 23rd sends nothing more.
    clock = new Date('2026-03-23T07:00:00Z');
    await digest();
    for (const member of members) expect(await mailTo(member.email)).toHaveLength(1);
  });

  it('two processes running the sweep at once send each member one message', async () => {
    clock = new Date('2026-04-01T12:00:00Z');
    const { members, listings } = await organization('Two Processes');
    const applicant = await signedInClient(t.app, t.db.db);
    await apply(applicant.client, listings.reading);
    clock = new Date('2026-04-02T00:30:00Z');
    const [a, b] = await Promise.all([digest(), digestInOtherProcess()]);
    expect(a.queued + b.queued).toBeGreaterThanOrEqual(members.length);
    for (const member of members) {
      expect((await mailTo(member.email)).map((m) => m.kind)).toEqual([APPLICATION_DIGEST_KIND]);
    }
  });

  it('honours the preference and its one-click unsubscribe; a withdrawn application is not listed', async () => {
    clock = new Date('2026-05-04T10:00:00Z');
    const { org, second, listings } = await organization('Careful Org');
    const off = await second.client.put('/api/account/mail-preferences', { preferences: { 'application-new': false } });
    expect(off.statusCode, off.body).toBe(200);
    const stays = await signedInClient(t.app, t.db.db);
    const leaves = await signedInClient(t.app, t.db.db);
    await apply(stays.client, listings.reading);
    const withdrawn = await apply(leaves.client, listings.pantry);
    expect((await leaves.client.post(`/api/applications/${withdrawn}/withdraw`)).statusCode).toBe(200);

    clock = new Date('2026-05-05T08:00:00Z');
    await digest();
    expect(await mailTo(second.user.email)).toEqual([]);
    const [first] = await mailTo(org.user.email);
    expect(first?.subject).toBe('1 new application to Careful Org on 4 May 2026');
    expect(first?.textBody).toContain('Reading buddy');
    expect(first?.textBody).not.toContain('Food pantry shift');

    // The digest's one-click link turns the topic off: the next day's applications send nothing.
    const link = new URL(first?.headers['List-Unsubscribe']?.slice(1, -1) ?? '');
    const response = await t.app.inject({
      method: 'POST',
      url: `${link.pathname}${link.search}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ topic: 'application-new', enabled: false });
    await apply((await signedInClient(t.app, t.db.db)).client, listings.pantry);
    clock = new Date('2026-05-06T08:00:00Z');
    await digest();
    expect(await mailTo(org.user.email)).toHaveLength(1);
  });
});
