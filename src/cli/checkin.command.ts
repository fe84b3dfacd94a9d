import fs from 'node:fs';
import type { Command } from 'commander';
import type { ScoreResult } from '#contracts/checkin.js';
import { type FieldProblem, scoreAnswers, validateInstrument } from '#domain/checkin/instrument.js';
import { CliError } from './cli-context.js';

function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read the ${what} file ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, 2);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`The ${what} file ${file} is not valid JSON: ${(err as Error).message}`, 2);
  }
}

function listProblems(problems: FieldProblem[]): string {
  return problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
}

/**
 * `vocare checkin score`: scores a set of answers against an instrument file, with bands. Pure: it
 * touches no database, so an organization can try a licensed instrument before an admin loads it.
 */
export function registerCheckinCommands(program: Command): void {
  const group = program.command('checkin').description('Resilience check-in instruments');

  group
    .command('score')
    .description('Score answers ({"<item id>": value}) against an instrument file, with bands')
    .requiredOption('--instrument <file>', 'instrument JSON file (the format of data/instruments/*.json)')
    .requiredOption('--answers <file>', 'answers JSON file: {"<item id>": value, ...}')
    .option('--json', 'print {"instrument": id, "subscales": [{"id", "score", "band"}]}')
    .action((opts: { instrument: string; answers: string; json?: boolean }) => {
      const validated = validateInstrument(readJsonFile(opts.instrument, 'instrument'));
      if (!validated.ok) {
        throw new CliError(`Invalid instrument ${opts.instrument}:\n${listProblems(validated.problems)}`, 2);
      }
      const instrument = validated.value;
      const answers = readJsonFile(opts.answers, 'answers');
      if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
        throw new CliError(`The answers file ${opts.answers} must be a JSON object of item id -> value.`, 2);
      }
      const scored = scoreAnswers(instrument, answers as Record<string, unknown>);
      if (!scored.ok) {
        throw new CliError(
          `Answers in ${opts.answers} do not fit instrument "${instrument.id}":\n${listProblems(scored.problems)}`,
          2,
        );
      }
      const result: ScoreResult = {
        instrument: instrument.id,
        subscales: scored.value.map((s) => ({ id: s.id, score: s.score, band: s.band })),
      };
      if (opts.json) {
        console.log(JSON.stringify(result));
        return;
      }
      const width = Math.max(...scored.value.map((s) => s.label.length));
      console.log(`${instrument.title} (${instrument.id})`);
      for (const s of scored.value)
        console.log(`  ${s.label.padEnd(width)}  ${String(s.score).padStart(6)}  ${s.band}`);
      if (instrument.disclaimer) console.log(`\n${instrument.disclaimer}`);
    });
}
