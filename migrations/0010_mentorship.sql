-- Mentorship: mentor and mentee profiles, silent dismissals, requests (7-day expiry, day-5 reminder), mentorships
-- with their agreement, scheduled conversations, private notes per side and closing reflections. Declared in
-- src/server/db/schema/mentorship.ts (keep the two in step). ADR 0027. Nothing here is read by the hours log.

CREATE TABLE "mentor_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"headline" text DEFAULT '' NOT NULL,
	"careers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"years_in_field" integer DEFAULT 0 NOT NULL,
	"scales" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"causes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"populations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"help_with" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"values" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '["en"]'::jsonb NOT NULL,
	"mode" text DEFAULT 'either' NOT NULL,
	"place" text,
	"availability" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"is_open" boolean DEFAULT true NOT NULL,
	"last_answered_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mentor_profiles_capacity_check" CHECK ("capacity" BETWEEN 0 AND 50),
	CONSTRAINT "mentor_profiles_mode_check" CHECK ("mode" IN ('remote', 'in-person', 'either'))
);

CREATE TABLE "mentee_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"goals" text DEFAULT '' NOT NULL,
	"careers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stage" text NOT NULL,
	"scale" text,
	"causes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"populations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"help_with" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"values" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"languages" jsonb DEFAULT '["en"]'::jsonb NOT NULL,
	"mode" text DEFAULT 'either' NOT NULL,
	"place" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mentee_profiles_mode_check" CHECK ("mode" IN ('remote', 'in-person', 'either'))
);

-- A dismissed suggestion: the mentor is never told and never suggested to this mentee again.
CREATE TABLE "mentor_dismissals" (
	"mentee_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"mentor_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"created_at" timestamp with time zone NOT NULL,
	PRIMARY KEY ("mentee_id", "mentor_id")
);

CREATE TABLE "mentorship_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentee_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"mentor_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"message" text NOT NULL,
	"help_with" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	CONSTRAINT "mentorship_requests_status_check" CHECK ("status" IN ('pending', 'accepted', 'declined', 'expired', 'withdrawn'))
);
CREATE INDEX "mentorship_requests_mentee_idx" ON "mentorship_requests" USING btree ("mentee_id", "created_at");
CREATE INDEX "mentorship_requests_mentor_idx" ON "mentorship_requests" USING btree ("mentor_id", "status");
CREATE INDEX "mentorship_requests_pending_idx" ON "mentorship_requests" USING btree ("expires_at") WHERE "status" = 'pending';
-- One open request per pair at a time.
CREATE UNIQUE INDEX "mentorship_requests_open_pair" ON "mentorship_requests" USING btree ("mentee_id", "mentor_id") WHERE "status" = 'pending';

CREATE TABLE "mentorships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL REFERENCES "mentorship_requests"("id") ON DELETE cascade,
	"mentee_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"mentor_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"goals" text DEFAULT '' NOT NULL,
	"frequency" text DEFAULT '' NOT NULL,
	"length_weeks" integer,
	"agreed_at" timestamp with time zone,
	"started_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"mentee_reflection" text,
	"mentor_reflection" text,
	CONSTRAINT "mentorships_length_check" CHECK ("length_weeks" IS NULL OR "length_weeks" BETWEEN 1 AND 156)
);
CREATE UNIQUE INDEX "mentorships_request_unique" ON "mentorships" USING btree ("request_id");
CREATE INDEX "mentorships_mentee_idx" ON "mentorships" USING btree ("mentee_id");
CREATE INDEX "mentorships_mentor_idx" ON "mentorships" USING btree ("mentor_id");

CREATE TABLE "mentorship_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentorship_id" uuid NOT NULL REFERENCES "mentorships"("id") ON DELETE cascade,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes" integer NOT NULL,
	"topic" text NOT NULL,
	"where" text DEFAULT '' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mentorship_conversations_minutes_check" CHECK ("minutes" BETWEEN 5 AND 480)
);
CREATE INDEX "mentorship_conversations_idx" ON "mentorship_conversations" USING btree ("mentorship_id", "starts_at");

-- Private to its author: the other side of the mentorship never reads it.
CREATE TABLE "mentorship_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentorship_id" uuid NOT NULL REFERENCES "mentorships"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
CREATE INDEX "mentorship_notes_idx" ON "mentorship_notes" USING btree ("mentorship_id", "author_id", "created_at");
