/**
 * How many of the study's respondents each flag rule and comparison flags right now,
 * from the questionnaire answers already stored. Shown beside every rule, so a researcher
 * who edits a rule sees at once what it does to the interviews being prepared.
 */
import { computeFlags, type PeerAnswers } from '../flags/engine';
import type { Answers } from '../responses/schema';
import type { Study } from '../study/schema';

export interface RespondentAnswers {
  respondentId: string;
  typeId: string;
  /** As stored on the respondent (already normalised); '' when unknown. */
  organisation: string;
  questionnaireId: string;
  answers: Answers;
}

export interface RuleReach {
  /** Respondents with a flag from the rule (its own kind, or unclear on "Weet ik niet"). */
  byRule: Map<string, number>;
  byComparison: Map<string, number>;
}

export function ruleReach(study: Study, respondents: readonly RespondentAnswers[]): RuleReach {
  const byRule = new Map<string, number>(study.flagRules.map((r) => [r.id, 0]));
  const byComparison = new Map<string, number>(study.comparisons.map((c) => [c.id, 0]));
  for (const respondent of respondents) {
    const questionnaire = study.questionnaires.find((q) => q.id === respondent.questionnaireId);
    if (!questionnaire) continue;
    const peers: PeerAnswers[] = respondent.organisation
      ? respondents
          .filter(
            (other) => other.respondentId !== respondent.respondentId && other.organisation === respondent.organisation,
          )
          .map((other) => ({
            respondentTypeId: other.typeId,
            questionnaireId: other.questionnaireId,
            answers: other.answers,
          }))
      : [];
    const flags = computeFlags({ study, questionnaire, answers: respondent.answers, peers });
    const rules = new Set<string>();
    const comparisons = new Set<string>();
    for (const flag of flags) {
      if (flag.source.type === 'rule') rules.add(flag.source.ruleId);
      else comparisons.add(flag.source.comparisonId);
    }
    for (const id of rules) byRule.set(id, (byRule.get(id) ?? 0) + 1);
    for (const id of comparisons) byComparison.set(id, (byComparison.get(id) ?? 0) + 1);
  }
  return { byRule, byComparison };
}
