// Speakers, via, cue and quote of single sentences (ANNOTATION.md §2), table-driven. Every
// sentence is written for this test in the style of news copy; where the holder's full name or
// an earlier quotation matters, `before` gives the sentences that come first in the article.
// Known failures are `wrong` cases: the right answer, the reason it is not given yet, and today's
// wrong output, pinned, so that a crash cannot pass for the known failure and a fix shows up.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/schema.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';

const topic = compileTopic(loadPack());

/** One article from its paragraphs; returns the claims of every sentence. */
export function claimsOf(...paragraphs: string[]): Claim[] {
  return extractArticle({ id: 't', file: 't.txt', text: `${paragraphs.join('\n\n')}\n` }, topic).claims;
}

type Kind = Claim['speakers'][number]['kind'];
interface Case {
  name: string;
  /** paragraphs that come before the sentence under test */
  before?: string[];
  text: string;
  speakers: Array<[string, Kind]>;
  /** undefined: not checked */
  via?: [string, Kind] | null;
  cue?: string | null;
  quote?: string | null;
  /** a known failure: why, and what comes out today instead (speakers and via) */
  wrong?: { reason: string; speakers: Array<[string, Kind]>; via?: [string, Kind] | null };
}

const cases: Case[] = [
  // a participle after a comma continues the main clause's holder, even when its verb says nothing
  { name: 'X did something, saying', text: 'Polish Foreign Minister Radoslaw Sikorski flew to Kyiv on Monday, saying the restrictions should be lifted.', speakers: [['Radoslaw Sikorski', 'person']], cue: 'saying' },
  { name: 'But X went further, accusing', text: 'But Hungarian Prime Minister Viktor Orbán went further, accusing Brussels of "sleepwalking into war."', speakers: [['Viktor Orbán', 'person']], cue: 'accusing' },
  { name: 'a participle after a quotation is not the quotation\'s', text: '"We will respond," the official said, adding that no decision had been taken.', speakers: [['official', 'anonymous']] },
  { name: "X's office-holder went further, saying", text: "Germany's Chancellor Olaf Scholz went further, saying the restrictions should stay.", speakers: [['Olaf Scholz', 'person']], cue: 'saying' },
  { name: 'has spent weeks lobbying', text: 'Finnish President Alexander Stubb has spent weeks lobbying allies to ease the restrictions.', speakers: [['Alexander Stubb', 'person']], cue: 'lobbying' },
  { name: 'spent days repairing (no cue)', text: 'Crews spent days repairing the bridge near Kharkiv.', speakers: [] },
  { name: 'according to statements from X', text: 'According to statements from Berlin, the permission covers only the border area.', speakers: [['Germany', 'group']], cue: 'according to' },
  { name: 'X and a handful of Y', text: 'Republicans and a handful of Democrats have urged the administration to act.', speakers: [['Republicans', 'group'], ['Democrats', 'group']], cue: 'urged' },
  { name: 'X and several of its Y', text: 'France and several of its allies said they would send more air defence.', speakers: [['France', 'group'], ['allies', 'group']], cue: 'said' },
  { name: 'X himself', text: 'Chancellor Olaf Scholz himself had long been cautious about it.', speakers: [['Olaf Scholz', 'person']], cue: 'cautious' },
  { name: 'X (party) said', text: 'Aid must go faster, Defence Minister Hanno Pevkur (Reform) said on Monday.', speakers: [['Hanno Pevkur', 'person']], cue: 'said' },
  { name: 'has made clear that', text: 'Chancellor Olaf Scholz has made clear that Germany will not send Taurus missiles.', speakers: [['Olaf Scholz', 'person']], cue: 'made' },
  { name: 'defended the policy', text: 'Defense Secretary Lloyd Austin defended the policy before the committee.', speakers: [['Lloyd Austin', 'person']], cue: 'defended' },
  { name: 'bullet: title and name, colon', text: '- NATO spokeswoman Farah Dakhlallah: allies will keep supporting Ukraine.', speakers: [['Farah Dakhlallah', 'person']], cue: ':' },
  { name: 'bullet: name, context, colon', text: '- Emmanuel Macron, in a televised interview: Europe must be ready to do more.', speakers: [['Emmanuel Macron', 'person']], cue: ':' },
  { name: 'bullet: a list is not a speaker', text: '- Inflation, the economy and the war: what voters care about.', speakers: [] },
  { name: 'repeated on Wednesday that', text: 'Prime Minister Donald Tusk repeated on Wednesday that Poland would not send troops.', speakers: [['Donald Tusk', 'person']], cue: 'repeated' },
  { name: 'repeated (no that)', text: 'The choir repeated the anthem twice.', speakers: [] },
  { name: 'according to data from X', text: 'Strikes on the border rose sharply in June, according to data released by the Pentagon.', speakers: [['Pentagon', 'group']], cue: 'according to' },
  { name: 'according to the plan (no holder)', text: 'According to the plan, the strikes will begin in June.', speakers: [] },
  { name: 'a question about how, then X said', text: 'Poland sets no limits on how Ukraine uses its weapons, Foreign Minister Radosław Sikorski said on Monday.', speakers: [['Radosław Sikorski', 'person']], cue: 'said' },
  { name: 'where X has so far refused', text: 'The debate matters in Washington, where the Biden administration has so far refused to change course.', speakers: [['Biden administration', 'group']], cue: 'refused' },
  { name: 'turned down requests', text: 'For two years Washington had turned down such requests.', speakers: [['United States', 'group']], cue: 'turned' },
  { name: 'a quotation, then X asked', before: ['President Andrzej Duda visited Rzeszów on Friday.'], text: '“Should Ukraine just sit and watch?” the president asked.', speakers: [['Andrzej Duda', 'person']], cue: 'asked' },
  { name: 'asked (no quotation, no request)', text: 'The minister was asked about the plan on Tuesday.', speakers: [] },
  { name: 'said the Rev. X', text: '“It is the right call,” said the Rev. Mykola Hrytsak, pastor of a church in Erie.', speakers: [['Mykola Hrytsak', 'person']], cue: 'said' },
  { name: 'has allowed X to', text: 'President Joe Biden has allowed Ukraine to fire American weapons across the border.', speakers: [['Joe Biden', 'person']], cue: 'allowed' },
  { name: 'allowed (no decision)', text: 'The delay allowed more time for talks.', speakers: [] },
  { name: 'has ruled out', text: 'Chancellor Olaf Scholz has ruled out sending Taurus missiles.', speakers: [['Olaf Scholz', 'person']], cue: 'ruled' },
  // an unnamed spokesperson speaks for whom they speak for; a named one is a person
  { name: 'an unnamed government spokesperson', text: '“Our position has not changed,” a Spanish government spokesperson told reporters.', speakers: [['Spain', 'group']] },
  { name: 'an unnamed Pentagon spokeswoman', text: 'A Pentagon spokeswoman said the review would take weeks.', speakers: [['Pentagon', 'group']] },
  { name: 'a spokesperson for X', text: 'A spokesperson for Foreign Minister Annalena Baerbock confirmed that the talks would go on.', speakers: [['Annalena Baerbock', 'person']] },
  { name: 'a named spokesperson', text: 'Kremlin spokesman Dmitry Peskov said the talks would go on.', speakers: [['Dmitry Peskov', 'person']] },
  { name: 'asked X to', text: 'Kyiv has asked Washington and London to allow strikes on airfields.', speakers: [['Ukraine', 'group']], cue: 'asked' },
  { name: 'a capital for its government', text: 'Seoul said it was watching the decision closely.', speakers: [['South Korea', 'group']], cue: 'said' },
  { name: 'an embassy', text: 'The Ukrainian embassy in Canberra said in a statement that the delay cost lives.', speakers: [['Ukrainian embassy', 'group']], cue: 'said' },
  { name: 'X on the committee have urged', text: 'Some Republicans on the House Armed Services Committee have urged the administration to go further.', speakers: [['Republicans', 'group']], cue: 'urged' },
  { name: 'X for the ministry (a spokesperson)', text: 'A spokesperson for the Ministry of Defence said the ministry would not comment.', speakers: [['Defence Ministry', 'group']] },
  { name: 'has been asking for', text: 'Kyiv has been asking for months.', speakers: [['Ukraine', 'group']], cue: 'asking' },
  { name: 'put it bluntly', text: 'A senior EU diplomat put it more bluntly: “Nothing will change before November.”', speakers: [['EU diplomat', 'anonymous']], cue: 'put' },
  { name: 'held to its position', text: 'The Biden administration has so far held to its position on the weapons.', speakers: [['Biden administration', 'group']], cue: 'held' },
  { name: 'held talks (no position)', text: 'Chancellor Olaf Scholz held talks with Macron on Tuesday.', speakers: [] },
  { name: "X's government said", text: "Finland's government has said it places no restrictions on the weapons.", speakers: [['Finland', 'group']], cue: 'said' },
  { name: 'X (party), an apposition, called', text: 'Rep. Dana Whitlock (R-Ind.), a member of the committee, called the limits “a half-measure.”', speakers: [['Dana Whitlock', 'person']], cue: 'called' },
  // weak verbs that count with what follows them
  { name: 'called X "a verdict"', text: 'Italian Foreign Minister Antonio Tajani called the idea "a dangerous mistake."', speakers: [['Antonio Tajani', 'person']], cue: 'called' },
  { name: 'called X (a phone call)', text: 'Chancellor Olaf Scholz called President Emmanuel Macron on Tuesday.', speakers: [] },
  { name: 'speaks to reporters', text: 'Finnish President Alexander Stubb speaks to reporters in Helsinki.', speakers: [['Alexander Stubb', 'person']], cue: 'speaks' },
  { name: 'raised concerns', text: 'A group of senators raised concerns about the cost of the package.', speakers: [['senators', 'group']], cue: 'raised' },
  { name: 'renews appeal', text: 'Zelensky renews appeal for air-defence systems', speakers: [['Zelensky', 'person']], cue: 'renews' },
  { name: 'an unnamed lawmaker, inverted', text: 'The vote will be close, a senior Labour lawmaker said.', speakers: [['Labour lawmaker', 'anonymous']], cue: 'said' },
  // cue verbs in any tense, voice and order
  { name: 'X said', text: 'Defense Secretary Lloyd Austin said the Pentagon would review the request.', speakers: [['Lloyd Austin', 'person']], via: null, cue: 'said' },
  { name: 'said X (inverted)', text: '"This is a turning point," said Finnish President Alexander Stubb.', speakers: [['Alexander Stubb', 'person']], via: null, cue: 'said', quote: 'This is a turning point,' },
  { name: 'X, an apposition, said', text: 'Jens Stoltenberg, the NATO secretary general, said allies must do more to help Kyiv.', speakers: [['Jens Stoltenberg', 'person']], via: null, cue: 'said' },
  { name: 'unnamed source, an apposition', text: 'Marta Kos, a European diplomat, said the mood in Brussels had shifted.', speakers: [['Marta Kos', 'person']], cue: 'said' },
  { name: 'according to X', text: 'According to two U.S. officials, the Pentagon has drawn up new targeting options.', speakers: [['U.S. officials', 'anonymous']], via: null, cue: 'according to' },
  { name: 'according to X, at the end', text: 'The package includes artillery shells and air-defense interceptors, according to the State Department.', speakers: [['State Department', 'group']], cue: 'according to' },
  { name: 'X told reporters', text: 'Volodymyr Zelenskyy told reporters in Kyiv that the restrictions were costing lives.', speakers: [['Volodymyr Zelenskyy', 'person']], via: null, cue: 'told' },
  { name: 'X declined to comment', text: 'State Department spokesman Matthew Miller declined to comment on the internal deliberations.', speakers: [['Matthew Miller', 'person']], cue: 'declined' },
  { name: 'X expressed confidence', text: 'Chancellor Olaf Scholz expressed confidence that the coalition would hold together.', speakers: [['Olaf Scholz', 'person']], cue: 'expressed' },
  { name: 'hinted', text: 'Speaking in Prague, Secretary of State Antony Blinken hinted that the policy could change.', speakers: [['Antony Blinken', 'person']], via: null, cue: 'hinted' },
  { name: 'signaled (present perfect, country)', text: 'Germany has signaled that it could accept a broader use of its weapons.', speakers: [['Germany', 'group']], cue: 'signaled' },
  { name: 'suggested (adverb before the cue)', text: 'Russian President Vladimir Putin has ominously suggested that such a step would provoke a response.', speakers: [['Vladimir Putin', 'person']], cue: 'suggested' },
  { name: 'will say (future)', text: 'Prime Minister Keir Starmer will say on Monday that Britain stands with Ukraine.', speakers: [['Keir Starmer', 'person']], cue: 'say' },
  { name: 'warned, with a relative clause', text: 'Dmitry Peskov, who speaks for the Kremlin, warned that Moscow would respond.', speakers: [['Dmitry Peskov', 'person']], cue: 'warned' },
  { name: 'passive agent', text: 'The decision was confirmed by Pentagon officials on Friday.', speakers: [['Pentagon officials', 'anonymous']], cue: 'confirmed' },

  // position and decision verbs
  { name: 'advocated', text: 'Victoria Nuland advocated for lifting the limits on American weapons.', speakers: [['Victoria Nuland', 'person']], cue: 'advocated' },
  { name: 'voiced support, coordinated subjects', text: 'French President Emmanuel Macron and Polish Foreign Minister Radek Sikorski voiced support for the idea.', speakers: [['Emmanuel Macron', 'person'], ['Radek Sikorski', 'person']], cue: 'voiced' },
  { name: 'backed, a list of three', text: 'Jake Sullivan, Lloyd Austin and Charles Q. Brown Jr. backed the recommendation.', speakers: [['Jake Sullivan', 'person'], ['Lloyd Austin', 'person'], ['Charles Q. Brown Jr.', 'person']], cue: 'backed' },
  { name: 'favored', text: 'Several European allies favored a looser policy.', speakers: [['European allies', 'group']], cue: 'favored' },
  { name: 'opposed', text: 'Hungary opposed the plan at the summit in Brussels.', speakers: [['Hungary', 'group']], cue: 'opposed' },
  { name: 'approved', text: 'President Joe Biden approved the use of the missiles last week.', speakers: [['Joe Biden', 'person']], cue: 'approved' },
  { name: 'authorized (decision as a fact)', text: 'Biden has authorized Ukraine to strike targets near Kharkiv.', before: ['President Joe Biden met his advisers on Tuesday.'], speakers: [['Joe Biden', 'person']], cue: 'authorized' },
  { name: 'granted permission', text: 'The White House granted permission for limited strikes across the border.', speakers: [['Biden administration', 'group']], cue: 'granted' },
  { name: 'directed', text: 'Kyiv directed its commanders to prepare for the new rules.', speakers: [['Ukraine', 'group']], cue: 'directed' },
  { name: 'threatened', text: 'The Kremlin threatened retaliation against any country that supplies long-range missiles.', speakers: [['Kremlin', 'group']], cue: 'threatened' },
  { name: 'accused', text: 'The Kremlin accused Washington of dragging NATO into the war.', speakers: [['Kremlin', 'group']], cue: 'accused' },
  { name: 'Moscow as the Russian government', text: 'Moscow accused the West of prolonging the war.', speakers: [['Russia', 'group']], cue: 'accused', wrong: { reason: 'the lexicon maps Moscow to Kremlin; §2 names no alias for Moscow, but Kyiv -> Ukraine and Washington -> United States suggest Russia (lead to decide)', speakers: [['Kremlin', 'group']] } },
  { name: 'sentence-initial count is not part of the name', text: 'Two U.S. officials said the review was nearly complete.', speakers: [['U.S. officials', 'anonymous']], cue: 'said' },
  { name: 'welcomed', text: 'President Volodymyr Zelensky of Ukraine welcomed the decision.', speakers: [['Volodymyr Zelensky', 'person']], cue: 'welcomed' },
  { name: 'requested', text: 'Ukrainian officials requested permission to hit airfields inside Russia.', speakers: [['Ukrainian officials', 'anonymous']], cue: 'requested' },
  { name: 'remains cautious', text: 'The administration remains cautious about escalation.', speakers: [['Biden administration', 'group']], cue: 'cautious' },
  { name: 'remains firm in not allowing', text: 'Washington remains firm in not allowing strikes deep inside Russia.', speakers: [['United States', 'group']], cue: 'firm' },

  // quotations
  { name: 'direct quotation, straight marks', text: '"We cannot fight with one hand tied behind our back," Zelensky said.', before: ['President Volodymyr Zelensky spoke in Kharkiv.'], speakers: [['Volodymyr Zelensky', 'person']], cue: 'said', quote: 'We cannot fight with one hand tied behind our back,' },
  { name: 'direct quotation, curly marks', text: '\u201cThe threat is real,\u201d the Kremlin spokesman Dmitry Peskov told reporters.', speakers: [['Dmitry Peskov', 'person']], cue: 'told', quote: 'The threat is real,' },
  { name: 'split quotation', text: '"We are not there yet," Blinken said. "But we are listening."', before: ['Secretary of State Antony Blinken arrived in Kyiv.'], speakers: [['Antony Blinken', 'person']], cue: 'said' },
  { name: 'unbalanced mark breaks nothing beyond its sentence', text: 'Meanwhile, Sweden announced a new aid package.', before: ['Some critics call the policy "self-deterrence.', 'The debate continues in Washington.'], speakers: [['Sweden', 'group']], cue: 'announced' },

  // innermost holder and carriers
  { name: 'innermost: the president, via the officials', before: ['President Joe Biden met his national security team on Thursday.'], text: '"The president recently directed his team to ensure that Ukraine can counter-fire," one of the officials said.', speakers: [['Joe Biden', 'person']], via: ['U.S. officials', 'anonymous'], cue: 'directed', wrong: { reason: 'the carrier "one of the officials" with no earlier "U.S. officials" resolves to bare "officials"', speakers: [['Joe Biden', 'person']], via: ['officials', 'anonymous'] } },
  { name: 'innermost: quoted third party, via the speaker', text: '"Of course, Russia opposes this," Stoltenberg added.', before: ['NATO Secretary General Jens Stoltenberg spoke in Prague.'], speakers: [['Russia', 'group']], via: ['Jens Stoltenberg', 'person'], cue: 'opposes' },
  { name: 'outlet carrier goes to via', text: 'Blinken urged Biden to allow the strikes, The New York Times reported.', before: ['Secretary of State Antony Blinken and President Joe Biden met in May.'], speakers: [['Antony Blinken', 'person']], via: ['The New York Times', 'outlet'], cue: 'urged' },
  { name: 'outlet alone', text: 'Politico first reported the shift in policy.', speakers: [['Politico', 'outlet']], via: null },
  { name: 'outlet reported', text: 'The Washington Post reported the change on Thursday.', speakers: [['The Washington Post', 'outlet']] },

  // possessives
  { name: 'possessive of a push', text: 'The debate was driven by the State Department\u2019s push to permit the strikes.', speakers: [['State Department', 'group']] },
  { name: 'possessive of threats', text: 'Putin\u2019s threats have loomed over the debate for months.', before: ['Russian President Vladimir Putin spoke on Friday.'], speakers: [['Vladimir Putin', 'person']] },
  { name: 'possessive of hesitance', text: 'Biden\u2019s hesitance has frustrated officials in Kyiv.', before: ['President Joe Biden spoke on Friday.'], speakers: [['Joe Biden', 'person']] },
  { name: 'possessive of an analysis', text: 'Le Monde\u2019s analysis suggested that Kyiv had received tacit approval.', speakers: [['Le Monde', 'outlet']] },
  { name: 'the Ukrainian request', text: 'The Ukrainian request reached the White House in early May.', speakers: [['Ukraine', 'group']] },
  { name: 'possessive of a visit is narration', text: 'Blinken\u2019s visit to Kyiv laid the groundwork for the change.', speakers: [] },
  { name: 'possessive of interactions is narration', text: 'His interactions with European leaders were brief.', before: ['Secretary of State Antony Blinken arrived in Kyiv.'], speakers: [] },
  { name: 'a pact between two leaders has no speaker', text: 'A pact between Biden and Zelensky was signed in June.', speakers: [] },

  // who is who
  { name: 'unnamed: a European diplomat', text: '"The U.S. is feeling the pressure," said a European diplomat.', speakers: [['European diplomat', 'anonymous']], cue: 'said' },
  { name: 'unnamed: people familiar with the matter', text: 'The plan is still under review, people familiar with the matter said.', speakers: [['people familiar with the matter', 'anonymous']], cue: 'said', wrong: { reason: 'the name keeps only the head noun: "people"', speakers: [['people', 'anonymous']] } },
  { name: 'innermost: a body\u2019s attitude carried by unnamed sources', text: 'The administration has been cautious about escalation, people familiar with the matter said.', speakers: [['Biden administration', 'group']], via: ['people', 'anonymous'], cue: 'cautious' },
  { name: 'Kyiv is Ukraine', text: 'Kyiv has urged its allies to lift the restrictions.', speakers: [['Ukraine', 'group']], cue: 'urged' },
  { name: 'the U.S. is United States', text: 'The U.S. has insisted that its policy has not changed.', speakers: [['United States', 'group']], cue: 'insisted' },
  { name: 'the White House is Biden administration', text: 'The White House declined to say whether the rules would change.', speakers: [['Biden administration', 'group']], cue: 'declined' },
  { name: 'Peskov with a title', text: 'Kremlin spokesman Dmitry Peskov said Moscow would take countermeasures.', speakers: [['Dmitry Peskov', 'person']], cue: 'said' },
  { name: 'Sikorski with a title', text: 'Polish Foreign Minister Radek Sikorski argued that the limits only help Moscow.', speakers: [['Radek Sikorski', 'person']], cue: 'argued' },
  { name: 'Stoltenberg alone next to a cue', text: 'Stoltenberg stressed that allies had the right to help Ukraine defend itself.', speakers: [['Stoltenberg', 'person']], cue: 'stressed' },
  { name: 'participial opener', text: 'Speaking at a news conference in Riga, Blinken said the United States would adapt.', before: ['Secretary of State Antony Blinken traveled to the Baltics.'], speakers: [['Antony Blinken', 'person']], cue: 'said' },
  { name: 'narration has no speaker', text: 'The missiles have a range of about 190 miles.', speakers: [], via: null, cue: null },
  // constructions other outlets use
  { name: 'a bullet that opens with names and a colon', text: '- Spain and Portugal: Both say the weapons may be used only inside Ukraine.', speakers: [['Spain', 'group'], ['Portugal', 'group']], cue: ':' },
  { name: 'a quantity of a body is not a prepositional phrase', text: 'A handful of Democrats have pressed the White House to lift the limits.', speakers: [['Democrats', 'group']], cue: 'pressed' },
  { name: 'decisions by the deciders', text: 'Foreign Minister Andrii Sybiha welcomed the decisions by Norway and Denmark.', speakers: [['Andrii Sybiha', 'person'], ['Norway', 'group'], ['Denmark', 'group']], cue: 'welcomed' },
  { name: 'a plural possessive of a decision', text: "Sybiha praised the allies' decisions on Friday.", speakers: [['Andrii Sybiha', 'person'], ['allies', 'group']], before: ['Foreign Minister Andrii Sybiha spoke in Oslo.'] },
  { name: 'unnamed sources who warn hold their own view', text: 'Stubb argued for lifting the limits while officials in Helsinki warned of escalation.', before: ['Finnish President Alexander Stubb met allies.'], speakers: [['Alexander Stubb', 'person'], ['officials', 'anonymous']], via: null },
  { name: 'unnamed sources who only say what a leader decided carry it', text: 'Chancellor Olaf Scholz has agreed to let Kyiv use German rockets near Kharkiv, officials said.', speakers: [['Olaf Scholz', 'person']], via: ['officials', 'anonymous'], cue: 'agreed' },
];

describe('attribution: speakers, via, cue and quote', () => {
  for (const c of cases) {
    if (c.wrong) {
      const wrong = c.wrong;
      it(`${c.name} (still wrong: ${wrong.reason})`, () => {
        const claims = claimsOf(...(c.before ?? []), c.text);
        const claim = claims.find((x) => c.text.startsWith(x.text.trim()));
        expect(claim, `no claim for ${c.text}`).toBeDefined();
        const got = { speakers: claim!.speakers.map((s) => [s.name, s.kind]), via: claim!.via && [claim!.via.name, claim!.via.kind] };
        const want = { speakers: c.speakers, via: c.via === undefined ? got.via : c.via };
        // when this fails because the answer is now right, move the case out of `wrong`
        expect(got).not.toEqual(want);
        expect(got.speakers).toEqual(wrong.speakers);
        if (wrong.via !== undefined) expect(got.via).toEqual(wrong.via);
      });
      continue;
    }
    it(c.name, () => {
      const claims = claimsOf(...(c.before ?? []), c.text);
      const claim = claims.find((x) => c.text.startsWith(x.text.trim()));
      expect(claim, `no claim for ${c.text}`).toBeDefined();
      expect(claim!.speakers.map((s) => [s.name, s.kind])).toEqual(c.speakers);
      if (c.via !== undefined) expect(claim!.via && [claim!.via.name, claim!.via.kind]).toEqual(c.via);
      if (c.cue !== undefined) expect(claim!.cue).toBe(c.cue);
      if (c.quote !== undefined) expect(claim!.quote).toBe(c.quote);
    });
  }
});

describe('attribution: quotations across sentences', () => {
  it('a quotation that continues in the next sentence keeps its speaker', () => {
    const claims = claimsOf('"We will keep supplying Ukraine," Austin said. "I am confident we will continue to do that."', );
    expect(claims).toHaveLength(2);
    expect(claims[0]!.speakers.map((s) => s.name)).toEqual(['Austin']);
    expect(claims[1]!.speakers.map((s) => s.name)).toEqual(['Austin']);
    expect(claims[1]!.quote).toBe('I am confident we will continue to do that.');
  });

  it('a quotation that runs on into the next paragraph keeps its speaker', () => {
    const claims = claimsOf(
      'Defense Secretary Lloyd Austin spoke in Brussels. "We have given them what they need to defend themselves,\u201d he said. \u201cAnd we will go on.',
      '\u201cThe line has not moved,\u201d',
    );
    const last = claims[claims.length - 1]!;
    expect(last.speakers.map((s) => s.name)).toEqual(['Lloyd Austin']);
  });

  it('a split quotation holds both parts in quote', () => {
    const claims = claimsOf('"We are not there yet," Blinken said, "but we are listening."');
    expect(claims[0]!.quote).toBe('We are not there yet, … but we are listening.');
  });

  it('an unbalanced mark does not carry a speaker into the next paragraph (still wrong: an unclosed opening mark puts "Zelensky said" inside the quotation, so the sentence loses its speaker; right: ["Zelensky"], [])', () => {
    const claims = claimsOf('"We will not back down, Zelensky said.', 'The missiles have a range of about 190 miles.');
    expect(claims[0]!.speakers.map((s) => s.name)).toEqual([]);
    expect(claims[1]!.speakers).toEqual([]);
  });
});
