/**
 * What the study page says a rule or comparison does, found by running the flag engine
 * on the answers in question, never written beside it: an explanation that is derived
 * from the rules cannot disagree with them.
 */
import { computeFlags } from '../flags/engine';
import type { Answers } from '../responses/schema';
import { questionnaireById, questionnaireQuestion } from '../study/lookup';
import type { Comparison, Condition, FlagKind, FlagRule, Study } from '../study/schema';

function conditionQuestions(condition: Condition): string[] {
  switch (condition.type) {
    case 'answerIn':
    case 'hasOtherText':
      return [condition.question];
    case 'stepDifference':
      return [condition.a, condition.b];
    case 'any':
      return [...new Set(condition.of.flatMap(conditionQuestions))];
  }
}

export interface UnclearOutcome {
  /** The "don't know" answer as the question offers it ("Weet ik niet"). */
  answer: string;
  questionId: string;
  /** The kinds of flag this rule raises for that answer; empty when it raises none. */
  kinds: FlagKind[];
}

/**
 * For each question of the rule that offers a "don't know" answer (the study's
 * `unclearAnswers`), what the rule raises when the respondent gives it.
 */
export function unclearOutcomes(study: Study, rule: FlagRule): UnclearOutcome[] {
  const questionnaire = questionnaireById(study, rule.questionnaireId);
  if (!questionnaire) return [];
  const alone: Study = { ...study, flagRules: [rule], comparisons: [] };
  return conditionQuestions(rule.when).flatMap((questionId) => {
    const question = questionnaireQuestion(questionnaire, questionId);
    const offered = question?.options.filter((o) => study.unclearAnswers.includes(o.label)) ?? [];
    return offered.map((option) => {
      const answers: Answers = { [questionId]: { values: [option.label] } };
      const kinds = computeFlags({ study: alone, questionnaire, answers }).map((flag) => flag.kind);
      return { answer: option.label, questionId, kinds: [...new Set(kinds)] };
    });
  });
}

export interface ComparisonFiring {
  /** An answer to the first side's question. */
  answer: string;
  /** The answers to the second side's question that, against it, raise the comparison. */
  differsFrom: string[];
}

/** Every pair of answers that raises the comparison, grouped by the first side's answer. */
export function comparisonFirings(study: Study, comparison: Comparison): ComparisonFiring[] {
  const [first, second] = comparison.sides;
  const own = first && questionnaireById(study, first.questionnaireId);
  const other = second && questionnaireById(study, second.questionnaireId);
  const ownQuestion = own && questionnaireQuestion(own, first.question);
  const otherQuestion = other && questionnaireQuestion(other, second.question);
  if (!own || !ownQuestion || !otherQuestion) return [];
  const alone: Study = { ...study, flagRules: [], comparisons: [comparison] };
  return ownQuestion.options.flatMap((ownOption) => {
    const differsFrom = otherQuestion.options
      .filter((otherOption) =>
        computeFlags({
          study: alone,
          questionnaire: own,
          answers: { [first.question]: { values: [ownOption.label] } },
          peers: [
            {
              respondentTypeId: 'peer',
              questionnaireId: second.questionnaireId,
              answers: { [second.question]: { values: [otherOption.label] } },
            },
          ],
        }).some((flag) => flag.source.type === 'comparison'),
      )
      .map((o) => o.label);
    return differsFrom.length > 0 ? [{ answer: ownOption.label, differsFrom }] : [];
  });
}
