import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import { buildApp } from '#server/app.js';
import { testEnv } from '#server/env.js';
import { describeOnetRelease, importOnet, readOnetDirectory } from '#server/features/careers/careers.import.js';
import { type BenchResult, openBenchDb, percentile, round, SHARED_DATA } from './bench-kit.js';

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/**
 * Requests per second, measured by autocannon in its own process: run in this one it would share the event loop
 * (and one core) with the server it measures.
 */
async function throughput(url: string, seconds: number): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    AUTOCANNON,
    '--json',
    '-c',
    '10',
    '-d',
    String(seconds),
    url,
  ]);
  const result = JSON.parse(stdout) as { non2xx: number; errors: number; requests: { average: number } };
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

export async function benchAtlas(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const { handle, cleanup } = await openBenchDb();
  try {
    const app = await buildApp({ env: testEnv({ VOCARE_WEB_DIR: '/nonexistent' }), db: handle.db, dbKind: 'pglite' });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    // The fair comparison (issue 19): a bare route that sends the very same body, serialized once beforehand.
    const searchBody = (await app.inject({ method: 'GET', url: '/api/careers?q=counsel' })).body;
    const bare = Fastify();
    bare.get('/constant', async () => ({ ok: true }));
    bare.get('/same-body', async (_request, reply) => reply.type('application/json; charset=utf-8').send(searchBody));
    const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });

    // Alternating short rounds, each ratio taken from neighbouring runs: on a shared machine the load moves within
    // seconds, and one long run of each would compare different moments.
    const searchRuns: number[] = [];
    const sameBodyRuns: number[] = [];
    const ratios: number[] = [];
    for (let run = 0; run < 3; run++) {
      const search = await throughput(`${base}/api/careers?q=counsel`, 3);
      const sameBody = await throughput(`${bareBase}/same-body`, 3);
      searchRuns.push(search);
      sameBodyRuns.push(sameBody);
      ratios.push(search / sameBody);
    }
    const median = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        50,
      );
    const searchRps = median(searchRuns);
    const sameBodyRps = median(sameBodyRuns);
    const bareRps = await throughput(`${bareBase}/constant`, 3);
    results.push({
      name: 'atlas_search_counsel_throughput',
      value: round(searchRps, 0),
      unit: 'req/s',
      note: 'GET /api/careers?q=counsel, embedded db, 10 connections, median of 3 runs of 3 s',
    });
    results.push({
      name: 'bare_fastify_constant_throughput',
      value: round(bareRps, 0),
      unit: 'req/s',
      note: 'same machine, same run',
    });
    results.push({ name: 'atlas_search_vs_bare_ratio', value: round(searchRps / bareRps, 3), unit: 'ratio' });
    results.push({
      name: 'bare_fastify_same_body_throughput',
      value: round(sameBodyRps, 0),
      unit: 'req/s',
      note: `a bare route sending the same ${searchBody.length}-byte body as a precomputed string`,
    });
    results.push({
      name: 'atlas_search_vs_same_body_ratio',
      value: round(median(ratios), 3),
      unit: 'ratio',
      note: `target >= 0.5; median of 3 alternating pairs (${ratios.map((r) => round(r, 2)).join(', ')}), autocannon in a separate process`,
    });

    // Latency of single searches over the full atlas (every O*NET occupation plus curated careers).
    const queries = [
      'counsel',
      'nurse',
      'teacher',
      'policy',
      'social work',
      'engineer',
      'therapist',
      'community',
      'health',
      'law',
    ];
    const timings: number[] = [];
    for (let round_ = 0; round_ < 30; round_++) {
      for (const q of queries) {
        const started = performance.now();
        const response = await app.inject({
          method: 'GET',
          url: `/api/careers?curated=all&q=${encodeURIComponent(q)}&pageSize=24`,
        });
        timings.push(performance.now() - started);
        if (response.statusCode !== 200) throw new Error(`search ${q}: ${response.statusCode}`);
      }
    }
    timings.sort((a, b) => a - b);
    results.push({
      name: 'atlas_full_search_p50',
      value: round(percentile(timings, 50)),
      unit: 'ms',
      note: `${timings.length} searches, curated=all`,
    });
    results.push({ name: 'atlas_full_search_p95', value: round(percentile(timings, 95)), unit: 'ms' });
    await app.close();
    await bare.close();

    const onetDir = path.join(SHARED_DATA, 'onet-29.3');
    if (fs.existsSync(onetDir)) {
      const started = performance.now();
      const { files, readMe } = readOnetDirectory(onetDir);
      const imported = await importOnet(handle.db, { files, source: describeOnetRelease(readMe) });
      results.push({
        name: 'import_onet_29_3_duration',
        value: round((performance.now() - started) / 1000, 2),
        unit: 's',
        note: `${imported.added} added, ${imported.updated} updated, ${imported.unchanged} unchanged`,
      });
    } else {
      console.error(`skipping import-onet benchmark: ${onetDir} not found`);
    }
  } finally {
    await cleanup();
  }
  return results;
}
