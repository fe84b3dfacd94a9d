// Events search over 100,000 generated approved events on PostgreSQL, through the same service the API calls
// (text, date range, online/in person). Rows are generated with set-based SQL so setup takes seconds.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { EventSearchQuerySchema } from '#contracts/events.js';
import { openPostgres } from '#server/db/client.js';
import { resolveUsPlace } from '#server/features/board/us-place.adapter.js';
import { searchEvents } from '#server/features/events/events.service.js';
import { prepareDb } from '#server/prepare-db.js';
import { type BenchResult, percentile, round } from './bench-kit.js';

const ROWS = 100_000;
const ROUNDS = 20;
const NOW = new Date('2027-01-15T12:00:00Z');

export async function benchEvents(): Promise<BenchResult[]> {
  const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vocare_bench_events_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  try {
    await admin.connect();
  } catch (err) {
    console.error(`bench: events: skipping, ${baseUrl} unreachable (${(err as Error).message})`);
    return [];
  }
  try {
    await admin.query(`create database "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const handle = await openPostgres(url.toString(), 4);
    try {
      await prepareDb(handle, { demo: false });
      const started = performance.now();
      await handle.db.execute(sql`
        insert into users (email, display_name, password_hash) values ('bench-organizer@bench.test', 'Bench Org', 'x')`);
      await handle.db.execute(sql`
        insert into events (organizer_id, kind, title, description, causes, start_local, time_zone, duration_minutes,
          starts_at, series_ends_at, is_online, place, online_url, capacity, status, created_at, updated_at)
        select u.id,
          (array['conference','training','community','online-meetup'])[1 + i % 4],
          (array['Trauma-informed care','Peer support circle','Harm reduction training','Grant writing for nonprofits',
                 'Supervision skills','Community organizing basics','Crisis line volunteer training','Food pantry evening'])[1 + i % 8]
            || ' #' || i,
          'A generated event for the benchmark, number ' || i || '.',
          jsonb_build_array((array['mental-health','basic-needs','education','health'])[1 + i % 4]),
          to_char(timestamp '2027-01-01' + (i % 730) * interval '1 day' + interval '18 hours', 'YYYY-MM-DD"T"HH24:MI'),
          'UTC', 90,
          timestamptz '2027-01-01 18:00+00' + (i % 730) * interval '1 day',
          timestamptz '2027-01-01 19:30+00' + (i % 730) * interval '1 day',
          i % 3 = 0,
          case when i % 3 = 0 then null else 'Hall ' || (i % 50) end,
          case when i % 3 = 0 then 'https://meet.example.org/' || i else null end,
          case when i % 2 = 0 then 20 else null end,
          'approved', now(), now()
        from generate_series(1, ${ROWS}) as i, (select id from users where email = 'bench-organizer@bench.test') u`);
      await handle.db.execute(sql`analyze events`);
      const setupSeconds = round((performance.now() - started) / 1000, 1);
      const queries = [
        { from: '2027-03-01', to: '2027-03-31' },
        { q: 'harm reduction', mode: 'in-person' },
        { q: 'peer support', from: '2027-06-01', to: '2027-06-30', mode: 'online' },
        { cause: 'education', from: '2027-02-01', to: '2027-02-14' },
        {},
      ].map((q) => EventSearchQuerySchema.parse(q));
      for (const q of queries) await searchEvents(handle.db, q, NOW, resolveUsPlace);
      const timings: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        for (const q of queries) {
          const t0 = performance.now();
          await searchEvents(handle.db, q, NOW, resolveUsPlace);
          timings.push(performance.now() - t0);
        }
      }
      timings.sort((a, b) => a - b);
      return [
        {
          name: 'events_search_postgres_p50',
          value: round(percentile(timings, 50)),
          unit: 'ms',
          note: `${ROWS} approved events, ${timings.length} searches via searchEvents (text, dates, mode, cause)`,
        },
        {
          name: 'events_search_postgres_p95',
          value: round(percentile(timings, 95)),
          unit: 'ms',
          note: 'target: under 50 ms',
        },
        {
          name: 'events_generate_postgres_duration',
          value: setupSeconds,
          unit: 's',
          note: `${ROWS} rows, set-based SQL`,
        },
      ];
    } finally {
      await handle.close();
    }
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}
