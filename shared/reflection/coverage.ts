/**
 * What was asked in one interview, per question, topic and section: the answer to
 * "zijn voldoende onderwerpen behandeld?" and the list of pre-flagged follow-ups that
 * were asked or forgotten.
 *
 * Decisions:
 * - A question is asked when a turn is linked to it (inserted from the guide) or it is
 *   ticked by hand; a hand untick (notAskedByHand) overrides both. Same rule as the
 *   interview screen, so the reflection never disagrees with what was seen live.
 * - A topic is asked when it is linked or ticked itself, or any of its questions is
 *   asked; unticking the topic by hand overrides that too. Topics without questions
 *   ("Voorstellen", "Bedanken") can only be asked through the topic itself.
 * - A "ticked follow-up" is a follow-up question (or own question) ticked during
 *   preparation: the ones the interviewer meant to ask because of the questionnaire.
 * - `planned` is false for a topic whose questions are all unticked follow-ups: it was
 *   never meant to be asked in this interview, so the UI can show it as such instead of
 *   as a gap.
 */
import type { GuideSnapshot, Interview } from '../interview/interview';
import type { Turn } from '../interview/turn';
import { topicKey } from './topic-key';

type SnapshotQuestion = GuideSnapshot['sections'][number]['topics'][number]['questions'][number];

/** How a node came to count as asked, or why it does not. */
export type AskedVia = 'turn' | 'hand' | 'question' | 'untickedByHand' | 'nothing';

export interface QuestionCoverage {
  id: string;
  text: string;
  followUp: boolean;
  ticked: boolean;
  own: boolean;
  asked: boolean;
  via: Exclude<AskedVia, 'question'>;
}

export interface TopicCoverage {
  id: string;
  /** See topic-key.ts: the same topic label in another list has the same key. */
  key: string;
  label: string;
  sectionId: string;
  asked: boolean;
  via: AskedVia;
  planned: boolean;
  questions: QuestionCoverage[];
}

export interface SectionCoverage {
  id: string;
  title: string;
  topics: TopicCoverage[];
  topicsAsked: TopicCoverage[];
  topicsNotAsked: TopicCoverage[];
}

export interface FollowUpCoverage extends QuestionCoverage {
  topicId: string;
  topicLabel: string;
  sectionId: string;
}

export interface InterviewCoverage {
  sections: SectionCoverage[];
  topicsAsked: number;
  topicsTotal: number;
  tickedFollowUps: { asked: FollowUpCoverage[]; notAsked: FollowUpCoverage[] };
}

export type CoverageInterview = Pick<Interview, 'guide' | 'askedByHand' | 'notAskedByHand'>;

function isPlanned(questions: readonly SnapshotQuestion[]): boolean {
  return questions.length === 0 || questions.some((q) => !q.followUp || q.ticked);
}

export function interviewCoverage(
  interview: CoverageInterview,
  turns: readonly Pick<Turn, 'nodeId'>[],
): InterviewCoverage {
  const linked = new Set(turns.flatMap((t) => (t.nodeId ? [t.nodeId] : [])));
  const byHand = new Set(interview.askedByHand);
  const untickedByHand = new Set(interview.notAskedByHand);
  const via = (id: string): Exclude<AskedVia, 'question'> => {
    if (untickedByHand.has(id)) return 'untickedByHand';
    if (linked.has(id)) return 'turn';
    if (byHand.has(id)) return 'hand';
    return 'nothing';
  };

  const followUps: InterviewCoverage['tickedFollowUps'] = { asked: [], notAsked: [] };
  const sections = interview.guide.sections.map((section): SectionCoverage => {
    const topics = section.topics.map((topic): TopicCoverage => {
      const questions = topic.questions.map((q): QuestionCoverage => {
        const how = via(q.id);
        const coverage = {
          id: q.id,
          text: q.text,
          followUp: q.followUp,
          ticked: q.ticked,
          own: q.own,
          asked: how === 'turn' || how === 'hand',
          via: how,
        };
        if (q.followUp && q.ticked) {
          const entry = { ...coverage, topicId: topic.id, topicLabel: topic.label, sectionId: section.id };
          (coverage.asked ? followUps.asked : followUps.notAsked).push(entry);
        }
        return coverage;
      });
      const own = via(topic.id);
      const topicVia: AskedVia = own !== 'nothing' ? own : questions.some((q) => q.asked) ? 'question' : 'nothing';
      return {
        id: topic.id,
        key: topicKey(topic.label),
        label: topic.label,
        sectionId: section.id,
        asked: topicVia === 'turn' || topicVia === 'hand' || topicVia === 'question',
        via: topicVia,
        planned: isPlanned(topic.questions),
        questions,
      };
    });
    return {
      id: section.id,
      title: section.title,
      topics,
      topicsAsked: topics.filter((t) => t.asked),
      topicsNotAsked: topics.filter((t) => !t.asked),
    };
  });

  const allTopics = sections.flatMap((s) => s.topics);
  return {
    sections,
    topicsAsked: allTopics.filter((t) => t.asked).length,
    topicsTotal: allTopics.length,
    tickedFollowUps: followUps,
  };
}
