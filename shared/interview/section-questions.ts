/**
 * The questions of the current section as the interviewer works through them: the
 * regular ones, the ticked follow-ups and own questions, numbered 1… in order (Alt+n
 * inserts number n). Unticked follow-ups stay out of the numbering.
 */
import type { GuideSnapshot, Interview } from './interview';

export type SnapshotSection = GuideSnapshot['sections'][number];
export type SnapshotTopic = SnapshotSection['topics'][number];
export type SnapshotQuestion = SnapshotTopic['questions'][number];

export function currentSection(interview: Interview): SnapshotSection | undefined {
  const sections = interview.guide.sections;
  return sections.find((s) => s.id === interview.currentSectionId) ?? sections[0];
}

export function isInPlay(question: SnapshotQuestion): boolean {
  return !question.followUp || question.ticked;
}

export function numberedQuestions(section: SnapshotSection | undefined): SnapshotQuestion[] {
  return (section?.topics ?? []).flatMap((topic) => topic.questions.filter(isInPlay));
}

/** The ticked follow-ups of the section not asked yet, in guide order (Alt+N inserts the first). */
export function openFollowUps(
  section: SnapshotSection | undefined,
  asked: (id: string) => boolean,
): SnapshotQuestion[] {
  return numberedQuestions(section).filter((q) => q.followUp && q.ticked && !asked(q.id));
}
