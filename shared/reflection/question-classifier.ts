/**
 * Is what the interviewer said an open question, a closed one, or no question at all?
 * For the reflection right after an interview: "zijn er voldoende open vragen gesteld?".
 * The rules are data (question-rules.ts); this file decides which clause of which
 * sentence is the asking one and applies them. Dutch only: other languages do not
 * crash, they just get whatever the Dutch rules make of them.
 *
 * Which part of a turn decides:
 * - Within a sentence, the last clause that asks something: in "In de vragenlijst heeft
 *   u ingevuld dat …, kunt u uitleggen waarom niet?" the preface asks nothing and the
 *   asking clause decides; in "Wat vindt u ervan, bent u tevreden?" the respondent
 *   answers the narrower last question, so it is closed.
 * - Parts joined by "en"/"of" inside one clause are one question: it is open when any
 *   part is ("Hoe vaak zet u … op en hoe gaat dit in zijn werk?" invites the story).
 * - Across sentences, the last asking sentence decides: a question that is rephrased
 *   ("Hoe ging dat? Was dat lastig?") is answered as last heard.
 * - Except pre-written conditional tails: "Heeft u het gevoel …? Zo ja, waarom? Zo nee,
 *   waarom niet?" is closed. The respondent first answers yes or no; the tail is a
 *   probe the interviewer would ask anyway. The rule id `conditionalTail` says so, so
 *   the UI can show "gesloten, met open vervolg" and the researcher can override.
 * - Backchannels ("Ja?", "Oké?") are not questions; a bare topic with a question mark
 *   ("Verschil tussen Oost en West Achterhoek?") is open; a statement with a question
 *   mark ("Dat overleg is maandelijks?") is closed.
 */
import {
  ADDRESSING_WORDS,
  BACKCHANNELS,
  CLAUSE_RULES,
  CONDITIONAL_TAIL,
  CONTINUATIONS,
  DECLARATIVE_STARTS,
  EITHER_OR,
  EXCLAMATION_WORDS,
  FINITE_VERBS,
  INSERTED_CLAUSES,
  TAG_QUESTIONS,
  type ClauseRule,
  type QuestionKind,
  type RuleId,
  type SentenceRuleId,
} from './question-rules';
import { bare, clauses, coordinatedParts, sentences, stripLeadingWords, type Sentence } from './question-text';

export type { QuestionKind } from './question-rules';

export interface QuestionClassification {
  kind: QuestionKind | 'notAQuestion';
  /** The id of the rule that decided (one of RULE_IDS); the UI explains it by this id. */
  rule: RuleId;
}

interface Decision {
  kind: QuestionKind;
  rule: RuleId;
}

const asSet = (list: readonly string[]): ReadonlySet<string> => new Set(list);
const backchannels = asSet(BACKCHANNELS);
const continuations = asSet(CONTINUATIONS);
const tags = asSet(TAG_QUESTIONS);
const inserted = asSet(INSERTED_CLAUSES);
const declarativeStarts = asSet(DECLARATIVE_STARTS);
const addressing = asSet(ADDRESSING_WORDS);
const finiteVerbs = asSet(FINITE_VERBS);
const exclamation = new RegExp(`^(?:wat|hoe)\\s+(?:${EXCLAMATION_WORDS.join('|')})\\b`);

const sentenceRule = (kind: QuestionKind, rule: SentenceRuleId): Decision => ({ kind, rule });

function firstWord(text: string): string {
  return text.split(' ', 1)[0] ?? '';
}

function addresses(text: string): boolean {
  return text.split(' ').some((w) => addressing.has(w));
}

function countsWithoutQuestionMark(rule: ClauseRule, part: string, clause: string): boolean {
  switch (rule.withoutQuestionMark) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'whenAddressed':
      return addresses(clause);
    case 'whenQuestionLike':
      return addresses(clause) || finiteVerbs.has(part.split(' ')[1] ?? '');
  }
}

function matchingRule(part: string): ClauseRule | undefined {
  return CLAUSE_RULES.find((rule) => rule.pattern.test(part));
}

/** The rule for one clause, or undefined when the clause asks nothing. */
function classifyClause(raw: string, index: number, asks: boolean): Decision | undefined {
  if (index > 0 && tags.has(raw)) return asks ? sentenceRule('closed', 'tagQuestion') : undefined;
  const clause = stripLeadingWords(raw);
  if (clause === '' || inserted.has(clause)) return undefined;
  if (!asks && exclamation.test(clause)) return undefined;

  const parts = coordinatedParts(clause, (part) => matchingRule(stripLeadingWords(part)) !== undefined);
  const decisions: Decision[] = [];
  for (const part of parts) {
    const rule = matchingRule(stripLeadingWords(part));
    if (!rule) continue;
    if (asks || countsWithoutQuestionMark(rule, stripLeadingWords(part), clause)) {
      decisions.push({ kind: rule.kind, rule: rule.id });
    }
  }
  const open = decisions.find((d) => d.kind === 'open');
  if (open) return open;
  if (decisions[0]) return decisions[0];
  if (asks && EITHER_OR.test(raw)) return sentenceRule('closed', 'eitherOr');
  return undefined;
}

/** What one sentence asks, or undefined when it asks nothing (a statement, a backchannel). */
function classifySentence(sentence: Sentence): Decision | undefined {
  const whole = bare(sentence.text.replace(/,/g, ' '));
  if (sentence.asks && continuations.has(whole)) return sentenceRule('open', 'continuation');
  if (backchannels.has(whole)) return undefined;

  const all = clauses(sentence.text);
  // A conditional tail inside the sentence ("…, en zo ja, waarom?") is not the question.
  const tailAt = all.findIndex((c, i) => i > 0 && CONDITIONAL_TAIL.test(c));
  const asking = tailAt === -1 ? all : all.slice(0, tailAt);
  for (let i = asking.length - 1; i >= 0; i--) {
    const decision = classifyClause(asking[i]!, i, sentence.asks);
    if (decision) {
      return decision.kind === 'closed' && tailAt !== -1 ? sentenceRule('closed', 'conditionalTail') : decision;
    }
  }
  if (!sentence.asks) return undefined;

  const start = asking.map(stripLeadingWords).find((c) => c !== '');
  if (start === undefined) return undefined;
  return declarativeStarts.has(firstWord(start))
    ? sentenceRule('closed', 'declarativeQuestion')
    : sentenceRule('open', 'topicPrompt');
}

function isConditionalTail(sentence: Sentence): boolean {
  return CONDITIONAL_TAIL.test(bare(sentence.text));
}

export function classifyQuestion(text: string): QuestionClassification {
  // Typed as string, but a turn read from storage by plain JavaScript must not crash us.
  const all = sentences(typeof text === 'string' ? text : '');
  if (all.every((s) => bare(s.text) === '')) return { kind: 'notAQuestion', rule: 'empty' };

  const main: Decision[] = [];
  const tails: Decision[] = [];
  for (const sentence of all) {
    const decision = classifySentence(sentence);
    if (decision) (isConditionalTail(sentence) ? tails : main).push(decision);
  }

  const last = main.at(-1);
  if (last) {
    return last.kind === 'closed' && tails.length > 0 ? sentenceRule('closed', 'conditionalTail') : last;
  }
  // Only tails ("Zo ja, waarom?" typed as a turn of its own): judge them as they are.
  const tail = tails.at(-1);
  if (tail) return tail;
  // A question mark but nothing asked: "Ja?", "Oké?".
  const askedNothing = all.some((s) => s.asks);
  return { kind: 'notAQuestion', rule: askedNothing ? 'backchannel' : 'noQuestion' };
}
