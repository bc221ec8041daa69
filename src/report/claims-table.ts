// --format table: article, n, speakers, stance (coloured), limits, and the text wrapped to the
// terminal's width; with --explain, the rules and the words they matched under each claim.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Claim, Explanation } from '../schema.js';
import { paintStance } from './color.js';

type TableOptions = { width: number; chalk: ChalkInstance; color: boolean; explain?: boolean };

export function claimsTable(claims: Claim[], opts: TableOptions): string {
  let out = '';
  for (const chunk of claimsTableChunks(claims, opts)) out += chunk;
  return out;
}

/** Rows drawn by one cli-table3 table: it spreads its rows into calls, and 110,000 overflowed the stack. */
const ROWS_A_CHUNK = 1000;

/**
 * The table in pieces of ROWS_A_CHUNK claims that join to one table, byte for byte: each piece is
 * drawn alone, then its bottom border goes, and the next piece's top border becomes a separator.
 * A long run is written piece by piece, never built as one string (V8 caps a string at 512 MB).
 */
export function* claimsTableChunks(claims: Claim[], opts: TableOptions, rowsAChunk = ROWS_A_CHUNK): Generator<string> {
  for (let from = 0; from < claims.length; from += rowsAChunk) {
    const first = from === 0;
    const last = from + rowsAChunk >= claims.length;
    const lines = drawTable(claims.slice(from, from + rowsAChunk), opts, first).split('\n');
    if (!last) lines.pop();
    if (!first) lines[0] = lines[0]!.replace('┌', '├').replaceAll('┬', '┼').replace('┐', '┤');
    yield `${lines.join('\n')}\n`;
  }
}

function drawTable(claims: Claim[], opts: TableOptions, head: boolean): string {
  const { chalk } = opts;
  const fixed = [24, 5, 24, 9, 14];
  const textWidth = Math.max(24, opts.width - fixed.reduce((a, b) => a + b, 0) - 7);
  const table = new Table({
    head: head ? ['article', 'n', 'speakers', 'stance', 'limits', 'text'] : [],
    colWidths: [...fixed, textWidth],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: opts.color ? { head: ['bold'] } : { head: [], border: [] },
  });
  for (const c of claims) {
    table.push([c.article, String(c.n), c.speakers.map((s) => s.name).join(', '), paintStance(chalk, c.stance), c.limits.join(', '), c.text]);
    const why = opts.explain ? c.findings : undefined;
    if (why) table.push([{ colSpan: 6, content: chalk.dim(explainLines(c, why).join('\n')) }]);
  }
  return table.toString();
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
