// --format table: one block per sentence, written article by article as they come. The first
// line says where (`file:line`, as ripgrep and eslint do), the stance, the speakers and the
// limits; the text follows, wrapped to the terminal's width and indented. Rendered by hand in one
// pass (cli-table3 lays out the whole table at once, quadratic in rows), so it streams and its
// cost is linear in the output. With --explain, the rules and the words they matched follow.
import type { ChalkInstance } from 'chalk';
import type { Claim, Explanation } from '../schema.js';
import { paintStance } from './color.js';
import { displayWidth, visible } from './visible.js';

export const MIN_TABLE_WIDTH = 60;
const INDENT = '  ';
const STANCE_WIDTH = 7; // `limited`, `neutral`, `support`

export interface TableOptions { width: number; chalk: ChalkInstance }

/** Words wrapped to `width` columns, each line after the first (and the first) led by `indent`. */
export function wrap(text: string, width: number, indent: string, firstIndent = indent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let used = displayWidth(firstIndent);
  let empty = true;
  const room = Math.max(10, width);
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const w = displayWidth(word);
    if (!empty && used + 1 + w > room) {
      lines.push(line);
      line = indent;
      used = displayWidth(indent);
      empty = true;
    }
    if (empty && used + w > room) {
      // a word longer than the line is cut
      let rest = word;
      while (used + displayWidth(rest) > room) {
        const [head, tail] = cut(rest, room - used);
        lines.push(line + head);
        line = indent;
        used = displayWidth(indent);
        rest = tail;
      }
      line += rest;
      used += displayWidth(rest);
      empty = false;
      continue;
    }
    line += empty ? word : ` ${word}`;
    used += empty ? w : w + 1;
    empty = false;
  }
  lines.push(line);
  return lines;
}

function cut(word: string, columns: number): [string, string] {
  let head = '';
  let used = 0;
  const chars = Array.from(word);
  let k = 0;
  for (; k < chars.length; k++) {
    const w = displayWidth(chars[k]!);
    if (used + w > Math.max(1, columns) && k > 0) break;
    head += chars[k];
    used += w;
  }
  return [head, chars.slice(k).join('')];
}

/** Renders the blocks of one article at a time; `file:line` is padded within an article. */
export class ClaimsTable {
  private readonly width: number;
  private articles = 0;
  constructor(private readonly opts: TableOptions) {
    this.width = Math.max(MIN_TABLE_WIDTH, opts.width);
  }

  article(claims: readonly Claim[], explanations?: ReadonlyMap<string, Explanation>): string {
    if (claims.length === 0) return '';
    const { chalk } = this.opts;
    const file = visible(claims[0]!.file);
    const locWidth = displayWidth(file) + 1 + String(claims.reduce((m, c) => Math.max(m, c.line), 0)).length;
    let out = this.articles++ > 0 ? '\n' : '';
    for (const c of claims) {
      const loc = `${file}:${c.line}`;
      const speakers = c.speakers.map((s) => visible(s.name)).join(', ');
      const limits = c.limits.length ? `[${c.limits.map(visible).join(', ')}]` : '';
      // the head wraps like the text when the speakers are many or the width small
      const lead = locWidth + 2 + STANCE_WIDTH + 2;
      const headLines = wrap([speakers, limits].filter((s) => s !== '').join(' '), this.width, ' '.repeat(Math.min(lead, 30)), ' '.repeat(lead));
      const first = headLines[0]!.slice(lead);
      out += `${chalk.magenta(loc)}${' '.repeat(locWidth - displayWidth(loc) + 2)}${paintStance(chalk, c.stance)}${' '.repeat(STANCE_WIDTH - c.stance.length)}${first ? `  ${chalk.bold(first)}` : ''}\n`;
      for (const more of headLines.slice(1)) out += `${chalk.bold(more)}\n`;
      for (const line of wrap(visible(c.text), this.width, INDENT)) out += `${line}\n`;
      const why = explanations?.get(c.id);
      if (why) for (const line of explainLines(c, why)) out += `${chalk.dim(visible(line))}\n`;
    }
    return out;
  }
}

export function explainLines(c: Claim, why: Explanation): string[] {
  const lines: string[] = [];
  for (const f of why) {
    const x = f.contribution;
    if (x.type === 'holder') lines.push(`  speaker ${x.name}  ${f.ruleId}${x.cue ? ` (cue "${x.cue}")` : ''}`);
  }
  if (c.via) lines.push(`  via ${c.via.name} (${c.via.kind})`);
  for (const f of why) {
    const x = f.contribution;
    if (x.type === 'scope') lines.push(`  ${x.effect === 'background' ? 'background' : 'denies'} ${f.ruleId}  "${f.words}"`);
  }
  for (const f of why) {
    const x = f.contribution;
    if (x.type === 'vote') lines.push(`  ${x.stance.padEnd(8)} ${f.ruleId}  "${f.words}" weight ${x.weight}`);
  }
  for (const f of why) {
    const x = f.contribution;
    if (x.type === 'ignored') lines.push(`  ignored  ${x.rule}  "${f.words}" (${x.reason})`);
  }
  for (const f of why) {
    const x = f.contribution;
    if (x.type === 'limit') lines.push(`  limit ${x.limit}  "${x.term}" bounded by "${x.bound}"`);
  }
  const topic = why.find((f) => f.contribution.type === 'topic');
  lines.push(`  topic ${c.topic}: ${topic ? `${topic.contribution.type === 'topic' && topic.contribution.onTopic ? 'on topic' : 'another subject'} (${topic.ruleId})` : 'off topic'}`);
  lines.push(`  => ${c.stance}${c.limits.length ? ` [${c.limits.join(', ')}]` : ''}  confidence ${c.confidence}`);
  return lines;
}
