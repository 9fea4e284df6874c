/**
 * Time per section of the guide: how long the interview spent on Inleiding,
 * Kernonderdeel 1…5 and Afsluiting, pauses left out. Helps answer "were enough topics
 * covered?" (did Bouwblok 3 get five minutes at the end?).
 *
 * Decisions:
 * - A turn owns the time from its startedAt to the next turn's startedAt, the last turn
 *   until the interview's end (endedAt; for a running interview the `now` passed in;
 *   without either, the last turn gets no time).
 * - Time follows the clock, so spans run in order of startedAt. The section of a turn
 *   follows the reading order: a turn linked to a guide node (question, topic or
 *   section) is in that node's section; a turn without a node (or with a node no
 *   longer in the guide) is in the section of the previous linked turn, as the
 *   researcher reads the transcript; before any linked turn it is UNASSIGNED.
 * - Time before the first turn (consent, small talk) is UNASSIGNED too: nothing says
 *   which section it belonged to.
 * - Pauses are taken out with the clock helpers (elapsedMs), so the sections plus
 *   UNASSIGNED add up to the interview's talking time. Times outside [startedAt, end]
 *   are clipped. Pauses that are out of order throw InvalidPausesError, as everywhere.
 * - An interview that never started has no time.
 */
import { elapsedMs } from '../interview/clock';
import type { Interview } from '../interview/interview';
import type { Turn } from '../interview/turn';
import { guidePlaces } from './guide-places';

export const UNASSIGNED = 'unassigned';

export interface SectionTime {
  sectionId: string;
  title: string;
  ms: number;
}

export interface TimePerSection {
  /** Every section of the guide, in guide order, also those that got no time. */
  sections: SectionTime[];
  unassignedMs: number;
  totalMs: number;
}

export type TimedInterview = Pick<Interview, 'guide' | 'startedAt' | 'endedAt' | 'pauses'>;

/** The section each turn belongs to, in reading order (see the decisions above). */
export function sectionOfTurns(interview: Pick<Interview, 'guide'>, turns: readonly Pick<Turn, 'nodeId'>[]): string[] {
  const places = guidePlaces(interview.guide);
  let current = UNASSIGNED;
  return turns.map((turn) => {
    const place = turn.nodeId === undefined ? undefined : places.get(turn.nodeId);
    if (place) current = place.sectionId;
    return current;
  });
}

export function timePerSection(
  interview: TimedInterview,
  turns: readonly Pick<Turn, 'startedAt' | 'nodeId'>[],
  now?: number,
): TimePerSection {
  const ms = new Map<string, number>(interview.guide.sections.map((s) => [s.id, 0]));
  ms.set(UNASSIGNED, 0);
  const result = (): TimePerSection => ({
    sections: interview.guide.sections.map((s) => ({ sectionId: s.id, title: s.title, ms: ms.get(s.id) ?? 0 })),
    unassignedMs: ms.get(UNASSIGNED) ?? 0,
    totalMs: [...ms.values()].reduce((a, b) => a + b, 0),
  });
  const start = interview.startedAt;
  if (start === undefined) return result();

  const lastTurn = turns.reduce((latest, t) => Math.max(latest, t.startedAt), start);
  const end = Math.max(start, interview.endedAt ?? now ?? lastTurn);
  const clip = (t: number): number => Math.min(end, Math.max(start, t));
  const talking = (from: number, to: number): number =>
    elapsedMs(start, interview.pauses, to) - elapsedMs(start, interview.pauses, from);
  const add = (sectionId: string, from: number, to: number): void => {
    ms.set(sectionId, (ms.get(sectionId) ?? 0) + talking(from, to));
  };

  const sectionIds = sectionOfTurns(interview, turns);
  // Stable: turns started in the same millisecond keep their reading order.
  const byTime = turns.map((turn, index) => ({ at: clip(turn.startedAt), sectionId: sectionIds[index]! }));
  byTime.sort((a, b) => a.at - b.at);

  add(UNASSIGNED, start, byTime[0]?.at ?? end);
  byTime.forEach((span, i) => add(span.sectionId, span.at, byTime[i + 1]?.at ?? end));
  return result();
}
