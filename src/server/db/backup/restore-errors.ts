/** A restore (or backup) that Vocare declines, with a message that says why and what to do; exit code 2 in the CLI. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}
