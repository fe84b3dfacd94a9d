-- Resilience: check-in instruments, check-ins, daily self-care log, reflection journal, shared summaries.
-- Everything but the instruments belongs to one person (user_id) and goes when they delete it or their account.

CREATE TABLE "resilience_instruments" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"definition" jsonb NOT NULL,
	"is_shipped" boolean DEFAULT false NOT NULL,
	"content_hash" text NOT NULL,
	"created_by" uuid REFERENCES "users"("id") ON DELETE SET NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "resilience_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"cadence" text NOT NULL,
	"instrument_id" text NOT NULL REFERENCES "resilience_instruments"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resilience_settings_cadence_check" CHECK ("cadence" in ('weekly', 'fortnightly', 'monthly'))
);

CREATE TABLE "resilience_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"instrument_id" text NOT NULL REFERENCES "resilience_instruments"("id"),
	"taken_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX "resilience_checkins_user_date_idx" ON "resilience_checkins" USING btree ("user_id", "taken_on");

CREATE TABLE "resilience_self_care_days" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"log_date" date NOT NULL,
	"sleep_hours" double precision,
	"activity_minutes" integer,
	"meals_rating" smallint,
	"breaks_taken" smallint,
	"boundaries" text,
	"support_contact" text,
	"mood" smallint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resilience_self_care_days_user_id_log_date_pk" PRIMARY KEY ("user_id", "log_date"),
	CONSTRAINT "resilience_self_care_sleep_check" CHECK ("sleep_hours" between 0 and 24),
	CONSTRAINT "resilience_self_care_activity_check" CHECK ("activity_minutes" between 0 and 1440),
	CONSTRAINT "resilience_self_care_meals_check" CHECK ("meals_rating" between 1 and 5),
	CONSTRAINT "resilience_self_care_breaks_check" CHECK ("breaks_taken" between 0 and 50),
	CONSTRAINT "resilience_self_care_boundaries_check" CHECK ("boundaries" in ('kept', 'crossed')),
	CONSTRAINT "resilience_self_care_support_check" CHECK ("support_contact" in ('none', 'supervision', 'peer-support', 'both')),
	CONSTRAINT "resilience_self_care_mood_check" CHECK ("mood" between 1 and 5)
);

CREATE TABLE "resilience_journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"entry_date" date NOT NULL,
	"tag" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resilience_journal_tag_check" CHECK ("tag" in ('win', 'challenge', 'lesson'))
);
CREATE INDEX "resilience_journal_user_date_idx" ON "resilience_journal_entries" USING btree ("user_id", "entry_date");

CREATE TABLE "resilience_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
	"token_hash" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"subscales" text[] NOT NULL,
	"include_self_care" boolean NOT NULL,
	"note" text,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE UNIQUE INDEX "resilience_shares_token_idx" ON "resilience_shares" USING btree ("token_hash");
CREATE INDEX "resilience_shares_user_idx" ON "resilience_shares" USING btree ("user_id");
