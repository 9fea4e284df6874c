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
  const questions: AskedQuestion[] = [];
  for (const turn of turns) {
    if (turn.speaker !== 'interviewer') continue;
    const classified = classifyQuestion(turn.text);
    const override = Object.hasOwn(overrides, turn.id) ? overrides[turn.id] : undefined;
    const kind = override ?? (classified.kind === 'notAQuestion' ? undefined : classified.kind);
    if (kind === undefined) continue;
    questions.push({
      turnId: turn.id,
      text: turn.text,
      kind,
      classifiedAs: classified.kind,
      rule: classified.rule,
      overridden: override !== undefined,
    });
  }
  const open = questions.filter((q) => q.kind === 'open').length;
  const closed = questions.length - open;
  return { questions, open, closed, ...(questions.length > 0 ? { openShare: open / questions.length } : {}) };
}
