// Errors a user can cause, shown as one line; anything else is a bug and keeps its stack.
export class UsageError extends Error {}

/** The note for a file with nothing but white space: not a failure, but worth a word. */
export function describeEmpty(file: string): string {
  return `claims: ${file}: empty file, no sentences`;
}

export function describeInputError(e: { file: string; message: string; code: string }): string {
  return `claims: ${e.file}: ${e.message} (${e.code})`;
}
