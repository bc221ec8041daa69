// What kind of sentence a kept sentence is: headline, bullet, caption or plain sentence.
// The cues are data, src/parse/kinds.json, checked here on load.
import { z } from 'zod';
import type { SentenceKind } from '../schema.js';
import rawKinds from './kinds.json' with { type: 'json' };
import { parseRuleData } from './data.js';
import { compileRuleRegex } from './regex.js';

const Pattern = z.string().min(1);
const KindsFileSchema = z
  .strictObject({
    $comment: z.union([z.string(), z.array(z.string())]).optional(),
    bulletMarkers: z.array(z.string().min(1)).min(1),
    listMarker: Pattern,
    sentenceEnd: z.string().min(1),
    continuesWith: z.string(),
    closers: z.string(),
    captions: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id'),
        description: z.string().min(1),
        all: z.array(Pattern).min(1),
        maxChars: z.number().int().positive().optional(),
        examples: z.array(z.string().min(1)).min(1),
        counterExamples: z.array(z.string().min(1)).default([]),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const check = (source: string, path: Array<string | number>) => {
      const compiled = compileRuleRegex(source, true);
      if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', message: compiled, path });
    };
    check(file.listMarker, ['listMarker']);
    file.captions.forEach((caption, i) => caption.all.forEach((source, j) => check(source, ['captions', i, 'all', j])));
  });

export type KindsFile = z.output<typeof KindsFileSchema>;

/** How a sentence sits in its line. */
export interface SentencePlace {
  text: string;
  /** 0-based among the sentences the splitter found on the line. */
  index: number;
  /** How many sentences the splitter found on the line, boilerplate included. */
  count: number;
  /** The trimmed line. */
  line: string;
  /** The line is a photo caption: it carries a credit, or matches a caption pattern. */
  caption: boolean;
}

export interface KindRules {
  file: KindsFile;
  kindOf(place: SentencePlace): SentenceKind;
  /** The id of the caption pattern the line matches, if any. */
  captionPattern(line: string): string | undefined;
}

export function loadKinds(data: unknown, file = 'kind rules'): KindRules {
  const parsed = parseRuleData(KindsFileSchema, data, file);
  const listMarker = compileRuleRegex(parsed.listMarker, false) as RegExp;
  const captions = parsed.captions.map((c) => ({
    id: c.id,
    maxChars: c.maxChars ?? Infinity,
    all: c.all.map((s) => compileRuleRegex(s, true) as RegExp),
  }));
  const startsAsItem = (text: string) => parsed.bulletMarkers.some((m) => text.startsWith(m)) || listMarker.test(text);
  const captionPattern = (line: string) =>
    captions.find((c) => line.length <= c.maxChars && c.all.every((re) => re.test(line)))?.id;

  const endsOpen = (text: string) => {
    let end = text.length;
    while (end > 0 && parsed.closers.includes(text[end - 1]!)) end--;
    const last = text[end - 1] ?? '';
    return !parsed.sentenceEnd.includes(last) && !parsed.continuesWith.includes(last);
  };

  return {
    file: parsed,
    captionPattern,
    kindOf(place) {
      if (startsAsItem(place.text) && (place.index === 0 || startsAsItem(place.line))) return 'bullet';
      if (place.caption) return 'caption';
      if (place.count === 1 && endsOpen(place.text)) return 'headline';
      return 'sentence';
    },
  };
}

/** The rules shipped with claims. */
export const KINDS: KindRules = loadKinds(rawKinds, 'src/parse/kinds.json');
