// --format ndjson: one record a line; input errors are records too ({"type":"error", ...}).
import type { ArticleMeta, Claim, InputError, Speaker } from '../schema.js';
import { SCHEMA_VERSION, SENTENCE_KINDS, SPEAKER_KINDS, STANCES } from '../record-values.js';
import type { ClaimFormatter } from './claims.js';

export const ndjsonFormatter: ClaimFormatter = {
  start: () => '',
  claim: (c: Claim) => `${JSON.stringify(c)}\n`,
  line: (json: string) => `${json}\n`,
  error: (e: InputError) => `${JSON.stringify(e)}\n`,
  end: () => '',
  streams: true,
};

const q = JSON.stringify;

/**
 * What JSON.stringify escapes in a string: a quotation mark, a backslash, a control character,
 * a surrogate alone (a pair is kept as it is, but this sends it the slow way too).
 */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Whether JSON.stringify writes a rule or limit id as it is, in quotation marks (bounded, as the name book's keys are). */
const plainIds = new Map<string, boolean>();
const MAX_IDS = 10_000;

/**
 * A list of rule or limit ids as JSON.stringify writes it: the same few hundred ids come claim
 * after claim, so whether each needs escaping is known from the first time, and the list is
 * joined rather than stringified.
 */
export function idsJson(ids: readonly string[]): string {
  if (ids.length === 0) return '[]';
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    let plain = plainIds.get(id);
    if (plain === undefined) {
      if (plainIds.size >= MAX_IDS) plainIds.clear();
      plain = typeof id === 'string' && q(id) === `"${id}"`;
      plainIds.set(id, plain);
    }
    if (!plain) return q(ids);
  }
  return `["${ids.join('","')}"]`;
}

/**
 * A string's JSON between its quotation marks. Most strings need no escaping, and the test for
 * it is faster than JSON.stringify's copy (text, names, mentions: about half the time over the
 * corpus repeated to 10 MB): the string itself goes into the line, not a copy of it.
 */
export const jsonInner = (s: string): string => (!NEEDS_ESCAPE.test(s) ? s : q(s).slice(1, -1));

/** The line's start, up to the id's opening quotation mark. */
const HEAD = `{"type":"claim","schemaVersion":${SCHEMA_VERSION},"id":"`;

/**
 * Each value of an enum with the keys and quotation marks around it, made once: a line is built
 * of fewer pieces (about 33 where it was 50), and V8 joins them into one string when the article
 * is written (each piece of a line is a node of a rope to flatten).
 */
const around = (values: readonly string[], before: string, after: string) => new Map(values.map((v) => [v, before + q(v) + after]));
const TEXT_KIND = around(SENTENCE_KINDS, '","kind":', '');
const SPEAKER_KIND = around(SPEAKER_KINDS, '","kind":', ',"mention":"');
const VIA_KIND = around(SPEAKER_KINDS, '","kind":', '},"cue":');
const STANCE = around(STANCES, ',"stance":', ',"limits":');
const QUOTE_STANCE = around(STANCES, '","stance":', ',"limits":');

/** A number as JSON.stringify writes it (a number that is not finite is null). */
const num = (x: number): string | number => (Number.isFinite(x) ? x : 'null');

/**
 * A claim's JSON, the bytes JSON.stringify gives (ClaimSchema's keys, in the order extraction
 * makes them), written key by key with what an article's claims share made once: the article's
 * name and file, the topic and the meta come as the same strings (the same object) claim after
 * claim, so their JSON is kept from the claim before; a string that needs no escaping goes in
 * as it is (jsonInner); kinds and stances, with the keys around them, and lists of rule ids
 * come from JSON made once. It also says where each person's name stands in the line, where
 * personSlots had to look for it.
 * Over the corpus repeated to 10 MB, rendering the lines took 195 ms with JSON.stringify and
 * personSlots, and takes 60 ms. A claim it is not made for (one with findings) is left to
 * JSON.stringify. test/claim-json.test.ts holds it to JSON.stringify's bytes over every claim
 * of the corpus and the fixtures: a key added to the claim, or moved, must be written here too.
 */
export class ClaimJson {
  private article: string | undefined;
  private file: string | undefined;
  private articleJson = '';
  private topic: string | undefined;
  private topicJson = '';
  private meta: ArticleMeta | undefined;
  private metaJson = '';

  /**
   * The claim's JSON; the names of its people (speakers of kind person, then a carrier who is
   * one: personsOf's order) pushed onto `persons`, and where each one's JSON-escaped text
   * starts in the line, plus `base`, onto `slots`. Null for a claim this does not write (the
   * caller then uses JSON.stringify).
   */
  line(c: Claim, base: number, persons: string[], slots: number[]): string | null {
    if (c.type !== 'claim' || c.findings !== undefined || typeof c.onTopic !== 'boolean') return null;
    if (c.article !== this.article || c.file !== this.file) {
      this.article = c.article;
      this.file = c.file;
      this.articleJson = `","article":${q(c.article)},"file":${q(c.file)},"n":`;
    }
    if (c.topic !== this.topic) {
      this.topic = c.topic;
      this.topicJson = `,"topic":${q(c.topic)},"onTopic":`;
    }
    if (c.meta !== this.meta) {
      this.meta = c.meta;
      this.metaJson = `,"meta":${q(c.meta)}}`;
    }
    const id = c.id;
    let out = (c.schemaVersion === SCHEMA_VERSION ? HEAD : '{"type":"claim","schemaVersion":' + num(c.schemaVersion) + ',"id":"') + jsonInner(id) + this.articleJson + num(c.n)
      + ',"start":' + num(c.start) + ',"end":' + num(c.end) + ',"line":' + num(c.line) + ',"text":"' + jsonInner(c.text)
      + (TEXT_KIND.get(c.kind) ?? '","kind":' + q(c.kind)) + this.topicJson + (c.onTopic ? 'true,"speakers":[' : 'false,"speakers":[');
    const speakers = c.speakers;
    for (let k = 0; k < speakers.length; k++) {
      const s: Speaker = speakers[k]!;
      out += k === 0 ? '{"name":"' : ',{"name":"';
      if (s.kind === 'person') {
        persons.push(s.name);
        slots.push(base + out.length);
      }
      out += jsonInner(s.name) + (SPEAKER_KIND.get(s.kind) ?? '","kind":' + q(s.kind) + ',"mention":"') + jsonInner(s.mention) + '"}';
    }
    const via = c.via;
    if (via === null) out += '],"via":null,"cue":';
    else {
      out += '],"via":{"name":"';
      if (via.kind === 'person') {
        persons.push(via.name);
        slots.push(base + out.length);
      }
      out += jsonInner(via.name) + (VIA_KIND.get(via.kind) ?? '","kind":' + q(via.kind) + '},"cue":');
    }
    const cue = c.cue;
    const quote = c.quote;
    out += cue === null ? 'null,"quote":' : '"' + jsonInner(cue) + '","quote":';
    out += quote === null ? 'null' + (STANCE.get(c.stance) ?? ',"stance":' + q(c.stance) + ',"limits":') : '"' + jsonInner(quote) + (QUOTE_STANCE.get(c.stance) ?? '","stance":' + q(c.stance) + ',"limits":');
    return out + idsJson(c.limits)
      + ',"confidence":' + num(c.confidence) + ',"rules":' + idsJson(c.rules) + this.metaJson;
  }
}
