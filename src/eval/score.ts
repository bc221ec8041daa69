// Scores claim records against gold labels: sentence alignment, boilerplate, speakers P/R/F1,
// stance accuracy, macro-F1 and confusion, limits P/R/F1. The figures are those of the team's
// reference scorer on the same records (test/eval.test.ts checks that they agree).
import { STANCES, type Claim, type Stance } from '../schema.js';
import type { GoldArticle } from './gold.js';
import { normalizeText, speakerKey } from './speaker-key.js';

/** A figure is null when there is nothing to measure it on (shown as n/a). */
export interface PRF { p: number | null; r: number | null; f1: number | null }
export type Confusion = Record<Stance, Record<Stance | 'missing', number>>;

export interface EvalError { article: string; text: string; field: 'boilerplate' | 'speakers' | 'stance' | 'limits'; gold: unknown; pred: unknown }

export interface Figures {
  sentences: number;
  aligned: number | null;
  boilerplate: number | null;
  speakers: PRF;
  stance: number | null;
  stanceMacro: number | null;
  stanceF1: Record<Stance, number | null>;
  limits: PRF;
  confusion: Confusion;
}

/**
 * Precision, recall and F1, each null when there is nothing to measure it on: precision without
 * predictions, recall without gold, F1 without either. One side empty and the other not is an F1
 * of 0.
 */
function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : null;
  const r = tp + fn ? tp / (tp + fn) : null;
  if (p === null && r === null) return { p, r, f1: null };
  const [pp, rr] = [p ?? 0, r ?? 0];
  return { p, r, f1: pp + rr ? (2 * pp * rr) / (pp + rr) : 0 };
}

const ratio = (a: number, b: number) => (b ? a / b : null);

interface Candidate { claim: Claim; norm: string }

function align(text: string, candidates: Candidate[]): { rec: Candidate | null; exact: boolean } {
  const t = normalizeText(text);
  const exact = candidates.find((c) => c.norm === t);
  if (exact) return { rec: exact, exact: true };
  let best: Candidate | null = null;
  let bestLen = 0;
  for (const c of candidates) {
    const len = c.norm.includes(t) ? t.length : t.includes(c.norm) && c.norm.length > 20 ? c.norm.length : 0;
    if (len > bestLen) { best = c; bestLen = len; }
  }
  return { rec: best, exact: false };
}

const sameSet = (a: Set<string>, b: Set<string>) => [...a].sort().join('|') === [...b].sort().join('|');

export function score(gold: GoldArticle[], claims: Claim[]): { figures: Figures; errors: EvalError[] } {
  const byArticle = new Map<string, Candidate[]>();
  for (const c of claims) {
    const list = byArticle.get(c.article) ?? [];
    list.push({ claim: c, norm: normalizeText(c.text) });
    byArticle.set(c.article, list);
  }
  const n = { gold: 0, exact: 0, bpGold: 0, bpDropped: 0, spTP: 0, spFP: 0, spFN: 0, stOK: 0, liTP: 0, liFP: 0, liFN: 0 };
  const confusion = Object.fromEntries(STANCES.map((s) => [s, Object.fromEntries([...STANCES, 'missing'].map((t) => [t, 0]))])) as Confusion;
  const errors: EvalError[] = [];
  for (const doc of gold) {
    const candidates = byArticle.get(doc.article) ?? [];
    for (const g of doc.sentences) {
      const { rec, exact } = align(g.text, candidates);
      if (g.boilerplate) {
        n.bpGold++;
        if (!rec || !exact) n.bpDropped++;
        else errors.push({ article: doc.article, text: g.text, field: 'boilerplate', gold: true, pred: false });
        continue;
      }
      n.gold++;
      if (rec && exact) n.exact++;
      const live = rec?.claim ?? null;
      const gs = new Set(g.speakers.map(speakerKey).filter(Boolean));
      const ps = new Set((live?.speakers ?? []).map((s) => speakerKey(s.name)).filter(Boolean));
      for (const k of ps) { if (gs.has(k)) n.spTP++; else n.spFP++; }
      for (const k of gs) if (!ps.has(k)) n.spFN++;
      if (!sameSet(gs, ps)) errors.push({ article: doc.article, text: g.text, field: 'speakers', gold: [...gs], pred: [...ps] });
      const pst = live ? live.stance : 'missing';
      confusion[g.stance][pst]++;
      if (pst === g.stance) n.stOK++;
      else errors.push({ article: doc.article, text: g.text, field: 'stance', gold: g.stance, pred: pst });
      const gl = new Set(g.limits);
      const pl = new Set(live?.limits ?? []);
      for (const l of pl) { if (gl.has(l)) n.liTP++; else n.liFP++; }
      for (const l of gl) if (!pl.has(l)) n.liFN++;
      if (!sameSet(gl, pl)) errors.push({ article: doc.article, text: g.text, field: 'limits', gold: [...gl], pred: [...pl] });
    }
  }
  const stanceF1 = Object.fromEntries(STANCES.map((s) => {
    const tp = confusion[s][s];
    const fn = Object.values(confusion[s]).reduce((a, b) => a + b, 0) - tp;
    const fp = STANCES.reduce((a, g) => a + (g === s ? 0 : confusion[g][s]), 0);
    return [s, prf(tp, fp, fn).f1];
  })) as Record<Stance, number | null>;
  const measured = STANCES.map((s) => stanceF1[s]).filter((f): f is number => f !== null);
  const figures: Figures = {
    sentences: n.gold,
    aligned: ratio(n.exact, n.gold),
    boilerplate: ratio(n.bpDropped, n.bpGold),
    speakers: prf(n.spTP, n.spFP, n.spFN),
    stance: ratio(n.stOK, n.gold),
    // over the stances there is something to measure on
    stanceMacro: measured.length ? measured.reduce((a, b) => a + b, 0) / measured.length : null,
    stanceF1,
    limits: prf(n.liTP, n.liFP, n.liFN),
    confusion,
  };
  return { figures, errors };
}
