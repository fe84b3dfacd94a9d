import pg from 'pg';
import { buildApp } from '#server/app.js';
import { type DbHandle, openPostgres } from '#server/db/client.js';
import { guideComments } from '#server/db/schema/guides.js';
import { testEnv } from '#server/env.js';
import { findGuideBySlug } from '#server/features/guides/guides.repository.js';
import { prepareDb } from '#server/prepare-db.js';
import { type BenchResult, openBenchDb, percentile, round } from './bench-kit.js';

const SLUG = 'licensure-and-supervised-hours';
const TOP_LEVEL = 250;
const REPLIES = 250;

function commentText(i: number): string {
  return [
    `Comment ${i}: I am working through my **supervised hours** and wondered how others keep their log in order.`,
    'A few things that helped me:',
    '',
    '- logging every session the same day',
    '- asking my supervisor to verify entries *every week*',
    `- reading [the planner](/pathways) before choosing a placement (${i})`,
  ].join('\n');
}

async function time(run: () => Promise<void>, rounds: number): Promise<number[]> {
  for (let i = 0; i < 20; i++) await run();
  const timings: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

/** 500 published comments on one shipped guide: 250 conversations, 250 replies. */
async function seedComments(handle: DbHandle): Promise<void> {
  const guide = await findGuideBySlug(handle.db, SLUG);
  if (!guide) throw new Error(`bench: shipped guide ${SLUG} is missing`);
  const start = Date.now() - 1000 * 60 * 60 * 24 * 30;
  const parents = await handle.db
    .insert(guideComments)
    .values(
      Array.from({ length: TOP_LEVEL }, (_, i) => ({
        guideId: guide.id,
        authorName: `Reader ${i}`,
        authorEmail: `reader-${i}@bench.test`,
        authorWebsite: i % 5 === 0 ? `https://reader-${i}.example` : null,
        body: commentText(i),
        status: 'approved',
        createdAt: new Date(start + i * 60_000),
      })),
    )
    .returning({ id: guideComments.id });
  await handle.db.insert(guideComments).values(
    Array.from({ length: REPLIES }, (_, i) => ({
      guideId: guide.id,
      parentId: parents[i % parents.length]?.id ?? null,
      authorName: `Helper ${i}`,
      authorEmail: `helper-${i}@bench.test`,
      body: commentText(TOP_LEVEL + i),
      status: 'approved',
      createdAt: new Date(start + (TOP_LEVEL + i) * 60_000),
    })),
  );
}

async function measure(handle: DbHandle, prefix: string, rounds: number): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  await seedComments(handle);
  const app = await buildApp({ env: testEnv({ VOCARE_WEB_DIR: '/nonexistent' }), db: handle.db, dbKind: handle.kind });
  await app.ready();
  try {
    const get = async (url: string) => {
      const response = await app.inject({ method: 'GET', url });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response;
    };
    const first = (await get(`/api/guides/${SLUG}/comments`)).json() as { total: number };
    if (first.total !== TOP_LEVEL + REPLIES) throw new Error(`bench: expected 500 comments, found ${first.total}`);

    // What the guide page asks for when it opens: the guide, and the first page of conversations.
    const openPage = async () => {
      await Promise.all([get(`/api/guides/${SLUG}`), get(`/api/guides/${SLUG}/comments`)]);
    };
    const cpuBefore = process.cpuUsage();
    const page = await time(openPage, rounds);
    const cpu = process.cpuUsage(cpuBefore);
    results.push({
      name: `${prefix}_page_500_comments_p50`,
      value: round(percentile(page, 50)),
      unit: 'ms',
      note: `GET /api/guides/:slug + GET .../comments (first 50 threads with their replies), ${handle.kind}, ${rounds} rounds`,
    });
    results.push({
      name: `${prefix}_page_500_comments_p95`,
      value: round(percentile(page, 95)),
      unit: 'ms',
      note: 'target < 20 ms',
    });
    // Process CPU per page: steadier than wall time on a busy machine (PGlite runs inside this process).
    results.push({
      name: `${prefix}_page_500_comments_cpu`,
      value: round((cpu.user + cpu.system) / 1000 / (page.length + 20)),
      unit: 'ms',
      note:
        handle.kind === 'pglite' ? 'CPU per page load, server and database together' : 'CPU per page load, app only',
    });

    // Every one of the 500 comments, in the largest pages the API allows.
    const all = await time(
      async () => {
        await get(`/api/guides/${SLUG}/comments?page=1&pageSize=200`);
        await get(`/api/guides/${SLUG}/comments?page=2&pageSize=200`);
      },
      Math.ceil(rounds / 3),
    );
    results.push({
      name: `${prefix}_all_500_comments_p95`,
      value: round(percentile(all, 95)),
      unit: 'ms',
      note: 'two requests of 200 threads cover all 500 comments',
    });
    const index = await time(async () => {
      await get('/api/guides?q=supervised');
    }, rounds);
    results.push({ name: `${prefix}_index_search_p95`, value: round(percentile(index, 95)), unit: 'ms' });
  } finally {
    await app.close();
  }
  return results;
}

/** A throwaway database on the PostgreSQL server the tests use (the production path); null when none answers. */
async function openPostgresBenchDb(): Promise<{ handle: DbHandle; cleanup: () => Promise<void> } | null> {
  const baseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: baseUrl });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `vocare_bench_guides_${process.pid}`;
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), 4);
  const cleanup = async () => {
    await handle.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  try {
    await prepareDb(handle, { demo: false });
  } catch (err) {
    await cleanup();
    throw err;
  }
  return { handle, cleanup };
}

/** A guide page with 500 published comments: the API calls the page makes, measured server-side. */
export async function benchGuides(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const embedded = await openBenchDb();
  try {
    results.push(...(await measure(embedded.handle, 'guide', 300)));
  } finally {
    await embedded.cleanup();
  }
  const server = await openPostgresBenchDb();
  if (!server) {
    console.error('skipping the PostgreSQL guide benchmark: no server at TEST_DATABASE_URL');
    return results;
  }
  try {
    results.push(...(await measure(server.handle, 'guide_postgres', 300)));
  } finally {
    await server.cleanup();
  }
  return results;
}
