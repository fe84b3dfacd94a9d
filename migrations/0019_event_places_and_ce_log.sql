-- Issue 16, events (ADR 0028). Declared in src/server/db/schema/events.ts (keep them in step).
-- 1. Where an in-person event is, as a point from the shipped US gazetteer ("ZIP" or "City, ST"), so search can
--    answer "within N miles of ...". Events without a resolvable place keep NULL and are left out of distance search.
ALTER TABLE "events" ADD COLUMN "near" text;
ALTER TABLE "events" ADD COLUMN "latitude" double precision;
ALTER TABLE "events" ADD COLUMN "longitude" double precision;
CREATE INDEX "events_lat_lon_idx" ON "events" ("latitude", "longitude") WHERE "latitude" IS NOT NULL;

-- 2. A licensed person's renewal target for their continuing-education log: what they typed from their board's
--    rules (Vocare states no figures of its own). One per person.
CREATE TABLE "ce_renewal_goals" (
  "user_id" uuid PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE,
  "license" text NOT NULL,
  "cycle_starts_on" date NOT NULL,
  "renews_on" date NOT NULL,
  "hours_required" real NOT NULL,
  "updated_at" timestamp with time zone NOT NULL,
  CONSTRAINT "ce_renewal_goals_cycle_check" CHECK ("cycle_starts_on" < "renews_on"),
  CONSTRAINT "ce_renewal_goals_hours_check" CHECK ("hours_required" > 0)
);
