-- Mentorship: an admin's review of suggestions before they go out (MentorcliQ's model), and peer spaces. Declared in
-- src/server/db/schema/mentorship.ts and peer-spaces.ts (keep them in step). ADR 0022.

-- One row: whether suggestions wait for an admin's approval before a mentee sees them (off until an admin turns it on).
CREATE TABLE "mentorship_review_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"review_required" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid REFERENCES "users"("id") ON DELETE set null,
	CONSTRAINT "mentorship_review_settings_single_row" CHECK ("id")
);

-- An admin's decision on one mentee-mentor pair: approved pairs go out; withheld pairs are never suggested
-- (the matcher offers the next mentor instead). Neither side is told.
CREATE TABLE "mentor_match_reviews" (
	"mentee_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"mentor_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"decision" text NOT NULL,
	"reviewed_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"reviewed_at" timestamp with time zone NOT NULL,
	PRIMARY KEY ("mentee_id", "mentor_id"),
	CONSTRAINT "mentor_match_reviews_decision_check" CHECK ("decision" IN ('approved', 'withheld'))
);

-- Peer spaces: discussion spaces by career, cause or stage. Members-only spaces are read by their members only.
CREATE TABLE "peer_spaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"kind" text NOT NULL,
	"is_members_only" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_spaces_kind_check" CHECK ("kind" IN ('career', 'cause', 'stage'))
);
CREATE UNIQUE INDEX "peer_spaces_slug_unique" ON "peer_spaces" USING btree ("slug");

CREATE TABLE "peer_space_members" (
	"space_id" uuid NOT NULL REFERENCES "peer_spaces"("id") ON DELETE cascade,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"joined_at" timestamp with time zone NOT NULL,
	PRIMARY KEY ("space_id", "user_id")
);
CREATE INDEX "peer_space_members_user_idx" ON "peer_space_members" USING btree ("user_id");

-- A thread (parent_id null, with a title) or a reply. Moderated like guide comments: a first post waits for a
-- moderator; removed and spam posts are kept for the record but shown to nobody but moderators.
CREATE TABLE "peer_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"space_id" uuid NOT NULL REFERENCES "peer_spaces"("id") ON DELETE cascade,
	"thread_id" uuid REFERENCES "peer_posts"("id") ON DELETE cascade,
	"author_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"title" text,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"is_locked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"moderated_by" uuid REFERENCES "users"("id") ON DELETE set null,
	"moderated_at" timestamp with time zone,
	CONSTRAINT "peer_posts_status_check" CHECK ("status" IN ('pending', 'approved', 'removed', 'spam')),
	CONSTRAINT "peer_posts_title_check" CHECK (("thread_id" IS NULL) = ("title" IS NOT NULL))
);
CREATE INDEX "peer_posts_space_idx" ON "peer_posts" USING btree ("space_id", "created_at") WHERE "thread_id" IS NULL;
CREATE INDEX "peer_posts_thread_idx" ON "peer_posts" USING btree ("thread_id", "created_at");
CREATE INDEX "peer_posts_author_idx" ON "peer_posts" USING btree ("author_id");

CREATE TABLE "peer_post_reports" (
	"post_id" uuid NOT NULL REFERENCES "peer_posts"("id") ON DELETE cascade,
	"reporter_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	PRIMARY KEY ("post_id", "reporter_id")
);

INSERT INTO "peer_spaces" ("slug", "name", "description", "kind", "is_members_only") VALUES
	('counselor-associates-texas', 'Counselor associates in Texas', 'For LPC Associates gathering supervised hours in Texas: supervision, sites, the board and the exam.', 'stage', true),
	('starting-a-community-project', 'Starting a community project', 'For people starting a mutual-aid group, pantry, program or nonprofit: first steps, funding and partners.', 'cause', false),
	('social-work-students', 'Social work students', 'BSW and MSW students: field placements, courses and the first job.', 'career', false),
	('burnout-and-boundaries', 'Burnout and boundaries', 'Peer support for people in helping work who feel worn down. Members only; not a crisis service.', 'stage', true),
	('environment-and-conservation', 'Environment and conservation careers', 'Conservation, environmental education and climate work: paths in and out.', 'cause', false);
