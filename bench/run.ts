// `npm run bench`: one JSON line per benchmark on stdout ({"name","value","unit"}); progress on stderr.
import { benchAtlas } from './atlas.bench.js';
import { type BenchResult, printResult } from './bench-kit.js';
import { benchBoard } from './board.bench.js';
import { benchGuides } from './guides.bench.js';
import { benchHours } from './hours.bench.js';
import { benchInitiative } from './initiative.bench.js';
import { benchLicensure } from './licensure.bench.js';
import { benchMarkdown } from './markdown.bench.js';
import { benchMatching } from './matching.bench.js';
import { benchResilience } from './resilience.bench.js';
import { benchStartup } from './startup.bench.js';

const suites: [string, () => Promise<BenchResult[]>][] = [
  ['atlas', benchAtlas],
  ['matching', benchMatching],
  ['licensure', benchLicensure],
  ['resilience', benchResilience],
  ['board', benchBoard],
  ['guides', benchGuides],
  ['hours', benchHours],
  ['initiative', benchInitiative],
  ['markdown', benchMarkdown],
  ['startup', benchStartup],
];

const only = process.argv[2];
for (const [name, run] of suites) {
  if (only && only !== name) continue;
  console.error(`bench: ${name}...`);
  for (const result of await run()) printResult(result);
}
