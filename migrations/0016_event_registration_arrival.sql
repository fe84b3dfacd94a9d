-- The waiting list's order among registrations stamped with the same instant (an injected clock, or two in one
-- millisecond): the order the rows arrived in. Declared in src/server/db/schema/events.ts (keep them in step).
ALTER TABLE "event_registrations" ADD COLUMN "arrival" bigint GENERATED ALWAYS AS IDENTITY;
