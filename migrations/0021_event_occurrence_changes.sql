-- Issue 16, events (ADR 0028). Declared in src/server/db/schema/events.ts (keep them in step).
-- 1. Changed single occurrences of a recurring event (RFC 5545 RECURRENCE-ID): an organizer moves, retitles or
--    cancels one date of a series. The occurrence is named by its original start instant, which stays its identity
--    when it is moved. A cancelled date is kept as a row (emitted with STATUS:CANCELLED) so calendars drop it.
CREATE TABLE "event_occurrence_changes" (
  "event_id" uuid NOT NULL REFERENCES "events"("id") ON DELETE CASCADE,
  "recurrence_id" timestamp with time zone NOT NULL,
  -- The new start as wall-clock text in the event's zone, and as instants.
  "start_local" text NOT NULL,
  "starts_at" timestamp with time zone NOT NULL,
  "ends_at" timestamp with time zone NOT NULL,
  -- NULL keeps the series' title.
  "title" text,
  "cancelled" boolean DEFAULT false NOT NULL,
  "updated_at" timestamp with time zone NOT NULL,
  PRIMARY KEY ("event_id", "recurrence_id"),
  CONSTRAINT "event_occurrence_changes_span_check" CHECK ("ends_at" > "starts_at")
);

-- 2. Attendance per occurrence of a recurring event, confirmed by the organizer: each attended date brings its CE
--    hours to the person's CE log. A registration still covers the whole series.
CREATE TABLE "event_occurrence_attendance" (
  "registration_id" uuid NOT NULL REFERENCES "event_registrations"("id") ON DELETE CASCADE,
  "recurrence_id" timestamp with time zone NOT NULL,
  "confirmed_at" timestamp with time zone NOT NULL,
  PRIMARY KEY ("registration_id", "recurrence_id")
);
