import path from 'node:path';
import type { Command } from 'commander';
import { OnetParseError } from '#domain/onet/parse-onet.js';
import { describeOnetRelease, importOnet, readOnetDirectory } from '#server/features/careers/careers.import.js';
import { CliError, withDb } from './cli-context.js';

function progressBar(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} occupations`);
  if (done === total) process.stderr.write('\n');
}

export function registerImportOnetCommand(program: Command): void {
  program
    .command('import-onet')
    .argument('<dir>', "folder with O*NET's tab-delimited text files (Occupation Data.txt, Interests.txt, ...)")
    .description('Add or update occupations from an O*NET database release (curated careers keep their own text)')
    .option('--json', 'print the result as JSON')
    .action(async (dir: string, opts: { json?: boolean }) => {
      const { files, readMe } = readOnetDirectory(path.resolve(dir));
      const source = describeOnetRelease(readMe);
      try {
        const result = await withDb('vocare import-onet', ({ db }) => importOnet(db, { files, source }, progressBar));
        if (opts.json) console.log(JSON.stringify(result));
        else
          console.log(
            `Imported ${result.source} from ${result.files.join(', ')}: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged.`,
          );
      } catch (err) {
        if (err instanceof OnetParseError) {
          throw new CliError(`Nothing was imported. ${err.message}`, 2);
        }
        throw err;
      }
    });
}
