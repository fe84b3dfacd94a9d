-- Mail (issue 13, ADR 0024). A notice withdrawn while a worker is handing it to SMTP (status 'sending') cannot be
-- stopped, but it must not be retried: `withdrawn_at` records the withdrawal on that row, a failed attempt then ends
-- 'withdrawn' instead of 'failed', and the worker's claim never leases a row that carries it. Declared in
-- src/server/db/schema/mail.ts (keep them in step).
ALTER TABLE "mail_outbox" ADD COLUMN "withdrawn_at" timestamp with time zone;
