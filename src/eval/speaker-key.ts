// How two speaker names are compared in evaluation (the rule of ../gold/README.md): an alias
// table for bodies, otherwise the head word, singular ("Secretary of State Antony Blinken",
// "Antony Blinken" and "Blinken" are one speaker; "two U.S. officials" and "officials" too).
const ALIASES = new Map<string, string>([
  ['us', 'united states'], ['u.s.', 'united states'], ['usa', 'united states'], ['america', 'united states'],
  ['washington', 'united states'], ['the united states', 'united states'], ['the us', 'united states'], ['the u.s.', 'united states'],
  ['the administration', 'biden administration'], ['white house', 'biden administration'], ['the white house', 'biden administration'],
  ['kyiv', 'ukraine'], ['ukrainian government', 'ukraine'], ['nato leadership', 'nato'], ['the kremlin', 'kremlin'], ['moscow', 'kremlin'],
  ['uk', 'united kingdom'], ['u.k.', 'united kingdom'], ['britain', 'united kingdom'], ['the u.k.', 'united kingdom'],
]);
const WHOLE = new Set(['united states', 'biden administration', 'united kingdom']);
const CUT = new Set(['in', 'from', 'at', 'across', 'within', 'involved', 'who', 'that', 'with', 'on', 'over', 'familiar']);
const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'many', 'several', 'most', 'each', 'all', 'both', 'few', 'none']);
const DROP = new Set(['a', 'an', 'the', 'jr', 'jr.', 'sr', 'sr.', 'one', 'two', 'three', 'of', 'senior', 'anonymous']);

export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(/[\u2018\u2019\u201B`]/g, "'").replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim();
}

export function speakerKey(raw: string): string {
  const cased = normalizeText(raw);
  const lower = cased.toLowerCase();
  const alias = ALIASES.get(lower);
  if (alias) return alias;
  let tokens = cased.replace(/['\u2019]s\b/g, '').split(/\s+/).filter(Boolean);
  if (QUANTIFIERS.has(tokens[0]?.toLowerCase() ?? '') && tokens[1]?.toLowerCase() === 'of') tokens = tokens.slice(2);
  const of = tokens.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of');
  if (of > 0 && tokens.slice(of + 1).every((w) => w === w.toLowerCase())) tokens = tokens.slice(0, of);
  let words = tokens.map((w) => w.toLowerCase()).filter((w) => !DROP.has(w));
  const cut = words.findIndex((w, i) => i > 0 && CUT.has(w));
  if (cut > 0) words = words.slice(0, cut);
  if (!words.length) return '';
  const joined = words.join(' ');
  const joinedAlias = ALIASES.get(joined);
  if (joinedAlias) return joinedAlias;
  if (WHOLE.has(joined)) return joined;
  return words[words.length - 1]!.replace(/[.,]$/, '').replace(/(?<=[a-z]{3})s$/, '');
}
