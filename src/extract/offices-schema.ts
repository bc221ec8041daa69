// The schema of the office-holder table (lexicon/offices.json, and a user's own named by
// CLAIMS_OFFICES). The shipped file is checked by the tests (test/offices.test.ts); a user's is
// checked here once, before any article is read, so offices.ts reads both without zod.
import { z } from 'zod';
import { readOfficeText, type OfficeTable } from './offices.js';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD');

const Holder = z.strictObject({
  name: z.string().min(1),
  from: Day,
  /** the day the next holder took office; null while in office */
  to: Day.nullable(),
}).refine((h) => h.to === null || h.from < h.to, 'a term must end after it begins');

const Office = z.strictObject({
  /** the country as entities.json's demonyms name it ("United States") */
  country: z.string().min(1),
  /** the phrases that name the office, lower case ("foreign minister", "top diplomat") */
  titles: z.array(z.string().min(1).regex(/^[^A-Z]+$/, 'expected lower case')).min(1),
  holders: z.array(Holder).min(1),
});

export const OfficeFile = z.strictObject({
  $comment: z.string().optional(),
  /** the day the table was last checked: an article with no date of its own is read as of it */
  asOf: Day,
  offices: z.array(Office),
});

/** The table from its text, checked: throws one line naming the file and the first problem. */
export function parseOffices(name: string, text: string): OfficeTable {
  let json: unknown;
  try { json = JSON.parse(text); } catch (err) { throw new Error(`${name}: not JSON (${(err as Error).message})`); }
  const result = OfficeFile.safeParse(json);
  if (!result.success) {
    const i = result.error.issues[0]!;
    throw new Error(`${name}: ${i.message} (at: ${i.path.join('.') || '(root)'})`);
  }
  return result.data;
}

/** A user's table (CLAIMS_OFFICES), when set, read and checked: throws one line naming it. */
export function checkOwnOffices(): void {
  const own = process.env.CLAIMS_OFFICES;
  if (own) parseOffices(own, readOfficeText(own, own));
}
