/**
 * The follow-up a comparison puts in the guide when two respondents' answers differ.
 * It must never presume the opposite of the respondent's own answer, so it is the
 * design's own neutral wording, or, for a comparison without one, a question that only
 * repeats what the questionnaire asked.
 */
import type { Comparison, QuestionnaireQuestion } from '../study/schema';

/** By study language; `{question}` is the questionnaire question as it was asked. */
const FALLBACK_WORDING: Readonly<Record<'nl' | 'en', string>> = {
  nl: 'In de vragenlijst kwam de vraag “{question}” aan bod. Kunt u vertellen hoe dat bij u gaat?',
  en: 'The questionnaire asked “{question}”. Could you tell me how that goes in your work?',
};

export function comparisonWording(
  comparison: Comparison,
  ownQuestion: QuestionnaireQuestion,
  language: string,
): string {
  if (comparison.question) return comparison.question;
  const template = FALLBACK_WORDING[language.toLowerCase().startsWith('nl') ? 'nl' : 'en'];
  return template.replace('{question}', ownQuestion.text.trim());
}
