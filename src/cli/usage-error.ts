/** Wrong use of the command line: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The command whose help to show (the general help when absent). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A file that cannot be read or is not what the command needs: printed without the help, exit code 2. */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

/** Exit codes, the same for every command. */
export const EXIT = {
  /** Everything done and as expected. */
  ok: 0,
  /** Done, but some input could not be moderated or some fixture did not match. */
  findings: 1,
  /** Wrong usage, or a file that cannot be read or is not valid. */
  usage: 2,
  /** A bug in moderera itself: nothing the caller did. */
  internal: 3,
} as const;
