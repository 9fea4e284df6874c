/**
 * The interviewer's questions in a transcript and the share that was open: the answer
 * to "zijn er voldoende open vragen gesteld?".
 *
 * Decisions:
 * - One question per interviewer turn, not per sentence. The respondent answers the
 *   turn as a whole, the classifier already picks the asking sentence of a turn
 *   ("In de vragenlijst … . Kunt u uitleggen waarom?"), and the researcher's
 *   corrections are kept per turn (`{ [turnId]: 'open' | 'closed' }`).
 * - A turn counts when the classifier finds a question in it. Turns that only say
 *   "Ja?" or "Oké?" are encouragement, not questions, and are left out; so are
 *   statements ("Dank u wel."). A correction by the researcher always counts: giving a
 *   kind to a turn says it is a question.
 * - Respondent turns never count, whatever they contain.
 */
import type { Turn } from '../interview/turn';
import { classifyQuestion, type QuestionKind } from './question-classifier';
import type { RuleId } from './question-rules';

export type QuestionKindOverrides = Readonly<Record<string, QuestionKind>>;

export interface AskedQuestion {
  turnId: string;
  text: string;
  /** The kind that counts: the researcher's correction, else the classifier's. */
  kind: QuestionKind;
  /** What the classifier said, to show next to a correction. */
  classifiedAs: QuestionKind | 'notAQuestion';
  /** The classifier's rule (see question-rules.ts), for "why?" in the UI. */
  rule: RuleId;
  overridden: boolean;
}

export interface QuestionShare {
  questions: AskedQuestion[];
  open: number;
  closed: number;
  /** open / (open + closed), 0…1; undefined when no questions were asked. */
  openShare?: number;
}

export function questionShare(
  turns: readonly Pick<Turn, 'id' | 'speaker' | 'text'>[],
  overrides: QuestionKindOverrides = {},
): QuestionShare {
  const classified = turns.flatMap((turn) => {
    if (turn.speaker !== 'interviewer') return [];
    const { kind, rule } = classifyQuestion(turn.text);
    return [{ turnId: turn.id, text: turn.text, classifiedAs: kind, rule }];
  });
  return questionShareOfClassified(classified, overrides);
}

/** An interviewer turn with the classifier's verdict, as kept in the interview summary. */
export interface ClassifiedTurn {
  turnId: string;
  text: string;
  classifiedAs: QuestionKind | 'notAQuestion';
  rule: RuleId;
}

/** The same count from interviewer turns classified before (the classifier does not run again). */
export function questionShareOfClassified(
  turns: readonly ClassifiedTurn[],
  overrides: QuestionKindOverrides = {},
): QuestionShare {
  const questions: AskedQuestion[] = [];
  for (const turn of turns) {
    const override = Object.hasOwn(overrides, turn.turnId) ? overrides[turn.turnId] : undefined;
    const kind = override ?? (turn.classifiedAs === 'notAQuestion' ? undefined : turn.classifiedAs);
    if (kind === undefined) continue;
    questions.push({
      turnId: turn.turnId,
      text: turn.text,
      kind,
      classifiedAs: turn.classifiedAs,
      rule: turn.rule,
      overridden: override !== undefined,
    });
  }
  const open = questions.filter((q) => q.kind === 'open').length;
  const closed = questions.length - open;
  return { questions, open, closed, ...(questions.length > 0 ? { openShare: open / questions.length } : {}) };
}
