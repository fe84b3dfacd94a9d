import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '#server/db/schema/mail.js';
import { testEnv } from '#server/env.js';
import { type SmtpSink, startSmtpSink } from '#tests/setup/smtp-sink.js';
import { createTestDb, type TestDb } from '#tests/setup/test-db.js';
import { createMailWorker } from './mail-worker.js';
import { claimDueMail, queueMail, withdrawUnsentMail } from './outbox.repository.js';
import { renderMail } from './render-mail.js';
import { createSmtpTransport } from './smtp-transport.js';

let db: TestDb;
let sink: SmtpSink;
const env = testEnv({ MAIL_FROM: 'Vocare <hello@vocare.test>' });
let clockAt = new Date('2026-03-10T12:00:00Z');
const now = () => clockAt;
const advance = (ms: number) => {
  clockAt = new Date(clockAt.getTime() + ms);
};

beforeAll(async () => {
  db = await createTestDb();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await db.close();
});

let nextBatch = 0;
async function queue(count: number, options: { unsubscribe?: boolean } = {}): Promise<string[]> {
  const batch = `b${nextBatch++}`;
  const addresses: string[] = [];
  for (let i = 0; i < count; i++) {
    const to = `${batch}-${i}@example.test`;
    addresses.push(to);
    await queueMail(db.db, env, now(), {
      kind: 'test',
      to,
      mail: renderMail({
        subject: `Hello ${i} <&>`,
        preview: 'A test',
        blocks: [
          { kind: 'greeting', name: 'Ada <Lovelace>' },
          { kind: 'action', label: 'Open', url: 'http://127.0.0.1:3000/x?a=1&b=2' },
        ],
        ...(options.unsubscribe
          ? {
              unsubscribe: {
                pageUrl: 'http://127.0.0.1:3000/unsubscribe?token=abc',
                oneClickUrl: 'http://127.0.0.1:3000/api/mail/unsubscribe?token=abc',
              },
            }
          : {}),
      }),
    });
  }
  return addresses;
}

const receivedFor = (addresses: string[]) =>
  sink.received.filter((m) => addresses.includes(m.to && !Array.isArray(m.to) ? (m.to.value[0]?.address ?? '') : ''));

const statusOf = async (to: string) => (await db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)))[0];

function worker(options: Partial<Parameters<typeof createMailWorker>[0]> = {}) {
  return createMailWorker({
    db: db.db,
    transport: createSmtpTransport(sink.url),
    from: env.MAIL_FROM,
    now,
    backoffMs: 60_000,
    maxAttempts: 3,
    ...options,
  });
}

describe('the outbox', () => {
  it('writes nothing when the change that caused the message rolls back', async () => {
    const to = 'rolled-back@example.test';
    await expect(
      db.db.transaction(async (tx) => {
        await queueMail(tx, env, now(), {
          kind: 'test',
          to,
          mail: renderMail({ subject: 's', preview: 'p', blocks: [] }),
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await statusOf(to)).toBeUndefined();
  });
});

describe('the mail worker', () => {
  it('delivers to a real SMTP server: text and HTML bodies, Message-ID, unsubscribe headers; records "sent"', async () => {
    const [to = ''] = await queue(1, { unsubscribe: true });
    const before = await statusOf(to);
    expect(before?.status).toBe('queued');
    await worker().drain();
    const [message] = receivedFor([to]);
    expect(message?.subject).toBe('Hello 0 <&>');
    expect(message?.messageId).toBe(before?.messageId);
    expect(message?.from?.value[0]).toMatchObject({ name: 'Vocare', address: 'hello@vocare.test' });
    expect(message?.text).toContain('Hello Ada <Lovelace>,');
    expect(message?.text).toContain('http://127.0.0.1:3000/x?a=1&b=2');
    expect(message?.html).toContain('Hello Ada &lt;Lovelace&gt;,');
    expect(message?.html).toContain('href="http://127.0.0.1:3000/x?a=1&amp;b=2"');
    const headerLines = message?.headerLines.map((h) => h.line) ?? [];
    expect(headerLines).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(headerLines).toContain('List-Unsubscribe: <http://127.0.0.1:3000/api/mail/unsubscribe?token=abc>');
    const after = await statusOf(to);
    expect(after).toMatchObject({ status: 'sent', attempts: 1, lastError: null, leaseOwner: null });
    expect(after?.sentAt?.getTime()).toBe(clockAt.getTime());
  });

  it('retries a temporary refusal after a back-off, then gives up and keeps the reason', async () => {
    const [to = ''] = await queue(1);
    sink.failNext(10, 451);
    const w = worker();
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    expect(await statusOf(to)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await statusOf(to))?.lastError).toMatch(/Try again later/);
    // Not due again until the back-off has passed.
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0, givenUp: 0, withdrawn: 0 });
    advance(60_000);
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    advance(119_999);
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0, givenUp: 0, withdrawn: 0 });
    advance(1);
    expect(await w.runOnce()).toMatchObject({ givenUp: 1 });
    expect(await statusOf(to)).toMatchObject({ status: 'given-up', attempts: 3 });
    advance(24 * 3_600_000);
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0, givenUp: 0, withdrawn: 0 });
    expect(receivedFor([to])).toEqual([]);
    sink.failNext(0, 451);
  });

  it('gives up at once on a permanent (5xx) refusal', async () => {
    const [to = ''] = await queue(1);
    sink.failNext(1, 550);
    expect(await worker().runOnce()).toMatchObject({ givenUp: 1 });
    expect(await statusOf(to)).toMatchObject({ status: 'given-up', attempts: 1 });
    expect((await statusOf(to))?.lastError).toMatch(/Mailbox unavailable/);
  });

  it('sends a message once when two workers drain the same outbox together', async () => {
    const addresses = await queue(24);
    const a = worker({ batchSize: 3 });
    const b = worker({ batchSize: 3 });
    await Promise.all([a.drain(), b.drain()]);
    const got = receivedFor(addresses);
    expect(got).toHaveLength(24);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(24);
    for (const to of addresses) expect((await statusOf(to))?.status).toBe('sent');
  });

  it('loses nothing and sends nothing twice when delivery is killed mid-batch', async () => {
    const addresses = await queue(6);
    const already = sink.received.length;
    sink.dropAfter(already + 3);
    const w = worker({ batchSize: 6 });
    const first = await w.runOnce();
    // Each message has its own connection: the killed one fails (its outcome unknown to the worker), the rest go.
    expect(first).toEqual({ sent: 5, failed: 1, givenUp: 0, withdrawn: 0 });
    advance(60_000);
    await w.drain();
    const got = receivedFor(addresses);
    expect(got.map((m) => m.subject).sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `Hello ${i} <&>`));
    for (const to of addresses) expect((await statusOf(to))?.status).toBe('sent');
  });

  it('takes over the rows of a worker that died holding them once the lease runs out, and only then', async () => {
    const addresses = await queue(2);
    const dead = worker({ leaseMs: 120_000 });
    // The dead worker claimed its rows and never came back (its process was killed before sending).
    const claimed = await claimDueMail(db.db, {
      owner: dead.owner,
      now: now(),
      leaseUntil: new Date(now().getTime() + 120_000),
      limit: 10,
    });
    expect(claimed.map((c) => c.toAddress).sort()).toEqual(addresses);
    const alive = worker();
    expect(await alive.runOnce()).toEqual({ sent: 0, failed: 0, givenUp: 0, withdrawn: 0 });
    advance(120_000);
    await alive.drain();
    expect(receivedFor(addresses)).toHaveLength(2);
    for (const to of addresses) expect(await statusOf(to)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  describe('a message withdrawn while it is being handed to SMTP', () => {
    /** The real SMTP transport; the message is withdrawn (as a moderator's take-down does) during the attempt. */
    function withdrawingWorker(options: Partial<Parameters<typeof createMailWorker>[0]> = {}) {
      const smtp = createSmtpTransport(sink.url);
      const withdrawnIds: string[][] = [];
      const w = worker({
        transport: {
          async send(envelope) {
            const row = (await db.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, envelope.to)))[0];
            if (!row) throw new Error('no row');
            expect(row.status).toBe('sending');
            withdrawnIds.push(await withdrawUnsentMail(db.db, [row.id], now()));
            return smtp.send(envelope);
          },
          close: () => smtp.close(),
        },
        ...options,
      });
      return { w, withdrawnIds };
    }

    it('is not retried when that attempt fails', async () => {
      const [to = ''] = await queue(1);
      sink.failNext(1, 451);
      const { w, withdrawnIds } = withdrawingWorker();
      expect(await w.runOnce()).toEqual({ sent: 0, failed: 0, givenUp: 0, withdrawn: 1 });
      const row = await statusOf(to);
      expect(withdrawnIds).toEqual([[row?.id]]);
      expect(row).toMatchObject({ status: 'withdrawn', attempts: 1, leaseOwner: null, withdrawnAt: clockAt });
      expect(row?.lastError).toMatch(/Try again later/);
      // Long after any back-off, no worker picks it up again.
      advance(24 * 3_600_000);
      expect(await worker().runOnce()).toEqual({ sent: 0, failed: 0, givenUp: 0, withdrawn: 0 });
      expect(receivedFor([to])).toEqual([]);
      expect((await statusOf(to))?.attempts).toBe(1);
    });

    it('stays sent when that attempt got through (it was already on its way)', async () => {
      const [to = ''] = await queue(1);
      const { w } = withdrawingWorker();
      expect(await w.runOnce()).toMatchObject({ sent: 1, withdrawn: 0 });
      expect(receivedFor([to])).toHaveLength(1);
      expect(await statusOf(to)).toMatchObject({ status: 'sent', withdrawnAt: clockAt });
    });

    it('is closed, not re-leased, when its worker died during the attempt', async () => {
      const [to = ''] = await queue(1);
      const dead = worker();
      const claimed = await claimDueMail(db.db, {
        owner: dead.owner,
        now: now(),
        leaseUntil: new Date(now().getTime() + 120_000),
        limit: 10,
      });
      const row = claimed.find((c) => c.toAddress === to);
      if (!row) throw new Error('not claimed');
      // Withdrawn while leased: marked, still 'sending' (it may be on its way).
      expect(await withdrawUnsentMail(db.db, [row.id], now())).toEqual([row.id]);
      expect(await statusOf(to)).toMatchObject({ status: 'sending', withdrawnAt: clockAt });
      // Withdrawing again changes nothing.
      expect(await withdrawUnsentMail(db.db, [row.id], now())).toEqual([]);
      // The lease runs out: the claim re-reads the withdrawal and closes the row instead of leasing it.
      advance(120_000);
      expect(await worker().runOnce()).toEqual({ sent: 0, failed: 0, givenUp: 0, withdrawn: 0 });
      expect(await statusOf(to)).toMatchObject({
        status: 'withdrawn',
        attempts: 1,
        leaseOwner: null,
        leaseUntil: null,
      });
      expect(receivedFor([to])).toEqual([]);
    });
  });
});
