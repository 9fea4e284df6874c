/**
 * What type a questionnaire question's REFI-QDA Variable has. As data: the question
 * purposes whose answers are whole numbers, and otherwise a question whose options are
 * all whole numbers ("1" … "5"). Everything else is Text (choices, open answers).
 */
import type { QuestionnaireQuestion } from '../study/schema';

export type VariableType = 'Text' | 'Integer' | 'Boolean' | 'Float' | 'Date' | 'DateTime';

const INTEGER_PURPOSES: ReadonlySet<NonNullable<QuestionnaireQuestion['purpose']>> = new Set(['startYear']);

export function variableTypeOf(question: QuestionnaireQuestion): VariableType {
  if (question.purpose && INTEGER_PURPOSES.has(question.purpose)) return 'Integer';
  const numeric =
    question.kind === 'single' &&
    question.options.length > 0 &&
    question.options.every((o) => !o.other && /^-?\d+$/.test(o.label.trim()));
  return numeric ? 'Integer' : 'Text';
}

/** Questions whose answers name the respondent or their organisation: left out of an anonymised export. */
export const IDENTIFYING_PURPOSES: ReadonlySet<NonNullable<QuestionnaireQuestion['purpose']>> = new Set([
  'name',
  'organisation',
]);
