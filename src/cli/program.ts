import { Command } from 'commander';
import type { DbHandle } from '#server/db/client.js';
import { registerCareersCommands } from './careers.command.js';
import { registerCheckinCommands } from './checkin.command.js';
import { toCliFailure, withGivenDatabase } from './cli-context.js';
import { registerDbCommands } from './db.command.js';
import { registerEventsCommands } from './events.command.js';
import { registerHoursCommands } from './hours.command.js';
import { registerImportOnetCommand } from './import-onet.command.js';
import { registerInitiativeCommands } from './initiative.command.js';
import { registerMatchCommand } from './match.command.js';
import { registerMentorsCommands } from './mentors.command.js';
import { registerOpportunitiesCommands } from './opportunities.command.js';
import { registerPlanCommand } from './plan.command.js';
import { registerRulesCommands } from './rules.command.js';

/** Where commander writes its own messages (help, usage errors) and where a failure's message goes. */
export interface CliOutput {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const processOutput: CliOutput = {
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
};

/** The `vocare` program with every command registered. */
export function buildProgram(output: CliOutput = processOutput): Command {
  const program = new Command()
    .name('vocare')
    .description(
      'Vocare from the terminal. Uses DATABASE_URL, or the embedded database in VOCARE_DATA_DIR (default .data).',
    )
    .configureOutput({ writeOut: output.writeOut, writeErr: output.writeErr })
    .showHelpAfterError()
    .exitOverride();

  registerCareersCommands(program);
  registerCheckinCommands(program);
  registerImportOnetCommand(program);
  registerDbCommands(program);
  registerMatchCommand(program);
  registerRulesCommands(program);
  registerPlanCommand(program);
  registerOpportunitiesCommands(program);
  registerHoursCommands(program);
  registerMentorsCommands(program);
  registerInitiativeCommands(program);
  registerEventsCommands(program);
  return program;
}

export interface RunOptions {
  output?: CliOutput;
  /** Runs the commands on this open database instead of opening the configured one (in-process runs). */
  db?: DbHandle;
}

/**
 * Runs one command line (the arguments after `vocare`) and returns the exit code: 0 done, 2 bad input (arguments,
 * files), 1 anything else. The failure's message goes to `output.writeErr`.
 */
export async function runProgram(args: string[], options: RunOptions = {}): Promise<number> {
  const output = options.output ?? processOutput;
  const program = buildProgram(output);
  try {
    const parse = () => program.parseAsync(args, { from: 'user' });
    await (options.db ? withGivenDatabase(options.db, parse) : parse());
    return 0;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    if (typeof code === 'string' && code.startsWith('commander.')) return 2;
    const failure = toCliFailure(err);
    output.writeErr(`${failure.message}\n`);
    return failure.exitCode;
  }
}
