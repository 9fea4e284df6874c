/** Ctrl+J: the playback position as [00:12:34] at the caret of the turn being typed in. */
import { insertTimestamp } from '../../../../shared/transcription/time';
import { focusTurn, typeText } from '../interview-actions';
import { useInterview } from '../interview-store';
import { playbackMs } from './player';

export function insertTimestampAtCaret(target: EventTarget | null): void {
  const ms = playbackMs();
  if (ms === undefined) return;
  const area =
    target instanceof HTMLTextAreaElement && target.closest('[data-turn-id]')
      ? target
      : document.activeElement instanceof HTMLTextAreaElement && document.activeElement.closest('[data-turn-id]')
        ? document.activeElement
        : undefined;
  const turnId = area?.closest<HTMLElement>('[data-turn-id]')?.dataset.turnId ?? useInterview.getState().activeTurnId;
  const turn = turnId ? useInterview.getState().turns[turnId] : undefined;
  if (!turnId || !turn) return;
  const start = area?.selectionStart ?? turn.text.length;
  const end = area?.selectionEnd ?? start;
  const next = insertTimestamp(turn.text, start, end, ms);
  typeText(turnId, next.text);
  focusTurn(turnId, next.caret);
}
