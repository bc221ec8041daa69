// Stance and limits (ANNOTATION.md §3-4) on sentences written in the style of news copy, one
// sentence per article, through the whole extractor (speakers decide which cues count).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import type { Stance } from '../src/schema.js';

const topic = compileTopic(loadPack());

function label(text: string) {
  const { claims } = extractArticle({ id: 'case', file: 'case.txt', text: `${text}\n` }, topic);
  expect(claims).toHaveLength(1);
  const c = claims[0]!;
  return { stance: c.stance, limits: c.limits, speakers: c.speakers.map((s) => s.name) };
}

interface Case { text: string; stance: Stance; limits?: string[]; speaker?: string }

const cases: Record<string, Case[]> = {
  'negation and its scope': [
    { text: 'Chancellor Olaf Scholz said Germany does not support attacks on Russian territory with German weapons.', stance: 'oppose', speaker: 'Olaf Scholz' },
    { text: 'A Pentagon spokeswoman said the United States has not encouraged or enabled strikes inside Russia.', stance: 'oppose' },
    { text: 'Washington remains firm in not allowing Ukraine to use American missiles deep into Russia, a senior official said.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'Defense Secretary Lloyd Austin said targets inside Russia remain off-limits for Western-supplied weapons.', stance: 'oppose', speaker: 'Lloyd Austin' },
    { text: 'The Italian government prohibits the use of its weapons against targets inside Russia, Foreign Minister Antonio Tajani said.', stance: 'oppose' },
  ],
  'restriction words make limited': [
    { text: 'The permission applies only to strikes on Russian forces massing near the border, a U.S. official said.', stance: 'limited' },
    { text: 'Officials said the use of the weapons is confined to targets just across the border.', stance: 'limited' },
    { text: 'The authorization is strictly for counterfire purposes against Russian artillery, according to two officials.', stance: 'limited' },
    { text: 'Prime Minister Mark Rutte said an exception had been made for strikes on Russian troops attacking from across the border.', stance: 'limited', speaker: 'Mark Rutte' },
    { text: 'Dutch Defense Minister Kajsa Ollongren said Ukraine may use the missiles on Russian soil provided that they are aimed at military targets.', stance: 'limited' },
    { text: 'The Canadian government said it had authorized Ukraine to strike specific targets inside Russia.', stance: 'limited' },
  ],
  'a description of targets restricts nothing': [
    { text: 'Foreign Minister Radoslaw Sikorski said letting Ukraine hit launch sites inside Russia was the only way to stop the bombing.', stance: 'support' },
    { text: 'Polish officials said Ukraine should be allowed not only to shoot down missiles but to strike the launchers inside Russia.', stance: 'support' },
    { text: 'President Emmanuel Macron said Ukraine should be allowed to neutralize military sites from which missiles are fired at Ukrainian cities inside Russia.', stance: 'support', speaker: 'Emmanuel Macron' },
  ],
  'hedged signals of a shift': [
    { text: "Secretary of State Antony Blinken hinted at a shift in Washington's position on strikes inside Russia.", stance: 'support', speaker: 'Antony Blinken' },
    { text: '"We could adapt and adjust," Blinken told reporters in Moldova.', stance: 'support' },
    { text: 'Blinken expressed confidence that "we will continue to adjust" the policy on Ukraine striking Russia.', stance: 'support' },
  ],
  'escalation, threats, caution, accusations': [
    { text: 'Kremlin spokesman Dmitry Peskov warned that strikes on Russian territory would bring an escalation.', stance: 'oppose', speaker: 'Dmitry Peskov' },
    { text: 'Russian President Vladimir Putin threatened serious consequences if Western weapons hit targets inside Russia.', stance: 'oppose' },
    { text: 'The White House has been cautious about allowing Ukraine to strike inside Russia, fearing escalation.', stance: 'oppose' },
    { text: 'Russian Foreign Minister Sergei Lavrov accused the West of escalating the war by letting Kyiv hit Russian territory.', stance: 'oppose' },
  ],
  'warnings without a verb of warning, and the case for lifting': [
    { text: 'Foreign Minister Antonio Tajani rules out the use of Italian weapons inside Russia.', stance: 'oppose' },
    { text: 'Russian Foreign Ministry spokesperson Maria Zakharova said any strike on Russian territory with Western weapons will be met with a response.', stance: 'oppose' },
    { text: 'The Russian embassy said Sweden was fuelling the conflict by letting Kyiv strike Russian soil.', stance: 'oppose' },
    { text: 'Kremlin spokesman Dmitry Peskov said Western talk of strikes on Russian territory was a dangerous escalation.', stance: 'oppose' },
    { text: 'Moscow has said that strikes on Russian territory with Western weapons make NATO countries parties to the conflict.', stance: 'oppose' },
    { text: 'Retired colonel Janet Moore is among those urging caution on strikes inside Russia.', stance: 'oppose' },
    { text: 'Prime Minister Viktor Orbán warned that loosening the rules on Western weapons would drag Europe toward a direct war with Russia.', stance: 'oppose' },
    { text: '"Anyone who hands Kyiv missiles to strike Russia will be treated as a participant," a Duma deputy said.', stance: 'oppose' },
    { text: 'The Kremlin said letting Kyiv fire Western missiles at Russia would pour fuel on the fire.', stance: 'oppose', speaker: 'Kremlin' },
    { text: 'Kremlin spokesman Dmitry Peskov accused Washington of drawing itself ever deeper into the conflict by arming Kyiv.', stance: 'oppose', speaker: 'Dmitry Peskov' },
    { text: 'Finnish President Alexander Stubb argued that the restrictions on striking Russia should be lifted.', stance: 'support' },
    { text: '"This is not our war," Senator Josh Hawley said of the push to let Kyiv strike Russia.', stance: 'oppose' },
    { text: 'Moscow would regard strikes with Western missiles on Russian cities as direct participation in the war, the Kremlin said.', stance: 'oppose', speaker: 'Kremlin' },
    { text: 'Lifting the limits on Western missiles would invite retaliation against NATO bases, a senior German lawmaker argued.', stance: 'oppose' },
    { text: 'Foreign Minister Radoslaw Sikorski accused Russia of using the border as a shield and said Ukraine should be free to strike the bases inside Russia.', stance: 'support', speaker: 'Radoslaw Sikorski' },
    { text: 'Ukrainian commanders say the ban on hitting Russian territory lets Moscow mass troops with impunity.', stance: 'support' },
    { text: 'A group of senators raised concerns that strikes inside Russia could draw NATO into the war.', stance: 'oppose', speaker: 'senators' },
  ],
  'relevance: nothing on striking inside Russia': [
    { text: 'Defense Secretary Lloyd Austin said the Pentagon would send another package of artillery shells and air defense interceptors.', stance: 'neutral', speaker: 'Lloyd Austin' },
    { text: 'British Foreign Secretary David Cameron said British instructors would continue training Ukrainian troops.', stance: 'neutral' },
    { text: 'NATO Secretary General Jens Stoltenberg said allies would consider sending military trainers to Ukraine.', stance: 'neutral' },
  ],
  'two stances: the later, stronger one': [
    { text: 'Olaf Scholz had long been wary of strikes on Russian soil, but on Friday he said Ukraine must be allowed to hit launch sites inside Russia.', stance: 'support' },
    { text: 'Olaf Scholz had long been wary of strikes on Russian soil, but on Friday he voiced support for letting Ukraine hit launch sites inside Russia.', stance: 'support' },
    { text: 'Biden was reluctant at first, but eventually approved a limited exception for strikes near Kharkiv.', stance: 'limited' },
  ],
  'headlines': [
    { text: 'Biden authorizes Ukraine to strike inside Russia with U.S. weapons', stance: 'support' },
    { text: 'Germany Rejects Calls to Let Kyiv Strike Russian Territory', stance: 'oppose' },
  ],
  'limits: bounds and cancels': [
    { text: 'Senator Jane Roe said the administration should keep the Kharkiv exception and nothing more.', stance: 'limited', limits: ['kharkiv-only'] },
    { text: 'Officials said Washington allows strikes only against forces across the border from the Kharkiv and Sumy regions.', stance: 'limited', limits: [] },
    { text: 'A senior official said the ATACMS would stay on the shelf for now.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'President Joe Biden lifted the ban on Ukraine firing US long-range missiles into Russia, officials said.', stance: 'support', limits: [] },
    { text: 'Officials said Washington still bars Ukraine from using ATACMS deep inside Russia.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'The Pentagon has refused to let Kyiv fire ATACMS at targets deep inside Russia.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'Officials in Washington said Ukraine still cannot fire long-range missiles into Russia.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'President Joe Biden has widened the permission, extending it beyond the Kharkiv region to the whole border, officials said.', stance: 'support', limits: [] },
    { text: 'President Volodymyr Zelensky has asked for permission to use ATACMS against airfields inside Russia.', stance: 'support', limits: [] },
    { text: 'A senior U.S. official said the new guidance permits strikes near the border while keeping ATACMS off deeper targets.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'U.S. officials said the permission is restricted to the Kharkiv region.', stance: 'limited', limits: ['kharkiv-only'] },
    { text: 'The Pentagon said Ukraine may fire U.S. rockets for counterfire purposes in Kharkiv.', stance: 'limited', limits: ['kharkiv-only'] },
    { text: 'Russian forces have been targeting Kharkiv with glide bombs for weeks, officials said.', stance: 'neutral', limits: [] },
    { text: 'Ukraine is defending Kharkiv against a Russian offensive launched from across the border, officials said.', stance: 'neutral', limits: [] },
    { text: 'Officials said ATACMS remain off-limits for strikes on Russian soil.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'The administration said the ban on long-range strikes inside Russia remains unchanged.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'The United States, after earlier agreeing to send ATACMS, said it would now let Ukraine strike inside Russia.', stance: 'support', limits: [] },
    { text: 'Officials said Ukraine can use the weapons only in the Kharkiv area, and not deep into Russia.', stance: 'limited', limits: ['kharkiv-only', 'no-atacms'] },
  ],
  'a place is not a restriction; a permission or a purpose is (issue 11)': [
    { text: 'Russian troops have massed near the Kharkiv border, a Ukrainian commander said.', stance: 'neutral', limits: [] },
    { text: 'Officials said Russia has been targeting Kharkiv with glide bombs launched from inside Russia.', stance: 'neutral', limits: [] },
    { text: 'Senator Ann Cole said the permission should cover targets even beyond Kharkiv inside Russia.', stance: 'support', limits: [] },
    { text: 'A U.S. official said Ukraine may use the rockets inside Russia only to defend the Kharkiv region.', stance: 'limited', limits: ['kharkiv-only'] },
    { text: 'Officials said Washington lets Ukraine strike inside Russia near Kharkiv with American rockets.', stance: 'limited', limits: ['kharkiv-only'] },
    { text: 'Germany refuses to send long-range missiles to Ukraine, Chancellor Olaf Scholz said.', stance: 'neutral', limits: [] },
    { text: 'Zelensky urged allies to not only allow strikes deep inside Russia but also send more missiles.', stance: 'support', limits: [] },
  ],
  'a permission denied for far targets is a limit (issue 11)': [
    { text: 'The official said the administration is not authorizing strikes 200 miles into Russia.', stance: 'limited', limits: ['no-atacms'] },
    { text: 'A spokesman said the missiles would not be used to strike Moscow.', stance: 'limited', limits: ['no-atacms'] },
  ],
  'clause scope (issue 11)': [
    { text: 'The announcement is a policy shift for President Joe Biden, who had steadfastly refused to allow strikes inside Russia.', stance: 'support', speaker: 'Joe Biden' },
    { text: 'Deputy Foreign Minister Sergei Ryabkov warned of fatal consequences if Washington allowed Ukraine to strike inside Russia.', stance: 'oppose', speaker: 'Sergei Ryabkov' },
    { text: "Chancellor Olaf Scholz said he did not believe that Kyiv hitting targets on Russian soil with German arms would escalate the war.", stance: 'support', speaker: 'Olaf Scholz' },
  ],
};

for (const [group, list] of Object.entries(cases)) {
  describe(group, () => {
    it.each(list)('$stance: $text', (c) => {
      const got = label(c.text);
      expect(got.stance).toBe(c.stance);
      if (c.limits) expect(got.limits).toEqual(c.limits);
      if (c.speaker) expect(got.speakers).toContain(c.speaker);
      // a stance other than neutral needs a holder, or a cue the article's own voice can carry
      if (c.stance === 'support' || c.stance === 'oppose') expect(got.speakers.length).toBeGreaterThan(0);
    });
  });
}

describe('title-case headlines', () => {
  it('a Title Case headline names its decider', () => {
    expect(label('Biden Quietly Authorizes Ukraine to Strike Inside Russia With U.S. Weapons').stance).toBe('support');
  });
});
