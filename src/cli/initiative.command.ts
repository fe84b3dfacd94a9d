import fs from 'node:fs';
import type { Command } from 'commander';
import { type PlanDocument, PlanDocumentSchema } from '#contracts/initiative.js';
import { countWords } from '#domain/count-words.js';
import { planHealth } from '#domain/initiative/plan-health.js';
import { exportFileName, exportPlan } from '#server/features/initiative/initiative-export.js';
import { CliError } from './cli-context.js';

/** Reads and validates a PLAN.json (the document the web editor saves and the API returns under `document`). */
function readPlan(file: string): PlanDocument {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not JSON`, 2);
  }
  // Accept the API's answer as well as the bare document.
  const candidate =
    json && typeof json === 'object' && 'document' in json ? (json as { document: unknown }).document : json;
  const parsed = PlanDocumentSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${file}: ${issue?.path.join('.') || 'plan'} ${issue?.message ?? 'is not a plan'}`, 2);
  }
  return parsed.data;
}

export function registerInitiativeCommands(program: Command): void {
  const group = program.command('initiative').description('Initiative plans (PLAN.json files); touches no database');
  group
    .command('check')
    .description('Print the plan-health findings: line of sight, indicators, dated and owned milestones')
    .requiredOption('--file <file>', 'PLAN.json')
    .option('--json', 'print JSON: {ok, findings, counts}')
    .action((opts: { file: string; json?: boolean }) => {
      const health = planHealth(readPlan(opts.file));
      if (opts.json) console.log(JSON.stringify(health));
      else if (health.findings.length === 0) console.log('Healthy: nothing missing.');
      else {
        for (const f of health.findings)
          console.log(`${f.severity === 'problem' ? 'PROBLEM' : 'warning'}  ${f.message}`);
        console.log(
          `${countWords(health.counts.problems, 'problem')}, ${countWords(health.counts.warnings, 'warning')}`,
        );
      }
      // Problems make the exit code 1 so scripts can gate on a healthy plan.
      if (!health.ok) process.exitCode = 1;
    });
  group
    .command('export')
    .description('Write the plan as Markdown or a one-page PDF (plus appendix)')
    .requiredOption('--file <file>', 'PLAN.json')
    .requiredOption('--format <format>', 'md or pdf')
    .option('--out <file>', 'where to write (default: a name from the title; "-" for standard output)')
    .action(async (opts: { file: string; format: string; out?: string }) => {
      if (opts.format !== 'md' && opts.format !== 'pdf') throw new CliError('--format must be md or pdf', 2);
      const plan = readPlan(opts.file);
      const file = await exportPlan('cli', plan, opts.format, new Date());
      if (opts.out === '-') {
        process.stdout.write(file.body);
        return;
      }
      const out = opts.out ?? exportFileName(plan.title, file.extension);
      fs.writeFileSync(out, file.body);
      console.log(`Wrote ${out}`);
    });
}
