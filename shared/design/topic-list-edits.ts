/**
 * Edits of a topic list as data: each edit is a plain object and `applyEdit` returns a
 * new list, or the very same list when the edit does not apply (removing the last
 * section, moving the first node up, an empty title). So every result stays valid
 * against `topicListSchema`, and a UI can ask `canApply` to enable its buttons.
 *
 * What "indent" means here, since the schema has three fixed levels:
 * - a question indents to become a follow-up of the question above it (the guide shows
 *   follow-ups indented under the question they follow up); outdent makes it a main
 *   question again;
 * - a topic that opens a section indents into the previous section (it joins the end
 *   of it); a topic further down outdents to open a new section of its own, taking
 *   the topics below it along, the way a heading splits a chapter;
 * - sections are the top level and do not indent.
 */
import type { GuideQuestion, Placeholder, Section, Topic, TopicList } from '../study/schema';
import { slug } from '../study/slug';

export type NodeKind = 'section' | 'topic' | 'question';
type QuestionVariant = NonNullable<GuideQuestion['variants']>[number];

export interface SectionChanges {
  title?: string;
  goal?: string;
  instruction?: string;
}
export interface TopicChanges {
  label?: string;
  indicators?: string;
}
export interface QuestionChanges {
  text?: string;
  probesHeading?: string;
  probes?: string[];
}

export type TopicListEdit =
  | { type: 'setTitle'; title: string }
  /** A new node right after `afterId` (same kind), or as the last child of `parentId`, or as the last section. */
  | { type: 'addSection'; id: string; title: string; afterId?: string }
  | { type: 'addTopic'; id: string; label: string; afterId?: string; parentId?: string }
  | { type: 'addQuestion'; id: string; text: string; afterId?: string; parentId?: string }
  | { type: 'updateSection'; id: string; changes: SectionChanges }
  | { type: 'updateTopic'; id: string; changes: TopicChanges }
  | { type: 'updateQuestion'; id: string; changes: QuestionChanges }
  | { type: 'remove'; id: string }
  | { type: 'move'; id: string; direction: 'up' | 'down' }
  /** Into `parentId` (a section for a topic, a topic for a question; none for a section) at `index`, counted without the node itself. */
  | { type: 'moveTo'; id: string; parentId?: string; index: number }
  | { type: 'indent'; id: string }
  /** `newSectionId` names the section an outdented topic opens. */
  | { type: 'outdent'; id: string; newSectionId?: string }
  | { type: 'setFollowUp'; id: string; followUp: boolean }
  | { type: 'setVariants'; id: string; variants: QuestionVariant[] }
  | { type: 'setPlaceholders'; id: string; placeholders: Placeholder[] };

export type NodeLocation =
  | { kind: 'section'; section: number }
  | { kind: 'topic'; section: number; topic: number }
  | { kind: 'question'; section: number; topic: number; question: number };

export function locate(list: TopicList, id: string): NodeLocation | undefined {
  for (const [s, section] of list.sections.entries()) {
    if (section.id === id) return { kind: 'section', section: s };
    for (const [t, topic] of section.topics.entries()) {
      if (topic.id === id) return { kind: 'topic', section: s, topic: t };
      const q = topic.questions.findIndex((question) => question.id === id);
      if (q >= 0) return { kind: 'question', section: s, topic: t, question: q };
    }
  }
  return undefined;
}

/** Every id in the list, so a new id can be checked against them. */
export function nodeIds(list: TopicList): string[] {
  return list.sections.flatMap((s) => [s.id, ...s.topics.flatMap((t) => [t.id, ...t.questions.map((q) => q.id)])]);
}

/** The id a node and everything under it has: what is gone when it is removed. */
export function subtreeIds(list: TopicList, id: string): string[] {
  const at = locate(list, id);
  if (!at) return [];
  const section = list.sections[at.section]!;
  if (at.kind === 'section')
    return [section.id, ...section.topics.flatMap((t) => [t.id, ...t.questions.map((q) => q.id)])];
  const topic = section.topics[at.topic]!;
  if (at.kind === 'topic') return [topic.id, ...topic.questions.map((q) => q.id)];
  return [id];
}

/**
 * A readable id under a parent that is never reused: ids are stored with preparations,
 * so a removed question's id must not come back on a different question. `token` is
 * a fresh random string from the caller (pure code has no randomness of its own).
 */
export function newNodeId(parentId: string, kind: NodeKind, token: string): string {
  const letter = kind === 'section' ? 's' : kind === 'topic' ? 't' : 'q';
  return `${parentId}:${letter}-${slug(token).slice(0, 8) || 'x'}`;
}

// ------------------------------------------------------------------ helpers

function withSections(list: TopicList, sections: Section[]): TopicList {
  return { ...list, sections };
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}

function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function setSection(list: TopicList, s: number, update: (section: Section) => Section): TopicList {
  return withSections(list, replaceAt(list.sections, s, update(list.sections[s]!)));
}

function setTopic(list: TopicList, s: number, t: number, update: (topic: Topic) => Topic): TopicList {
  return setSection(list, s, (section) => ({
    ...section,
    topics: replaceAt(section.topics, t, update(section.topics[t]!)),
  }));
}

function setQuestion(
  list: TopicList,
  s: number,
  t: number,
  q: number,
  update: (question: GuideQuestion) => GuideQuestion,
): TopicList {
  return setTopic(list, s, t, (topic) => ({
    ...topic,
    questions: replaceAt(topic.questions, q, update(topic.questions[q]!)),
  }));
}

/** Optional text fields are left out rather than stored empty, like the example study. */
function optional<T extends object, K extends keyof T>(object: T, key: K, value: string | undefined): T {
  if (value === undefined) return object;
  const copy = { ...object };
  if (value.trim() === '') delete copy[key];
  else (copy as Record<K, unknown>)[key] = value;
  return copy;
}

function fresh(list: TopicList, id: string): boolean {
  return id.trim() !== '' && !nodeIds(list).includes(id) && id !== list.id;
}

// ------------------------------------------------------------------- edits

function add(
  list: TopicList,
  edit: Extract<TopicListEdit, { type: 'addSection' | 'addTopic' | 'addQuestion' }>,
): TopicList {
  if (!fresh(list, edit.id)) return list;
  if (edit.type === 'addSection') {
    if (edit.title.trim() === '') return list;
    const section: Section = { id: edit.id, title: edit.title, topics: [] };
    const after =
      edit.afterId === undefined ? list.sections.length - 1 : list.sections.findIndex((s) => s.id === edit.afterId);
    if (after < 0 && edit.afterId !== undefined) return list;
    return withSections(list, insertAt(list.sections, after + 1, section));
  }
  if (edit.type === 'addTopic') {
    if (edit.label.trim() === '') return list;
    const topic: Topic = { id: edit.id, label: edit.label, questions: [] };
    const at =
      edit.afterId !== undefined
        ? locate(list, edit.afterId)
        : edit.parentId !== undefined
          ? locate(list, edit.parentId)
          : undefined;
    if (at?.kind === 'topic' && edit.afterId !== undefined)
      return setSection(list, at.section, (s) => ({ ...s, topics: insertAt(s.topics, at.topic + 1, topic) }));
    if (at?.kind === 'section' && edit.afterId === undefined)
      return setSection(list, at.section, (s) => ({ ...s, topics: [...s.topics, topic] }));
    return list;
  }
  const question: GuideQuestion = { id: edit.id, text: edit.text };
  const at =
    edit.afterId !== undefined
      ? locate(list, edit.afterId)
      : edit.parentId !== undefined
        ? locate(list, edit.parentId)
        : undefined;
  if (at?.kind === 'question' && edit.afterId !== undefined)
    return setTopic(list, at.section, at.topic, (t) => ({
      ...t,
      questions: insertAt(t.questions, at.question + 1, question),
    }));
  if (at?.kind === 'topic' && edit.afterId === undefined)
    return setTopic(list, at.section, at.topic, (t) => ({ ...t, questions: [...t.questions, question] }));
  return list;
}

function update(
  list: TopicList,
  edit: Extract<TopicListEdit, { type: 'updateSection' | 'updateTopic' | 'updateQuestion' }>,
): TopicList {
  const at = locate(list, edit.id);
  if (edit.type === 'updateSection') {
    if (at?.kind !== 'section') return list;
    const { title, goal, instruction } = edit.changes;
    if (title !== undefined && title.trim() === '') return list;
    return setSection(list, at.section, (section) =>
      optional(
        optional({ ...section, ...(title !== undefined ? { title } : {}) }, 'goal', goal),
        'instruction',
        instruction,
      ),
    );
  }
  if (edit.type === 'updateTopic') {
    if (at?.kind !== 'topic') return list;
    const { label, indicators } = edit.changes;
    if (label !== undefined && label.trim() === '') return list;
    return setTopic(list, at.section, at.topic, (topic) =>
      optional({ ...topic, ...(label !== undefined ? { label } : {}) }, 'indicators', indicators),
    );
  }
  if (at?.kind !== 'question') return list;
  const { text, probesHeading, probes } = edit.changes;
  return setQuestion(list, at.section, at.topic, at.question, (question) => {
    let next = optional({ ...question, ...(text !== undefined ? { text } : {}) }, 'probesHeading', probesHeading);
    if (probes !== undefined) {
      const kept = probes.filter((p) => p.trim() !== '');
      next = { ...next, probes: kept };
      if (kept.length === 0) delete next.probes;
    }
    return next;
  });
}

function remove(list: TopicList, id: string): TopicList {
  const at = locate(list, id);
  if (!at) return list;
  if (at.kind === 'section')
    return list.sections.length > 1 ? withSections(list, removeAt(list.sections, at.section)) : list;
  if (at.kind === 'topic') return setSection(list, at.section, (s) => ({ ...s, topics: removeAt(s.topics, at.topic) }));
  return setTopic(list, at.section, at.topic, (t) => ({ ...t, questions: removeAt(t.questions, at.question) }));
}

/** The index of `id` among its siblings, and how many siblings there are. */
function siblingPosition(list: TopicList, at: NodeLocation): { index: number; count: number; parentId?: string } {
  if (at.kind === 'section') return { index: at.section, count: list.sections.length };
  const section = list.sections[at.section]!;
  if (at.kind === 'topic') return { index: at.topic, count: section.topics.length, parentId: section.id };
  const topic = section.topics[at.topic]!;
  return { index: at.question, count: topic.questions.length, parentId: topic.id };
}

function moveTo(list: TopicList, id: string, parentId: string | undefined, index: number): TopicList {
  const at = locate(list, id);
  if (!at || index < 0 || !Number.isInteger(index)) return list;
  if (at.kind === 'section') {
    if (parentId !== undefined) return list;
    const section = list.sections[at.section]!;
    const rest = removeAt(list.sections, at.section);
    if (index > rest.length || index === at.section) return list;
    return withSections(list, insertAt(rest, index, section));
  }
  const parent = parentId === undefined ? undefined : locate(list, parentId);
  if (at.kind === 'topic') {
    if (parent?.kind !== 'section') return list;
    const topic = list.sections[at.section]!.topics[at.topic]!;
    if (parent.section === at.section && index === at.topic) return list;
    const without = remove(list, id);
    const target = without.sections[parent.section]!;
    if (index > target.topics.length) return list;
    return setSection(without, parent.section, (s) => ({ ...s, topics: insertAt(s.topics, index, topic) }));
  }
  if (parent?.kind !== 'topic') return list;
  const question = list.sections[at.section]!.topics[at.topic]!.questions[at.question]!;
  if (parent.section === at.section && parent.topic === at.topic && index === at.question) return list;
  const without = remove(list, id);
  const target = without.sections[parent.section]!.topics[parent.topic]!;
  if (index > target.questions.length) return list;
  return setTopic(without, parent.section, parent.topic, (t) => ({
    ...t,
    questions: insertAt(t.questions, index, question),
  }));
}

/**
 * One step up or down in reading order. At the edge of its parent a topic or question
 * crosses into the neighbouring section or topic, so the keyboard reaches every place
 * a drag can.
 */
function move(list: TopicList, id: string, direction: 'up' | 'down'): TopicList {
  const at = locate(list, id);
  if (!at) return list;
  const { index, count, parentId } = siblingPosition(list, at);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target >= 0 && target < count) return moveTo(list, id, parentId, target);
  if (at.kind === 'section') return list;
  // The neighbouring parent in reading order: sections for a topic, topics (across sections) for a question.
  const parents =
    at.kind === 'topic'
      ? list.sections.map((s) => ({ id: s.id, size: s.topics.length }))
      : list.sections.flatMap((s) => s.topics.map((t) => ({ id: t.id, size: t.questions.length })));
  const here = parents.findIndex((p) => p.id === parentId);
  const next = parents[direction === 'up' ? here - 1 : here + 1];
  if (!next) return list;
  return moveTo(list, id, next.id, direction === 'up' ? next.size : 0);
}

function indent(list: TopicList, id: string): TopicList {
  const at = locate(list, id);
  if (at?.kind === 'question') {
    const question = list.sections[at.section]!.topics[at.topic]!.questions[at.question]!;
    if (at.question === 0 || question.followUp) return list;
    return setFollowUp(list, id, true);
  }
  if (at?.kind === 'topic') {
    if (at.topic !== 0 || at.section === 0) return list;
    const previous = list.sections[at.section - 1]!;
    return moveTo(list, id, previous.id, previous.topics.length);
  }
  return list;
}

function outdent(list: TopicList, id: string, newSectionId: string | undefined): TopicList {
  const at = locate(list, id);
  if (at?.kind === 'question') {
    const question = list.sections[at.section]!.topics[at.topic]!.questions[at.question]!;
    return question.followUp ? setFollowUp(list, id, false) : list;
  }
  if (at?.kind === 'topic') {
    if (at.topic === 0 || newSectionId === undefined || !fresh(list, newSectionId)) return list;
    const section = list.sections[at.section]!;
    const opened: Section = {
      id: newSectionId,
      title: section.topics[at.topic]!.label,
      topics: section.topics.slice(at.topic),
    };
    const kept: Section = { ...section, topics: section.topics.slice(0, at.topic) };
    return withSections(list, [
      ...list.sections.slice(0, at.section),
      kept,
      opened,
      ...list.sections.slice(at.section + 1),
    ]);
  }
  return list;
}

function setFollowUp(list: TopicList, id: string, followUp: boolean): TopicList {
  const at = locate(list, id);
  if (at?.kind !== 'question') return list;
  const question = list.sections[at.section]!.topics[at.topic]!.questions[at.question]!;
  if (Boolean(question.followUp) === followUp) return list;
  return setQuestion(list, at.section, at.topic, at.question, (q) => {
    const next = { ...q, followUp: true };
    if (!followUp) delete (next as GuideQuestion).followUp;
    return next;
  });
}

function setVariants(list: TopicList, id: string, variants: QuestionVariant[]): TopicList {
  const at = locate(list, id);
  if (at?.kind !== 'question') return list;
  if (variants.some((v) => v.role.trim() === '' || v.text.trim() === '')) return list;
  const roles = variants.map((v) => v.role);
  if (new Set(roles).size !== roles.length) return list;
  return setQuestion(list, at.section, at.topic, at.question, (q) => {
    const next: GuideQuestion = { ...q, variants: variants.map((v) => ({ role: v.role, text: v.text })) };
    if (variants.length === 0) delete next.variants;
    return next;
  });
}

function setPlaceholders(list: TopicList, id: string, placeholders: Placeholder[]): TopicList {
  const at = locate(list, id);
  if (at?.kind !== 'question') return list;
  if (placeholders.some((p) => p.token.trim() === '' || p.key.trim() === '')) return list;
  const keys = placeholders.map((p) => p.key);
  if (new Set(keys).size !== keys.length) return list;
  return setQuestion(list, at.section, at.topic, at.question, (q) => {
    const next: GuideQuestion = {
      ...q,
      placeholders: placeholders.map((p) => ({ token: p.token, key: p.key, kind: p.kind })),
    };
    if (placeholders.length === 0) delete next.placeholders;
    return next;
  });
}

export function applyEdit(list: TopicList, edit: TopicListEdit): TopicList {
  switch (edit.type) {
    case 'setTitle':
      return edit.title.trim() === '' || edit.title === list.title ? list : { ...list, title: edit.title };
    case 'addSection':
    case 'addTopic':
    case 'addQuestion':
      return add(list, edit);
    case 'updateSection':
    case 'updateTopic':
    case 'updateQuestion':
      return update(list, edit);
    case 'remove':
      return remove(list, edit.id);
    case 'move':
      return move(list, edit.id, edit.direction);
    case 'moveTo':
      return moveTo(list, edit.id, edit.parentId, edit.index);
    case 'indent':
      return indent(list, edit.id);
    case 'outdent':
      return outdent(list, edit.id, edit.newSectionId);
    case 'setFollowUp':
      return setFollowUp(list, edit.id, edit.followUp);
    case 'setVariants':
      return setVariants(list, edit.id, edit.variants);
    case 'setPlaceholders':
      return setPlaceholders(list, edit.id, edit.placeholders);
  }
}

export function canApply(list: TopicList, edit: TopicListEdit): boolean {
  return applyEdit(list, edit) !== list;
}

/** A placeholder key from its token: "(DOCUMENTNAAM)" → "documentnaam", unique within the question. */
export function placeholderKey(token: string, taken: readonly string[]): string {
  const base = slug(token) || 'invulplek';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

/** A new, empty topic list: one opening section, ready to be filled in. */
export function emptyTopicList(id: string, title: string, firstSectionTitle: string): TopicList {
  return { id, title, sections: [{ id: `${id}:s1`, title: firstSectionTitle, topics: [] }] };
}
