// What inflect.json holds. The file ships with the tool, so it is checked by a test
// (test/builtin-data.test.ts), not at every start: inflect.ts reads it without zod.
import { z } from 'zod';

export const InflectFile = z.strictObject({
  $comment: z.string(),
  stressedPrefixes: z.array(z.string()),
  onsets: z.array(z.string()),
  alwaysDouble: z.array(z.string()),
  noDouble: z.array(z.string()),
});
export type InflectData = z.infer<typeof InflectFile>;
