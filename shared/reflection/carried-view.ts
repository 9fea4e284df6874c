/**
 * Topics carried forward from earlier reflections, as a preparation or a guide shows
 * them: with the respondent codes of the interviews that raised them ("BA, MOIJ") and
 * each raising interview's note.
 */
import type { CarriedTopic } from './reflection';

export interface CarriedView extends CarriedTopic {
  /** "BA, MOIJ": the respondent codes of the interviews that raised it, newest first. */
  who: string;
  /** Each raising interview's note, with the respondent code it came from. */
  notes: { who: string; note: string }[];
}

/** Names who raised each topic by respondent code; an interview of an unknown respondent reads "?". */
export function withWho(
  carried: readonly CarriedTopic[],
  respondentOf: ReadonlyMap<string, string>,
  codes: ReadonlyMap<string, string>,
): CarriedView[] {
  const codeOf = (interviewId: string) => codes.get(respondentOf.get(interviewId) ?? '') ?? '?';
  return carried.map((topic) => {
    const who = [...new Set(topic.raisedBy.map((r) => codeOf(r.interviewId)))];
    const notes = topic.raisedBy.flatMap((r) => (r.note ? [{ who: codeOf(r.interviewId), note: r.note }] : []));
    return { ...topic, who: who.join(', '), notes };
  });
}
