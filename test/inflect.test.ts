// Regular verb inflection (src/text/inflect.ts): consonant doubling where the final syllable is
// stressed, British doubled -l beside the American form, and the spelling rules of -s/-ed/-ing.
import { describe, expect, it } from 'vitest';
import { verbForms } from '../src/text/inflect.js';

const forms = (base: string) => verbForms(base).map(([f]) => f);

describe('verbForms', () => {
  it.each([
    ['permit', ['permit', 'permits', 'permitted', 'permitting']],
    ['stop', ['stop', 'stops', 'stopped', 'stopping']],
    ['refer', ['refer', 'refers', 'referred', 'referring']],
    ['control', ['control', 'controls', 'controlled', 'controlling']],
    ['quip', ['quip', 'quips', 'quipped', 'quipping']],
    ['signal', ['signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling']],
    ['cancel', ['cancel', 'cancels', 'canceled', 'cancelled', 'canceling', 'cancelling']],
    ['compel', ['compel', 'compels', 'compelled', 'compelling']],
    ['patrol', ['patrol', 'patrols', 'patrolled', 'patrolling']],
  ])('doubles a stressed final consonant: %s', (base, expected) => {
    expect(forms(base)).toEqual(expected);
  });

  it.each([
    ['visit', ['visit', 'visits', 'visited', 'visiting']],
    ['offer', ['offer', 'offers', 'offered', 'offering']],
    ['answer', ['answer', 'answers', 'answered', 'answering']],
    ['edit', ['edit', 'edits', 'edited', 'editing']],
    ['target', ['target', 'targets', 'targeted', 'targeting']],
    ['reveal', ['reveal', 'reveals', 'revealed', 'revealing']],
    ['develop', ['develop', 'develops', 'developed', 'developing']],
  ])('does not double an unstressed or long-vowel one: %s', (base, expected) => {
    expect(forms(base)).toEqual(expected);
  });

  it.each([
    ['testify', ['testify', 'testifies', 'testified', 'testifying']],
    ['lie', ['lie', 'lies', 'lied', 'lying']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['rebuke', ['rebuke', 'rebukes', 'rebuked', 'rebuking']],
    ['echo', ['echo', 'echoes', 'echoed', 'echoing']],
    ['stress', ['stress', 'stresses', 'stressed', 'stressing']],
    ['panic', ['panic', 'panics', 'panicked', 'panicking']],
  ])('spells -s, -ed and -ing by the ending: %s', (base, expected) => {
    expect(forms(base)).toEqual(expected);
  });

  it('inflects the first word of a phrasal verb', () => {
    expect(forms('point out')).toEqual(['point out', 'points out', 'pointed out', 'pointing out']);
    expect(forms('brush off')).toEqual(['brush off', 'brushes off', 'brushed off', 'brushing off']);
  });
});
