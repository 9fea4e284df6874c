/**
 * A flag rule as the rule form edits it: the single condition split into the form's
 * fields, and an edited rule put back in its place (the order of rules is the order
 * their flags are listed in).
 */
import type { Condition, FlagRule, Study } from '../study/schema';

export type FormConditionType = 'answerIn' | 'stepDifference' | 'hasOtherText';

export interface ConditionFields {
  type: FormConditionType;
  /** The question the condition is about (the first one of a step difference). */
  question: string;
  values: string[];
  /** The second question of a step difference. */
  other: string;
  steps: number;
}

export const EMPTY_CONDITION: ConditionFields = { type: 'answerIn', question: '', values: [], other: '', steps: 2 };

/** The form fields of a condition; undefined for one the form cannot show ("any of …"), which stays as it is. */
export function conditionFields(condition: Condition): ConditionFields | undefined {
  switch (condition.type) {
    case 'answerIn':
      return { ...EMPTY_CONDITION, type: 'answerIn', question: condition.question, values: [...condition.values] };
    case 'stepDifference':
      return {
        ...EMPTY_CONDITION,
        type: 'stepDifference',
        question: condition.a,
        other: condition.b,
        steps: condition.atLeast,
      };
    case 'hasOtherText':
      return { ...EMPTY_CONDITION, type: 'hasOtherText', question: condition.question };
    case 'any':
      return undefined;
  }
}

/** Replaces the rule with the same id, keeping its place; unchanged when there is none. */
export function replaceRule(study: Study, rule: FlagRule): Study {
  if (!study.flagRules.some((r) => r.id === rule.id)) return study;
  return { ...study, flagRules: study.flagRules.map((r) => (r.id === rule.id ? rule : r)) };
}
