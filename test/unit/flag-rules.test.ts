/**
 * Every flag rule of every questionnaire in the example study fires on its trigger and
 * stays quiet otherwise; "Weet ik niet" raises an unclear flag; the manager ↔ policy
 * officer comparisons raise striking flags on both sides without leaking answers.
 */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { computeFlags, ticksByDefault, type Flag } from '../../shared/flags/engine';
import type { Answers } from '../../shared/responses/schema';
import type { Condition, FlagRule, Questionnaire } from '../../shared/study/schema';

const study = exampleStudy;
const optionsOf = (questionnaire: Questionnaire, id: string) => questionnaire.questions.find((q) => q.id === id)!.options;

function trigger(condition: Condition, questionnaire: Questionnaire): Answers {
  switch (condition.type) {
    case 'answerIn':
      return { [condition.question]: { values: [condition.values[condition.values.length - 1]!] } };
    case 'stepDifference': {
      const options = optionsOf(questionnaire, condition.a).filter((o) => !o.other);
      const far = optionsOf(questionnaire, condition.b).filter((o) => !o.other)[condition.atLeast]!;
      return { [condition.a]: { values: [options[0]!.label] }, [condition.b]: { values: [far.label] } };
    }
    case 'hasOtherText': {
      const other = optionsOf(questionnaire, condition.question).find((o) => o.other);
      return { [condition.question]: { values: other ? [other.label] : [], text: 'Via de koffieautomaat' } };
    }
    case 'any':
      return trigger(condition.of[0]!, questionnaire);
  }
}

/** Answers that do not meet the condition and are not "don't know" either. */
function quiet(condition: Condition, questionnaire: Questionnaire): Answers {
  switch (condition.type) {
    case 'answerIn': {
      const other = optionsOf(questionnaire, condition.question).find(
        (o) => !condition.values.includes(o.label) && !study.unclearAnswers.includes(o.label) && !o.other,
      );
      return other ? { [condition.question]: { values: [other.label] } } : {};
    }
    case 'stepDifference': {
      const first = optionsOf(questionnaire, condition.a)[0]!.label;
      return { [condition.a]: { values: [first] }, [condition.b]: { values: [optionsOf(questionnaire, condition.b)[0]!.label] } };
    }
    case 'hasOtherText':
      return { [condition.question]: { values: [optionsOf(questionnaire, condition.question)[0]!.label] } };
    case 'any':
      return Object.assign({}, ...condition.of.map((c) => quiet(c, questionnaire)));
  }
}

const fromRule = (flags: Flag[], rule: FlagRule) => flags.filter((f) => f.source.type === 'rule' && f.source.ruleId === rule.id);

describe.each(study.questionnaires.map((q) => [q.source ?? q.id, q] as const))('rules of %s', (_, questionnaire) => {
  const rules = study.flagRules.filter((r) => r.questionnaireId === questionnaire.id);

  it('has rules', () => expect(rules.length).toBeGreaterThan(5));

  it.each(rules.map((r) => [r.id, r] as const))('%s fires on its trigger, at its target', (_, rule) => {
    const flags = fromRule(computeFlags({ study, questionnaire, answers: trigger(rule.when, questionnaire) }), rule);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.kind).toBe(rule.kind);
    expect(flags[0]!.target).toEqual(rule.target);
    expect(flags[0]!.reasons.length).toBeGreaterThan(0);
    expect(flags[0]!.reasons.every((r) => r.answer.length > 0)).toBe(true);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s stays quiet otherwise', (_, rule) => {
    const flags = fromRule(computeFlags({ study, questionnaire, answers: quiet(rule.when, questionnaire) }), rule);
    expect(flags).toEqual([]);
    expect(fromRule(computeFlags({ study, questionnaire, answers: {} }), rule)).toEqual([]);
  });
});

describe('the default rules of DOMAIN.md, by example', () => {
  const beleid = study.questionnaires.find((q) => q.id === 'vl-beleid')!;
  const manager = study.questionnaires.find((q) => q.id === 'vl-manager')!;

  it('V17 "Ja, maar te weinig" asks the follow-up on active questioning, with its reason', () => {
    const flags = computeFlags({ study, questionnaire: beleid, answers: { V17: { values: ['Ja, maar te weinig'] } } });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'followUp',
      target: { topicListId: 'tl-beleid', nodeId: 'tl-beleid:actief-bevragen-en-luisteren:q1' },
      reasons: [{ label: 'V17', answer: 'Ja, maar te weinig' }],
    });
    expect(ticksByDefault(flags[0]!)).toBe(true);
  });

  it('"Weet ik niet" on a rule question raises an unclear flag on the same follow-up', () => {
    const flags = computeFlags({ study, questionnaire: beleid, answers: { V6: { values: ['Weet ik niet'] } } });
    expect(flags.map((f) => [f.kind, f.target.nodeId])).toEqual([['unclear', 'tl-beleid:experimenteren:q1']]);
  });

  it('V10 "Soms" is a weak signal that is shown but not ticked in advance', () => {
    const flags = computeFlags({ study, questionnaire: beleid, answers: { V10: { values: ['Soms'] } } });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.strength).toBe('weak');
    expect(ticksByDefault(flags[0]!)).toBe(false);
  });

  it('V1 and V3 two or more steps apart is striking', () => {
    const flags = computeFlags({
      study,
      questionnaire: beleid,
      answers: { V1: { values: ['Ja, gemiddeld meerdere keren per dag'] }, V3: { values: ['Ja, gemiddeld één keer per week'] } },
    });
    expect(flags.map((f) => f.kind)).toEqual(['striking']);
    expect(flags[0]!.reasons.map((r) => r.label)).toEqual(['V1', 'V3']);
  });

  it('a manager and a policy officer who contradict each other both get a striking flag, each with only their own answer', () => {
    const managerAnswers: Answers = { V16: { values: ['Nee'] } };
    const beleidAnswers: Answers = { V18: { values: ['Ja, voldoende'] } };
    const forBeleid = computeFlags({
      study,
      questionnaire: beleid,
      answers: beleidAnswers,
      peers: [{ respondentTypeId: 'manager', questionnaireId: 'vl-manager', answers: managerAnswers }],
    }).filter((f) => f.source.type === 'comparison');
    const forManager = computeFlags({
      study,
      questionnaire: manager,
      answers: managerAnswers,
      peers: [{ respondentTypeId: 'beleidsmedewerker', questionnaireId: 'vl-beleid', answers: beleidAnswers }],
    }).filter((f) => f.source.type === 'comparison');
    expect(forBeleid.map((f) => [f.kind, f.target.nodeId])).toEqual([['striking', 'tl-beleid:belang-van-leren:q1']]);
    expect(forManager.map((f) => [f.kind, f.target.nodeId])).toEqual([['striking', 'tl-manager:belang-van-leren:q1']]);
    expect(JSON.stringify(forBeleid)).not.toContain('Nee');
    expect(JSON.stringify(forManager)).not.toContain('voldoende');
  });

  it('answers that agree raise no comparison flag', () => {
    const flags = computeFlags({
      study,
      questionnaire: beleid,
      answers: { V18: { values: ['Ja, voldoende'] } },
      peers: [{ respondentTypeId: 'manager', questionnaireId: 'vl-manager', answers: { V16: { values: ['Ja'] } } }],
    });
    expect(flags.filter((f) => f.source.type === 'comparison')).toEqual([]);
  });
});
