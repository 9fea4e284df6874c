/** Step 3 of the workflow, "Reflect": everything the reflection screen and the study overview compute. */
export * from './question-classifier';
export {
  CLAUSE_RULES,
  RULE_IDS,
  type ClauseRule,
  type ClauseRuleId,
  type RuleId,
  type SentenceRuleId,
  type WithoutQuestionMark,
} from './question-rules';
export * from './topic-key';
export * from './coverage';
export * from './talk-share';
export * from './section-time';
export * from './question-share';
export * from './reflection';
export * from './study-overview';
export * from './closing';
export * from './answers-side-by-side';
