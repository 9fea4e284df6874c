/**
 * The prepared guide: a topic list as the interviewer will see it for one respondent,
 * with the role's wording, filled-in placeholders, flags in place and the researcher's
 * ticks. Pure, so the preparation screen, the print view and the interview screen all
 * show the same thing.
 */
import type { Flag } from '../flags/engine';
import { ticksByDefault } from '../flags/engine';
import type { GuideQuestion, Placeholder, TopicList } from '../study/schema';
import type { Preparation } from './schema';

export interface GuideQuestionView {
  id: string;
  own: boolean;
  /** The wording to read out: role variant chosen, placeholders filled where known. */
  text: string;
  followUp: boolean;
  number?: string;
  probesHeading?: string;
  probes: string[];
  placeholders: Placeholder[];
  flags: Flag[];
  ticked: boolean;
  /** What the flags alone would say, so the UI can show that a tick was changed by hand. */
  tickedByFlags: boolean;
}

export interface GuideTopicView {
  id: string;
  label: string;
  indicators?: string;
  flags: Flag[];
  questions: GuideQuestionView[];
}

export interface GuideSectionView {
  id: string;
  title: string;
  goal?: string;
  instruction?: string;
  topics: GuideTopicView[];
}

export function questionWording(question: GuideQuestion, role: string | undefined): string {
  if (!question.variants?.length) return question.text;
  const variant = question.variants.find((v) => v.role === role);
  if (variant) return variant.text;
  // No role known: show every variant so the interviewer can choose.
  return question.variants.map((v) => `${v.role}: ${v.text}`).join('\n');
}

export function fillPlaceholders(
  text: string,
  placeholders: readonly Placeholder[],
  values: Record<string, string> | undefined,
): string {
  let filled = text;
  for (const placeholder of placeholders) {
    const value = values?.[placeholder.key]?.trim();
    if (!value) continue;
    const replacement =
      placeholder.kind === 'quote' && !/^[“"‘']/.test(value) ? `“${value}”` : value;
    filled = filled.split(placeholder.token).join(replacement);
  }
  return filled;
}

function flagsFor(flags: readonly Flag[], topicListId: string, nodeId: string): Flag[] {
  return flags.filter((f) => f.target.topicListId === topicListId && f.target.nodeId === nodeId);
}

export function buildGuide(
  list: TopicList,
  options: { role?: string; flags: readonly Flag[]; preparation?: Preparation },
): GuideSectionView[] {
  const { role, flags, preparation } = options;
  return list.sections.map((section) => ({
    id: section.id,
    title: section.title,
    goal: section.goal,
    instruction: section.instruction,
    topics: section.topics.map((topic) => {
      const questions: GuideQuestionView[] = topic.questions.map((question) => {
        const own = flagsFor(flags, list.id, question.id);
        const tickedByFlags = own.some(ticksByDefault);
        const placeholders = question.placeholders ?? [];
        return {
          id: question.id,
          own: false,
          text: fillPlaceholders(
            questionWording(question, role),
            placeholders,
            preparation?.placeholderValues[question.id],
          ),
          followUp: question.followUp ?? false,
          number: question.number,
          probesHeading: question.probesHeading,
          probes: question.probes ?? [],
          placeholders,
          flags: own,
          ticked: preparation?.ticks[question.id] ?? tickedByFlags,
          tickedByFlags,
        };
      });
      const added: GuideQuestionView[] = (preparation?.ownQuestions ?? [])
        .filter((q) => q.topicId === topic.id)
        .map((q) => ({
          id: q.id,
          own: true,
          text: q.text,
          followUp: true,
          probes: [],
          placeholders: [],
          flags: [],
          ticked: preparation?.ticks[q.id] ?? true,
          tickedByFlags: true,
        }));
      return {
        id: topic.id,
        label: topic.label,
        indicators: topic.indicators,
        flags: flagsFor(flags, list.id, topic.id),
        questions: [...questions, ...added],
      };
    }),
  }));
}

/** Flags whose target is not in this list (e.g. after the researcher picked another list). */
export function flagsOutsideList(list: TopicList, flags: readonly Flag[]): Flag[] {
  const ids = new Set<string>();
  for (const section of list.sections)
    for (const topic of section.topics) {
      ids.add(topic.id);
      for (const q of topic.questions) ids.add(q.id);
    }
  return flags.filter((f) => f.target.topicListId !== list.id || !ids.has(f.target.nodeId));
}
