// The record's plain values, without zod: extraction reads them at every start, and loading zod
// with the record's schemas cost a sixth of the start-up. src/schema.ts builds its enums from
// these and stays the source of truth for the records' shape.
import type { ArticleMeta } from './schema.js';

// 2: every record says its `type` (claim, error, diff-row, matrix-row); diff rows name their
// two articles; matrix ndjson and csv are long form (one row per speaker and article).
export const SCHEMA_VERSION = 2 as const;

export const STANCES = ['support', 'limited', 'oppose', 'neutral'] as const;
export const SENTENCE_KINDS = ['headline', 'sentence', 'caption', 'bullet'] as const;
export const SPEAKER_KINDS = ['person', 'anonymous', 'group', 'outlet'] as const;

export const NO_META: ArticleMeta = Object.freeze({ url: null, title: null, outlet: null, published: null, byline: null });
