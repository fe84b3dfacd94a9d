// `npm run bench`: one JSON line per benchmark on stdout ({"name","value","unit"}); progress on stderr.
import { benchAtlas } from './atlas.bench.js';
import { benchBackup } from './backup.bench.js';
import { type BenchResult, printResult } from './bench-kit.js';
import { benchBoard } from './board.bench.js';
import { benchEvents } from './events.bench.js';
import { benchFirstVisit } from './first-visit.bench.js';
import { benchGuides } from './guides.bench.js';
import { benchHours } from './hours.bench.js';
import { benchInitiative } from './initiative.bench.js';
import { benchLicensure } from './licensure.bench.js';
import { benchLighthouse } from './lighthouse.bench.js';
import { benchMarkdown } from './markdown.bench.js';
import { benchMatching } from './matching.bench.js';
import { benchMentorship } from './mentorship.bench.js';
import { benchResilience } from './resilience.bench.js';
import { benchScale } from './scale.bench.js';
import { benchStartup } from './startup.bench.js';

const suites: [string, () => Promise<BenchResult[]>][] = [
  ['atlas', benchAtlas],
  ['matching', benchMatching],
  ['mentorship', benchMentorship],
  ['licensure', benchLicensure],
  ['resilience', benchResilience],
  ['board', benchBoard],
  ['guides', benchGuides],
  ['events', benchEvents],
  ['hours', benchHours],
  ['initiative', benchInitiative],
  ['markdown', benchMarkdown],
  ['startup', benchStartup],
  ['backup', benchBackup],
  ['first-visit', benchFirstVisit],
  ['lighthouse', benchLighthouse],
  // Only when asked for (`npm run bench scale`): a minute of load on the whole machine.
  ['scale', benchScale],
];

const only = process.argv[2];
for (const [name, run] of suites) {
  if (only ? only !== name : name === 'scale') continue;
  console.error(`bench: ${name}...`);
  for (const result of await run()) printResult(result);
}
