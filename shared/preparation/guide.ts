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
  /** Set on the neutral follow-up a comparison adds; it belongs to the design's comparison, not the topic list. */
  comparisonId?: string;
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

export const COMPARISON_QUESTION_PREFIX = 'comparison:';

/**
 * A comparison asks its own neutral question beside its target, one per comparison
 * however many colleagues differ, instead of ticking the target's follow-up, whose
 * wording ("…dat u nog nooit een experiment heeft opgezet") may presume the opposite of
 * what this respondent answered.
 */
function comparisonQuestions(flags: readonly Flag[], preparation: Preparation | undefined): Map<string, GuideQuestionView> {
  const byComparison = new Map<string, GuideQuestionView>();
  for (const flag of flags) {
    if (flag.source.type !== 'comparison' || !flag.question) continue;
    const id = `${COMPARISON_QUESTION_PREFIX}${flag.source.comparisonId}`;
    const existing = byComparison.get(id);
    if (existing) {
      existing.flags.push(flag);
      continue;
    }
    byComparison.set(id, {
      id,
      own: false,
      text: flag.question,
      followUp: true,
      probes: [],
      placeholders: [],
      flags: [flag],
      ticked: preparation?.ticks[id] ?? true,
      tickedByFlags: true,
      comparisonId: flag.source.comparisonId,
    });
  }
  return byComparison;
}

/** The topic a comparison's question goes in: its target's topic, or the first topic of a target section. */
function comparisonPlaces(list: TopicList, questions: Map<string, GuideQuestionView>): Map<string, { topicId: string; after?: string }> {
  const places = new Map<string, { topicId: string; after?: string }>();
  for (const [id, view] of questions) {
    const target = view.flags[0]!.target;
    if (target.topicListId !== list.id) continue;
    for (const section of list.sections) {
      if (section.id === target.nodeId && section.topics[0]) places.set(id, { topicId: section.topics[0].id });
      for (const topic of section.topics) {
        if (topic.id === target.nodeId) places.set(id, { topicId: topic.id });
        if (topic.questions.some((q) => q.id === target.nodeId)) places.set(id, { topicId: topic.id, after: target.nodeId });
      }
    }
  }
  return places;
}

export function buildGuide(
  list: TopicList,
  options: { role?: string; flags: readonly Flag[]; preparation?: Preparation },
): GuideSectionView[] {
  const { role, preparation } = options;
  const compared = comparisonQuestions(options.flags, preparation);
  const places = comparisonPlaces(list, compared);
  // Comparison flags that became a question of their own no longer mark (or tick) their target.
  const flags = options.flags.filter(
    (f) => f.source.type !== 'comparison' || !places.has(`${COMPARISON_QUESTION_PREFIX}${f.source.comparisonId}`),
  );
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
      for (const [id, place] of places) {
        if (place.topicId !== topic.id) continue;
        const at = place.after ? questions.findIndex((q) => q.id === place.after) + 1 : questions.length;
        questions.splice(at > 0 ? at : questions.length, 0, compared.get(id)!);
      }
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
