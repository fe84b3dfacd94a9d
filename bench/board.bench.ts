// Experience board search over 100,000 generated opportunities, on the embedded database and on
// PostgreSQL: full-text + filters + distance, through the same service the API calls (which also
// runs the lazy sweep first). Rows are generated with set-based SQL so setup takes seconds.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type SearchOpportunitiesQuery, SearchOpportunitiesQuerySchema } from '#contracts/board.js';
import { agentRoots } from '#domain/board/search-query.js';
import { type DbHandle, openPostgres } from '#server/db/client.js';
import { searchOpportunities } from '#server/features/board/opportunities.service.js';
import { prepareDb } from '#server/prepare-db.js';
import { type BenchResult, openBenchDb, percentile, round } from './bench-kit.js';

const ROWS = 100_000;
const ORGANIZATIONS = 500;
const ROUNDS = 25;

// City centres the generated listings scatter around (within about 40 km).
const CENTRES: [string, number, number][] = [
  ['Denver, CO', 39.7392, -104.9903],
  ['Seattle, WA', 47.6062, -122.3321],
  ['Chicago, IL', 41.8781, -87.6298],
  ['Atlanta, GA', 33.749, -84.388],
  ['Phoenix, AZ', 33.4484, -112.074],
  ['Boston, MA', 42.3601, -71.0589],
  ['Austin, TX', 30.2672, -97.7431],
  ['Minneapolis, MN', 44.9778, -93.265],
  ['Philadelphia, PA', 39.9526, -75.1652],
  ['Fresno, CA', 36.7378, -119.7871],
  ['Miami, FL', 25.7617, -80.1918],
  ['Detroit, MI', 42.3314, -83.0458],
];

const ROLES = [
  'Peer counseling volunteer',
  'After-school tutoring mentor',
  'Food pantry shift lead',
  'Crisis line counselor',
  'Rehabilitation aide',
  'Adult literacy tutor',
  'Family support visitor',
  'Housing navigator',
  'Legal clinic intake volunteer',
  'Policy research intern',
  'Trail restoration crew member',
  'Patient navigator',
  'Recovery coach',
  'Classroom reading aide',
  'Community health outreach worker',
  'Voter registration volunteer',
];
const PHRASES = [
  'Support clients one-to-one with supervision from licensed staff.',
  'Help children with reading and math after school.',
  'Sort donations and welcome families to the pantry.',
  'Answer calls from people in crisis and listen without judgement.',
  'Walk alongside patients during their physical therapy exercises.',
  'Teach adults to read the forms and letters that shape their lives.',
  'Coach parents during supervised visits with their children.',
  'Search for apartments with people leaving the shelter.',
  'Explain court procedures to tenants facing eviction.',
  'Summarise state bills and draft plain-language briefs.',
  'Pull invasive plants and plant native seedlings along the creek.',
  'Connect uninsured patients with clinics and benefits.',
  'Share your own recovery story with new residents.',
  'Run workshops on blood pressure, diabetes and nutrition.',
  'Register new voters at community colleges.',
  'Keep case notes and join weekly team meetings.',
];
const KINDS = ['volunteer', 'internship', 'field-placement', 'entry-job'];
const CAUSES = [
  'health',
  'mental-health',
  'rehabilitation',
  'addiction-recovery',
  'education',
  'adult-learning',
  'children-families',
  'community-development',
  'basic-needs',
  'social-justice',
  'legal-aid',
  'public-policy',
  'environment',
];

const roots = (text: string) => agentRoots(text).join(' ');
const textArray = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`);
const numberArray = (values: number[]) => sql.raw(`array[${values.join(',')}]::double precision[]`);

/** Fills the board with ORGANIZATIONS organizations and ROWS open opportunities, deterministically. */
export async function generateBoardRows(handle: DbHandle): Promise<void> {
  const db = handle.db;
  // A pseudo-random number in [0, n) from a row number and a salt; the same on every run and database.
  const pick = (n: number, salt: number) => sql.raw(`(abs(hashint4(g * ${salt} + ${salt * 7 + 1})::bigint) % ${n})`);
  await db.execute(sql`
    insert into organizations (id, name, mission, causes, location)
    select ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
      'Bench Organization ' || g, 'A generated organization for the search benchmark.',
      array[(${textArray(CAUSES)})[1 + ${pick(CAUSES.length, 3)}]], 'Somewhere, US'
    from generate_series(1, ${ORGANIZATIONS}) g`);
  await db.execute(sql`
    insert into opportunities (organization_id, title, kind, description, causes, career_ids, is_remote, address, lat, lon,
      hours_per_week, start_date, end_date, counts_as_placement, skills, questions, status, published_at, search_text,
      created_at, updated_at)
    select
      ('00000000-0000-4000-8000-' || lpad((1 + g % ${ORGANIZATIONS})::text, 12, '0'))::uuid,
      (${textArray(ROLES)})[1 + ${pick(ROLES.length, 5)}] || ' #' || g,
      (${textArray(KINDS)})[1 + ${pick(KINDS.length, 11)}],
      (${textArray(PHRASES)})[1 + ${pick(PHRASES.length, 13)}] || ' ' || (${textArray(PHRASES)})[1 + ${pick(PHRASES.length, 17)}],
      array[(${textArray(CAUSES)})[1 + ${pick(CAUSES.length, 19)}], (${textArray(CAUSES)})[1 + ${pick(CAUSES.length, 23)}]],
      '{}'::text[],
      remote,
      case when remote then null else 'Generated address ' || g end,
      case when remote then null else (${numberArray(CENTRES.map((c) => c[1]))})[1 + centre] + (${pick(1000, 29)} / 1000.0 - 0.5) * 0.7 end,
      case when remote then null else (${numberArray(CENTRES.map((c) => c[2]))})[1 + centre] + (${pick(1000, 31)} / 1000.0 - 0.5) * 0.9 end,
      1 + ${pick(40, 37)},
      null,
      case when ${pick(3, 41)} = 0 then current_date + (30 + ${pick(300, 43)})::int else null end,
      ${pick(5, 47)} = 0,
      '{}'::text[], '{}'::text[], 'open',
      now() - make_interval(hours => ${pick(24 * 50, 53)}::int),
      -- What buildSearchText adds in the app: the organization and the roots of agent nouns.
      'Bench Organization ' || (1 + g % ${ORGANIZATIONS}) || ' ' || (${textArray(ROLES.map(roots))})[1 + ${pick(ROLES.length, 5)}]
        || ' ' || (${textArray(PHRASES.map(roots))})[1 + ${pick(PHRASES.length, 13)}]
        || ' ' || (${textArray(PHRASES.map(roots))})[1 + ${pick(PHRASES.length, 17)}],
      now() - make_interval(days => 50), now() - make_interval(hours => ${pick(24 * 50, 59)}::int)
    from (
      select g, ${pick(10, 61)} = 0 as remote, ${pick(CENTRES.length, 67)} as centre
      from generate_series(1, ${ROWS}) g
    ) rows`);
  // A settled table, as autovacuum leaves it: the GIN pending list merged, statistics fresh.
  await db.execute(sql`vacuum analyze opportunities`);
}

/** Searches that combine text, filters and a place, as people use the board. */
function queries(): SearchOpportunitiesQuery[] {
  const words = [
    'counselor',
    'tutoring',
    'pantry',
    'crisis',
    'recovery coach',
    'legal',
    'reading',
    'housing',
    'health',
  ];
  const list: SearchOpportunitiesQuery[] = [];
  CENTRES.forEach(([label], i) => {
    const q = words[i % words.length];
    list.push(SearchOpportunitiesQuerySchema.parse({ q, near: label, km: '25' }));
    list.push(
      SearchOpportunitiesQuerySchema.parse({
        q,
        near: label,
        km: '50',
        kind: 'volunteer,internship',
        sort: 'distance',
      }),
    );
    list.push(
      SearchOpportunitiesQuerySchema.parse({
        q,
        near: label,
        km: '25',
        cause: CAUSES[i % CAUSES.length],
        maxHours: '20',
      }),
    );
    list.push(
      SearchOpportunitiesQuerySchema.parse({
        near: label,
        km: '25',
        placement: 'true',
        remote: 'exclude',
        sort: 'distance',
      }),
    );
  });
  return list;
}

async function measure(
  handle: DbHandle,
  label: string,
  list: SearchOpportunitiesQuery[],
): Promise<{ p50: number; p95: number; count: number; meanResults: number }> {
  // Warm-up: caches and plans, not measured.
  for (const query of list) await searchOpportunities(handle.db, query);
  const timings: number[] = [];
  let results = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (const query of list) {
      const started = performance.now();
      const found = await searchOpportunities(handle.db, query);
      timings.push(performance.now() - started);
      results += found.total;
    }
  }
  timings.sort((a, b) => a - b);
  console.error(`bench: board ${label}: ${timings.length} searches`);
  return {
    p50: round(percentile(timings, 50)),
    p95: round(percentile(timings, 95)),
    count: timings.length,
    meanResults: Math.round(results / timings.length),
  };
}

async function benchOne(handle: DbHandle, label: 'pglite' | 'postgres'): Promise<BenchResult[]> {
  const started = performance.now();
  await generateBoardRows(handle);
  const setupSeconds = round((performance.now() - started) / 1000, 1);
  console.error(`bench: board ${label}: generated ${ROWS} opportunities in ${setupSeconds} s`);
  const combined = await measure(handle, `${label} text+filters+distance`, queries());
  const textOnly = await measure(handle, `${label} text only`, [
    SearchOpportunitiesQuerySchema.parse({ q: 'counselor' }),
    SearchOpportunitiesQuerySchema.parse({ q: 'pantry volunteer' }),
    SearchOpportunitiesQuerySchema.parse({ q: 'policy', sort: 'date' }),
  ]);
  const note = `${ROWS} open opportunities, ${combined.count} searches via searchOpportunities (lazy sweep included), mean ${combined.meanResults} matches`;
  return [
    { name: `board_search_${label}_p50`, value: combined.p50, unit: 'ms', note: `text + filters + distance; ${note}` },
    {
      name: `board_search_${label}_p95`,
      value: combined.p95,
      unit: 'ms',
      note: label === 'postgres' ? 'target: under 50 ms' : 'embedded database, single connection',
    },
    {
      name: `board_search_${label}_text_only_p95`,
      value: textOnly.p95,
      unit: 'ms',
      note: `broad text queries without a place (p50 ${textOnly.p50} ms, mean ${textOnly.meanResults} matches)`,
    },
    { name: `board_generate_${label}_duration`, value: setupSeconds, unit: 's', note: `${ROWS} rows, set-based SQL` },
  ];
}

function postgresBaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function benchBoard(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const { handle, cleanup } = await openBenchDb();
  try {
    results.push(...(await benchOne(handle, 'pglite')));
  } finally {
    await cleanup();
  }

  const baseUrl = postgresBaseUrl();
  const name = `vocare_bench_board_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  try {
    await admin.connect();
  } catch (err) {
    console.error(`bench: board: skipping PostgreSQL, ${baseUrl} unreachable (${(err as Error).message})`);
    return results;
  }
  try {
    await admin.query(`create database "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const pgHandle = await openPostgres(url.toString(), 4);
    try {
      await prepareDb(pgHandle, { demo: false });
      results.push(...(await benchOne(pgHandle, 'postgres')));
    } finally {
      await pgHandle.close();
    }
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
  return results;
}
