// Page furniture that still says who speaks. The parser drops a transcript's host line
// ("MICHEL MARTIN, HOST:") and an embedded post's signature ("— Jane Doe (@janedoe) June 2,
// 2024") from the output, as it must; but the host line says whose turns are the outlet's own
// voice, and the signature says whose words the post's lines are. These rules read the dropped
// lines (never the output's sentences) and give what they say to the speaker rules.
import { holder, withHolders, type Attribution } from './attribution.js';
import type { ArticleEntities, Entity } from './entities.js';
import { blank } from './mentions.js';
import { ruleId } from './rules.js';
import { wordsWithRole } from './words.js';

/** A line the parser dropped as furniture: its 1-based line, its text and the boilerplate rule. */
export interface Furniture { line: number; text: string; rule: string }

interface Sentence { s: { line: number; paragraph: number; text: string } }

const OWN_VOICE = wordsWithRole('own-voice');

/** "MICHEL MARTIN, HOST:": a name of one to three words in capitals, a comma, a role, a colon */
const HOST_LINE = /^(\p{Lu}[\p{Lu}.'’-]{0,30}(?: \p{Lu}[\p{Lu}.'’-]{0,30}){0,2}), ([\p{Lu} ]{2,30}):$/u;
/** "— Jane Doe (@janedoe) June 2, 2024": a dash, the name, the handle in brackets */
const SIGNATURE = /^[—–―-] ?([^(@\n]{2,80}?) \(@\w{1,30}\)/u;
/** a post's own short link, which ends the post's text: "https://t.co/…", "pic.twitter.com/…" */
const POST_LINK = /^(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com|x\.com|twitter\.com)\//;
/** a sentence that ends with such a link, when the splitter left it on the sentence */
const ENDS_WITH_POST_LINK = /\s(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com)\/\S{1,100}$/;

/** paragraphs after a signature that may still be its post's text, up to its link */
const MAX_POST_AFTER = 3;
/** sentences of one post */
const MAX_POST_SENTENCES = 8;

function titleCase(name: string): string {
  return name.split(' ').map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
}

/**
 * A transcript's host line names a person whose later turns ("MARTIN: …") are the outlet's own
 * voice: that person joins `entities.ownVoice` (read by transcriptLabel) even though the line
 * itself was dropped as furniture.
 */
export function ownVoicesOf(furniture: readonly Furniture[], entities: ArticleEntities): void {
  for (const f of furniture) {
    if (f.rule !== 'transcript-tag') continue;
    const m = HOST_LINE.exec(f.text);
    if (!m || !OWN_VOICE.has(m[2]!.trim().toLowerCase())) continue;
    const name = titleCase(m[1]!);
    const person = entities.knownPerson(name) ?? entities.entityOf(blank(-1, -1, 'person', name));
    if (person) entities.ownVoice.add(person);
  }
}

/**
 * An embedded post's signature names the holder of the post's text: the paragraph right before
 * it (the usual order: text, then signature) and, where the page shows part of the text after
 * the signature, the paragraphs up to the post's own link. Only sentences with no speaker yet.
 */
export function postSpeakers(sentences: readonly Sentence[], attributions: Attribution[], furniture: readonly Furniture[], entities: ArticleEntities): void {
  if (!furniture.length || !sentences.length) return;
  const rule = ruleId('speaker.post-signature');
  const linkLines = new Set<number>();
  const signatureLines: number[] = [];
  for (const f of furniture) {
    if (f.rule !== 'tweet-signature') continue;
    if (POST_LINK.test(f.text)) linkLines.add(f.line);
    else if (SIGNATURE.test(f.text)) signatureLines.push(f.line);
  }
  if (!signatureLines.length) return;
  for (const x of sentences) if (ENDS_WITH_POST_LINK.test(x.s.text)) linkLines.add(x.s.line);
  for (const f of furniture) {
    if (f.rule !== 'tweet-signature') continue;
    const m = SIGNATURE.exec(f.text);
    if (!m) continue;
    const author: Entity | null = entities.entityOf(blank(-1, -1, 'person', m[1]!.trim()));
    if (!author) continue;
    const give = (k: number): void => {
      const a = attributions[k]!;
      if (a.holders.length) return;
      attributions[k] = withHolders(a, [holder(author, '', rule, null, -1, -1)], a.cue, [rule, ...a.rules]);
    };
    // the sentence just before the signature (a blank line apart at most), and the others of its paragraph
    let last = -1;
    for (let k = 0; k < sentences.length && sentences[k]!.s.line < f.line; k++) last = k;
    if (last >= 0 && f.line - sentences[last]!.s.line <= 2 && !attributions[last]!.holders.length) {
      const paragraph = sentences[last]!.s.paragraph;
      for (let k = last; k >= 0 && last - k < MAX_POST_SENTENCES && sentences[k]!.s.paragraph === paragraph; k--) give(k);
    }
    // text shown after the signature, when the post's link closes it within a few paragraphs
    // and no other signature comes first
    const after = last + 1;
    let link = Infinity;
    for (const l of linkLines) if (l > f.line && l < link) link = l;
    if (after >= sentences.length || link === Infinity || signatureLines.some((l) => l > f.line && l < link)) continue;
    const first = sentences[after]!.s.paragraph;
    let end = after - 1;
    for (let k = after; k < sentences.length && sentences[k]!.s.line <= link; k++) {
      if (attributions[k]!.holders.length || k - after >= MAX_POST_SENTENCES || sentences[k]!.s.paragraph - first >= MAX_POST_AFTER) { end = after - 1; break; }
      end = k;
    }
    for (let k = after; k <= end; k++) give(k);
  }
}
