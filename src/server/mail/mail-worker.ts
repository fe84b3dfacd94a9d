import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '#server/clock.js';
import type { Db } from '#server/db/client.js';
import type { MailTransport } from './mail-message.js';
import { claimDueMail, recordOutcome } from './outbox.repository.js';

export interface MailWorkerOptions {
  db: Db;
  transport: MailTransport;
  from: string;
  now: Clock;
  log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** Messages leased per round. */
  batchSize?: number;
  /** How long a claimed row is this worker's; longer than any SMTP timeout (smtp-transport.ts). */
  leaseMs?: number;
  /** Attempts before a message is given up. */
  maxAttempts?: number;
  /** Wait before the second attempt; doubles per attempt up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export interface MailRoundResult {
  sent: number;
  failed: number;
  givenUp: number;
  /** Attempts that failed on a message withdrawn while it was being sent: closed, never retried. */
  withdrawn: number;
}

/** Wait after the `attempts`-th failed attempt: backoffMs, 2x, 4x, ... capped. */
export function backoffAfter(attempts: number, backoffMs: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Delivers the outbox. Each round leases due rows (FOR UPDATE SKIP LOCKED, so processes never share a row), sends
 * them one by one outside any transaction, and records each outcome only while it still holds that row's lease.
 */
export function createMailWorker(options: MailWorkerOptions) {
  const owner = `${process.pid}-${randomUUID()}`;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 120_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? 30_000;
  const maxBackoffMs = options.maxBackoffMs ?? 3_600_000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = false;

  async function runOnce(): Promise<MailRoundResult> {
    const result: MailRoundResult = { sent: 0, failed: 0, givenUp: 0, withdrawn: 0 };
    const now = options.now();
    const claimed = await claimDueMail(options.db, {
      owner,
      now,
      leaseUntil: new Date(now.getTime() + leaseMs),
      limit: batchSize,
    });
    for (const row of claimed) {
      try {
        await options.transport.send({
          from: options.from,
          to: row.toAddress,
          subject: row.subject,
          text: row.textBody,
          html: row.htmlBody,
          messageId: row.messageId,
          headers: row.headers,
        });
        if (await recordOutcome(options.db, row.id, owner, { status: 'sent', at: options.now() })) result.sent++;
        else options.log?.warn({ mailId: row.id }, 'mail sent after its lease ran out');
      } catch (err) {
        const reason = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        const isPermanent = (err as { permanent?: unknown }).permanent === true;
        const isLastAttempt = isPermanent || row.attempts >= maxAttempts;
        const retryAt = new Date(options.now().getTime() + backoffAfter(row.attempts, backoffMs, maxBackoffMs));
        const stored = await recordOutcome(
          options.db,
          row.id,
          owner,
          isLastAttempt ? { status: 'given-up', error: reason } : { status: 'failed', error: reason, retryAt },
        );
        const logged = { mailId: row.id, kind: row.kind, attempts: row.attempts, reason };
        if (stored === 'withdrawn') {
          options.log?.info(logged, 'mail withdrawn while it was being sent; not retried');
          result.withdrawn++;
        } else if (isLastAttempt) {
          options.log?.error(logged, 'mail given up');
          result.givenUp++;
        } else {
          options.log?.warn(logged, 'mail not sent yet');
          result.failed++;
        }
      }
    }
    return result;
  }

  /** Rounds until one finds nothing due (or the worker stops). */
  async function drain(): Promise<void> {
    while (!stopped) {
      const round = await runOnce();
      if (round.sent + round.failed + round.givenUp + round.withdrawn === 0) return;
    }
  }

  function schedule(intervalMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = drain()
        .catch((err: unknown) => options.log?.error({ err }, 'mail round failed'))
        .finally(() => {
          running = null;
          schedule(intervalMs);
        });
    }, intervalMs);
    timer.unref();
  }

  return {
    owner,
    runOnce,
    drain,
    start(intervalMs: number) {
      stopped = false;
      schedule(intervalMs);
    },
    /** Stops polling and waits for the round in flight; unsent rows stay in the outbox for the next start. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

export type MailWorker = ReturnType<typeof createMailWorker>;
