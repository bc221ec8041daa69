// Errors a user can cause, shown as one line; anything else is a bug and keeps its stack.
import { visible } from './report/visible.js';

export class UsageError extends Error {}

export function describeInputError(e: { file: string; message: string; code: string }): string {
  return `claims: ${visible(e.file)}: ${visible(e.message)} (${e.code})`;
}
