/**
 * Where a turn begins in the interview's recording. A turn typed while recording, or in
 * transcription mode, knows it (`startMs`). Otherwise, for a turn noted live, the
 * interview clock says it (pauses taken out, as the recording pauses with the clock); a
 * turn typed before the interview started or after it ended has no time.
 */
import { elapsedMs } from '../interview/clock';
import type { Pause } from '../interview/clock';

export interface TimedTurn {
  startedAt: number;
  startMs?: number;
}

export interface InterviewTimes {
  startedAt?: number;
  endedAt?: number;
  pauses: readonly Pause[];
}

export function turnTimeMs(interview: InterviewTimes, turn: TimedTurn): number | undefined {
  if (turn.startMs !== undefined) return turn.startMs;
  const { startedAt, endedAt } = interview;
  if (startedAt === undefined || turn.startedAt < startedAt) return undefined;
  if (endedAt !== undefined && turn.startedAt > endedAt) return undefined;
  return elapsedMs(startedAt, interview.pauses, turn.startedAt);
}
