// Errors a user can cause, shown as one line; anything else is a bug and keeps its stack.
import { visible } from './report/visible.js';

export class UsageError extends Error {}

/** The note for a file with nothing but white space: not a failure, but worth a word. */
/** The default pack run on other news should not print stances silently. */
export function describeOffTopic(file: string, sentences: number, topic: string): string {
  return `claims: ${visible(file)}: 0 of ${sentences} sentences on topic ${topic}`;
}

export function describeEmpty(file: string): string {
  return `claims: ${visible(file)}: empty file, no sentences`;
}

export function describeInputError(e: { file: string; message: string; code: string }): string {
  return `claims: ${visible(e.file)}: ${visible(e.message)} (${e.code})`;
}
