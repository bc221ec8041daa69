// NDJSON rendered where an article is extracted, then renamed and filtered in the main thread,
// gives the bytes that formatting the renamed, filtered claims gives.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Claim } from '../src/schema.js';
import { extractArticle } from '../src/extract/article.js';
import { NameBook } from '../src/names.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import { filterClaims, type ClaimFilter } from '../src/report/filter.js';
import { ndjsonFormatter } from '../src/report/claims-ndjson.js';
import { finishLines, renderLines } from '../src/report/ndjson-lines.js';

const root = path.resolve(import.meta.dirname, '..');
const topic = compileTopic(loadPack());
// the development set first, then the corpus: later articles give fuller names than earlier ones
const files = ['fixtures/dev', 'corpus'].flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, dir, f)));
const texts = files.map((file) => ({ id: path.parse(file).name, file, text: fs.readFileSync(file, 'utf8') }));
// and one that names people by surname only, whom the articles before it name in full
texts.push({ id: 'surnames', file: 'surnames.txt', text: 'Blinken said Ukraine should be free to strike targets inside Russia.\n\nZelensky said the limits must go, while Scholz warned against escalation.\n' });
const articles = texts.map((t) => extractArticle(t, topic).claims);

function viaClaims(filter: ClaimFilter): string {
  const names = new NameBook();
  return articles.map((claims) => {
    names.learn(claims);
    return filterClaims(names.apply(claims), filter).map((c) => ndjsonFormatter.claim(c, 0)).join('');
  }).join('');
}

function viaLines(filter: ClaimFilter): { text: string; shown: number } {
  const names = new NameBook();
  let text = '';
  let shown = 0;
  for (const claims of articles) {
    const lines = renderLines(claims);
    names.learnNames(lines.persons.flat());
    const done = finishLines(lines, names, filter);
    text += done.text;
    shown += done.shown;
  }
  return { text, shown };
}

describe('NDJSON lines', () => {
  it('rename people to the fullest name seen so far, as the claims would be', () => {
    const { text } = viaLines({});
    expect(text).toBe(viaClaims({}));
    // the check means something only if some line was renamed
    const renamed = articles.flat().filter((c: Claim) => c.speakers.some((s) => s.kind === 'person'));
    expect(renamed.length).toBeGreaterThan(0);
    expect(text).not.toBe(articles.flat().map((c) => ndjsonFormatter.claim(c, 0)).join(''));
  });

  for (const filter of [{ speaker: ['Blinken'] }, { stance: ['oppose' as const] }, { limit: ['kharkiv-only'] }, { claimsOnly: true }, { kind: ['headline', 'person'] }, { minConfidence: 0.8 }]) {
    it(`filter ${JSON.stringify(filter)} keeps the lines the claims filter keeps`, () => {
      const { text, shown } = viaLines(filter);
      expect(text).toBe(viaClaims(filter));
      expect(shown).toBe(text.split('\n').length - 1);
      expect(shown).toBeGreaterThan(0);
    });
  }

  it('each line is one record with its newline, and lists the people it names', () => {
    const lines = renderLines(articles[articles.length - 1]!);
    for (const [k, line] of lines.lines.entries()) {
      expect(line.endsWith('\n')).toBe(true);
      const c = JSON.parse(line) as Claim;
      const persons = [...c.speakers.filter((s) => s.kind === 'person').map((s) => s.name), ...(c.via?.kind === 'person' ? [c.via.name] : [])];
      expect(lines.persons[k]).toEqual(persons);
    }
  });
});
