import { buildApp } from '../src/server/app.js';
import { guideComments } from '../src/server/db/schema/guides.js';
import { testEnv } from '../src/server/env.js';
import { findGuideBySlug } from '../src/server/features/guides/guides.repository.js';
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

/** A guide page with 500 published comments: the API calls the page makes, measured server-side. */
export async function benchGuides(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const { handle, cleanup } = await openBenchDb();
  try {
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

    const app = await buildApp({ env: testEnv({ VOCARE_WEB_DIR: '/nonexistent' }), db: handle.db, dbKind: 'pglite' });
    await app.ready();
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
    const page = await time(openPage, 300);
    const cpu = process.cpuUsage(cpuBefore);
    results.push({
      name: 'guide_page_500_comments_p50',
      value: round(percentile(page, 50)),
      unit: 'ms',
      note: 'GET /api/guides/:slug + GET .../comments (first 50 threads with their replies), embedded db, 300 rounds',
    });
    results.push({
      name: 'guide_page_500_comments_p95',
      value: round(percentile(page, 95)),
      unit: 'ms',
      note: 'target < 20 ms',
    });
    // Process CPU per page (the embedded database runs in this process): steadier than wall time on a busy machine.
    results.push({
      name: 'guide_page_500_comments_cpu',
      value: round((cpu.user + cpu.system) / 1000 / (page.length + 20)),
      unit: 'ms',
      note: 'CPU time per page load, server and database together',
    });

    // Every one of the 500 comments, in the largest pages the API allows.
    const all = await time(async () => {
      await get(`/api/guides/${SLUG}/comments?page=1&pageSize=200`);
      await get(`/api/guides/${SLUG}/comments?page=2&pageSize=200`);
    }, 100);
    results.push({
      name: 'guide_all_500_comments_p95',
      value: round(percentile(all, 95)),
      unit: 'ms',
      note: 'two requests of 200 threads cover all 500 comments',
    });

    const index = await time(async () => {
      await get('/api/guides?q=supervised');
    }, 200);
    results.push({ name: 'guide_index_search_p95', value: round(percentile(index, 95)), unit: 'ms' });
    await app.close();
  } finally {
    await cleanup();
  }
  return results;
}
