/** Starting an interview from a preparation: the prepared guide is kept as it is now. */
import i18next from 'i18next';
import type { GuideSnapshot, Interview } from '../../../shared/interview/interview';
import type { GuideSectionView } from '../../../shared/preparation/guide';
import { guarded } from '../../app/notices';
import { database } from '../../db/instance';
import { createInterview } from '../../db/interviews';
import { newId } from '../../lib/ids';

export function snapshotGuide(topicListId: string, topicListTitle: string, role: string | undefined, guide: GuideSectionView[]): GuideSnapshot {
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

export async function startInterview(studyId: string, respondentId: string, guide: GuideSnapshot): Promise<string | undefined> {
  const now = Date.now();
  const interview: Interview = {
    id: newId(),
    studyId,
    respondentId,
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
  const created = await guarded(() => createInterview(database(), interview), i18next.t('errors.saveFailed'));
  return created ? interview.id : undefined;
}
