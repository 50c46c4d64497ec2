/** An error the CLI reports as one line on stderr, with the exit code it stands for. */
export const EXIT_OK = 0;
/** `check` found an error, a document could not be read, or the command failed. */
export const EXIT_PROBLEMS = 1;
/** Bad arguments, or an input (folder, catalog) that is missing. */
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The message of anything thrown, without a stack: what a user can act on. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
