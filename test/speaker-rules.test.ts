// The speaker rules run in the registry's order: the registry (src/extract/rules/registry.json)
// is their precedence, and every speaker rule that needs code has its stage.
import { describe, expect, it } from 'vitest';
import { inRegistryOrder, RULES } from '../src/extract/rules.js';
import { ARTICLE_SPEAKER_RULES, SPEAKER_PIPELINE, SPEAKER_STAGES } from '../src/extract/speaker-rules.js';
import { CUE_PIPELINE, CUE_RULES } from '../src/extract/subjects.js';
import { POSSESSIVE_PIPELINE, POSSESSIVE_RULES } from '../src/extract/possessives.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';

const speakerRules = RULES.filter((r) => r.kind === 'speaker' || r.kind === 'via');

describe('the speaker pipeline', () => {
  /** the first rule of each function, in registry order */
  const firstsOf = <F>(registered: ReadonlyMap<string, F>): string[] => {
    const staged = RULES.map((r) => r.id).filter((id) => registered.has(id));
    return staged.filter((id, k) => staged.findIndex((x) => registered.get(x) === registered.get(id)) === k);
  };

  it('runs its stages in the order the registry lists their rules', () => {
    const firsts = firstsOf(SPEAKER_STAGES);
    expect(SPEAKER_PIPELINE.map((s) => s.id)).toEqual(firsts);
    expect(SPEAKER_PIPELINE.map((s) => s.run)).toEqual(firsts.map((id) => SPEAKER_STAGES.get(id)));
    expect(SPEAKER_PIPELINE[0]!.id).toBe('speaker.transcript');
    // the order is the registry's, not the code's: another order gives another pipeline
    expect(inRegistryOrder(SPEAKER_STAGES, [...RULES].reverse()).map((s) => s.id)).not.toEqual(firsts);
  });

  it("runs each cue's rules in the order the registry lists them", () => {
    const firsts = firstsOf(CUE_RULES);
    expect(CUE_PIPELINE.map((s) => s.id)).toEqual(firsts);
    expect(CUE_PIPELINE.map((s) => s.run)).toEqual(firsts.map((id) => CUE_RULES.get(id)));
    // the last resort comes last
    expect(CUE_PIPELINE[CUE_PIPELINE.length - 1]!.id).toBe('speaker.clause-subject');
  });

  it('runs the possessive rules in the order the registry lists them', () => {
    const firsts = firstsOf(POSSESSIVE_RULES);
    expect(POSSESSIVE_PIPELINE.map((s) => s.id)).toEqual(firsts);
    expect(POSSESSIVE_PIPELINE.map((s) => s.run)).toEqual(firsts.map((id) => POSSESSIVE_RULES.get(id)));
  });

  it('the cue and possessive rules are the ones their sentence stage stands for', () => {
    const idsOf = (id: string) => [...SPEAKER_STAGES].filter(([, run]) => run === SPEAKER_STAGES.get(id)).map(([x]) => x).sort();
    expect(idsOf('speaker.subject')).toEqual([...CUE_RULES.keys()].sort());
    // (the possessive stage also keeps something said beside a holder found: speaker.said-owner)
    expect(idsOf('speaker.possessive')).toEqual([...POSSESSIVE_RULES.keys(), 'speaker.said-owner'].sort());
  });

  it('every speaker or via rule of the registry has a stage or is found over the whole article, and not both', () => {
    const missing = speakerRules.filter((r) => !SPEAKER_STAGES.has(r.id) && !ARTICLE_SPEAKER_RULES.has(r.id)).map((r) => r.id);
    expect(missing).toEqual([]);
    expect([...ARTICLE_SPEAKER_RULES].filter((id) => SPEAKER_STAGES.has(id))).toEqual([]);
  });

  it('every stage is registered under registry speaker or via rules', () => {
    const ids = new Set(speakerRules.map((r) => r.id));
    expect([...SPEAKER_STAGES.keys()].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ARTICLE_SPEAKER_RULES].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('the rules one function finds stand together in the registry, so its place is theirs', () => {
    const order = RULES.map((r) => r.id);
    for (const registered of [SPEAKER_STAGES, CUE_RULES, POSSESSIVE_RULES] as Array<ReadonlyMap<string, unknown>>) {
      for (const stage of new Set(registered.values())) {
        const at = order.flatMap((id, k) => (registered.get(id) === stage ? [k] : []));
        expect(at[at.length - 1]! - at[0]!, `rules of one function: ${at.map((k) => order[k]).join(', ')}`).toBe(at.length - 1);
      }
    }
  });
});

describe('precedence in behaviour', () => {
  const topic = compileTopic(loadPack());
  const claim = (text: string) => {
    const { claims } = extractArticle({ id: 't', file: 't.txt', text }, topic);
    return claims[claims.length - 1]!;
  };

  it('a transcript label stands before the cue rules: it decides the sentence alone', () => {
    const c = claim('Fox host Chris Wallace interviewed Mike Pence.\n\nWALLACE: Pence said the limits should go.\n');
    expect(c.speakers.map((s) => s.name)).toEqual(['Chris Wallace']);
    expect(c.rules).toContain('speaker.transcript');
    expect(c.rules).not.toContain('speaker.subject');
  });

  it('a participle after a comma stands before the subject: the main clause holds it', () => {
    const c = claim('Polish Foreign Minister Radoslaw Sikorski flew to Kyiv on Monday, saying the restrictions should be lifted.\n');
    expect(c.speakers.map((s) => s.name)).toEqual(['Radoslaw Sikorski']);
    expect(c.rules).toContain('speaker.participle');
  });

  it('an inverted subject stands before the clause subject', () => {
    const c = claim('"The limits stay," said a senior European diplomat.\n');
    expect(c.rules).toContain('speaker.inverted');
    expect(c.rules).not.toContain('speaker.clause-subject');
  });

  it('a cue subject stands before a possessive: the possessive adds no holder then', () => {
    const c = claim("Scholz said Putin's threats would not change the plan.\n");
    expect(c.speakers.map((s) => s.name)).toEqual(['Scholz']);
    expect(c.rules).not.toContain('speaker.possessive');
    expect(claim("Putin's threats would not change the plan.\n").rules).toContain('speaker.possessive');
  });
});
