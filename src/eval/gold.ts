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

export interface GoldFile { path: string; gold: GoldArticle }

/** Every gold file of the directory, sorted by name; none is not an error here (eval warns). */
export function readGoldFiles(dir: string): GoldFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new GoldError(`${dir}: cannot read gold directory (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
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
    return { path: file, gold: parsed.data };
  });
}

export function readGold(dir: string): GoldArticle[] {
  return readGoldFiles(dir).map((g) => g.gold);
}

/** A limit id of the gold that the pack does not have: the gold and the pack disagree on the topic. */
export function unknownLimits(files: readonly GoldFile[], limits: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const { path: file, gold } of files) {
    const unknown = new Set<string>();
    for (const s of gold.sentences) for (const l of s.limits) if (!limits.has(l)) unknown.add(l);
    if (unknown.size) out.push(`${file}: limit ${[...unknown].map((l) => `"${l}"`).join(', ')} is not in the pack (its limits: ${[...limits].join(', ')})`);
  }
  return out;
}

export interface Matched {
  /** The gold to score: one file an article, for articles among the inputs. */
  gold: GoldArticle[];
  /** One line each, naming the file: gold left out, articles without gold. */
  warnings: string[];
}

/**
 * Which gold is scored against which inputs. Gold for an article that is not among the inputs,
 * a second gold file for one article, and an input article without gold are left out of the
 * figures, each with a warning that names the file (a renamed article shows up as both).
 */
export function matchGold(files: readonly GoldFile[], inputs: ReadonlyArray<{ id: string; file: string }>, goldDir: string): Matched {
  const warnings: string[] = [];
  if (files.length === 0) warnings.push(`${goldDir}: no gold *.json files; nothing to score`);
  const inputIds = new Set(inputs.map((a) => a.id));
  const byArticle = new Map<string, string>();
  const gold: GoldArticle[] = [];
  for (const f of files) {
    const first = byArticle.get(f.gold.article);
    if (first !== undefined) { warnings.push(`${f.path}: a second gold file for article "${f.gold.article}" (the first is ${first}); not scored`); continue; }
    byArticle.set(f.gold.article, f.path);
    if (!inputIds.has(f.gold.article)) { warnings.push(`${f.path}: gold for article "${f.gold.article}", which is not among the inputs; not scored`); continue; }
    gold.push(f.gold);
  }
  if (files.length > 0) {
    for (const a of inputs) if (!byArticle.has(a.id)) warnings.push(`${a.file}: no gold file for article "${a.id}"; not scored`);
  }
  return { gold, warnings };
}
