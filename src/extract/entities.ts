// Who is who in one article: the fullest name of each person, and what "he", "the official",
// "these officials" or "the president" point back to.
import type { SpeakerKind } from '../schema.js';
import { asKind, blank, type Mention } from './mentions.js';
import { isTitleWord, lexicon } from './lexicon.js';
import { dayAfter, holderIn, intersect, offices, type Offices, type Span } from './offices.js';

export interface Entity {
  key: string;
  name: string;
  kind: SpeakerKind;
  gender: 'male' | 'female' | null;
  plural: boolean;
  titles: Set<string>;
  head: string | null;
}

/** Every entity is made here, with all its fields in one order (see blank() in mentions.ts). */
function entity(key: string, name: string, kind: SpeakerKind, gender: Entity['gender'], plural: boolean, titles: Set<string>, head: string | null): Entity {
  return { key, name, kind, gender, plural, titles, head };
}

const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

/** the entities an article keeps as just mentioned, most recent first */
const MAX_RECENT = 30;

/** The same person however the name is spelled: "Zelenskyy" and "Zelensky", "Blinken's". */
export function personKey(name: string): string {
  const words = name.split(/\s+/).filter((w) => !SUFFIX.test(w));
  const last = (words[words.length - 1] ?? name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return last.replace(/[^a-z0-9]/g, '').replace(/(.)\1+/g, '$1').replace(/(?<=.{3})y$/, 'i');
}

/**
 * What tells apart two persons of one surname: the given name, lower case without marks, and a
 * generational suffix ("Barack" and "Michelle" Obama; "Donald Trump" and "Donald Trump Jr.").
 * Titles before it are no given name ("Lt Gen Vikram Sethi" is Vikram's, "Mr Sikorski" is a
 * surname alone); '' for a surname alone ("Obama"), which may be either.
 */
export function givenName(name: string, isTitle: (word: string) => boolean): string {
  const words = name.split(/\s+/);
  const suffix = words.length > 1 && SUFFIX.test(words[words.length - 1]!) ? words.pop()!.toLowerCase().replace(/\./g, '') : '';
  let first = 0;
  while (first < words.length - 1 && isTitle(words[first]!)) first++;
  if (first >= words.length - 1) return suffix && `|${suffix}`;
  const given = plainGiven(words[first]!);
  return suffix ? `${given}|${suffix}` : given;
}

/** A given name's word in lower-case ASCII letters, without marks ("José" -> "jose", "Jean-Luc" -> "jeanluc"). */
export function plainGiven(word: string): string {
  // (most names are ASCII letters: no decomposition, and no regex when the word holds letters only)
  let letters = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c > 127) return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
    if (letters && !((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) letters = false;
  }
  return letters ? word.toLowerCase() : word.toLowerCase().replace(/[^a-z]/g, '');
}

/** givenName() with the titles of the lexicon. */
export function givenNameOf(name: string): string {
  return givenName(name, (w) => isTitleWord(lexicon(), w));
}

/**
 * Two given names (givenName) of one person: with the same suffix, the same name, a surname alone,
 * an initial of the other ("J." and "John"), one of three letters or more that begins the other
 * ("Alex" and "Alexander"), or two of five letters or more one letter apart, as transliterations
 * are ("Dmitri" and "Dmitry", "Sergei" and "Sergey"). Not "Joe" and "Joseph": nicknames are no data here.
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const [givenA = '', suffixA = ''] = a.split('|');
  const [givenB = '', suffixB = ''] = b.split('|');
  if (suffixA !== suffixB) return false;
  if (givenA === '' || givenB === '') return true;
  const [short, long] = givenA.length <= givenB.length ? [givenA, givenB] : [givenB, givenA];
  if (short.length === 1 || short.length >= 3) if (long.startsWith(short)) return true;
  return short.length >= 5 && oneEditApart(short, long);
}

/** Whether one letter changed, added or dropped turns `short` into `long` (short.length <= long.length). */
function oneEditApart(short: string, long: string): boolean {
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** A given name (givenName) that is a surname alone, with or without a suffix. */
export function isSurnameAlone(given: string): boolean {
  return given === '' || given.startsWith('|');
}

export function groupKey(name: string): string {
  return name.toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[^a-z0-9 ]/g, '').trim();
}

/** names whose keys are kept, of each kind (news copy names far fewer) */
const MAX_KEYS = 50_000;
/**
 * personKey and groupKey of each name met, worked out once for all articles (the keys are pure
 * functions of the name, and the same names recur from article to article of one debate)
 */
const PERSON_KEYS = new Map<string, string>();
const GROUP_KEYS = new Map<string, string>();

/** `key(name)`, kept in `keys` while it holds fewer than MAX_KEYS */
function remembered(keys: Map<string, string>, name: string, key: (name: string) => string): string {
  let k = keys.get(name);
  if (k === undefined) {
    k = key(name);
    if (keys.size < MAX_KEYS) keys.set(name, k);
  }
  return k;
}

/** The three arrays one after another, in a new array (a loop: no spread's iterators). */
export function joined<T>(a: readonly T[], b: readonly T[], c: readonly T[]): T[] {
  const out: T[] = [];
  for (let n = 0; n < a.length; n++) out.push(a[n]!);
  for (let n = 0; n < b.length; n++) out.push(b[n]!);
  for (let n = 0; n < c.length; n++) out.push(c[n]!);
  return out;
}

function nameLength(name: string): number {
  return name.split(/\s+/).length;
}

export class ArticleEntities {
  /** a role -> the titles it stands for (lexicon roleTitles) */
  /** anonymousHeads: heads of unnamed sources ("officials"), which point back to a source, not to a pair of persons */
  constructor(private readonly roleTitles: ReadonlyMap<string, ReadonlySet<string>> = new Map(), private readonly anonymousHeads: ReadonlySet<string> = new Set()) {}

  /** persons by surname (personKey), in the order the article names them: two of one surname are two persons */
  private persons = new Map<string, Entity[]>();
  private groups = new Map<string, Entity>();
  /** most recent first */
  private recent: Entity[] = [];
  /** the last subject of two or more coordinated holders ("Blinken and Burns") */
  lastSet: Entity[] = [];

  /** givenName of each name met in this article, worked out once */
  private givens = new Map<string, string>();

  private givenOf(name: string): string {
    let given = this.givens.get(name);
    if (given === undefined) this.givens.set(name, (given = givenNameOf(name)));
    return given;
  }

  private groupKeyOf(name: string): string {
    return remembered(GROUP_KEYS, name, groupKey);
  }

  private keyOf(name: string): string {
    return remembered(PERSON_KEYS, name, personKey);
  }

  /**
   * The person of the article this name names: of its surname and a given name that fits
   * (sameGivenName); a surname alone is the one person of that surname, or, when the article
   * names two ("Barack Obama", "Michelle Obama"), the first named: news copy names the second by
   * given name or in full.
   */
  private personOf(name: string): Entity | undefined {
    const same = this.persons.get(this.keyOf(name));
    if (!same) return undefined;
    if (same.length === 1) {
      const only = same[0]!;
      const given = this.givenOf(name);
      return given === '' || sameGivenName(this.givenOf(only.name), given) ? only : undefined;
    }
    const given = this.givenOf(name);
    if (isSurnameAlone(given)) return same.find((e) => sameGivenName(this.givenOf(e.name), given)) ?? same[0];
    return same.find((e) => this.givenOf(e.name) === given) ?? same.find((e) => sameGivenName(this.givenOf(e.name), given));
  }

  private allPersons(): Entity[] {
    return [...this.persons.values()].flat();
  }

  /** The first of allPersons() that fits, or undefined (no array of them is made: asked of every title). */
  private firstPerson(fits: (e: Entity) => boolean): Entity | undefined {
    for (const same of this.persons.values()) for (let n = 0; n < same.length; n++) if (fits(same[n]!)) return same[n]!;
    return undefined;
  }

  /** First pass over the whole article: fullest names, titles and genders. */
  observe(m: Mention): void {
    if (m.kind !== 'person') return;
    const known = this.personOf(m.name);
    if (!known) {
      const key = this.keyOf(m.name);
      const given = this.givenOf(m.name);
      const e = entity(given ? `${key}|${given}` : key, m.name, 'person', m.gender, false, new Set(m.titles), null);
      const same = this.persons.get(key);
      if (same) same.push(e);
      else this.persons.set(key, [e]);
      return;
    }
    if (nameLength(m.name) > nameLength(known.name)) known.name = m.name;
    for (const t of m.titles) known.titles.add(t);
    known.gender ??= m.gender;
  }

  /** A mention that names someone (not a reference back) as an entity. */
  /** persons a transcript labels as the outlet's own (", HOST:", ", BYLINE:"): their turns are its voice */
  readonly ownVoice = new Set<Entity>();

  /** The person of the article with this name's surname, if the article names one. */
  knownPerson(name: string): Entity | null {
    return this.personOf(name) ?? null;
  }

  /**
   * The surnames (lower case) of the persons the article names by two words or more whose
   * surname the article also writes in a way that is no person's name ("Pence", "Bolton").
   */
  surnames(): Set<string> {
    const out = new Set<string>();
    for (const p of this.allPersons()) {
      const words = p.name.split(/\s+/).filter((w) => !SUFFIX.test(w));
      if (words.length > 1) out.add(words[words.length - 1]!.toLowerCase());
    }
    return out;
  }

  entityOf(m: Mention): Entity | null {
    if (m.kind === 'person') {
      const known = this.personOf(m.name);
      if (known) return known;
      this.observe(m);
      return this.personOf(m.name)!;
    }
    if (m.kind === 'group' || m.kind === 'anonymous' || m.kind === 'outlet') {
      let name = m.name;
      if (m.possessor && (m.possessor.kind === 'group' || m.possessor.kind === 'person' || m.possessor.kind === 'outlet')) {
        const owner = this.entityOf(m.possessor);
        if (owner) name = `${owner.name}'s ${m.head ?? m.name}`;
      }
      const key = this.groupKeyOf(name);
      let e = this.groups.get(key);
      if (!e) {
        e = entity(key, name, m.kind, null, m.plural, new Set(), m.head);
        this.groups.set(key, e);
      }
      return e;
    }
    return null;
  }

  /** What a pronoun, "the official", "these officials" or "the president" refers to. */
  /** `definite`: the reference opens with "the" ("the officials", not "these officials") */
  resolve(m: Mention, before: Entity[], speakersBefore: Entity[], definite = false): Entity[] {
    const pool = joined(before, speakersBefore, this.recent);
    if (m.kind === 'pronoun') {
      // "The Kremlin rejected the plan. It said …": "it" is the body or outlet that spoke in the
      // sentence before, never a thing merely named
      if (m.head === 'body') {
        const body = speakersBefore.find((e) => e.kind !== 'person' && !e.plural);
        return body ? [body] : [];
      }
      if (m.plural) {
        // "The threat came from X, as the US and the UK discussed … They …": a set that mixes
        // persons and bodies is no one group; "they" are those of the kind the set opens with
        if (this.lastSet.length > 1) {
          const person = this.lastSet[0]!.kind === 'person';
          return this.lastSet.filter((e) => (e.kind === 'person') === person);
        }
        // "European allies met in Brussels. They ...": a plural body before a singular one
        const g = pool.find((e) => e.kind !== 'person' && e.plural) ?? pool.find((e) => e.kind === 'group');
        return g ? [g] : [];
      }
      // among the last two persons, one of the pronoun's gender before one whose gender is
      // unknown ("Zakharova said ... Aydemir said ... she": Aydemir, whose name no lexicon knows);
      // then the nearest that may be either; then remember it
      const persons = pool.filter((e) => e.kind === 'person');
      const compatible = (e: Entity) => e.gender === null || m.gender === null || e.gender === m.gender;
      const p = persons.slice(0, 2).find((e) => m.gender !== null && e.gender === m.gender) ?? persons.find(compatible);
      if (p) p.gender ??= m.gender;
      return p ? [p] : [];
    }
    if (m.kind === 'title-ref') {
      const title = m.titles[0] ?? '';
      const p = pool.find((e) => e.kind === 'person' && e.titles.has(title))
        ?? this.firstPerson((e) => e.titles.has(title))
        ?? this.describedPerson(m, pool);
      // "Italy's foreign minister": the office's holder of the article's time, unless the article
      // names one with the title and that nationality
      const nationality = m.titles[1];
      if (m.titles.length > 2 && nationality && !(p && p.titles.has(nationality))) {
        const country = lexicon().demonyms.get(nationality);
        const held = country ? this.officeHolder(country, m.titles[2]!, nationality) : null;
        if (held) return [held];
      }
      if (p) return [p];
      // "the official": no person holds the title, so it points back to an unnamed source
      if (m.head) return this.resolve(asKind(m, 'anaphor'), before, speakersBefore);
      // "Emmanuel Macron has said … the French president said": nobody holds the title yet, so
      // the nearest person named before it in the sentence, or the last speaker, with no title takes it
      const untitled = [...before, ...speakersBefore, ...this.recent].find((e) => e.kind === 'person' && e.titles.size === 0);
      if (untitled) untitled.titles.add(title);
      if (untitled) return [untitled];
      // "The judge rubbed his chin and said …" with no judge named: the unnamed holder of the title
      const unnamed = this.entityOf(asKind(m, 'anonymous', title));
      return unnamed ? [unnamed] : [];
    }
    if (m.kind === 'anaphor') {
      const head = (m.head ?? '').replace(/s$/, '');
      const g = pool.find((e) => e.kind !== 'person' && (e.head ?? '').replace(/s$/, '') === head);
      // "Two French officials, who asked not to be named, said … The officials added": the
      // source named before, not the two persons last named together ("these officials" are they)
      if (g && definite && this.anonymousHeads.has(m.head ?? '')) return [g];
      if (m.plural && this.lastSet.length > 1 && this.lastSet.every((e) => e.kind === 'person')) return this.lastSet;
      if (g) return [g];
      const e = this.entityOf(asKind(m, head === 'official' || head === 'source' ? 'anonymous' : 'group', m.head ?? m.name));
      return e ? [e] : [];
    }
    const e = this.entityOf(m);
    return e ? [e] : [];
  }

  /**
   * "the Russian leader", "the top diplomat": a role that no person holds by that word names the
   * person whose titles the role stands for (lexicon roleTitles: a leader is a president, a prime
   * minister, a chancellor …), of that nationality when the reference gives one, the nearest first.
   */
  private describedPerson(m: Mention, pool: Entity[]): Entity | undefined {
    const titles = this.roleTitles.get(m.titles[0] ?? '');
    if (!titles) return undefined;
    const nationality = m.titles[1];
    const fits = (e: Entity) => e.kind === 'person' && [...titles].some((t) => e.titles.has(t)) && (!nationality || e.titles.has(nationality));
    return pool.find(fits) ?? this.firstPerson(fits);
  }

  /** The article's person whom a role of a nationality stands for ("leader", "german" -> the German chancellor), or null; changes nothing. */
  roleHolder(role: string, nationality: string | undefined): Entity | null {
    const titles = this.roleTitles.get(role);
    if (!titles) return null;
    const fits = (e: Entity) => [...titles].some((t) => e.titles.has(t)) && (!nationality || e.titles.has(nationality));
    return this.recent.find((e) => e.kind === 'person' && fits(e)) ?? this.firstPerson(fits) ?? null;
  }

  /**
   * The person of the article who holds the title a reference names ("the French president" ->
   * Emmanuel Macron), or null; unlike resolve() it changes nothing, so the sentence's order of
   * mentions can be noted for "he" and "she".
   */
  titleHolder(m: Mention): Entity | null {
    if (m.kind !== 'title-ref') return null;
    const title = m.titles[0] ?? '';
    const nationality = m.titles[1];
    const fits = (e: Entity) => e.kind === 'person' && e.titles.has(title) && (!nationality || e.titles.has(nationality));
    return this.recent.find(fits) ?? this.firstPerson(fits) ?? null;
  }

  /**
   * When the article was written, as the office-holder table can tell (offices.ts): its date
   * when known; else the spans in which every person it names with an office's title held that
   * office ("Foreign Secretary David Lammy" and "Secretary of State Antony Blinken": July 2024 to
   * January 2025); else the pack's period (when the debate took place); else the table's own
   * date. None when the names disagree: then no reference is resolved by the table. Worked out at
   * the first reference that asks, once the article's persons are all observed (most articles
   * never ask).
   */
  private officeSpans: Span[] | null = null;

  /** The article's date of publication, when known (ISO 8601), for the office-holder table. */
  published: string | null = null;

  /** When the pack's debate took place, for an article with no date of its own. */
  period: Span | null = null;

  private datedSpans(table: Offices): Span[] {
    const day = this.published && /^\d{4}-\d{2}-\d{2}/.test(this.published) ? this.published.slice(0, 10) : null;
    if (day) return [[day, dayAfter(day)]];
    let spans: Span[] | null = null;
    for (const p of this.allPersons()) {
      // "former President Obama" dates nothing
      if (p.titles.size === 0 || p.titles.has('former')) continue;
      const key = this.keyOf(p.name), given = this.givenOf(p.name);
      let held: Span[] | null = null;
      for (const { term, words } of table.terms) {
        if (this.keyOf(term.name) !== key || !sameGivenName(this.givenOf(term.name), given)) continue;
        let titled = false;
        for (const t of p.titles) if (words.has(t)) { titled = true; break; }
        if (titled) (held ??= []).push([term.from, term.to]);
      }
      if (held) spans = spans ? intersect(spans, held) : held;
    }
    return spans ?? (this.period ? [this.period] : [[table.asOf, dayAfter(table.asOf)]]);
  }

  /**
   * The person who held a country's office when the article was written ("Italy", "foreign
   * minister"), by the office-holder table, or null; the person gets the office's title and
   * nationality, so a later "the foreign minister" is them too.
   */
  officeHolder(country: string, phrase: string, demonym: string | undefined): Entity | null {
    const table = offices();
    this.officeSpans ??= this.datedSpans(table);
    if (!this.officeSpans.length) return null;
    let name: string | null = null;
    for (const span of this.officeSpans) {
      const n = holderIn(table, country, phrase, span);
      if (!n || (name !== null && n !== name)) return null;
      name = n;
    }
    if (!name) return null;
    const e = this.entityOf(blank(0, 0, 'person', name));
    if (e) {
      e.titles.add(phrase.slice(phrase.lastIndexOf(' ') + 1));
      if (demonym) e.titles.add(demonym);
    }
    return e;
  }

  /** Remember who was just mentioned, most recent first. */
  note(entities: Entity[]): void {
    // in place: asked twice a sentence, and every reader copies or reads at once
    const recent = this.recent;
    for (let n = 0; n < entities.length; n++) {
      const e = entities[n]!;
      // (the most recent already: taking it out and putting it first again changes nothing)
      if (recent[0] === e) continue;
      // the ones before it move back by one and it goes first (a new one: all move back, and the
      // last falls off once MAX_RECENT are kept), as taking it out and putting it first did,
      // without splice's and unshift's new arrays and moves of the whole
      let at = recent.indexOf(e);
      if (at < 0) {
        if (recent.length < MAX_RECENT) recent.push(e);
        at = recent.length - 1;
      }
      for (let k = at; k > 0; k--) recent[k] = recent[k - 1]!;
      recent[0] = e;
    }
  }
}
