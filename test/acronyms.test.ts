// A body's short name of a few letters ("UN", "EU", "US") is an acronym, written in capitals; in
// title case the same letters are part of a name ("Kim Jong Un") or another word ("Us"). Examples
// and counter-examples written for this test, not sentences of the measured sets.
import { describe, expect, it } from 'vitest';
import { institutionAsWritten } from '../src/extract/mentions.js';
import { lexicon } from '../src/extract/lexicon.js';
import { lastSpeakers as speakersOf } from './article-claims.js';

describe('a short institution name counts only in capitals', () => {
  it('a name ending in "Un" is a person, not the United Nations', () => {
    expect(speakersOf('North Korean leader Kim Jong Un said the weapons were a mistake.')).toEqual(['Kim Jong Un']);
  });
  it('with no given name the lexicon knows, such a run names nothing rather than the body', () => {
    expect(speakersOf('Pak Chol Un, the envoy, said the talks had failed.')).not.toContain('United Nations');
    expect(speakersOf('Remember The Night That Got Us, the minister said.')).not.toContain('United States');
  });
  it('counter-example: "UN" in capitals is the United Nations, beside the person or alone', () => {
    expect(speakersOf('Kim Jong Un has backed Moscow, and the UN said it was worried.')).toEqual(['Kim Jong Un', 'United Nations']);
    expect(speakersOf('The UN said it was worried.')).toEqual(['United Nations']);
  });
  it('counter-example: a longer short name keeps any case ("Nato", as British copy writes it)', () => {
    expect(speakersOf('Nato said the strikes were lawful.')).toEqual(['NATO']);
  });
  it('the letters alone in title case name no body', () => {
    expect(speakersOf('The Un delegate left early, the host said.')).not.toContain('United Nations');
    expect(speakersOf('Us against them, the minister said.')).not.toContain('United States');
  });
  it('institutionAsWritten: capitals for a short name, any case for a longer one, nothing for an unknown word', () => {
    const lex = lexicon();
    expect(institutionAsWritten(lex, 'UN', 'un')).toBe('United Nations');
    expect(institutionAsWritten(lex, 'Un', 'un')).toBeUndefined();
    expect(institutionAsWritten(lex, 'EU', 'eu')).toBe('European Union');
    expect(institutionAsWritten(lex, 'Eu', 'eu')).toBeUndefined();
    expect(institutionAsWritten(lex, 'Nato', 'nato')).toBe('NATO');
    expect(institutionAsWritten(lex, 'United Nations', 'united nations')).toBe('United Nations');
    expect(institutionAsWritten(lex, 'Zorbland', 'zorbland')).toBeUndefined();
  });
});
