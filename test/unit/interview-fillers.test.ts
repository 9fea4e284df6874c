import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUTCH_FILLER_WORDS, fillerMatcher, fillerWordsSchema } from '../../shared/interview/filler-words';
import { removeFillers } from '../../shared/interview/filler-text';
import {
  applyFillerRemoval,
  emptiedTurnIds,
  planFillerRemoval,
  type FillerChange,
} from '../../shared/interview/fillers';
import type { Turn } from '../../shared/interview/turn';
import { TurnEditError, UnknownTurnError } from '../../shared/interview/turn-errors';

const dutch = fillerMatcher(DUTCH_FILLER_WORDS);
const clean = (text: string) => removeFillers(text, dutch).text;

describe('which words are fillers', () => {
  it.each(['uh', 'Uh', 'UH', 'uhh', 'uhhhh', 'uuh', 'uhm', 'uhmm', 'Uhhm', 'eh', 'Eh', 'ehh', 'ehm', 'ehhhm', 'hm', 'hmm', 'hmmm', 'HMM'])(
    '%s is a filler',
    (word) => expect(dutch(word)).toBe(true),
  );

  it.each(['hehe', 'hem', 'heh', 'humor', 'Ehrenfeld', 'euh', 'echt', 'Uhlenbeck', 'behulp', 'he', 'hè', 'mmm', 'um', 'hum', 'meh', 'u', 'h', 'e'])(
    '%s is not a filler',
    (word) => expect(dutch(word)).toBe(false),
  );

  it('takes the list as a parameter and refuses entries that are not one word', () => {
    const custom = fillerMatcher(['mmm', 'euh']);
    expect(custom('mmmm')).toBe(true);
    expect(custom('euhh')).toBe(true);
    expect(custom('uh')).toBe(false);
    expect(fillerMatcher([])('uh')).toBe(false);
    expect(() => fillerMatcher(['uh,'])).toThrow(RangeError);
    expect(() => fillerMatcher(['uh eh'])).toThrow(RangeError);
    expect(fillerWordsSchema.parse([' Uhm '])).toEqual(['uhm']);
    expect(fillerWordsSchema.safeParse(['u.h']).success).toBe(false);
  });
});

describe('removing fillers keeps the sentence', () => {
  it.each([
    // the examples of the brief
    ['Ik denk, uh, dat het goed gaat', 'Ik denk dat het goed gaat'],
    ['Uh, ik weet het niet', 'Ik weet het niet'],
    ['Dat is... ehm... lastig', 'Dat is... lastig'],
    ['uh uh uh ja', 'Ja'],
    ['Uh.', ''],
    // plain fillers mid-sentence, with and without their comma or ellipsis
    ['Ik denk uh dat het goed gaat.', 'Ik denk dat het goed gaat.'],
    ['Ik denk uh, dat het goed gaat.', 'Ik denk dat het goed gaat.'],
    ['Ik denk uhm… dat het goed gaat.', 'Ik denk dat het goed gaat.'],
    ['Dat is...ehm... lastig', 'Dat is... lastig'],
    ['Dat is... ehm lastig', 'Dat is... lastig'],
    ['Ik denk, uh, uh, dat het goed gaat', 'Ik denk dat het goed gaat'],
    ['Ik denk, uhhh ehm, dat het goed gaat', 'Ik denk dat het goed gaat'],
    // a lone comma before the filler is the respondent's
    ['Ja, uh dat klopt.', 'Ja, dat klopt.'],
    // at the end of a sentence or the text
    ['Ik weet het niet, uh.', 'Ik weet het niet.'],
    ['Ik weet het niet uh.', 'Ik weet het niet.'],
    ['Ik weet het niet, uh', 'Ik weet het niet'],
    ['Dat is lastig, ehm...', 'Dat is lastig'],
    ['Dat is... uh.', 'Dat is...'],
    ['Dat was het uh!', 'Dat was het!'],
    // sentences that begin with a filler, and sentences of only fillers
    ['Ja. Uh, nee toch niet.', 'Ja. Nee toch niet.'],
    ['Klopt dat? Ehm... ja.', 'Klopt dat? Ja.'],
    ['Ja. Uh. Nee.', 'Ja. Nee.'],
    ['Ja. Uh.', 'Ja.'],
    ['Hmm. Hmm.', ''],
    ['Uh, uh.', ''],
    ['  uh  ', ''],
    ['Uh, ijsselstreek is groot.', 'IJsselstreek is groot.'],
    ['Uh, Doetinchem doet dat.', 'Doetinchem doet dat.'],
    ['uh, iPhone gebruik ik niet', 'iPhone gebruik ik niet'],
    ["Uh, 't is lastig.", "'t is lastig."],
    ['Uh, 5 keer per jaar.', '5 keer per jaar.'],
    ['Ja.\nUh, dat klopt.', 'Ja.\nDat klopt.'],
    // a lowercase filler after a full stop did not start a sentence for the writer
    ['Bijv. uh de gemeente.', 'Bijv. de gemeente.'],
    ['Goed. uh ik ook.', 'Goed. ik ook.'],
    ['Ja. uh.', 'Ja.'],
    ['Ik denk\nuh dat het klopt.', 'Ik denk\ndat het klopt.'],
  ])('%j → %j', (before, after) => {
    expect(clean(before)).toBe(after);
  });

  it.each([
    'hehe, dat is humor van Ehrenfeld.',
    'Met behulp van Uhlenbeck en hem.',
    'Dat is mooi, eh?',
    'Uh? Wat bedoelt u?',
    'Eh ? Hoe bedoelt u?',
    'Euh? Nee.',
    'Hij zei uh-huh.',
    'Ze zeiden (uh) niets.',
    "Hij zei 'eh' en liep weg.",
    'Ik denk,uh,dat het goed gaat.',
    'Ik denk uh , dat het goed gaat.',
    'Dat is echt zo.',
    '',
    '   ',
  ])('leaves %j alone', (text) => {
    expect(clean(text)).toBe(text);
  });

  it('reports each removed filler as written, with its place in the original text', () => {
    expect(removeFillers('Uh, ik denk, EHHM, dat het... hmm... klopt', dutch)).toEqual({
      text: 'Ik denk dat het... klopt',
      removed: [
        { word: 'Uh', index: 0 },
        { word: 'EHHM', index: 13 },
        { word: 'hmm', index: 30 },
      ],
    });
  });

  it('leaves other spacing and punctuation as it was', () => {
    expect(clean('Nou ja,  zo  gaat  dat, uh, hier.')).toBe('Nou ja,  zo  gaat  dat hier.');
    expect(clean('Nou ja,  zo  gaat  dat uh hier.')).toBe('Nou ja,  zo  gaat  dat hier.');
    expect(clean('Zo gaat dat , uh, hier.')).toBe('Zo gaat dat hier.');
    expect(clean('Zo gaat dat , uh.')).toBe('Zo gaat dat.');
  });
});

// ---------------------------------------------------------------- properties

// Dutch words that are not fillers, including ones that contain filler letters.
const VOCABULARY = [
  'ik', 'denk', 'dat', 'het', 'goed', 'gaat', 'de', 'gemeente', 'deelt', 'informatie', 'met',
  'collega’s', 'hem', 'hehe', 'heh', 'humor', 'echt', 'behulp', 'euh', 'uhlig', 'hemd', 'ehrenfeld',
  'Uhlenbeck', 'Doetinchem', 'ijs', 'wethouder', 'beleid', 'leren', 'zo’n', 'e-mail', '2019', 'he',
];
const FILLER_SPELLINGS = ['uh', 'Uh', 'UHH', 'uhhh', 'ehm', 'Ehm', 'ehhhm', 'eh', 'uhm', 'Uhmm', 'hmm', 'hmmm', 'hm', 'ehh'];

const capitalize = (word: string) =>
  word.startsWith('ij') ? `IJ${word.slice(2)}` : word.charAt(0).toUpperCase() + word.slice(1);

type Mark = '' | ',' | '...';
const fillerArb = fc.record({ word: fc.constantFrom(...FILLER_SPELLINGS), mark: fc.constantFrom<Mark>('', ',', '...') });
// Fillers at one word boundary; `pair` puts a comma before them as well (", uh,").
const clusterArb = fc.record({ fillers: fc.array(fillerArb, { maxLength: 3 }), pair: fc.boolean() });
const sentenceArb = fc.record({
  words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 8 }),
  end: fc.constantFrom('.', '!', '?'),
});

/** The clean text and the same text with fillers put in at word boundaries. */
const transcriptArb = fc
  .array(sentenceArb, { minLength: 1, maxLength: 3 })
  .chain((sentences) =>
    fc.tuple(
      fc.constant(sentences),
      fc.array(fc.array(clusterArb, { minLength: 9, maxLength: 9 }), { minLength: 3, maxLength: 3 }),
    ),
  )
  .map(([sentences, clusters]) => {
    const cleanParts: string[] = [];
    const noisyParts: string[] = [];
    sentences.forEach(({ words, end }, s) => {
      let clean = capitalize(words[0]!);
      let noisy = '';
      // Boundary 0: before the first word. The respondent said "uh, ik"; we expect "Ik".
      const opening = clusters[s]![0]!.fillers;
      if (opening.length > 0) {
        // After an earlier sentence the writer capitalises the filler that opens the next.
        const spelled = opening.map((f, i) => (i === 0 && s > 0 ? capitalize(f.word) : f.word) + f.mark);
        noisy = spelled.join(' ') + ` ${words[0]}`;
      } else {
        noisy = clean;
      }
      words.slice(1).forEach((word, w) => {
        clean += ` ${word}`;
        const { fillers, pair } = clusters[s]![w + 1]!;
        if (fillers.length === 0) {
          noisy += ` ${word}`;
          return;
        }
        const marked = fillers.map((f, i) =>
          // A comma before the fillers only sets them off when one of them has a comma after.
          pair && i === fillers.length - 1 ? { ...f, mark: ',' as Mark } : f,
        );
        noisy += (pair ? ',' : '') + ' ' + marked.map((f) => f.word + f.mark).join(' ') + ` ${word}`;
      });
      // Boundary at the end: "niet uh." or "niet, uh." Never before "?": "eh?" is a question.
      const closing = clusters[s]![8]!;
      if (end !== '?' && closing.fillers.length > 0) {
        noisy += (closing.pair ? ',' : '') + ' ' + closing.fillers.map((f) => f.word).join(' ');
      }
      clean += end;
      noisy += end;
      cleanParts.push(clean);
      noisyParts.push(noisy);
    });
    return { clean: cleanParts.join(' '), noisy: noisyParts.join(' ') };
  });

const wordsOf = (text: string) => text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];

describe('filler removal properties', () => {
  it('gives back the sentence without the fillers, whatever fillers were put in', () => {
    fc.assert(
      fc.property(transcriptArb, ({ clean: expected, noisy }) => {
        expect(clean(noisy)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never changes, drops or reorders a word that is not a filler', () => {
    const token = fc.oneof(
      fc.constantFrom(...VOCABULARY, ...FILLER_SPELLINGS, 'Ik', 'Ehm', 'Hmm'),
      fc.constantFrom(',', '.', '...', '?', '!', '…', '(', ')', '-', ':', "'", '"', ' ', '\n'),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(token, fc.constantFrom('', ' ')), { maxLength: 25 }), (parts) => {
        const text = parts.map(([t, s]) => t + s).join('');
        const result = clean(text);
        const before = wordsOf(text).filter((w) => !dutch(w));
        const after = wordsOf(result).filter((w) => !dutch(w));
        // Only the first letter of a word may change, and only to a capital.
        expect(after.map((w) => w.toLowerCase())).toEqual(before.map((w) => w.toLowerCase()));
        after.forEach((w, i) => expect([before[i], capitalize(before[i]!)]).toContain(w));
        // Every character of the result that is not a space comes from the text, in order.
        const nonSpace = (t: string) => [...t.replace(/\s/g, '')].map((c) => c.toLowerCase()).join('');
        expect(isSubsequence(nonSpace(result), nonSpace(text))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('adds no double spaces and no space before punctuation', () => {
    fc.assert(
      fc.property(transcriptArb, ({ noisy }) => {
        const result = clean(noisy);
        expect(result).not.toMatch(/ {2}/);
        expect(result).not.toMatch(/ [,.!?…]/);
        expect(result).toBe(result.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('is done after one pass: removing again changes nothing', () => {
    const token = fc.constantFrom(...VOCABULARY, ...FILLER_SPELLINGS, ',', '.', '...', '?', '!', '…', ' ', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(token, fc.constantFrom('', ' ')), { maxLength: 25 }), (parts) => {
        const once = clean(parts.map(([t, s]) => t + s).join(''));
        expect(clean(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const char of haystack) if (char === needle[i]) i += 1;
  return i === needle.length;
}

// ---------------------------------------------------------------- preview and apply

const T0 = Date.UTC(2019, 4, 14, 9, 30);
const turns: readonly Turn[] = [
  { id: 'q1', speaker: 'interviewer', text: 'Uh, hoe gaat dat bij u?', startedAt: T0 },
  { id: 'a1', speaker: 'respondent', text: 'Ik denk, uh, dat het goed gaat.', startedAt: T0 + 4_000 },
  { id: 'q2', speaker: 'interviewer', text: 'Waarom?', startedAt: T0 + 20_000 },
  { id: 'a2', speaker: 'respondent', text: 'Uh.', startedAt: T0 + 22_000 },
];

describe('planFillerRemoval and applyFillerRemoval', () => {
  it('previews every turn that changes, the interviewer’s too, in transcript order', () => {
    const plan = planFillerRemoval(turns, DUTCH_FILLER_WORDS);
    expect(plan).toEqual<FillerChange[]>([
      { turnId: 'q1', before: 'Uh, hoe gaat dat bij u?', after: 'Hoe gaat dat bij u?', removed: [{ word: 'Uh', index: 0 }] },
      { turnId: 'a1', before: 'Ik denk, uh, dat het goed gaat.', after: 'Ik denk dat het goed gaat.', removed: [{ word: 'uh', index: 9 }] },
      { turnId: 'a2', before: 'Uh.', after: '', removed: [{ word: 'Uh', index: 0 }] },
    ]);
    expect(emptiedTurnIds(plan)).toEqual(['a2']);
  });

  it('uses the Dutch list by default and the researcher’s list when given', () => {
    expect(planFillerRemoval(turns)).toEqual(planFillerRemoval(turns, DUTCH_FILLER_WORDS));
    expect(planFillerRemoval(turns, ['ehm'])).toEqual([]);
  });

  it('applies all changes, keeping a turn that became empty', () => {
    const next = applyFillerRemoval(turns, planFillerRemoval(turns));
    expect(next.map((t) => t.text)).toEqual(['Hoe gaat dat bij u?', 'Ik denk dat het goed gaat.', 'Waarom?', '']);
    expect(next.map((t) => t.id)).toEqual(['q1', 'a1', 'q2', 'a2']);
    expect(next[2]).toBe(turns[2]);
    expect(turns[0]!.text).toBe('Uh, hoe gaat dat bij u?');
  });

  it('applies only the accepted turns', () => {
    const next = applyFillerRemoval(turns, planFillerRemoval(turns), ['a1']);
    expect(next.map((t) => t.text)).toEqual(['Uh, hoe gaat dat bij u?', 'Ik denk dat het goed gaat.', 'Waarom?', 'Uh.']);
    expect(applyFillerRemoval(turns, planFillerRemoval(turns), new Set<string>())).toBe(turns);
  });

  it('can plan for the respondent only and apply to the whole transcript', () => {
    const plan = planFillerRemoval(turns.filter((t) => t.speaker === 'respondent'));
    const next = applyFillerRemoval(turns, plan);
    expect(next.map((t) => t.text)).toEqual(['Uh, hoe gaat dat bij u?', 'Ik denk dat het goed gaat.', 'Waarom?', '']);
  });

  it('refuses a change to a turn that was edited after the preview, or that is gone', () => {
    const plan = planFillerRemoval(turns);
    const edited = turns.map((t) => (t.id === 'a1' ? { ...t, text: 'Ik denk, uh, dat het prima gaat.' } : t));
    expect(() => applyFillerRemoval(edited, plan)).toThrow(TurnEditError);
    expect(() => applyFillerRemoval(edited, plan)).toThrow(/edited after/);
    expect(applyFillerRemoval(edited, plan, ['q1'])[0]!.text).toBe('Hoe gaat dat bij u?');
    expect(() => applyFillerRemoval(turns.slice(0, 2), plan)).toThrow(UnknownTurnError);
  });
});
