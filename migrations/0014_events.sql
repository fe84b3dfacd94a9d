-- Community events (issue 16, ADR 0028): posted by organizations, mentors and admins, public once an admin approves
-- them; registrations with a waiting list and time-limited offers of freed seats; a private calendar feed per person.
-- Declared in src/server/db/schema/events.ts (keep the two in step).
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organizer_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"causes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"careers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	-- The first occurrence as wall-clock text in its zone (what the organizer typed) and as an instant (for search).
	"start_local" text NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	-- The end of the last occurrence; null for an open-ended series.
	"series_ends_at" timestamp with time zone,
	"recurrence_rule" text,
	"excluded_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_online" boolean NOT NULL,
	"place" text,
	-- Shown only to the organizer and to people holding a seat.
	"online_url" text,
	"capacity" integer,
	"ce_hours" real,
	"status" text NOT NULL,
	"reviewed_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"reviewed_at" timestamp with time zone,
	-- RFC 5545 SEQUENCE: raised on every edit so calendar apps replace their copy (the UID is the id).
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "events_kind_check" CHECK ("kind" IN ('conference', 'training', 'community', 'online-meetup')),
	CONSTRAINT "events_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "events_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0)
);
CREATE INDEX "events_status_starts_idx" ON "events" USING btree ("status", "starts_at");
CREATE INDEX "events_organizer_idx" ON "events" USING btree ("organizer_id");

CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL REFERENCES "events"("id") ON DELETE cascade,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"state" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"offer_expires_at" timestamp with time zone,
	-- sha256 of the claim link's token; set while an offer is open.
	"claim_token_hash" text,
	"attended" boolean DEFAULT false NOT NULL,
	CONSTRAINT "event_registrations_state_check" CHECK ("state" IN ('confirmed', 'waitlisted', 'offered', 'cancelled', 'lapsed'))
);
CREATE UNIQUE INDEX "event_registrations_event_user_unique" ON "event_registrations" USING btree ("event_id", "user_id");
CREATE INDEX "event_registrations_user_idx" ON "event_registrations" USING btree ("user_id");
CREATE UNIQUE INDEX "event_registrations_claim_unique" ON "event_registrations" USING btree ("claim_token_hash");

-- One private calendar feed per person, by a secret token (stored hashed); rotating it revokes the old address.
CREATE TABLE "event_feed_tokens" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
CREATE UNIQUE INDEX "event_feed_tokens_hash_unique" ON "event_feed_tokens" USING btree ("token_hash");
