/**
 * The flagging engine: from a respondent's questionnaire answers and the study's rules
 * (data, see schema.ts) to the follow-up questions worth asking, each with the reason
 * that raised it ("V17: Ja, maar te weinig"). Pure: the caller supplies the answers of
 * this respondent and of peers in the same organisation.
 */
import type { Answers } from '../responses/schema';
import type {
  Comparison,
  Condition,
  FlagKind,
  FlagRule,
  FlagTarget,
  Questionnaire,
  QuestionnaireQuestion,
  Study,
} from '../study/schema';
import { questionLabel, questionnaireQuestion } from '../study/lookup';
import { comparisonWording } from './comparison-wording';
import { differ, polarityOf } from './polarity';

export interface FlagReason {
  /** Questionnaire question id ("V17"). */
  questionId: string;
  /** "V17", or the question text for unnumbered ones. */
  label: string;
  /** This respondent's own answer, as they gave it. */
  answer: string;
}

export interface Flag {
  /** Stable per rule and target, so a researcher's untick survives a re-import. */
  id: string;
  source: { type: 'rule'; ruleId: string } | { type: 'comparison'; comparisonId: string; peerTypeId: string };
  kind: FlagKind;
  strength: 'strong' | 'weak';
  target: FlagTarget;
  reasons: FlagReason[];
  note?: string;
  /**
   * A comparison's own neutral follow-up: the guide asks this, never the target's
   * follow-up, whose wording may presume the opposite of the respondent's answer.
   */
  question?: string;
}

export interface PeerAnswers {
  respondentTypeId: string;
  questionnaireId: string;
  answers: Answers;
}

export interface FlagInput {
  study: Study;
  questionnaire: Questionnaire;
  answers: Answers;
  /** Other respondents of the same organisation, for the cross-respondent comparisons. */
  peers?: readonly PeerAnswers[];
}

/** The answer as the respondent gave it: "Op een andere manier, namelijk: via de koffieautomaat". */
export function answerText(question: QuestionnaireQuestion | undefined, answers: Answers, questionId: string): string {
  const answer = answers[questionId];
  if (!answer) return '';
  const text = answer.text?.trim();
  const otherLabel = question?.options.find((o) => o.other && answer.values.includes(o.label))?.label;
  const values = answer.values.map((v) => (v === otherLabel && text ? `${v} ${text}` : v));
  return [...values, ...(text && !otherLabel ? [text] : [])].join('; ');
}

function reason(questionnaire: Questionnaire, answers: Answers, questionId: string): FlagReason {
  const question = questionnaireQuestion(questionnaire, questionId);
  return {
    questionId,
    label: question ? questionLabel(question) : questionId,
    answer: answerText(question, answers, questionId),
  };
}

/** Position of the single chosen option, for "differ by two or more steps". */
function step(questionnaire: Questionnaire, answers: Answers, questionId: string): number | undefined {
  const question = questionnaireQuestion(questionnaire, questionId);
  const chosen = answers[questionId]?.values[0];
  if (!question || chosen === undefined) return undefined;
  const index = question.options.findIndex((o) => o.label === chosen && !o.other);
  return index < 0 ? undefined : index;
}

/** The questions a condition fires on when it holds, or null when it does not hold. */
function evaluate(
  condition: Condition,
  questionnaire: Questionnaire,
  answers: Answers,
): string[] | null {
  switch (condition.type) {
    case 'answerIn': {
      const values = answers[condition.question]?.values ?? [];
      return values.some((v) => condition.values.includes(v)) ? [condition.question] : null;
    }
    case 'stepDifference': {
      const a = step(questionnaire, answers, condition.a);
      const b = step(questionnaire, answers, condition.b);
      if (a === undefined || b === undefined) return null;
      return Math.abs(a - b) >= condition.atLeast ? [condition.a, condition.b] : null;
    }
    case 'hasOtherText':
      return answers[condition.question]?.text?.trim() ? [condition.question] : null;
    case 'any': {
      const fired = condition.of
        .map((c) => evaluate(c, questionnaire, answers))
        .filter((q): q is string[] => q !== null)
        .flat();
      return fired.length > 0 ? [...new Set(fired)] : null;
    }
  }
}

/** The questions whose exact answers a condition inspects. */
function answeredQuestions(condition: Condition): string[] {
  switch (condition.type) {
    case 'answerIn':
    case 'hasOtherText':
      return [condition.question];
    case 'stepDifference':
      return [];
    case 'any':
      return condition.of.flatMap(answeredQuestions);
  }
}

function ruleFlags(study: Study, rule: FlagRule, questionnaire: Questionnaire, answers: Answers): Flag[] {
  const flags: Flag[] = [];
  const fired = evaluate(rule.when, questionnaire, answers);
  const base = { source: { type: 'rule' as const, ruleId: rule.id }, target: rule.target, note: rule.note };
  if (fired) {
    flags.push({
      ...base,
      id: `rule:${rule.id}`,
      kind: rule.kind,
      strength: rule.strength,
      reasons: fired.map((q) => reason(questionnaire, answers, q)),
    });
  }
  // "Weet ik niet" on a rule's question: the answer is unclear, so ask to clarify.
  if (rule.when.type !== 'hasOtherText') {
    const unclear = answeredQuestions(rule.when).filter((q) =>
      (answers[q]?.values ?? []).some((v) => study.unclearAnswers.includes(v)),
    );
    if (unclear.length > 0 && !fired) {
      flags.push({
        ...base,
        id: `unclear:${rule.id}`,
        kind: 'unclear',
        strength: 'strong',
        reasons: unclear.map((q) => reason(questionnaire, answers, q)),
      });
    }
  }
  return flags;
}

function comparisonFlags(
  study: Study,
  comparison: Comparison,
  questionnaire: Questionnaire,
  answers: Answers,
  peers: readonly PeerAnswers[],
): Flag[] {
  const ownIndex = comparison.sides.findIndex((s) => s.questionnaireId === questionnaire.id);
  if (ownIndex < 0) return [];
  const own = comparison.sides[ownIndex]!;
  const other = comparison.sides[1 - ownIndex]!;
  const ownQuestion = questionnaireQuestion(questionnaire, own.question);
  const ownOption = ownQuestion?.options.find((o) => o.label === answers[own.question]?.values[0]);
  if (!ownOption) return [];
  const otherQuestionnaire = study.questionnaires.find((q) => q.id === other.questionnaireId);
  const otherQuestion = otherQuestionnaire && questionnaireQuestion(otherQuestionnaire, other.question);
  if (!otherQuestion || !ownQuestion) return [];
  const question = comparisonWording(comparison, ownQuestion, study.language);

  return peers
    .filter((peer) => peer.questionnaireId === other.questionnaireId)
    .filter((peer) => {
      const peerOption = otherQuestion.options.find((o) => o.label === peer.answers[other.question]?.values[0]);
      return peerOption !== undefined && differ(polarityOf(ownOption), polarityOf(peerOption));
    })
    .map((peer) => ({
      id: `comparison:${comparison.id}:${peer.respondentTypeId}`,
      source: { type: 'comparison' as const, comparisonId: comparison.id, peerTypeId: peer.respondentTypeId },
      kind: 'striking' as const,
      strength: 'strong' as const,
      target: own.target,
      // Only this respondent's own answer: the peer's answer must never reach this guide.
      reasons: [reason(questionnaire, answers, own.question)],
      note: comparison.note,
      question,
    }));
}

export function computeFlags({ study, questionnaire, answers, peers = [] }: FlagInput): Flag[] {
  const rules = study.flagRules.filter((rule) => rule.questionnaireId === questionnaire.id);
  return [
    ...rules.flatMap((rule) => ruleFlags(study, rule, questionnaire, answers)),
    ...study.comparisons.flatMap((c) => comparisonFlags(study, c, questionnaire, answers, peers)),
  ];
}

/** Flags that tick their follow-up in advance: strong ones that ask for a question. */
export function ticksByDefault(flag: Flag): boolean {
  return flag.strength === 'strong' && flag.kind !== 'context';
}
