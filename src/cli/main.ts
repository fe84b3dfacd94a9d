import { Command } from 'commander';
import { registerCareersCommands } from './careers.command.js';
import { registerCheckinCommands } from './checkin.command.js';
import { toCliFailure } from './cli-context.js';
import { registerDbCommands } from './db.command.js';
import { registerHoursCommands } from './hours.command.js';
import { registerImportOnetCommand } from './import-onet.command.js';
import { registerInitiativeCommands } from './initiative.command.js';
import { registerMatchCommand } from './match.command.js';
import { registerOpportunitiesCommands } from './opportunities.command.js';
import { registerPlanCommand } from './plan.command.js';
import { registerRulesCommands } from './rules.command.js';

const program = new Command()
  .name('vocare')
  .description(
    'Vocare from the terminal. Uses DATABASE_URL, or the embedded database in VOCARE_DATA_DIR (default .data).',
  )
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
registerInitiativeCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const code = (err as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exit(0);
  if (typeof code === 'string' && code.startsWith('commander.')) process.exit(2);
  const failure = toCliFailure(err);
  console.error(failure.message);
  process.exit(failure.exitCode);
}
