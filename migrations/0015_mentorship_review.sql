-- Mentorship: an admin's review of suggestions before they go out (MentorcliQ's model). Declared in
-- src/server/db/schema/mentorship.ts (keep the two in step). ADR 0022.

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
