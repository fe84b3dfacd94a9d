-- Issue 16, events search (ADR 0028; measured by bench/events.bench.ts). The text filter matches title, description
-- and place with ILIKE '%words%', which a btree cannot serve: over 100,000 events a word found in few of them meant
-- reading every row (300 ms at p95 on PostgreSQL on the loaded bench machine, over the 50 ms target). Trigram GIN
-- indexes answer those same ILIKE conditions, so the query and its results stay as they are; only the plan changes.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension. Where it cannot be had (PGlite, which offers it
-- only when the client loads it; a server without contrib or a role without the right), nothing is created, the
-- migration still succeeds and search keeps its scan. The extension goes into pg_catalog rather than public: a
-- forced restore renames the public schema aside first, and operator classes left behind there would make the
-- restored index definitions fail. Not declared in src/server/db/schema/events.ts: the indexes exist only where the
-- extension does.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA pg_catalog;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'pg_trgm not created (%): events text search keeps scanning', SQLERRM;
    END;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_opclass WHERE opcname = 'gin_trgm_ops') THEN
    CREATE INDEX IF NOT EXISTS "events_title_trgm_idx" ON "events" USING gin ("title" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "events_description_trgm_idx" ON "events" USING gin ("description" gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS "events_place_trgm_idx" ON "events" USING gin ("place" gin_trgm_ops);
  END IF;
END $$;
