// What kind of sentence a kept sentence is: headline, bullet, caption or plain sentence.
// The cues are data, src/parse/kinds.json, whose schema (schemas.ts) a test checks.
import type { SentenceKind } from '../schema.js';
import rawKinds from './kinds.json' with { type: 'json' };
import type { KindsFile, KindsFileInput } from './schemas.js';
import { checkedRuleRegex } from './regex.js';

export type { KindsFile };

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

/** The kind rules of a file its schema has passed (loadKinds in schemas.ts checks one from elsewhere). */
export function kindRules(parsed: KindsFile): KindRules {
  const listMarker = checkedRuleRegex(parsed.listMarker, false);
  const captions = parsed.captions.map((c) => ({
    id: c.id,
    maxChars: c.maxChars ?? Infinity,
    all: c.all.map((s) => checkedRuleRegex(s, true)),
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

/** A kinds file as its schema gives it, without zod (see withRuleDefaults in boilerplate.ts). */
export function withKindDefaults(file: KindsFileInput): KindsFile {
  return { ...file, captions: file.captions.map((c) => ({ ...c, counterExamples: c.counterExamples ?? [] })) };
}

/** The rules shipped with claims. */
export const KINDS: KindRules = kindRules(withKindDefaults(rawKinds as KindsFileInput));
