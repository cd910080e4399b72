/** The exit codes of the contract (FORMAT.md, "Command line"). */
export const ExitCode = {
  /** No error-level problem (warnings and below do not fail a build). */
  ok: 0,
  /** At least one error-level problem. */
  problems: 1,
  /** Bad usage, a named path that does not exist or cannot be read, or an internal failure. */
  usage: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
