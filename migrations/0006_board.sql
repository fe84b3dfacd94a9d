-- Experience board: organizations and members, opportunities with full-text search and a
-- bounding-box index for distance search, applications, saved listings, volunteer hours,
-- reminders written by the sweep, and the shipped place list. Declared in src/server/db/schema/board.ts.

CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"mission" text NOT NULL,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"location" text NOT NULL,
	"website" text,
	"created_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree (lower("name"));

CREATE TABLE "organization_members" (
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE cascade,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_members_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
CREATE INDEX "organization_members_user_idx" ON "organization_members" USING btree ("user_id");

CREATE TABLE "organization_invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE cascade,
	"email" text NOT NULL,
	"invited_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone
);
CREATE UNIQUE INDEX "organization_invites_pending_unique" ON "organization_invites" USING btree ("organization_id", lower("email")) WHERE "accepted_at" is null;
CREATE INDEX "organization_invites_email_idx" ON "organization_invites" USING btree (lower("email"));

CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE cascade,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"causes" text[] DEFAULT '{}'::text[] NOT NULL,
	"career_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_remote" boolean DEFAULT false NOT NULL,
	"address" text,
	"lat" double precision,
	"lon" double precision,
	"hours_per_week" double precision NOT NULL,
	"start_date" date,
	"end_date" date,
	"counts_as_placement" boolean DEFAULT false NOT NULL,
	"placement_license" text,
	"has_licensed_supervisor" boolean DEFAULT false NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"questions" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"closed_reason" text,
	"closed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', search_text), 'B') || setweight(to_tsvector('english', coalesce(description, '')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_kind_check" CHECK ("kind" in ('volunteer', 'internship', 'field-placement', 'entry-job')),
	CONSTRAINT "opportunities_status_check" CHECK ("status" in ('draft', 'open', 'closed')),
	CONSTRAINT "opportunities_hours_check" CHECK ("hours_per_week" > 0 and "hours_per_week" <= 80),
	CONSTRAINT "opportunities_dates_check" CHECK ("end_date" is null or "start_date" is null or "end_date" >= "start_date"),
	CONSTRAINT "opportunities_coords_check" CHECK (("lat" is null and "lon" is null) or ("lat" between -90 and 90 and "lon" between -180 and 180)),
	CONSTRAINT "opportunities_place_check" CHECK ("is_remote" or "lat" is not null)
);
CREATE INDEX "opportunities_search_idx" ON "opportunities" USING gin ("search_vector");
CREATE INDEX "opportunities_causes_idx" ON "opportunities" USING gin ("causes");
CREATE INDEX "opportunities_careers_idx" ON "opportunities" USING gin ("career_ids");
CREATE INDEX "opportunities_org_idx" ON "opportunities" USING btree ("organization_id");
-- Distance search first narrows to a latitude/longitude box through this index, then computes the exact distance.
CREATE INDEX "opportunities_open_geo_idx" ON "opportunities" USING btree ("lat", "lon") WHERE "status" = 'open' and "lat" is not null;
CREATE INDEX "opportunities_open_published_idx" ON "opportunities" USING btree ("published_at") WHERE "status" = 'open';
-- The sweep's two closing rules read these.
CREATE INDEX "opportunities_open_end_idx" ON "opportunities" USING btree ("end_date") WHERE "status" = 'open';
CREATE INDEX "opportunities_open_updated_idx" ON "opportunities" USING btree ("updated_at") WHERE "status" = 'open';

CREATE TABLE "opportunity_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL REFERENCES "opportunities"("id") ON DELETE cascade,
	"applicant_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"status" text DEFAULT 'new' NOT NULL,
	"answers" jsonb NOT NULL,
	"note" text,
	"decision_message" text,
	"first_response_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunity_applications_status_check" CHECK ("status" in ('new', 'reviewing', 'accepted', 'declined', 'withdrawn'))
);
CREATE UNIQUE INDEX "opportunity_applications_once" ON "opportunity_applications" USING btree ("opportunity_id", "applicant_id");
CREATE INDEX "opportunity_applications_applicant_idx" ON "opportunity_applications" USING btree ("applicant_id");
CREATE INDEX "opportunity_applications_new_idx" ON "opportunity_applications" USING btree ("created_at") WHERE "status" = 'new';

CREATE TABLE "saved_opportunities" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"opportunity_id" uuid NOT NULL REFERENCES "opportunities"("id") ON DELETE cascade,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_opportunities_user_id_opportunity_id_pk" PRIMARY KEY("user_id","opportunity_id")
);

CREATE TABLE "volunteer_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL REFERENCES "opportunity_applications"("id") ON DELETE cascade,
	"work_date" date NOT NULL,
	"hours" double precision NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"review_note" text,
	"reviewed_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "volunteer_hours_status_check" CHECK ("status" in ('pending', 'confirmed', 'rejected')),
	CONSTRAINT "volunteer_hours_hours_check" CHECK ("hours" > 0 and "hours" <= 24)
);
CREATE INDEX "volunteer_hours_application_idx" ON "volunteer_hours" USING btree ("application_id");

CREATE TABLE "board_reminders" (
	"application_id" uuid PRIMARY KEY NOT NULL REFERENCES "opportunity_applications"("id") ON DELETE cascade,
	"organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE cascade,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX "board_reminders_org_idx" ON "board_reminders" USING btree ("organization_id");

CREATE TABLE "board_places" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"state" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
CREATE INDEX "board_places_name_idx" ON "board_places" USING btree (lower("name"));
