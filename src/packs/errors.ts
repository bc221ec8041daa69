// A pack that cannot be used: one line per problem, naming the field. Apart from load.ts so that
// the CLI can report one without loading the packs' schemas (zod) at every start.
import { visible } from '../report/visible.js';

export class PackError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: invalid topic pack`);
  }
}

/** One line for one problem; a header and one indented line each for several. */
export function describePackError(err: PackError): string {
  const file = visible(err.file);
  if (err.problems.length === 1) return `claims: ${file}: invalid topic pack: ${visible(err.problems[0]!)}\n`;
  return `claims: ${file}: invalid topic pack\n${err.problems.map((p) => `  ${visible(p)}`).join('\n')}\n`;
}
