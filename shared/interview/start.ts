/**
 * Starting an interview: the prepared guide is frozen into the interview as it is now
 * (a later edit of the topic list never changes what an interview was held with), and
 * the interview begins at its consent step in the guide's first section.
 */
import type { GuideSectionView } from '../preparation/guide';
import type { GuideSnapshot, Interview } from './interview';

export function snapshotGuide(
  topicListId: string,
  topicListTitle: string,
  role: string | undefined,
  guide: GuideSectionView[],
): GuideSnapshot {
  return {
    topicListId,
    topicListTitle,
    ...(role ? { role } : {}),
    sections: guide.map((section) => ({
      id: section.id,
      title: section.title,
      ...(section.goal ? { goal: section.goal } : {}),
      ...(section.instruction ? { instruction: section.instruction } : {}),
      topics: section.topics.map((topic) => ({
        id: topic.id,
        label: topic.label,
        ...(topic.indicators ? { indicators: topic.indicators } : {}),
        flags: topic.flags,
        questions: topic.questions.map((q) => ({
          id: q.id,
          own: q.own,
          ...(q.comparisonId ? { comparisonId: q.comparisonId } : {}),
          text: q.text,
          followUp: q.followUp,
          ticked: q.ticked,
          ...(q.number ? { number: q.number } : {}),
          ...(q.probesHeading ? { probesHeading: q.probesHeading } : {}),
          probes: q.probes,
          flags: q.flags,
        })),
      })),
    })),
  };
}

export function newInterview(
  ids: { id: string; studyId: string; respondentId: string },
  guide: GuideSnapshot,
  now: number,
): Interview {
  return {
    ...ids,
    guide,
    status: 'consent',
    pauses: [],
    askedByHand: [],
    notAskedByHand: [],
    ...(guide.sections[0] ? { currentSectionId: guide.sections[0].id } : {}),
    turnOrder: [],
    createdAt: now,
    updatedAt: now,
  };
}
