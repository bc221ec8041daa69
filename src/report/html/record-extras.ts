// Fields a claim record may carry beyond the core schema: `meta` (the article's url, title,
// outlet and published time, from the page reader) and `findings` (what each rule matched, with
// offsets, from --explain). The report uses them when they are there and does without them when
// they are not, so it reads records from any version of `claims extract`.
import { z } from 'zod';

const text = z.string().max(10_000).nullable().optional();
export const ArticleMetaSchema = z.object({ url: text, title: text, outlet: text, published: text });
export interface ArticleMeta { url: string | null; title: string | null; outlet: string | null; published: string | null }

export const FindingSchema = z.object({
  ruleId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  words: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const NO_META: ArticleMeta = { url: null, title: null, outlet: null, published: null };

/** The record's `meta`, or null when it has none (or one this version cannot read). */
export function metaOf(record: object): ArticleMeta | null {
  const meta = (record as { meta?: unknown }).meta;
  if (meta === undefined || meta === null) return null;
  const parsed = ArticleMetaSchema.safeParse(meta);
  if (!parsed.success) return null;
  const { url = null, title = null, outlet = null, published = null } = parsed.data;
  return { url, title, outlet, published };
}

/** The record's `findings`, keeping only those this version can read. */
export function findingsOf(record: object): Finding[] {
  const findings = (record as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) return [];
  const out: Finding[] = [];
  for (const f of findings) {
    const parsed = FindingSchema.safeParse(f);
    if (parsed.success && parsed.data.end >= parsed.data.start) out.push(parsed.data);
  }
  return out;
}

/** Milliseconds since 1970 for a published time, or null when it is missing or not a date. */
export function publishedTime(meta: ArticleMeta | null): number | null {
  if (meta?.published == null) return null;
  const t = Date.parse(meta.published);
  return Number.isNaN(t) ? null : t;
}
