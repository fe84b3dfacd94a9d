-- Mail (issue 13, ADR 0024). A notice still waiting in the outbox can be withdrawn when what caused it is taken back
-- (a guide reply a moderator took down): the worker never sends a 'withdrawn' row. The organization's daily digest
-- reads a day's applications by their creation time, hence the index. Declared in src/server/db/schema/mail.ts and
-- board.ts (keep them in step).
ALTER TABLE "mail_outbox" DROP CONSTRAINT "mail_outbox_status_check";
ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_status_check"
	CHECK ("status" IN ('queued', 'sending', 'sent', 'failed', 'given-up', 'withdrawn'));
CREATE INDEX "opportunity_applications_created_idx" ON "opportunity_applications" USING btree ("created_at");
