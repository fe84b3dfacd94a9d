-- Applications: the contact details an applicant chose to share, and a two-way message thread between the
-- organization and the applicant. Declared in src/server/db/schema/board.ts (ADR 0026).

ALTER TABLE "opportunity_applications" ADD COLUMN "contact_email" text;
ALTER TABLE "opportunity_applications" ADD COLUMN "contact_phone" text;

CREATE TABLE "application_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL REFERENCES "opportunity_applications"("id") ON DELETE cascade,
	"author_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"from_organization" boolean NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE INDEX "application_messages_application_idx" ON "application_messages" USING btree ("application_id", "created_at");
