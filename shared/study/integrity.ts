/**
 * Checks that a schema-valid study also holds together: every id a rule, type or
 * comparison refers to exists, and ids are unique. Each problem names where it is,
 * so an imported file can be fixed by hand.
 */
import type { Condition, Study } from './schema';
import { indexTopicList } from './lookup';

export interface StudyIssue {
  /** Where, as a path into the study: "flagRules[3].target.nodeId". */
  path: string;
  message: string;
}

function conditionQuestions(condition: Condition): string[] {
  switch (condition.type) {
    case 'answerIn':
    case 'hasOtherText':
      return [condition.question];
    case 'stepDifference':
      return [condition.a, condition.b];
    case 'any':
      return condition.of.flatMap(conditionQuestions);
  }
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

export function checkStudyIntegrity(study: Study): StudyIssue[] {
  const issues: StudyIssue[] = [];
  const lists = new Map(study.topicLists.map((list) => [list.id, indexTopicList(list)]));
  const questionnaires = new Map(study.questionnaires.map((q) => [q.id, q]));

  const nodeIds = study.topicLists.flatMap((list) =>
    list.sections.flatMap((s) => [s.id, ...s.topics.flatMap((t) => [t.id, ...t.questions.map((q) => q.id)])]),
  );
  for (const id of duplicates(nodeIds)) issues.push({ path: 'topicLists', message: `id "${id}" komt meer dan eens voor` });
  for (const id of duplicates(study.topicLists.map((l) => l.id)))
    issues.push({ path: 'topicLists', message: `topiclijst-id "${id}" komt meer dan eens voor` });
  for (const id of duplicates(study.respondentTypes.map((t) => t.id)))
    issues.push({ path: 'respondentTypes', message: `respondenttype-id "${id}" komt meer dan eens voor` });
  for (const id of duplicates(study.flagRules.map((r) => r.id)))
    issues.push({ path: 'flagRules', message: `regel-id "${id}" komt meer dan eens voor` });
  for (const id of duplicates((study.identifiers ?? []).map((entry) => entry.id)))
    issues.push({ path: 'identifiers', message: `gegeven-id "${id}" komt meer dan eens voor` });

  study.respondentTypes.forEach((type, i) => {
    const at = `respondentTypes[${i}]`;
    if (!lists.has(type.topicListId)) issues.push({ path: `${at}.topicListId`, message: `onbekende topiclijst "${type.topicListId}"` });
    if (type.fallbackTopicListId && !lists.has(type.fallbackTopicListId))
      issues.push({ path: `${at}.fallbackTopicListId`, message: `onbekende topiclijst "${type.fallbackTopicListId}"` });
    if (type.questionnaireId && !questionnaires.has(type.questionnaireId))
      issues.push({ path: `${at}.questionnaireId`, message: `onbekende vragenlijst "${type.questionnaireId}"` });
  });

  const checkTarget = (path: string, target: { topicListId: string; nodeId: string }) => {
    const index = lists.get(target.topicListId);
    if (!index) issues.push({ path: `${path}.topicListId`, message: `onbekende topiclijst "${target.topicListId}"` });
    else if (!index.has(target.nodeId)) issues.push({ path: `${path}.nodeId`, message: `"${target.nodeId}" staat niet in topiclijst "${target.topicListId}"` });
  };
  const checkQuestion = (path: string, questionnaireId: string, questionId: string) => {
    const questionnaire = questionnaires.get(questionnaireId);
    if (!questionnaire) issues.push({ path, message: `onbekende vragenlijst "${questionnaireId}"` });
    else if (!questionnaire.questions.some((q) => q.id === questionId))
      issues.push({ path, message: `vraag "${questionId}" staat niet in vragenlijst "${questionnaireId}"` });
  };

  study.flagRules.forEach((rule, i) => {
    const at = `flagRules[${i}]`;
    checkTarget(`${at}.target`, rule.target);
    for (const q of conditionQuestions(rule.when)) checkQuestion(`${at}.when`, rule.questionnaireId, q);
  });
  study.comparisons.forEach((comparison, i) =>
    comparison.sides.forEach((side, j) => {
      const at = `comparisons[${i}].sides[${j}]`;
      checkTarget(`${at}.target`, side.target);
      checkQuestion(`${at}.question`, side.questionnaireId, side.question);
    }),
  );
  study.topicLists.forEach((list, i) =>
    list.sections.forEach((section, j) =>
      section.topics.forEach((topic, k) =>
        topic.questions.forEach((question, m) =>
          (question.placeholders ?? []).forEach((p, n) => {
            const inText = question.text.includes(p.token) || (question.variants ?? []).some((v) => v.text.includes(p.token));
            if (!inText)
              issues.push({
                path: `topicLists[${i}].sections[${j}].topics[${k}].questions[${m}].placeholders[${n}]`,
                message: `"${p.token}" staat niet in de vraag`,
              });
          }),
        ),
      ),
    ),
  );
  return issues;
}
