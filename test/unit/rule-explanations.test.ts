/**
 * What the study page says a "Weet ik niet" answer gives, per rule, comes from running
 * the rules: the V5 rule that lists "Weet ik niet" itself gives context, not "Onduidelijk".
 */
import { describe, expect, it } from 'vitest';
import { unclearOutcomes } from '../../shared/design/rule-explanations';
import { exampleStudy } from '../../shared/example/study';
import { computeFlags } from '../../shared/flags/engine';

const study = exampleStudy;
const rule = (id: string) => study.flagRules.find((r) => r.id === id)!;

describe('what “Weet ik niet” gives, per rule', () => {
  it('gives context for V5, whose rule lists “Weet ik niet” among its answers', () => {
    expect(unclearOutcomes(study, rule('beleid-tijd-voor-reflectie-v5'))).toEqual([
      { answer: 'Weet ik niet', questionId: 'V5', kinds: ['context'] },
    ]);
  });

  it('gives “Onduidelijk” for V6, whose rule does not', () => {
    expect(unclearOutcomes(study, rule('beleid-experimenteren-v6'))).toEqual([
      { answer: 'Weet ik niet', questionId: 'V6', kinds: ['unclear'] },
    ]);
  });

  it('gives nothing from a rule about a free-text answer', () => {
    expect(unclearOutcomes(study, rule('beleid-tijd-voor-reflectie-v5-anders'))).toEqual([
      { answer: 'Weet ik niet', questionId: 'V5', kinds: [] },
    ]);
  });

  it('says nothing for a question that offers no “Weet ik niet”', () => {
    expect(unclearOutcomes(study, rule('beleid-actief-bevragen-en-luisteren-v17'))).toEqual([]);
  });

  it('agrees, for every rule of the example study, with what a preparation shows for that answer', () => {
    for (const r of study.flagRules) {
      const questionnaire = study.questionnaires.find((q) => q.id === r.questionnaireId)!;
      for (const outcome of unclearOutcomes(study, r)) {
        const shown = computeFlags({
          study,
          questionnaire,
          answers: { [outcome.questionId]: { values: [outcome.answer] } },
        }).filter((f) => f.source.type === 'rule' && f.source.ruleId === r.id);
        expect([...new Set(shown.map((f) => f.kind))], r.id).toEqual(outcome.kinds);
      }
    }
  });
});
