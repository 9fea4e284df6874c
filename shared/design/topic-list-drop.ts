/**
 * Where a dragged node lands: dropped before or after a node of its own kind, or at the
 * end of a parent that has no children yet. Turns the place into a `moveTo` edit.
 */
import type { TopicList } from '../study/schema';
import { locate, type TopicListEdit } from './topic-list-edits';

export type DropPlace = { id: string; position: 'before' | 'after' } | { parentId: string; position: 'end' };

export function dropEdit(list: TopicList, draggedId: string, place: DropPlace): TopicListEdit | undefined {
  const dragged = locate(list, draggedId);
  if (!dragged) return undefined;
  if (place.position === 'end') {
    const parent = locate(list, place.parentId);
    if (!parent) return undefined;
    const children =
      parent.kind === 'section'
        ? list.sections[parent.section]!.topics.map((t) => t.id)
        : parent.kind === 'topic'
          ? list.sections[parent.section]!.topics[parent.topic]!.questions.map((q) => q.id)
          : [];
    return {
      type: 'moveTo',
      id: draggedId,
      parentId: place.parentId,
      index: children.filter((id) => id !== draggedId).length,
    };
  }
  const target = locate(list, place.id);
  if (!target || target.kind !== dragged.kind || place.id === draggedId) return undefined;
  const siblings =
    target.kind === 'section'
      ? list.sections.map((s) => s.id)
      : target.kind === 'topic'
        ? list.sections[target.section]!.topics.map((t) => t.id)
        : list.sections[target.section]!.topics[target.topic]!.questions.map((q) => q.id);
  const parentId =
    target.kind === 'section'
      ? undefined
      : target.kind === 'topic'
        ? list.sections[target.section]!.id
        : list.sections[target.section]!.topics[target.topic]!.id;
  const without = siblings.filter((id) => id !== draggedId);
  const index = without.indexOf(place.id) + (place.position === 'after' ? 1 : 0);
  return { type: 'moveTo', id: draggedId, parentId, index };
}
