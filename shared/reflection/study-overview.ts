/**
 * The study overview: every interview against every topic of its topic list, so the
 * researcher sees which themes are still under-covered (the thesis started coding after
 * 8 of 16 interviews for exactly this). Interviews with different lists line up by
 * topic key (normalised label, see topic-key.ts): "Effecten" of 5.1, 5.2 and 5.3 is one
 * row.
 *
 * Decisions:
 * - A cell is 'asked' or 'notAsked' as in coverage.ts. 'flaggedNotAsked' is a topic
 *   that was not asked although one of its follow-ups was ticked in preparation: the
 *   interviewer meant to ask it. A topic that was asked stays 'asked' even when a ticked
 *   follow-up in it was missed; the reflection screen lists missed follow-ups one by one.
 * - A cell is null when the interview's list does not have the topic; such interviews
 *   count as `absent`, not as a gap. Coverage of a row is asked / interviews that had it.
 * - Row order merges the lists' own orders: a topic first seen in a later list is
 *   placed right after the topic that precedes it in that list.
 * - A list with the same label twice (not in the example study) gives one cell: asked
 *   if either was asked, flagged if either was flagged and not asked.
 */
import type { Interview } from '../interview/interview';
import type { Turn } from '../interview/turn';
import { interviewCoverage, type TopicCoverage } from './coverage';

export type TopicState = 'asked' | 'notAsked' | 'flaggedNotAsked';

export interface OverviewInput {
  interview: Pick<Interview, 'id' | 'guide' | 'askedByHand' | 'notAskedByHand'>;
  turns: readonly Pick<Turn, 'nodeId'>[];
  /** How the column is headed, e.g. the respondent code "BA". Defaults to the interview id. */
  label?: string;
}

export interface OverviewColumn {
  interviewId: string;
  label: string;
  topicListId: string;
  topicListTitle: string;
}

export interface OverviewRow {
  topicKey: string;
  /** As in the first list that has the topic. */
  label: string;
  sectionTitle: string;
  /** One per column, in column order; null when that interview's list lacks the topic. */
  cells: (TopicState | null)[];
  counts: Record<TopicState | 'absent', number>;
  /** asked / interviews whose list has the topic, 0…1. */
  askedShare: number;
  underCovered: boolean;
}

export interface StudyOverview {
  columns: OverviewColumn[];
  rows: OverviewRow[];
}

export interface OverviewOptions {
  /** A row is under-covered when fewer than this share of its interviews asked it. Default 0.5. */
  underCoveredBelow?: number;
}

function stateOf(topic: TopicCoverage): TopicState {
  if (topic.asked) return 'asked';
  return topic.questions.some((q) => q.followUp && q.ticked) ? 'flaggedNotAsked' : 'notAsked';
}

function combine(a: TopicState, b: TopicState): TopicState {
  if (a === 'asked' || b === 'asked') return 'asked';
  return a === 'flaggedNotAsked' || b === 'flaggedNotAsked' ? 'flaggedNotAsked' : 'notAsked';
}

/** One topic of an interview's guide as the overview shows it. */
export interface OutlineTopic {
  key: string;
  label: string;
  state: TopicState;
}

/**
 * What the overview shows of one interview's guide: its sections (titles, also the
 * automatic section codes) and topics with their states, in guide order. Small enough to
 * keep in the interview's summary, so the overview reads neither guides nor turns.
 */
export interface OverviewOutline {
  topicListId: string;
  topicListTitle: string;
  sections: { title: string; topics: OutlineTopic[] }[];
}

export function overviewOutline(
  interview: OverviewInput['interview'],
  turns: readonly Pick<Turn, 'nodeId'>[],
): OverviewOutline {
  const coverage = interviewCoverage(interview, turns);
  return {
    topicListId: interview.guide.topicListId,
    topicListTitle: interview.guide.topicListTitle,
    sections: coverage.sections.map((section) => ({
      title: section.title,
      topics: section.topics.map((topic) => ({ key: topic.key, label: topic.label, state: stateOf(topic) })),
    })),
  };
}

/** A column of the overview: an interview's id, its heading and its outline. */
export interface OutlinedInterview {
  interviewId: string;
  label: string;
  outline: OverviewOutline;
}

export function studyOverview(inputs: readonly OverviewInput[], options: OverviewOptions = {}): StudyOverview {
  return overviewOfOutlines(
    inputs.map(({ interview, turns, label }) => ({
      interviewId: interview.id,
      label: label ?? interview.id,
      outline: overviewOutline(interview, turns),
    })),
    options,
  );
}

/** The overview from outlines kept beforehand (see interview-summary.ts): no guide is walked here. */
export function overviewOfOutlines(
  inputs: readonly OutlinedInterview[],
  options: OverviewOptions = {},
): StudyOverview {
  const threshold = options.underCoveredBelow ?? 0.5;
  const order: string[] = [];
  const heads = new Map<string, { label: string; sectionTitle: string }>();
  const states: Map<string, TopicState>[] = [];

  for (const { outline } of inputs) {
    const mine = new Map<string, TopicState>();
    let previous: string | undefined;
    for (const section of outline.sections) {
      for (const topic of section.topics) {
        const before = mine.get(topic.key);
        mine.set(topic.key, before ? combine(before, topic.state) : topic.state);
        if (!heads.has(topic.key)) {
          heads.set(topic.key, { label: topic.label, sectionTitle: section.title });
          order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, topic.key);
        }
        previous = topic.key;
      }
    }
    states.push(mine);
  }

  const rows = order.map((key): OverviewRow => {
    const cells = states.map((mine) => mine.get(key) ?? null);
    const counts = { asked: 0, notAsked: 0, flaggedNotAsked: 0, absent: 0 };
    for (const cell of cells) counts[cell ?? 'absent'] += 1;
    const present = cells.length - counts.absent;
    const askedShare = present === 0 ? 0 : counts.asked / present;
    return { topicKey: key, ...heads.get(key)!, cells, counts, askedShare, underCovered: askedShare < threshold };
  });

  const columns = inputs.map(({ interviewId, label, outline }) => ({
    interviewId,
    label,
    topicListId: outline.topicListId,
    topicListTitle: outline.topicListTitle,
  }));
  return { columns, rows };
}
