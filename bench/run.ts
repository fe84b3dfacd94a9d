// `npm run bench`: one JSON line per benchmark on stdout ({"name","value","unit"}); progress on stderr.
import { benchAtlas } from './atlas.bench.js';
import { type BenchResult, printResult } from './bench-kit.js';

const suites: [string, () => Promise<BenchResult[]>][] = [['atlas', benchAtlas]];

const only = process.argv[2];
for (const [name, run] of suites) {
  if (only && only !== name) continue;
  console.error(`bench: ${name}...`);
  for (const result of await run()) printResult(result);
}
