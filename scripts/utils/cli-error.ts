/**
 * An error the user can act on: printed as its message plus a hint, never with a stack trace.
 * `exitCode` 1 is a failed run (bad input), 2 a usage error.
 */
export class CliError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, hint?: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.hint = hint;
    this.exitCode = exitCode;
  }
}
