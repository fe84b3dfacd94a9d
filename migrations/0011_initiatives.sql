-- Initiative builder (issue 17, ADR 0029): plans kept as one versioned JSON document each, the co-owners and
-- viewers a plan is shared with (invited by email), and its revocable read-only share link (token hashed).
-- Declared in src/server/db/schema/initiative.ts.

CREATE TABLE "initiative_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"title" text NOT NULL,
	"template" text NOT NULL,
	"document" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
CREATE INDEX "initiative_plans_owner_idx" ON "initiative_plans" USING btree ("owner_id");

CREATE TABLE "initiative_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL REFERENCES "initiative_plans"("id") ON DELETE cascade,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"user_id" uuid REFERENCES "users"("id") ON DELETE cascade,
	"created_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	CONSTRAINT "initiative_members_role_check" CHECK ("role" IN ('co-owner', 'viewer'))
);
CREATE UNIQUE INDEX "initiative_members_plan_email_unique" ON "initiative_members" USING btree ("plan_id", lower("email"));
CREATE INDEX "initiative_members_user_idx" ON "initiative_members" USING btree ("user_id");
CREATE INDEX "initiative_members_email_idx" ON "initiative_members" USING btree (lower("email"));

CREATE TABLE "initiative_share_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL REFERENCES "initiative_plans"("id") ON DELETE cascade,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
CREATE UNIQUE INDEX "initiative_share_links_token_unique" ON "initiative_share_links" USING btree ("token_hash");
CREATE UNIQUE INDEX "initiative_share_links_live_unique" ON "initiative_share_links" USING btree ("plan_id") WHERE "revoked_at" IS NULL;
