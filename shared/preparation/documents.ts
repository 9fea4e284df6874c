/**
 * Documents the respondent was asked to send ("Zo ja, kunt u dit document toesturen?"):
 * expected when the question before was answered yes. Preparation lists them with
 * whether they arrived, and offers them for the (DOCUMENTNAAM) placeholder.
 */
import type { Answers } from '../responses/schema';
import type { Questionnaire } from '../study/schema';
import { questionLabel } from '../study/lookup';

export interface ExpectedDocument {
  /** The question that asked for the document ("V8"). */
  questionId: string;
  label: string;
  /** What the document is about: the text of the question it follows up. */
  about: string;
  /** What the respondent wrote in the request's own field, if anything (a title, a link). */
  respondentNote?: string;
}

export function expectedDocuments(questionnaire: Questionnaire, answers: Answers): ExpectedDocument[] {
  return questionnaire.questions.flatMap((question) => {
    const request = question.requestsDocument;
    if (!request) return [];
    const given = answers[request.question]?.values ?? [];
    if (!given.some((value) => request.answers.includes(value))) return [];
    const about = questionnaire.questions.find((q) => q.id === request.question)?.text ?? '';
    const note = answers[question.id]?.text?.trim();
    return [{ questionId: question.id, label: questionLabel(question), about, ...(note ? { respondentNote: note } : {}) }];
  });
}
