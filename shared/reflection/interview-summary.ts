/**
 * What the reflection and the study overview measure of one interview, kept as the
 * transcript changes so neither has to read every turn: the guide nodes asked, words per
 * speaker, the classifier's verdict per interviewer turn and the time spans per section.
 *
 * Two parts:
 * - `TurnFacts`: per turn, the few facts the measures need (no text). Updating it for a
 *   changed turn counts that turn's words and classifies it; nothing else is looked at.
 * - `InterviewSummary`: the aggregate the overview reads, derived from the facts and the
 *   interview's reading order (`summarize`).
 *
 * Decisions:
 * - Reading order is `turnOrder`, then turns the order does not know by startedAt (then
 *   id), as the interview and reflection screens show them.
 * - Section spans are the turns' times with their sections (see section-time.ts), turns
 *   of the same section that follow each other in time merged into one span. Talking
 *   time adds up over consecutive spans, so the merge changes no figure. Times before
 *   the interview's start are moved to the start here (which turn wins a tie there
 *   follows reading order, as in timePerSection); the end is only known when reading.
 * - Codes: the automatic codes (speaker, section, topic) are counted per turn, as
 *   automaticCodings derives them, so the code matrix adds counts instead of reading every
 *   turn. The researcher's own codings are records of their own and are counted from there.
 * - Overview: what the study overview shows of the interview (its topics' states, the
 *   sections and topics its automatic codes name, who and when) is kept here too, so the
 *   overview reads summaries only, never an interview record with its guide and order.
 */
import { elapsedMs } from '../interview/clock';
import { sectionCodeId, speakerCodeId, topicCodeId } from '../coding/automatic';
import type { Interview } from '../interview/interview';
import type { Speaker, Turn } from '../interview/turn';
import { interviewCoverage, type InterviewCoverage } from './coverage';
import { overviewOutline, type OverviewOutline } from './study-overview';
import { guidePlaces } from './guide-places';
import { classifyQuestion, type QuestionKind } from './question-classifier';
import type { RuleId } from './question-rules';
import type { ClassifiedTurn } from './question-share';
import { UNASSIGNED, type TimedInterview, type TimePerSection } from './section-time';
import { countWords, type TalkShare } from './talk-share';

export interface TurnFact {
  speaker: Speaker;
  startedAt: number;
  nodeId?: string;
  words: number;
  /** Interviewer turns only: what the question classifier said. */
  classifiedAs?: QuestionKind | 'notAQuestion';
  rule?: RuleId;
}

export type TurnFacts = Readonly<Record<string, TurnFact>>;

export interface SectionSpan {
  at: number;
  sectionId: string;
}

export interface InterviewSummary {
  interviewId: string;
  studyId: string;
  turnCount: number;
  /** Distinct guide nodes turns are linked to, sorted. */
  linkedNodeIds: string[];
  interviewerWords: number;
  respondentWords: number;
  /** Interviewer turns the classifier calls open / closed (before the researcher's corrections). */
  openQuestions: number;
  closedQuestions: number;
  /** In time order; see the decisions above. */
  spans: SectionSpan[];
  /** The latest startedAt of any turn; undefined without turns. */
  lastTurnAt?: number;
  /** Automatic code id → the number of turns it codes (see shared/coding/automatic.ts). */
  automaticCounts: Record<string, number>;
  overview: InterviewAtAGlance;
}

/** The study overview's view of one interview (see the decisions above). */
export interface InterviewAtAGlance extends OverviewOutline {
  respondentId: string;
  status: Interview['status'];
  createdAt: number;
  /** When the clock started, else when it was made: the date the overview shows and orders by. */
  heldAt: number;
}

export type SummarisedInterview = Pick<
  Interview,
  | 'id'
  | 'studyId'
  | 'respondentId'
  | 'guide'
  | 'status'
  | 'turnOrder'
  | 'startedAt'
  | 'createdAt'
  | 'askedByHand'
  | 'notAskedByHand'
>;

export function factOf(turn: Pick<Turn, 'speaker' | 'text' | 'startedAt' | 'nodeId'>): TurnFact {
  const fact: TurnFact = { speaker: turn.speaker, startedAt: turn.startedAt, words: countWords(turn.text) };
  if (turn.nodeId !== undefined) fact.nodeId = turn.nodeId;
  if (turn.speaker === 'interviewer') {
    const { kind, rule } = classifyQuestion(turn.text);
    fact.classifiedAs = kind;
    fact.rule = rule;
  }
  return fact;
}

export function sameFact(a: TurnFact | undefined, b: TurnFact): boolean {
  return (
    a !== undefined &&
    a.speaker === b.speaker &&
    a.startedAt === b.startedAt &&
    a.nodeId === b.nodeId &&
    a.words === b.words &&
    a.classifiedAs === b.classifiedAs &&
    a.rule === b.rule
  );
}

export function factsOf(turns: readonly Turn[]): TurnFacts {
  return Object.fromEntries(turns.map((turn) => [turn.id, factOf(turn)]));
}

/** The facts after some turns were written (`put`) and some removed; undefined when nothing changed. */
export function withTurnChanges(
  facts: TurnFacts,
  put: readonly Turn[],
  remove: readonly string[],
): TurnFacts | undefined {
  let next: Record<string, TurnFact> | undefined;
  const editable = () => (next ??= { ...facts });
  for (const id of remove) {
    if (Object.hasOwn(facts, id)) delete editable()[id];
  }
  for (const turn of put) {
    const fact = factOf(turn);
    if (!sameFact((next ?? facts)[turn.id], fact)) editable()[turn.id] = fact;
  }
  return next;
}

/**
 * The facts and summary after `put` turns were saved whose only change is their text (the
 * hot path of typing): word counts and question kinds move, nothing that depends on order,
 * time or guide links does, so the interview record need not be read nor every fact
 * walked. Undefined when a turn is new or changed otherwise: then `summarize` it whole.
 * Unchanged inputs come back as the same objects.
 */
export function afterRetyping(
  summary: InterviewSummary,
  facts: TurnFacts,
  put: readonly Turn[],
): { summary: InterviewSummary; facts: TurnFacts } | undefined {
  let next: Record<string, TurnFact> | undefined;
  let words = { interviewer: 0, respondent: 0 };
  let open = 0;
  let closed = 0;
  for (const turn of put) {
    const was = (next ?? facts)[turn.id];
    const fact = factOf(turn);
    if (!was || was.speaker !== fact.speaker || was.startedAt !== fact.startedAt || was.nodeId !== fact.nodeId)
      return undefined;
    if (sameFact(was, fact)) continue;
    (next ??= { ...facts })[turn.id] = fact;
    words = { ...words, [fact.speaker]: words[fact.speaker] + fact.words - was.words };
    open += (fact.classifiedAs === 'open' ? 1 : 0) - (was.classifiedAs === 'open' ? 1 : 0);
    closed += (fact.classifiedAs === 'closed' ? 1 : 0) - (was.classifiedAs === 'closed' ? 1 : 0);
  }
  if (!next) return { summary, facts };
  return {
    facts: next,
    summary: {
      ...summary,
      interviewerWords: summary.interviewerWords + words.interviewer,
      respondentWords: summary.respondentWords + words.respondent,
      openQuestions: summary.openQuestions + open,
      closedQuestions: summary.closedQuestions + closed,
    },
  };
}

/** Turn ids in reading order (see the decisions above). */
export function readingOrder(turnOrder: readonly string[], facts: TurnFacts): string[] {
  const listed = new Set<string>();
  const ordered: string[] = [];
  for (const id of turnOrder) {
    if (Object.hasOwn(facts, id) && !listed.has(id)) {
      listed.add(id);
      ordered.push(id);
    }
  }
  const strays = Object.keys(facts)
    .filter((id) => !listed.has(id))
    .sort((a, b) => facts[a]!.startedAt - facts[b]!.startedAt || (a < b ? -1 : a > b ? 1 : 0));
  return [...ordered, ...strays];
}

export function summarize(interview: SummarisedInterview, facts: TurnFacts): InterviewSummary {
  const order = readingOrder(interview.turnOrder, facts);
  const places = guidePlaces(interview.guide);
  const sections = new Map(interview.guide.sections.map((s) => [s.id, s]));
  const topics = new Map(interview.guide.sections.flatMap((s) => s.topics.map((t) => [t.id, t] as const)));
  const automaticCounts: Record<string, number> = {};
  const count = (codeId: string): void => {
    automaticCounts[codeId] = (automaticCounts[codeId] ?? 0) + 1;
  };
  const linked = new Set<string>();
  let interviewerWords = 0;
  let respondentWords = 0;
  let openQuestions = 0;
  let closedQuestions = 0;
  let lastTurnAt: number | undefined;
  let section = UNASSIGNED;
  const timed: SectionSpan[] = [];
  for (const id of order) {
    const fact = facts[id]!;
    count(speakerCodeId(fact.speaker));
    if (fact.nodeId !== undefined) {
      linked.add(fact.nodeId);
      const place = places.get(fact.nodeId);
      if (place) section = place.sectionId;
      const placedIn = place && sections.get(place.sectionId);
      if (placedIn) count(sectionCodeId(placedIn.title));
      const topic = place?.topicId ? topics.get(place.topicId) : undefined;
      if (topic) count(topicCodeId(topic.label));
    }
    if (fact.speaker === 'interviewer') interviewerWords += fact.words;
    else respondentWords += fact.words;
    if (fact.classifiedAs === 'open') openQuestions += 1;
    if (fact.classifiedAs === 'closed') closedQuestions += 1;
    lastTurnAt = Math.max(lastTurnAt ?? fact.startedAt, fact.startedAt);
    const start = interview.startedAt;
    timed.push({ at: start === undefined ? fact.startedAt : Math.max(start, fact.startedAt), sectionId: section });
  }
  // Stable: turns at the same moment keep their reading order, as in timePerSection.
  timed.sort((a, b) => a.at - b.at);
  const spans: SectionSpan[] = [];
  for (const span of timed) {
    if (spans[spans.length - 1]?.sectionId !== span.sectionId) spans.push(span);
  }
  return {
    interviewId: interview.id,
    studyId: interview.studyId,
    turnCount: order.length,
    linkedNodeIds: [...linked].sort(),
    interviewerWords,
    respondentWords,
    openQuestions,
    closedQuestions,
    spans,
    ...(lastTurnAt === undefined ? {} : { lastTurnAt }),
    automaticCounts,
    overview: {
      respondentId: interview.respondentId,
      status: interview.status,
      createdAt: interview.createdAt,
      heldAt: interview.startedAt ?? interview.createdAt,
      ...overviewOutline(
        interview,
        [...linked].map((nodeId) => ({ nodeId })),
      ),
    },
  };
}

/** The interviewer turns in reading order with their classification, for the question share. */
export function classifiedTurns(
  turnOrder: readonly string[],
  facts: TurnFacts,
  textOf: (turnId: string) => string,
): ClassifiedTurn[] {
  return readingOrder(turnOrder, facts).flatMap((turnId) => {
    const fact = facts[turnId]!;
    if (fact.speaker !== 'interviewer' || fact.classifiedAs === undefined || fact.rule === undefined) return [];
    return [{ turnId, text: textOf(turnId), classifiedAs: fact.classifiedAs, rule: fact.rule }];
  });
}

export function coverageOfSummary(
  interview: Parameters<typeof interviewCoverage>[0],
  summary: Pick<InterviewSummary, 'linkedNodeIds'>,
): InterviewCoverage {
  return interviewCoverage(
    interview,
    summary.linkedNodeIds.map((nodeId) => ({ nodeId })),
  );
}

export function talkShareOfSummary(summary: Pick<InterviewSummary, 'interviewerWords' | 'respondentWords'>): TalkShare {
  const { interviewerWords, respondentWords } = summary;
  const total = interviewerWords + respondentWords;
  return {
    interviewerWords,
    respondentWords,
    ...(total > 0 ? { interviewerShare: interviewerWords / total } : {}),
  };
}

/** timePerSection (section-time.ts) from the kept spans instead of the turns. */
export function timePerSectionOfSummary(
  interview: TimedInterview,
  summary: Pick<InterviewSummary, 'spans' | 'lastTurnAt'>,
  now?: number,
): TimePerSection {
  const ms = new Map<string, number>(interview.guide.sections.map((s) => [s.id, 0]));
  ms.set(UNASSIGNED, 0);
  const result = (): TimePerSection => ({
    sections: interview.guide.sections.map((s) => ({ sectionId: s.id, title: s.title, ms: ms.get(s.id) ?? 0 })),
    unassignedMs: ms.get(UNASSIGNED) ?? 0,
    totalMs: [...ms.values()].reduce((a, b) => a + b, 0),
  });
  const start = interview.startedAt;
  if (start === undefined) return result();
  const end = Math.max(start, interview.endedAt ?? now ?? Math.max(start, summary.lastTurnAt ?? start));
  const clip = (t: number): number => Math.min(end, Math.max(start, t));
  const add = (sectionId: string, from: number, to: number): void => {
    const talking = elapsedMs(start, interview.pauses, to) - elapsedMs(start, interview.pauses, from);
    ms.set(sectionId, (ms.get(sectionId) ?? 0) + talking);
  };
  const spans = summary.spans;
  add(UNASSIGNED, start, spans[0] ? clip(spans[0].at) : end);
  spans.forEach((span, i) => add(span.sectionId, clip(span.at), spans[i + 1] ? clip(spans[i + 1]!.at) : end));
  return result();
}
