-- Reply notices go through the mail outbox (ADR 0024): a notification points at the message queued for it, and the
-- message's own status says whether it was emailed. The stored "awaiting-smtp" status is gone: nothing waits for
-- SMTP any more. Declared in src/server/db/schema/guides.ts (keep them in step).
ALTER TABLE "comment_notifications" ADD COLUMN "outbox_id" uuid REFERENCES "mail_outbox"("id") ON DELETE SET NULL;
ALTER TABLE "comment_notifications" DROP CONSTRAINT "comment_notifications_delivery_check";
ALTER TABLE "comment_notifications" DROP COLUMN "email_delivery";
