// Gold labels: one file per article, every line split into sentences and labelled.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StanceSchema } from '../schema.js';

export const GoldSentenceSchema = z.object({
  n: z.number().int(),
  text: z.string(),
  boilerplate: z.boolean(),
  speakers: z.array(z.string()),
  stance: StanceSchema,
  limits: z.array(z.string()),
});
export const GoldArticleSchema = z.object({ article: z.string(), file: z.string().optional(), sentences: z.array(GoldSentenceSchema) });
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

export class GoldError extends Error {}

export function readGold(dir: string): GoldArticle[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new GoldError(`${dir}: cannot read gold directory (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!names.length) throw new GoldError(`${dir}: no gold *.json files`);
  return names.map((f) => {
    const file = path.join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new GoldError(`${file}: not valid JSON (${(err as Error).message})`);
    }
    const parsed = GoldArticleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new GoldError(`${file}: ${issue.message} (at: ${issue.path.join('.')})`);
    }
    return parsed.data;
  });
}
