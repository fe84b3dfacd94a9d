import { format } from 'node:util';
import { runProgram } from '#cli/program.js';
import type { DbHandle } from '#server/db/client.js';
import type { CliRun } from './run-cli.js';

/**
 * Runs a `vocare` command line inside the test process, on the test's open database: the same commands, argument
 * parsing, output and exit codes as `runCli`, without starting a process and opening the database (seconds each).
 * Keep one `runCli` per command in a file for the real process (bundle, environment, exit code).
 */
export async function runCliInProcess(args: string[], db?: DbHandle): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const log = console.log;
  // The commands print with console.log; commander and the failure message go through the output below.
  console.log = (...parts: unknown[]) => {
    stdout += `${format(...parts)}\n`;
  };
  try {
    const code = await runProgram(args, {
      db,
      output: {
        writeOut: (text) => {
          stdout += text;
        },
        writeErr: (text) => {
          stderr += text;
        },
      },
    });
    return { code, stdout, stderr };
  } finally {
    console.log = log;
  }
}
