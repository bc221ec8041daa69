// What a topic pack may hold (objects are strict: an unknown key is a problem naming it). Everything a topic needs (its proposition, the words that signal a
// stance, the limits) is data checked here; the extractor's code holds none of it.
import { z } from 'zod';
import { phraseProblem } from '../text/phrase.js';

// `.*` or `...` is a regular expression, not a word: every word has a letter or a digit
const NO_WORD = /(?:^|[\s|])[^\p{L}\p{N}\s|~]+(?=$|[\s|])/u;

const Phrase = z.string().superRefine((s, ctx) => {
  const problem = phraseProblem(s) ?? (NO_WORD.test(s) ? 'a word needs a letter or a digit (patterns are phrases, not regular expressions)' : null);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}: "${s}"` });
});
// bounded so that a pack from a stranger costs at most a known amount of work per word
const Phrases = z.array(Phrase).max(500);
const Id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" or "-"');

export const CueSchema = z.strictObject({
  id: Id,
  stance: z.enum(['support', 'limited', 'oppose', 'neutral']),
  weight: z.number().min(0).max(10),
  phrases: Phrases,
  /** a cue that carries the topic itself ("fair game") counts even without a relevance term */
  relevant: z.boolean().default(false),
  /** a cue that the article's own voice can carry; the others need a speaker */
  speakerless: z.boolean().default(false),
});

const StanceEnum = z.enum(['support', 'limited', 'oppose', 'neutral']);

/**
 * A frame: a way of arguing that takes a side whoever voices it and whether or not the sentence
 * names the topic ("serious consequences if ...", "has the right to defend itself", "came too
 * late"). It counts in any sentence the discourse keeps on the topic, needs no speaker, and a
 * denial of it ("self-defence is not escalation") votes for `negated`.
 */
export const FrameSchema = z.strictObject({
  id: Id,
  label: z.string(),
  stance: StanceEnum,
  /** the stance of a denied frame: "did not believe it could lead to escalation" backs the policy */
  negated: StanceEnum.default('neutral'),
  weight: z.number().min(0).max(10).default(2.5),
  phrases: Phrases,
  /** sentences the frame must fire on, and must not (checked by the tests) */
  examples: z.array(z.string()).max(50).default([]),
  counterExamples: z.array(z.string()).max(50).default([]),
});

export const LimitSchema = z.strictObject({
  id: Id,
  label: z.string(),
  /** the words that name what is limited (a place, a weapon) */
  terms: Phrases,
  /** a limit holds only when one of these bounds the term in the same sentence */
  bounds: Phrases,
  /** phrases around the term that show it bounds nothing ("targeting Kharkiv"), or around a bound that restricts nothing ("not only") */
  cancels: Phrases.default([]),
  /** how many words from the term a bound may stand */
  window: z.number().int().min(1).max(40).default(15),
});

export const PackSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: Id,
  label: z.string(),
  proposition: z.string().min(1),
  /** when the debate took place, [from, to) as days: an article with no date of its own is read
   * as written then by the office-holder table ("the US president"), unless the office-holders
   * it names with their titles date it more narrowly */
  period: z.strictObject({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a day as YYYY-MM-DD'), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a day as YYYY-MM-DD') })
    .refine((p) => p.from < p.to, 'the period must end after it begins').optional(),
  relevance: z.strictObject({
    /** words that put a sentence on the topic */
    terms: Phrases,
    /** how many sentences after the last one with a term the discourse stays on the topic */
    carry: z.number().int().min(0).max(20).default(3),
    /** references back to the debated policy ("this decision") in an article on the topic */
    anaphora: Phrases.default([]),
    /** another subject of the same debate ("sending Taurus missiles", "troops in Ukraine"): a sentence
     * with one of these and no term is off the topic, and no cue counts in it */
    elsewhere: Phrases.default([]),
  }),
  stance: z.strictObject({
    cues: z.array(CueSchema).min(1),
    /** frames of argument that take a side (see FrameSchema) */
    frames: z.array(FrameSchema).max(100).default([]),
    /** words that turn a following cue around ("not", "refused to") */
    negation: z.strictObject({
      phrases: Phrases,
      window: z.number().int().min(1).max(6),
      /** a denied belief ("did not believe", "don't think") denies the frames after it in its clause */
      raising: Phrases.default([]),
      flip: z.strictObject({ support: z.enum(['support', 'limited', 'oppose', 'neutral']), oppose: z.enum(['support', 'limited', 'oppose', 'neutral']), limited: z.enum(['support', 'limited', 'oppose', 'neutral']) }),
    }),
    /** where a clause about the past or the background starts ("who had long refused"): votes in it
     * up to the next comma count at `weight` times their own */
    background: z.strictObject({ phrases: Phrases, weight: z.number().min(0).max(1) }).default({ phrases: [], weight: 1 }),
    /** words that restrict a permission ("only", "confined") when one of `near` is within `window` words */
    restriction: z.strictObject({
      words: Phrases,
      near: Phrases,
      window: z.number().int().min(1).max(12),
      /** phrases around a restriction word that make it restrict nothing ("limited operational value") */
      cancels: Phrases.default([]),
    }),
  }),
  limits: z.array(LimitSchema),
});

export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Frame = z.infer<typeof FrameSchema>;
export type Limit = z.infer<typeof LimitSchema>;
