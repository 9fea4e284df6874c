/**
 * What changed in a topic list since an interview was held with it. The interview keeps
 * its own snapshot of the guide (shared/interview/interview.ts), so it always shows what
 * was used; this compares that snapshot with the list as it is now. Snapshot texts have
 * the preparation's placeholders filled in ("In Beleidsplan Wmo omschrijft …"), so a
 * placeholder in the current wording matches any text.
 */
import type { GuideSnapshot } from '../interview/interview';
import { questionWording } from '../preparation/guide';
import type { GuideQuestion, TopicList } from '../study/schema';

export interface QuestionChange {
  id: string;
  /** The topic the question is (or was) under. */
  topic: string;
  before?: string;
  after?: string;
}

export interface GuideChanges {
  /** The topic list no longer exists in the study. */
  listRemoved: boolean;
  added: QuestionChange[];
  removed: QuestionChange[];
  changed: QuestionChange[];
  addedTopics: string[];
  removedTopics: string[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `shown` is `wording` with its placeholders filled in (or left as they are). */
function sameWording(shown: string, wording: string, question: GuideQuestion): boolean {
  if (shown === wording) return true;
  const tokens = (question.placeholders ?? []).map((p) => p.token).filter((t) => wording.includes(t));
  if (tokens.length === 0) return false;
  const pattern = wording
    .split(new RegExp(`(${tokens.map(escapeRegExp).join('|')})`))
    .map((part) => (tokens.includes(part) ? '[\\s\\S]*' : escapeRegExp(part)))
    .join('');
  return new RegExp(`^${pattern}$`).test(shown);
}

export function guideChanges(snapshot: GuideSnapshot, current: TopicList | undefined): GuideChanges {
  const changes: GuideChanges = {
    listRemoved: !current,
    added: [],
    removed: [],
    changed: [],
    addedTopics: [],
    removedTopics: [],
  };
  if (!current) return changes;

  const now = new Map<string, { topic: string; question: GuideQuestion }>();
  const nowTopics = new Map<string, string>();
  for (const section of current.sections)
    for (const topic of section.topics) {
      nowTopics.set(topic.id, topic.label);
      for (const question of topic.questions) now.set(question.id, { topic: topic.label, question });
    }

  const before = new Set<string>();
  const beforeTopics = new Set<string>();
  for (const section of snapshot.sections)
    for (const topic of section.topics) {
      beforeTopics.add(topic.id);
      if (!nowTopics.has(topic.id)) changes.removedTopics.push(topic.label);
      for (const question of topic.questions) {
        // The researcher's own questions belong to the preparation, a comparison's to its comparison, not the list.
        if (question.own || question.comparisonId) continue;
        before.add(question.id);
        const found = now.get(question.id);
        if (!found) {
          changes.removed.push({ id: question.id, topic: topic.label, before: question.text });
          continue;
        }
        const wording = questionWording(found.question, snapshot.role);
        if (!sameWording(question.text, wording, found.question)) {
          changes.changed.push({ id: question.id, topic: found.topic, before: question.text, after: wording });
        }
      }
    }
  for (const [id, { topic, question }] of now) {
    if (!before.has(id)) changes.added.push({ id, topic, after: questionWording(question, snapshot.role) });
  }
  for (const [id, label] of nowTopics) if (!beforeTopics.has(id)) changes.addedTopics.push(label);
  return changes;
}

export function hasChanges(changes: GuideChanges): boolean {
  return (
    changes.listRemoved ||
    changes.added.length +
      changes.removed.length +
      changes.changed.length +
      changes.addedTopics.length +
      changes.removedTopics.length >
      0
  );
}
