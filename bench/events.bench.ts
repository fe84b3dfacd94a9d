// Events search over 100,000 generated approved events, on PostgreSQL and on PGlite, through the same service the API
// calls. The query mix covers each filter of the search: text, cause, date range, distance (`near` a ZIP code or
// "City, ST" within `radiusMiles`), online/in person, and combinations; p50 and p95 are reported per kind and over
// all. Rows are generated with set-based SQL so setup takes seconds; in-person events sit on ZIP code points of the
// shipped gazetteer (so their density follows the country's ZIP codes, dense in cities and sparse elsewhere).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type EventSearchQuery, EventSearchQuerySchema } from '#contracts/events.js';
import { type DbHandle, openPostgres } from '#server/db/client.js';
import { gazetteer } from '#server/features/board/gazetteer.loader.js';
import { resolveUsPlace } from '#server/features/board/us-place.adapter.js';
import { searchEvents } from '#server/features/events/events.service.js';
import { prepareDb } from '#server/prepare-db.js';
import { type BenchResult, openBenchDb, percentile, round } from './bench-kit.js';

const ROWS = 100_000;
const ROUNDS = 20;
const NOW = new Date('2027-01-15T12:00:00Z');

/** Each kind of search, with the queries that stand for it. */
const QUERY_KINDS: Record<string, Record<string, unknown>[]> = {
  // No filter: the next 30 events.
  default: [{}],
  // One event in eight matches these words; the last one matches a single event (a scan of every row).
  text: [{ q: 'harm reduction' }, { q: 'grant writing', mode: 'in-person' }, { q: 'number 77777.' }],
  cause: [{ cause: 'education' }, { cause: 'health', from: '2027-09-01' }],
  dates: [
    { from: '2027-03-01', to: '2027-03-31' },
    { cause: 'education', from: '2027-02-01', to: '2027-02-14' },
  ],
  // A city, a ZIP code in a dense area, a wide radius (a box over a third of the country) and a rural ZIP code whose
  // circle holds few events, so the search has to look through every event in the box.
  near: [
    { near: 'Austin, TX', radiusMiles: 25 },
    { near: '60601', radiusMiles: 10 },
    { near: 'Kansas City, MO', radiusMiles: 500 },
    { near: '59001', radiusMiles: 50 },
  ],
  'near+text+dates': [
    { near: 'Denver, CO', radiusMiles: 100, q: 'peer support' },
    { near: '10001', radiusMiles: 25, cause: 'mental-health', from: '2027-05-01', to: '2027-08-31' },
    { near: '59001', radiusMiles: 100, q: 'supervision', from: '2027-04-01', to: '2027-06-30' },
  ],
  online: [{ mode: 'online' }, { q: 'peer support', from: '2027-06-01', to: '2027-06-30', mode: 'online' }],
};

/** Fills `events` with ROWS approved events: every third online, the others on a gazetteer ZIP code's point. */
export async function generateEvents(handle: DbHandle): Promise<number> {
  const started = performance.now();
  const zips = [...gazetteer().zips.values()].sort((a, b) => (a.zip < b.zip ? -1 : 1));
  const points = JSON.stringify(zips.map((z) => [z.zip, z.lat, z.lon]));
  await handle.db.execute(sql`
    insert into users (email, display_name, password_hash) values ('bench-organizer@bench.test', 'Bench Org', 'x')`);
  await handle.db.execute(sql`
    with points as (
      select (n - 1)::int as n, p->>0 as zip, (p->>1)::double precision as lat, (p->>2)::double precision as lon
      from jsonb_array_elements(${points}::jsonb) with ordinality as t(p, n))
    insert into events (organizer_id, kind, title, description, causes, start_local, time_zone, duration_minutes,
      starts_at, series_ends_at, is_online, place, near, latitude, longitude, online_url, capacity, status,
      created_at, updated_at)
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
      case when i % 3 = 0 then null else p.zip end,
      case when i % 3 = 0 then null else p.lat end,
      case when i % 3 = 0 then null else p.lon end,
      case when i % 3 = 0 then 'https://meet.example.org/' || i else null end,
      case when i % 2 = 0 then 20 else null end,
      'approved', now(), now()
    from generate_series(1, ${ROWS}) as i
      cross join (select id from users where email = 'bench-organizer@bench.test') u
      join points p on p.n = (i::bigint * 7919) % ${zips.length}`);
  await handle.db.execute(sql`analyze events`);
  return round((performance.now() - started) / 1000, 1);
}

/** Runs the query mix ROUNDS times (after one warm-up round) and reports p50/p95 per kind and over all. */
async function measureSearches(handle: DbHandle, engine: string, setupSeconds: number): Promise<BenchResult[]> {
  const kinds = Object.entries(QUERY_KINDS).map(
    ([kind, queries]) => [kind, queries.map((q) => EventSearchQuerySchema.parse(q))] as [string, EventSearchQuery[]],
  );
  const hits = new Map<string, number[]>();
  for (const [kind, queries] of kinds) {
    const counts: number[] = [];
    for (const q of queries) counts.push((await searchEvents(handle.db, q, NOW, resolveUsPlace)).events.length);
    hits.set(kind, counts);
  }
  const timings = new Map<string, number[]>(kinds.map(([kind]) => [kind, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [kind, queries] of kinds) {
      for (const q of queries) {
        const t0 = performance.now();
        await searchEvents(handle.db, q, NOW, resolveUsPlace);
        timings.get(kind)?.push(performance.now() - t0);
      }
    }
  }
  const results: BenchResult[] = [];
  const all: number[] = [];
  for (const [kind, list] of timings) {
    list.sort((a, b) => a - b);
    all.push(...list);
    results.push({
      name: `events_search_${engine}_${kind}_p50`,
      value: round(percentile(list, 50)),
      unit: 'ms',
      note: `${list.length} searches; events found per query: ${hits.get(kind)?.join(', ')}`,
    });
    results.push({ name: `events_search_${engine}_${kind}_p95`, value: round(percentile(list, 95)), unit: 'ms' });
  }
  all.sort((a, b) => a - b);
  results.push(
    {
      name: `events_search_${engine}_p50`,
      value: round(percentile(all, 50)),
      unit: 'ms',
      note: `${ROWS} approved events, ${all.length} searches via searchEvents (${kinds.map(([k]) => k).join(', ')})`,
    },
    {
      name: `events_search_${engine}_p95`,
      value: round(percentile(all, 95)),
      unit: 'ms',
      note: engine === 'postgres' ? 'target: under 50 ms' : 'embedded database, one process',
    },
    { name: `events_generate_${engine}_duration`, value: setupSeconds, unit: 's', note: `${ROWS} rows, set-based SQL` },
  );
  return results;
}

async function benchPostgres(): Promise<BenchResult[]> {
  const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `vocare_bench_events_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  try {
    await admin.connect();
  } catch (err) {
    console.error(`bench: events: skipping PostgreSQL, ${baseUrl} unreachable (${(err as Error).message})`);
    return [];
  }
  try {
    await admin.query(`create database "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const handle = await openPostgres(url.toString(), 4);
    try {
      await prepareDb(handle, { demo: false });
      return await measureSearches(handle, 'postgres', await generateEvents(handle));
    } finally {
      await handle.close();
    }
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

async function benchPglite(): Promise<BenchResult[]> {
  const { handle, cleanup } = await openBenchDb();
  try {
    return await measureSearches(handle, 'pglite', await generateEvents(handle));
  } finally {
    await cleanup();
  }
}

export async function benchEvents(): Promise<BenchResult[]> {
  return [...(await benchPostgres()), ...(await benchPglite())];
}
