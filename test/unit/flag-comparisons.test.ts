/**
 * Every comparison of the example study, both ways: it fires on exactly the answer pairs
 * that point different ways (yes, partly, no), the study page's description of it lists
 * exactly those pairs, and what the guide asks is the comparison's own neutral question,
 * never a follow-up that presumes the opposite of the respondent's own answer.
 */
import { describe, expect, it } from 'vitest';
import { comparisonFirings } from '../../shared/design/rule-explanations';
import { exampleStudy } from '../../shared/example/study';
import { computeFlags, type Flag } from '../../shared/flags/engine';
import { buildGuide } from '../../shared/preparation/guide';
import { comparisonSchema, studySchema, type AnswerOption, type Comparison, type Study } from '../../shared/study/schema';

const study = exampleStudy;
const questionnaire = (id: string) => study.questionnaires.find((q) => q.id === id)!;
const optionsOf = (side: Comparison['sides'][number]) =>
  questionnaire(side.questionnaireId).questions.find((q) => q.id === side.question)!.options;

/** Written out, not computed: the pairs of directions that differ. */
const DIFFERENT = new Set(['yes/partial', 'partial/yes', 'yes/no', 'no/yes', 'partial/no', 'no/partial']);
const differs = (a: AnswerOption, b: AnswerOption) => DIFFERENT.has(`${a.polarity}/${b.polarity}`);

function comparisonFlags(
  s: Study,
  comparison: Comparison,
  ownSide: 0 | 1,
  ownAnswer: string,
  peerAnswer: string,
): Flag[] {
  const own = comparison.sides[ownSide]!;
  const peer = comparison.sides[1 - ownSide]!;
  return computeFlags({
    study: s,
    questionnaire: questionnaire(own.questionnaireId),
    answers: { [own.question]: { values: [ownAnswer] } },
    peers: [
      {
        respondentTypeId: peer.questionnaireId === 'vl-manager' ? 'manager' : 'beleidsmedewerker',
        questionnaireId: peer.questionnaireId,
        answers: { [peer.question]: { values: [peerAnswer] } },
      },
    ],
  }).filter((f) => f.source.type === 'comparison' && f.source.comparisonId === comparison.id);
}

const name = (c: Comparison) => c.sides.map((s) => `${s.questionnaireId} ${s.question}`).join(' ↔ ');

describe.each(study.comparisons.map((c) => [name(c), c] as const))('comparison %s', (_, comparison) => {
  const [first, second] = comparison.sides;

  it('fires on every pair of answers that point different ways, both ways, and on no other', () => {
    let fired = 0;
    for (const a of optionsOf(first!))
      for (const b of optionsOf(second!)) {
        const expected = differs(a, b) ? 1 : 0;
        expect(comparisonFlags(study, comparison, 0, a.label, b.label), `${a.label} ↔ ${b.label}`).toHaveLength(expected);
        expect(comparisonFlags(study, comparison, 1, b.label, a.label), `${b.label} ↔ ${a.label}`).toHaveLength(expected);
        fired += expected;
      }
    expect(fired).toBeGreaterThan(0);
  });

  it('is described on the study page by exactly the pairs it fires on', () => {
    const described = comparisonFirings(study, comparison).flatMap((f) => f.differsFrom.map((b) => `${f.answer} ↔ ${b}`));
    const firing = optionsOf(first!).flatMap((a) =>
      optionsOf(second!)
        .filter((b) => comparisonFlags(study, comparison, 0, a.label, b.label).length > 0)
        .map((b) => `${a.label} ↔ ${b.label}`),
    );
    expect(described).toEqual(firing);
  });

  it('asks its own neutral question in both interviews, never a follow-up that presumes the other answer', () => {
    expect(comparison.question).toBeTruthy();
    // Neutral: nothing that takes a side ("niet", "nooit", "te weinig", "voldoende", "u heeft ingevuld dat").
    expect(comparison.question).not.toMatch(/\b(niet|nooit|geen|weinig|voldoende|onvoldoende|ingevuld)\b/i);
    for (const ownSide of [0, 1] as const) {
      const own = comparison.sides[ownSide]!;
      const peer = comparison.sides[1 - ownSide]!;
      const list = study.topicLists.find((l) => l.id === own.target.topicListId)!;
      for (const a of optionsOf(own))
        for (const b of optionsOf(peer)) {
          if (!differs(a, b)) continue;
          const flags = comparisonFlags(study, comparison, ownSide, a.label, b.label);
          const questions = buildGuide(list, { flags }).flatMap((s) => s.topics.flatMap((t) => t.questions));
          const asked = questions.filter((q) => q.ticked);
          expect(asked.map((q) => q.text), `${a.label} against ${b.label}`).toEqual([comparison.question]);
          expect(asked[0]!.flags.map((f) => f.reasons[0]!.answer)).toEqual([a.label]);
          // The target's own follow-up is neither ticked nor marked by the comparison.
          const target = questions.find((q) => q.id === own.target.nodeId);
          if (target) expect(target).toMatchObject({ ticked: false, flags: [] });
        }
    }
  });
});

describe('the comparison that never fired (Bijlage 4.2 V16 ↔ Bijlage 4.1 V18)', () => {
  const pair = study.comparisons.find((c) => c.id === 'verschil-manager-v16-beleid-v18')!;
  it('fires when the manager answers a plain “Ja” and the policy officer “Ja, maar te weinig”', () => {
    expect(comparisonFlags(study, pair, 0, 'Ja', 'Ja, maar te weinig')).toHaveLength(1);
    expect(comparisonFlags(study, pair, 1, 'Ja, maar te weinig', 'Ja')).toHaveLength(1);
    expect(comparisonFirings(study, pair)).toContainEqual({ answer: 'Ja', differsFrom: ['Ja, maar te weinig', 'Nee'] });
  });
  it('stays quiet when both say yes, or one does not know', () => {
    expect(comparisonFlags(study, pair, 0, 'Ja', 'Ja, voldoende')).toEqual([]);
    expect(comparisonFlags(study, pair, 0, 'Soms', 'Ja, maar te weinig')).toEqual([]);
  });
});

describe('a policy officer who set up an experiment herself, whose manager answered “Nee”', () => {
  it('is not asked why she never set one up', () => {
    const beleid = questionnaire('vl-beleid');
    const flags = computeFlags({
      study,
      questionnaire: beleid,
      answers: { V6: { values: ['Ja, ik zelf'] } },
      peers: [{ respondentTypeId: 'manager', questionnaireId: 'vl-manager', answers: { V4: { values: ['Nee'] } } }],
    });
    const guide = buildGuide(study.topicLists.find((l) => l.id === 'tl-beleid')!, { flags });
    const ticked = guide.flatMap((s) => s.topics.flatMap((t) => t.questions)).filter((q) => q.ticked);
    expect(ticked.map((q) => q.text)).toEqual([
      'Kunt u vertellen of er binnen uw team experimenten (experimenteel beleid) in het sociaal domein zijn opgezet, en hoe dat is gegaan?',
    ]);
    expect(ticked[0]).toMatchObject({ comparisonId: 'verschil-manager-v4-beleid-v6', followUp: true });
  });
});

describe('a comparison without its own wording (a design from before the field)', () => {
  const old = study.comparisons.find((c) => c.id === 'verschil-manager-v4-beleid-v6')!;
  const { question: _dropped, ...withoutWording } = old;

  it('still loads', () => {
    expect(comparisonSchema.parse(withoutWording)).toEqual(withoutWording);
    expect(() => studySchema.parse({ ...study, comparisons: [withoutWording] })).not.toThrow();
  });

  it('asks what the questionnaire asked, in the study’s language, presuming nothing', () => {
    const dutch: Study = { ...study, comparisons: [withoutWording] };
    const [flag] = comparisonFlags(dutch, withoutWording, 1, 'Ja, ik zelf', 'Nee');
    expect(flag!.question).toBe(
      'In de vragenlijst kwam de vraag “Heeft u of uw collega in uw loopbaan bij de gemeente een experiment(eel beleid) binnen het sociaal domein opgezet?” aan bod. Kunt u vertellen hoe dat bij u gaat?',
    );
    const [english] = comparisonFlags({ ...dutch, language: 'en' }, withoutWording, 1, 'Ja, ik zelf', 'Nee');
    expect(english!.question).toMatch(/^The questionnaire asked “Heeft u of uw collega/);
  });
});
