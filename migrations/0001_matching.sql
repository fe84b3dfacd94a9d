-- Matching: saved self-assessments and dismissed careers (declared in src/server/db/schema/matching.ts).
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"scope" text NOT NULL,
	"profile" jsonb NOT NULL,
	"motivations" text[] DEFAULT '{}'::text[] NOT NULL,
	"results" jsonb NOT NULL,
	CONSTRAINT "assessments_scope_check" CHECK ("scope" in ('curated', 'all'))
);
CREATE INDEX "assessments_user_created_idx" ON "assessments" USING btree ("user_id", "created_at");

CREATE TABLE "match_dismissals" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"career_id" text NOT NULL REFERENCES "careers"("id") ON DELETE cascade,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_dismissals_user_id_career_id_pk" PRIMARY KEY("user_id","career_id")
);
