// The one source of truth for what `claims` prints. Types come from here via z.infer.
import { z } from 'zod';
import { NO_META, SCHEMA_VERSION, SENTENCE_KINDS, SPEAKER_KINDS, STANCES } from './record-values.js';

export { NO_META, SCHEMA_VERSION, STANCES };

export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

export const SentenceKindSchema = z.enum(SENTENCE_KINDS);
export type SentenceKind = z.infer<typeof SentenceKindSchema>;

export const SpeakerKindSchema = z.enum(SPEAKER_KINDS);
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

export const SpeakerSchema = z.object({
  name: z.string().describe('canonical name, the same across the articles of one run'),
  kind: SpeakerKindSchema,
  mention: z.string().describe('the words that name the speaker in this sentence'),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const CarrierSchema = z.object({ name: z.string(), kind: SpeakerKindSchema });
export type Carrier = z.infer<typeof CarrierSchema>;

/** What one finding adds to its claim (see src/extract/resolve.ts for how they combine). */
export const ContributionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('holder'), name: z.string(), kind: SpeakerKindSchema, cue: z.string().nullable() }).strict(),
  z.object({ type: z.literal('via'), name: z.string(), kind: SpeakerKindSchema }).strict(),
  z.object({ type: z.literal('quote') }).strict(),
  z.object({ type: z.literal('vote'), stance: StanceSchema, weight: z.number(), negated: z.boolean() }).strict(),
  z.object({ type: z.literal('limit'), limit: z.string(), term: z.string(), bound: z.string() }).strict(),
  // why the discourse keeps the sentence on the topic (the reason is the rule id's last part)
  z.object({ type: z.literal('topic'), onTopic: z.boolean() }).strict(),
  // a clause that changes the votes in it: a background clause weighs less, a denied belief denies the frames after it
  z.object({ type: z.literal('scope'), effect: z.enum(['background', 'denied']) }).strict(),
  // a cue that matched but did not count, and why
  z.object({ type: z.literal('ignored'), rule: z.string(), stance: StanceSchema, reason: z.enum(['off topic', 'another subject', 'denied']) }).strict(),
]);
export type Contribution = z.infer<typeof ContributionSchema>;

/** One rule's output: which rule, the words it matched, and what it adds to the claim. */
export const FindingSchema = z.object({
  ruleId: z.string().describe('the id of the rule in src/extract/rules/*.json or the pack'),
  start: z.number().int().min(0).describe('UTF-16 offset of the matched words into the decoded article'),
  end: z.number().int().min(0),
  words: z.string().describe('the matched words'),
  contribution: ContributionSchema,
}).strict();
export type Finding = z.infer<typeof FindingSchema>;

/** Why a claim came out as it did: its findings, in the order they were resolved. */
export type Explanation = Finding[];

/** What is known of an article beyond its text; every key is present, null where unknown. */
export const ArticleMetaSchema = z.object({
  url: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable().describe('ISO 8601 date-time, UTC'),
  byline: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ClaimSchema = z.object({
  type: z.literal('claim').describe('what the record is, so a stream can mix claims and errors'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().describe('<article>#<n>'),
  article: z.string().describe("the file's name without extension"),
  file: z.string(),
  n: z.number().int().min(0).describe("0-based index among the article's non-boilerplate sentences"),
  start: z.number().int().min(0).describe('UTF-16 offset into the decoded text'),
  end: z.number().int().min(0),
  line: z.number().int().min(1),
  text: z.string(),
  kind: SentenceKindSchema,
  topic: z.string().describe("the id of the topic pack whose proposition the stance is toward"),
  onTopic: z.boolean().describe('whether the article, paragraph or quotation keeps this sentence on the topic'),
  speakers: z.array(SpeakerSchema),
  via: CarrierSchema.nullable().describe('who carries a third party’s position (not scored)'),
  cue: z.string().nullable().describe('the attributing word'),
  quote: z.string().nullable().describe('the quoted words'),
  stance: StanceSchema,
  limits: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  rules: z.array(z.string()).describe('ids of the rules that fired'),
  // a default, so records made before meta existed (and their tests) still parse
  meta: ArticleMetaSchema.default(() => ({ ...NO_META })).describe("the article's address, title, outlet, date and byline, null where unknown"),
  findings: z.array(FindingSchema).optional().describe('only with --explain: every finding behind the claim, in the order they were resolved'),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const ErrorCodeSchema = z.enum(['E_NOT_FOUND', 'E_READ', 'E_BINARY', 'E_ENCODING', 'E_TOO_LARGE', 'E_EMPTY', 'E_NO_ARTICLES', 'E_BAD_RECORD', 'E_EXTRACT']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** An input that could not be processed; in ndjson it is a record of its own. */
export const InputErrorSchema = z.object({
  type: z.literal('error'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  code: ErrorCodeSchema,
  file: z.string(),
  message: z.string(),
});
export type InputError = z.infer<typeof InputErrorSchema>;

export function claimJsonSchema(): unknown {
  return z.toJSONSchema(ClaimSchema.describe('One sentence of a news article and the claim it carries'));
}
