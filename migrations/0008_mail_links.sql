-- Mail that acts: supervisor invitation links, one-tap sign-off links, notice preferences with one-click
-- unsubscribe, and the record that makes the weekly supervisor digest go out once per week per person however many
-- app processes run it. Declared in src/server/db/schema/mail.ts and hours.ts (ADR 0024).

-- The invitation link's token (SHA-256); following it proves the invited address.
ALTER TABLE "hours_supervisions" ADD COLUMN "invite_token_hash" text;
CREATE UNIQUE INDEX "hours_supervisions_invite_token_unique" ON "hours_supervisions" USING btree ("invite_token_hash");

-- One link in a supervisor's message: verifies exactly the listed entries, once, unless one of them changed.
CREATE TABLE "hours_signoff_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"supervisor_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"supervision_id" uuid NOT NULL REFERENCES "hours_supervisions"("id") ON DELETE cascade,
	"entries" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
CREATE UNIQUE INDEX "hours_signoff_links_hash_unique" ON "hours_signoff_links" USING btree ("token_hash");
CREATE INDEX "hours_signoff_links_supervisor_idx" ON "hours_signoff_links" USING btree ("supervisor_id");
CREATE INDEX "hours_signoff_links_supervision_idx" ON "hours_signoff_links" USING btree ("supervision_id");

-- Which notices a person wants; a topic without a row has its default.
CREATE TABLE "mail_preferences" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"topic" text NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mail_preferences_pk" PRIMARY KEY ("user_id", "topic")
);

-- The unsubscribe link of one notice (SHA-256 of its token): it turns that topic off, without signing in.
CREATE TABLE "mail_unsubscribe_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"topic" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
CREATE INDEX "mail_unsubscribe_links_user_idx" ON "mail_unsubscribe_links" USING btree ("user_id");

-- A periodic message that went out: the primary key lets only one process claim a person's week.
CREATE TABLE "mail_digest_runs" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mail_digest_runs_pk" PRIMARY KEY ("user_id", "kind", "period")
);
