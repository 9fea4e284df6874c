/** A flag rule's condition as a readable sentence in the interface language. */
import type { TFunction } from '../../../i18n';
import type { Condition } from '../../../../shared/study/schema';

export function describeCondition(condition: Condition, t: TFunction): string {
  switch (condition.type) {
    case 'answerIn':
      return t('rules.answerIn', { question: condition.question, values: condition.values.join('; ') });
    case 'stepDifference':
      return t('rules.stepDifference', { a: condition.a, b: condition.b, steps: condition.atLeast });
    case 'hasOtherText':
      return t('rules.hasOtherText', { question: condition.question });
    case 'any':
      return condition.of.map((c) => describeCondition(c, t)).join(` ${t('rules.or')} `);
  }
}
