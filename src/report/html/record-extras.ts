// A field a claim record may carry beyond the core schema: `meta` (the article's url, title,
// outlet and published time, from the page reader). The report uses it when it is there and does
// without it when it is not, so it reads records from any version of `claims extract`.
import { z } from 'zod';

const text = z.string().max(10_000).nullable().optional();
export const ArticleMetaSchema = z.object({ url: text, title: text, outlet: text, published: text });
export interface ArticleMeta { url: string | null; title: string | null; outlet: string | null; published: string | null }

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

/** Milliseconds since 1970 for a published time, or null when it is missing or not a date. */
export function publishedTime(meta: ArticleMeta | null): number | null {
  if (meta?.published == null) return null;
  const t = Date.parse(meta.published);
  return Number.isNaN(t) ? null : t;
}
