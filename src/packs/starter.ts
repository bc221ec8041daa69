// `claims pack new <id>`: a small pack to start a topic from, every field explained in a `//`
// key beside it (keys starting with `//` are comments; the loader drops them).
export function starterPack(id: string): string {
  const words = id.split(/[-_.]+/u).filter((w) => /\p{L}/u.test(w)).join(' ') || 'policy';
  const pack = {
    '//': 'A topic pack: the words of one policy debate. Check it with `claims pack --check <file>`; the README explains each field.',
    schemaVersion: 1,
    '//id': 'a short name: lower-case letters, digits, ".", "_" or "-"',
    id,
    '//label': 'what the debate is about, for people',
    label: `The debate over ${words}`,
    '//proposition': 'the one statement that stances are toward: support = for it, oppose = against it, limited = for it with limits',
    proposition: `The ${words} should go ahead.`,
    relevance: {
      '//terms': 'phrases that put a sentence on the topic; stance cues count only in such sentences (or with `relevant: true`)',
      terms: [words, `${words.split(' ')[0]}* ~3 plan|proposal|policy`],
      '//anaphora': 'phrases that refer back to the policy ("this decision") in an article that is on the topic',
      anaphora: ['this|that|the ~2 decision|plan|proposal|policy|move'],
    },
    stance: {
      '//cues': 'each cue: an id, the stance it signals, a weight (0-10: the strongest vote wins) and its phrases',
      cues: [
        { id: 'support.back', stance: 'support', weight: 2, phrases: ['support*|back|backs|backed|backing|endors*|welcom*', 'in favour|favor of'] },
        { id: 'oppose.reject', stance: 'oppose', weight: 2, phrases: ['oppos*|reject*|criticis*|criticiz*|condemn*', 'against ~2 plan|proposal|policy'] },
        {
          '//relevant': 'true: this cue names the policy itself, so it counts even in a sentence with no relevance term',
          '//speakerless': "true: the article's own voice can carry this cue; otherwise a cue needs a speaker",
          id: 'limited.conditions', stance: 'limited', weight: 1, relevant: false, speakerless: false, phrases: ['only if', 'on condition that'],
        },
      ],
      negation: {
        '//phrases': 'words that turn a cue after them around ("does not support")',
        phrases: ['not', "n't", 'never', 'refus* to'],
        '//window': 'how many words before the cue a negation may stand (1-6)',
        window: 3,
        '//flip': 'what each negated stance becomes',
        flip: { support: 'oppose', oppose: 'support', limited: 'oppose' },
      },
      restriction: {
        '//words': 'words that restrict a permission ("only", "confined") ...',
        words: ['only', 'confined', 'strictly'],
        '//near': '... when one of these stands within `window` words: the sentence votes limited',
        near: ['allow*', 'permit*', 'approv*'],
        window: 6,
      },
    },
    '//limits': 'each limit: terms that name what is limited, bounds that limit it within `window` words, and cancels: phrases around the term that show it bounds nothing',
    limits: [
      { id: 'trial-only', label: 'only as a trial', terms: ['trial|pilot'], bounds: ['only', 'limited', 'temporary'], cancels: [], window: 8 },
    ],
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}
