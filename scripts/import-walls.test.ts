import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The lint rules of .dependency-cruiser.cjs, run against a small planted tree: each wall must stop the import it is
// there for, and let the allowed ones (a port, a shared layer) through.
const root = path.resolve(import.meta.dirname, '..');
const config = path.join(root, '.dependency-cruiser.cjs');
const depcruise = path.join(root, 'node_modules', '.bin', 'depcruise');

const PLANTED: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true },
  }),
  'src/server/features/board/board.service.ts':
    "import { listHours } from '../hours/hours.service.js';\nexport const a = listHours;\n",
  'src/server/features/hours/hours.service.ts': 'export const listHours = 1;\n',
  'src/server/features/hours/workload.adapter.ts':
    "import type { Workload } from '../resilience/workload.port.js';\nexport const w: Workload = 1;\n",
  'src/server/features/resilience/workload.port.ts': 'export type Workload = number;\n',
  'src/server/plugins/session.ts':
    "import { listHours } from '../features/hours/hours.service.js';\nexport const s = listHours;\n",
  'src/domain/clean.ts': 'export const one = 1;\n',
  'src/domain/impure.ts': "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
  'src/contracts/leaky.ts': "import { one } from '../domain/clean.js';\nexport const x = one;\n",
  'src/web/features/guides/page.ts':
    "import { listHours } from '../../../server/features/hours/hours.service.js';\nexport const p = listHours;\n",
  'src/web/features/board/page.ts': "import { q } from '../guides/query.js';\nexport const p = q;\n",
  'src/web/features/guides/query.ts': 'export const q = 1;\n',
};

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

let dir = '';
let violations: Violation[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocare-walls-'));
  for (const [file, text] of Object.entries(PLANTED)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  let output = '';
  try {
    output = execFileSync(depcruise, ['src', '--config', config, '--output-type', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (error) {
    // depcruise exits non-zero when it finds violations: that is the expected case here.
    output = (error as { stdout: string }).stdout;
  }
  violations = JSON.parse(output).summary.violations;
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function rulesBroken(from: string): string[] {
  return violations.filter((v) => v.from === from).map((v) => v.rule.name);
}

describe('import walls', () => {
  it('refuse a feature importing another feature’s internals, on the server and in the web app', () => {
    expect(rulesBroken('src/server/features/board/board.service.ts')).toContain('no-cross-feature-internals');
    expect(rulesBroken('src/web/features/board/page.ts')).toContain('no-cross-feature-internals');
  });

  it('let an adapter implement another feature’s port', () => {
    expect(rulesBroken('src/server/features/hours/workload.adapter.ts')).toEqual([]);
  });

  it('keep plugins below the features', () => {
    expect(rulesBroken('src/server/plugins/session.ts')).toContain('shared-layers-below-features');
  });

  it('keep domain pure, contracts free of anything but zod, and the web app away from the server', () => {
    expect(rulesBroken('src/domain/impure.ts')).toContain('domain-no-node-builtins');
    expect(rulesBroken('src/domain/clean.ts')).toEqual([]);
    expect(rulesBroken('src/contracts/leaky.ts')).toContain('contracts-only-zod');
    expect(rulesBroken('src/web/features/guides/page.ts')).toContain('web-never-imports-server');
  });
});
