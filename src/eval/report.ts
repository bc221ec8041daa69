// `claims eval` as text: the figures, the confusion matrix, and with --errors each wrong sentence.
import { STANCES } from '../schema.js';
import type { EvalError, Figures } from './score.js';
import { visible } from '../report/visible.js';

const pct = (x: number | null) => (x === null ? 'n/a'.padStart(6) : `${(100 * x).toFixed(1).padStart(5)}%`);

export function evalText(f: Figures, articles: number, predictions: number, errors: EvalError[] | null): string {
  const lines = [
    `sentences ${f.sentences} (gold, not boilerplate) in ${articles} articles; predictions ${predictions}`,
    `aligned exactly     ${pct(f.aligned)}`,
    `boilerplate dropped ${pct(f.boilerplate)}`,
    `speakers  P ${pct(f.speakers.p)}  R ${pct(f.speakers.r)}  F1 ${pct(f.speakers.f1)}`,
    `stance    accuracy ${pct(f.stance)}  macro-F1 ${pct(f.stanceMacro)}  (${STANCES.map((s) => `${s} ${f.stanceF1[s] === null ? 'n/a' : (100 * f.stanceF1[s]).toFixed(0)}`).join(', ')})`,
    `limits    P ${pct(f.limits.p)}  R ${pct(f.limits.r)}  F1 ${pct(f.limits.f1)}`,
    'stance confusion (rows gold, columns predicted):',
    `  ${['', ...STANCES, 'missing'].map((s) => s.padStart(9)).join('')}`,
    ...STANCES.map((s) => `  ${[s, ...[...STANCES, 'missing' as const].map((t) => String(f.confusion[s][t]))].map((x) => x.padStart(9)).join('')}`),
  ];
  if (errors) {
    for (const e of errors) lines.push(`${visible(e.article)}  ${e.field}: gold ${visible(JSON.stringify(e.gold))} predicted ${visible(JSON.stringify(e.pred))}\n    ${visible(e.text)}`);
  }
  return `${lines.join('\n')}\n`;
}
