import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '#server/app.js';
import { testEnv } from '#server/env.js';
import { describeOnetRelease, importOnet, readOnetDirectory } from '#server/features/careers/careers.import.js';
import { type BenchResult, openBenchDb, percentile, round, SHARED_DATA } from './bench-kit.js';

async function throughput(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections: 10, duration: seconds });
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
    const bare = Fastify();
    bare.get('/constant', async () => ({ ok: true }));
    const bareBase = await bare.listen({ host: '127.0.0.1', port: 0 });

    const searchRps = await throughput(`${base}/api/careers?q=counsel`, 5);
    const bareRps = await throughput(`${bareBase}/constant`, 5);
    results.push({
      name: 'atlas_search_counsel_throughput',
      value: round(searchRps, 0),
      unit: 'req/s',
      note: 'GET /api/careers?q=counsel, embedded db, 10 connections',
    });
    results.push({
      name: 'bare_fastify_constant_throughput',
      value: round(bareRps, 0),
      unit: 'req/s',
      note: 'same machine, same run',
    });
    results.push({ name: 'atlas_search_vs_bare_ratio', value: round(searchRps / bareRps, 3), unit: 'ratio' });

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
