-- Issue 16, events search (ADR 0028; measured by bench/events.bench.ts). Search orders events by first start and
-- keeps those with an occurrence in the window: a series counts until its last end, an open-ended one always. Read
-- through "events_status_starts_idx" alone, that condition cannot bound the walk, so every search began at the very
-- first approved event and discarded the past ones (33,496 rows for one search over 100,000 events), slower as past
-- events pile up. Search now reads two halves (src/server/features/events/events.repository.ts, search()):
-- 1. One-off events (no rule, an end): one that ends at or after the window's start begins no earlier than that start
--    less the longest span of any one-off event. That longest span is the last entry of this expression index, so
--    the walk on "events_status_starts_idx" starts at the window.
CREATE INDEX IF NOT EXISTS "events_one_off_span_idx" ON "events" (("series_ends_at" - "starts_at"))
  WHERE "recurrence_rule" IS NULL;
-- 2. Recurring and open-ended series, whatever their first date: few, walked in order on their own partial index.
CREATE INDEX IF NOT EXISTS "events_series_starts_idx" ON "events" ("status", "starts_at", "id")
  WHERE "recurrence_rule" IS NOT NULL OR "series_ends_at" IS NULL;
-- Plain indexes over existing columns: the query and its results do not change, only the plan. Not declared in
-- src/server/db/schema/events.ts, as with the other indexes of this table.
