/** Runs the interview's keyboard commands (ui/commands, INTERVIEW_COMMANDS) for key presses anywhere in the workspace. */
import { useEffect } from 'react';
import { markedTarget, markOnwards } from './turn-marks';
import { commandIn, INTERVIEW_COMMANDS, type InterviewCommandId } from '../../ui/commands';
import {
  focusTurn,
  insertQuestion,
  mergeNext,
  moveBy,
  newTurn,
  setAsked,
  splitAt,
  stepSection,
  switchSpeaker,
  togglePause,
} from './interview-actions';
import { isAsked, useInterview } from './interview-store';
import { MEMO_INPUT_ID } from './MemoPane';
import { openFind } from './find-store';
import { currentSection, numberedQuestions, openFollowUps } from '../../../shared/interview/section-questions';

function activeTurn(target: EventTarget | null): { id: string; caret: number; selectionEnd: number } | undefined {
  const element = target instanceof HTMLElement ? target : null;
  const row = element?.closest<HTMLElement>('[data-turn-id]');
  const id = row?.dataset.turnId ?? useInterview.getState().activeTurnId;
  if (!id) return undefined;
  const inText = element instanceof HTMLTextAreaElement && row !== null;
  const caret = inText ? element.selectionStart : 0;
  return { id, caret, selectionEnd: inText ? element.selectionEnd : caret };
}

/** What a code is applied to: a turn's selected text, or the whole turn when nothing is selected. */
export interface CodingTarget {
  turnId: string;
  start: number;
  end: number;
  /** Several whole turns at once (marked), in transcript order; then start and end do not count. */
  turnIds?: readonly string[];
}

/** Listens on the whole document while the interview is open, wherever the focus is. */
export function useInterviewKeys({
  end,
  code,
}: {
  /** Asks for confirmation first; the same path as the button. */
  end: () => void;
  /** Opens the code picker for the selection or turn. */
  code: (target: CodingTarget) => void;
}): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const found = commandIn(INTERVIEW_COMMANDS, event);
      if (!found) return;
      const state = useInterview.getState();
      const interview = state.interview;
      if (!interview) return;
      if (found.command.when === 'running' && interview.status !== 'running') return;
      if (found.command.when === 'ended' && interview.status !== 'ended') return;
      event.preventDefault();
      const turn = activeTurn(event.target);
      const neighbour = (delta: number) => {
        const index = turn ? state.order.indexOf(turn.id) : -1;
        return state.order[index + delta];
      };
      const question = () => (found.digit ? numberedQuestions(currentSection(interview))[found.digit - 1] : undefined);

      const run: Record<InterviewCommandId, () => unknown> = {
        'turn.new': () => newTurn(turn?.id),
        'turn.switchSpeaker': () => turn && switchSpeaker(turn.id),
        'turn.split': () => turn && splitAt(turn.id, turn.caret),
        'turn.mergeNext': () => turn && mergeNext(turn.id),
        'turn.moveUp': () => turn && moveBy(turn.id, -1),
        'turn.moveDown': () => turn && moveBy(turn.id, 1),
        'turn.previous': () => {
          const id = neighbour(-1);
          if (id) focusTurn(id);
        },
        'turn.next': () => {
          const id = neighbour(1);
          if (id) focusTurn(id);
        },
        'section.next': () => stepSection(1),
        'section.previous': () => stepSection(-1),
        'guide.insert': () => {
          const q = question();
          if (q) return insertQuestion(q.id, q.text);
        },
        'guide.markAsked': () => {
          const q = question();
          if (q) return setAsked(q.id, !isAsked(state, q.id));
        },
        'guide.insertFollowUp': () => {
          const q = openFollowUps(currentSection(interview), (id) => isAsked(state, id))[0];
          if (q) return insertQuestion(q.id, q.text);
        },
        'memo.new': () => document.getElementById(MEMO_INPUT_ID)?.focus(),
        'clock.pause': () => togglePause(),
        'interview.end': () => end(),
        'coding.apply': () => {
          if (state.marked.length > 0) return code(markedTarget(state.marked));
          if (turn) code({ turnId: turn.id, start: turn.caret, end: turn.selectionEnd });
        },
        'coding.markDown': () => turn && markOnwards(turn.id, 1),
        'coding.markUp': () => turn && markOnwards(turn.id, -1),
        'find.open': () => openFind(),
      };
      void run[found.command.id]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [end, code]);
}
