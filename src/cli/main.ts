import { runProgram } from './program.js';

// The real process: a failure's message goes to stderr and sets the exit code; on success the process ends when
// the command's work is done.
const exitCode = await runProgram(process.argv.slice(2));
if (exitCode !== 0) process.exit(exitCode);
