-- Mail: the outbox every message is written to in the transaction of the change that causes it (a worker
-- delivers it), one-time account tokens (address verification, password reset, email change), and the day a
-- person proved their address. Declared in src/server/db/schema/mail.ts and core.ts (ADR 0018).

ALTER TABLE "users" ADD COLUMN "email_verified_at" timestamp with time zone;

CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"user_id" uuid REFERENCES "users"("id") ON DELETE cascade,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"message_id" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mail_outbox_status_check" CHECK ("status" IN ('queued', 'sending', 'sent', 'failed', 'given-up'))
);
CREATE UNIQUE INDEX "mail_outbox_message_id_unique" ON "mail_outbox" USING btree ("message_id");
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("next_attempt_at") WHERE "status" IN ('queued', 'failed', 'sending');
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at");
CREATE INDEX "mail_outbox_user_idx" ON "mail_outbox" USING btree ("user_id");

CREATE TABLE "account_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"purpose" text NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "account_tokens_purpose_check" CHECK ("purpose" IN ('verify-email', 'password-reset', 'email-change'))
);
CREATE UNIQUE INDEX "account_tokens_hash_unique" ON "account_tokens" USING btree ("token_hash");
CREATE INDEX "account_tokens_user_idx" ON "account_tokens" USING btree ("user_id", "purpose");
