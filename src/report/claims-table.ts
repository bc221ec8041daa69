// --format table: article, n, speakers, stance (coloured), limits, and the text wrapped to the
// terminal's width; with --explain, the rules and the words they matched under each claim.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Claim } from '../schema.js';
import type { Explanation } from '../extract/index.js';
import { paintStance } from './color.js';

export function claimsTable(claims: Claim[], opts: { width: number; chalk: ChalkInstance; color: boolean; explain?: Map<string, Explanation> }): string {
  const { chalk } = opts;
  const fixed = [24, 5, 24, 9, 14];
  const textWidth = Math.max(24, opts.width - fixed.reduce((a, b) => a + b, 0) - 7);
  const table = new Table({
    head: ['article', 'n', 'speakers', 'stance', 'limits', 'text'],
    colWidths: [...fixed, textWidth],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: opts.color ? { head: ['bold'] } : { head: [], border: [] },
  });
  for (const c of claims) {
    table.push([c.article, String(c.n), c.speakers.map((s) => s.name).join(', '), paintStance(chalk, c.stance), c.limits.join(', '), c.text]);
    const why = opts.explain?.get(c.id);
    if (why) table.push([{ colSpan: 6, content: chalk.dim(explainLines(c, why).join('\n')) }]);
  }
  return `${table.toString()}\n`;
}

export function explainLines(c: Claim, why: Explanation): string[] {
  const lines: string[] = [];
  for (const s of why.speakers) lines.push(`  speaker ${s.name}  ${s.rule}${s.cue ? ` (cue "${s.cue}")` : ''}`);
  if (c.via) lines.push(`  via ${c.via.name} (${c.via.kind})`);
  for (const v of why.stance) lines.push(`  ${v.stance.padEnd(8)} ${v.rule}  "${v.words}" weight ${v.weight}`);
  for (const v of why.ignored) lines.push(`  ignored  ${v.rule}  "${v.words}" (${v.ignored ?? ''})`);
  for (const l of why.limits) lines.push(`  limit ${l.id}  "${l.term}" bounded by "${l.bound}"`);
  lines.push(`  topic ${c.topic}: ${why.topic === 'off' ? 'off topic' : `on topic (${why.topic})`}`);
  lines.push(`  => ${c.stance}${c.limits.length ? ` [${c.limits.join(', ')}]` : ''}  confidence ${c.confidence}`);
  return lines;
}
