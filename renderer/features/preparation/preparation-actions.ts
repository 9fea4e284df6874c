/** The changes a researcher makes while preparing; each is saved at once. */
import { i18n } from '../../i18n';
import type { Preparation } from '../../../shared/preparation/schema';
import { guarded } from '../../ui/notices/notices';
import { database } from '../../data/instance';
import { changePreparation } from '../../data/preparations';
import { newId } from '../../lib/ids';

export function preparationActions(studyId: string, respondentId: string) {
  const change = (update: (p: Preparation) => Preparation) =>
    guarded(
      () => changePreparation(database(), respondentId, studyId, update, Date.now()),
      i18n.t('errors.saveFailed'),
    );

  return {
    setTick: (nodeId: string, ticked: boolean) => change((p) => ({ ...p, ticks: { ...p.ticks, [nodeId]: ticked } })),
    addOwnQuestion: (topicId: string, text: string) =>
      change((p) => ({ ...p, ownQuestions: [...p.ownQuestions, { id: `own:${newId()}`, topicId, text }] })),
    editOwnQuestion: (id: string, text: string) =>
      change((p) => ({ ...p, ownQuestions: p.ownQuestions.map((q) => (q.id === id ? { ...q, text } : q)) })),
    removeOwnQuestion: (id: string) =>
      change((p) => {
        const { [id]: _removed, ...ticks } = p.ticks;
        return { ...p, ticks, ownQuestions: p.ownQuestions.filter((q) => q.id !== id) };
      }),
    setPlaceholder: (questionId: string, key: string, value: string) =>
      change((p) => ({
        ...p,
        placeholderValues: {
          ...p.placeholderValues,
          [questionId]: { ...p.placeholderValues[questionId], [key]: value },
        },
      })),
    setDocumentReceived: (questionId: string, received: boolean) =>
      change((p) => ({ ...p, documentsReceived: { ...p.documentsReceived, [questionId]: received } })),
    setTopicList: (topicListId: string | undefined) =>
      change((p) => {
        const { topicListId: _previous, ...rest } = p;
        return topicListId ? { ...rest, topicListId } : rest;
      }),
    setNotes: (notes: string) => change((p) => ({ ...p, notes })),
  };
}

export type PreparationActions = ReturnType<typeof preparationActions>;
