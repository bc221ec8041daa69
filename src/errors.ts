// Errors a user can cause, shown as one line; anything else is a bug and keeps its stack.
export class UsageError extends Error {}

export function describeInputError(e: { file: string; message: string; code: string }): string {
  return `claims: ${e.file}: ${e.message} (${e.code})`;
}
