import type { Command } from 'commander';
import { EmailSchema } from '#contracts/auth.js';
import { RoleSchema } from '#contracts/vocabulary.js';
import { addRoles, findUserByEmail, listRoles } from '#server/users/users.repository.js';
import { registerBackupCommands } from './backup.command.js';
import { CliError, withDb } from './cli-context.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations and load the shipped reference data')
    .action(async () => {
      const where = await withDb('vocare db migrate', async (handle) => handle.location);
      console.log(`Database at ${where} is up to date.`);
    });
  registerBackupCommands(db);

  program
    .command('users')
    .description('Accounts')
    .command('grant')
    .argument('<email>', 'the account')
    .argument('<role>', 'explorer, trainee, supervisor, organization, mentor or admin')
    .description('Give an account a role (the way to make the first admin)')
    .action(async (emailArg: string, roleArg: string) => {
      const email = EmailSchema.safeParse(emailArg);
      if (!email.success) throw new CliError(`email: ${email.error.issues[0]?.message}`, 2);
      const role = RoleSchema.safeParse(roleArg);
      if (!role.success) throw new CliError(`role must be one of ${RoleSchema.options.join(', ')}`, 2);
      const roles = await withDb('vocare users grant', async ({ db }) => {
        const user = await findUserByEmail(db, email.data);
        if (!user) throw new CliError(`No account with email ${email.data}.`, 2);
        await addRoles(db, user.id, [role.data]);
        return listRoles(db, user.id);
      });
      console.log(`${email.data} now holds: ${roles.join(', ')}`);
    });
}
