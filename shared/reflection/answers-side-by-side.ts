/**
 * Questionnaire answers side by side, for the study overview: per respondent type (all
 * policy officers' answers to 4.1 next to each other) and per municipality (the
 * manager's and the policy officer's answers to mirrored questions next to each other,
 * thesis §3.5 "leren van verschillen").
 *
 * Decisions:
 * - A respondent counts only with answers to their own type's questionnaire; answers
 *   to another questionnaire (a type changed afterwards) would line up wrongly.
 * - The intake question that asks the respondent's name is left out: columns are headed
 *   by the respondent code, and the overview is often on screen next to others.
 * - Per municipality the rows are the study's comparisons (mirrored question pairs), so
 *   different questionnaires line up; a row is shown when at least two respondents of
 *   the municipality answered their side. Contradiction as in the flag engine: one
 *   clearly yes, another clearly no.
 */
import { differ, polarityOf } from '../flags/polarity';
import type { Answer, Answers } from '../responses/schema';
import type { Respondent } from '../respondents/schema';
import { questionnaireById, questionnaireQuestion } from '../study/lookup';
import type { AnswerPolarity, Questionnaire, QuestionnaireQuestion, Study } from '../study/schema';

export interface AnswerSource {
  respondent: Pick<Respondent, 'id' | 'typeId' | 'organisation'>;
  code: string;
  response: { questionnaireId: string; answers: Answers } | undefined;
}

export interface AnswerColumn {
  respondentId: string;
  code: string;
  organisation: string;
  typeId: string;
}

export interface TypeAnswerRow {
  questionId: string;
  number?: number;
  text: string;
  /** One per column; '' when the respondent left the question open. */
  cells: string[];
}

export interface AnswersOfType {
  typeId: string;
  typeName: string;
  questionnaire: Questionnaire;
  columns: AnswerColumn[];
  rows: TypeAnswerRow[];
}

export interface ComparisonCell {
  questionId: string;
  questionText: string;
  answer: string;
}

export interface MunicipalityAnswerRow {
  comparisonId: string;
  note?: string;
  /** One per column; null when the respondent's questionnaire has no side in this pair or left it open. */
  cells: (ComparisonCell | null)[];
  contradiction: boolean;
}

export interface AnswersOfMunicipality {
  organisation: string;
  columns: AnswerColumn[];
  rows: MunicipalityAnswerRow[];
}

/** "Nee", "Ja, maar te weinig; Anders: via de wijkteams", or the open answer itself. */
export function formatAnswer(answer: Answer | undefined): string {
  if (!answer) return '';
  const parts = [...answer.values];
  const text = answer.text?.trim();
  if (text) parts.push(parts.length > 0 ? `“${text}”` : text);
  return parts.join('; ');
}

interface Usable {
  column: AnswerColumn;
  questionnaire: Questionnaire;
  answers: Answers;
}

function usable(study: Study, sources: readonly AnswerSource[]): Usable[] {
  return sources
    .flatMap((source): Usable[] => {
      const type = study.respondentTypes.find((t) => t.id === source.respondent.typeId);
      const questionnaire = questionnaireById(study, type?.questionnaireId);
      if (!questionnaire || source.response?.questionnaireId !== questionnaire.id) return [];
      const column = {
        respondentId: source.respondent.id,
        code: source.code,
        organisation: source.respondent.organisation,
        typeId: source.respondent.typeId,
      };
      return [{ column, questionnaire, answers: source.response.answers }];
    })
    .sort(
      (a, b) =>
        a.column.organisation.localeCompare(b.column.organisation, 'nl') ||
        a.column.code.localeCompare(b.column.code, 'nl'),
    );
}

const shown = (q: QuestionnaireQuestion): boolean => q.purpose !== 'name';

export function answersByType(study: Study, sources: readonly AnswerSource[]): AnswersOfType[] {
  const all = usable(study, sources);
  return study.respondentTypes.flatMap((type): AnswersOfType[] => {
    const mine = all.filter((u) => u.column.typeId === type.id);
    const questionnaire = mine[0]?.questionnaire;
    if (!questionnaire) return [];
    const rows = questionnaire.questions.filter(shown).map((q) => ({
      questionId: q.id,
      ...(q.number !== undefined ? { number: q.number } : {}),
      text: q.text,
      cells: mine.map((u) => formatAnswer(u.answers[q.id])),
    }));
    return [{ typeId: type.id, typeName: type.name, questionnaire, columns: mine.map((u) => u.column), rows }];
  });
}

function polaritiesOf(question: QuestionnaireQuestion, answer: Answer | undefined): AnswerPolarity[] {
  if (!answer) return [];
  return answer.values.flatMap((value) => {
    const option = question.options.find((o) => o.label === value);
    return option ? [polarityOf(option)] : [];
  });
}

export function answersByMunicipality(study: Study, sources: readonly AnswerSource[]): AnswersOfMunicipality[] {
  const byOrganisation = new Map<string, Usable[]>();
  for (const u of usable(study, sources)) {
    const key = u.column.organisation;
    byOrganisation.set(key, [...(byOrganisation.get(key) ?? []), u]);
  }
  return [...byOrganisation.entries()].map(([organisation, members]) => {
    const rows = study.comparisons.flatMap((comparison): MunicipalityAnswerRow[] => {
      const polarities: AnswerPolarity[][] = [];
      const cells = members.map((m): ComparisonCell | null => {
        const side = comparison.sides.find((s) => s.questionnaireId === m.questionnaire.id);
        const question = side && questionnaireQuestion(m.questionnaire, side.question);
        const answer = question && m.answers[question.id];
        const text = formatAnswer(answer);
        if (!question || text === '') return null;
        polarities.push(polaritiesOf(question, answer));
        return { questionId: question.id, questionText: question.text, answer: text };
      });
      if (cells.filter((c) => c !== null).length < 2) return [];
      const contradiction = polarities.some((a, i) =>
        polarities.slice(i + 1).some((b) => a.some((pa) => b.some((pb) => differ(pa, pb)))),
      );
      return [
        { comparisonId: comparison.id, ...(comparison.note ? { note: comparison.note } : {}), cells, contradiction },
      ];
    });
    return { organisation, columns: members.map((m) => m.column), rows };
  });
}
