/**
 * The per-interview summary kept as turns change gives the same figures as measuring
 * every turn again: coverage, talk share, question share and time per section.
 */
import fc from 'fast-check';
import { automaticCodings } from '../../shared/coding/automatic';
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { guideSnapshotSchema, type GuideSnapshot, type Interview } from '../../shared/interview/interview';
import type { Turn } from '../../shared/interview/turn';
import { buildGuide } from '../../shared/preparation/guide';
import { emptyPreparation } from '../../shared/preparation/schema';
import { interviewCoverage } from '../../shared/reflection/coverage';
import {
  classifiedTurns,
  coverageOfSummary,
  factsOf,
  summarize,
  talkShareOfSummary,
  timePerSectionOfSummary,
  withTurnChanges,
  type TurnFacts,
} from '../../shared/reflection/interview-summary';
import { questionShare, questionShareOfClassified } from '../../shared/reflection/question-share';
import { overviewOfOutlines, studyOverview } from '../../shared/reflection/study-overview';
import { timePerSection } from '../../shared/reflection/section-time';
import { talkShare } from '../../shared/reflection/talk-share';

const MIN = 60_000;
const T0 = Date.UTC(2019, 4, 14, 9, 30);

function guide(): GuideSnapshot {
  const list = exampleStudy.topicLists.find((l) => l.id === 'tl-beleid')!;
  const sections = buildGuide(list, {
    role: 'BELEIDSMEDEWERKER',
    flags: [],
    preparation: emptyPreparation('r1', exampleStudy.id, 0),
  });
  return guideSnapshotSchema.parse({ topicListId: list.id, topicListTitle: list.title, sections });
}

const GUIDE = guide();
const NODE_IDS = GUIDE.sections.flatMap((s) => [s.id, ...s.topics.flatMap((t) => [t.id, ...t.questions.map((q) => q.id)])]);
const TEXTS = [
  '',
  'Kunt u uitleggen hoe dat ging?',
  'Was dat een bewuste keuze?',
  'Ja?',
  'Dat klopt, we hebben toen een pilot gedaan met twee teams.',
  'Hoe kijkt u daar nu op terug? En waarom?',
  'Nee.',
  'Dank u wel.',
];

const turnIds = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const partialTurn = fc.record({
  id: turnIds,
  speaker: fc.constantFrom('interviewer' as const, 'respondent' as const),
  text: fc.constantFrom(...TEXTS),
  startedAt: fc.integer({ min: T0 - 5 * MIN, max: T0 + 60 * MIN }),
  nodeId: fc.option(fc.constantFrom(...NODE_IDS, 'not-in-this-guide'), { nil: undefined }),
});

type Edit =
  | { kind: 'put'; turns: Turn[] }
  | { kind: 'remove'; ids: string[] }
  | { kind: 'order'; order: string[] };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    turns: fc.array(partialTurn, { maxLength: 3 }).map((ts) =>
      ts.map(({ nodeId, ...rest }) => (nodeId === undefined ? rest : { ...rest, nodeId })),
    ),
  }),
  fc.record({ kind: fc.constant('remove' as const), ids: fc.uniqueArray(turnIds, { maxLength: 2 }) }),
  // Order may miss turns (strays) and name turns that are gone, as after a crash.
  fc.record({ kind: fc.constant('order' as const), order: fc.uniqueArray(turnIds, { maxLength: 8 }) }),
);

/** Guide nodes ticked and unticked by hand during the interview. */
const byHand = fc.record({
  asked: fc.uniqueArray(fc.constantFrom(...NODE_IDS), { maxLength: 4 }),
  notAsked: fc.uniqueArray(fc.constantFrom(...NODE_IDS), { maxLength: 2 }),
});

const overrides = fc.dictionary(turnIds, fc.constantFrom('open' as const, 'closed' as const), { maxKeys: 3 });

function readingOrderOf(order: readonly string[], turns: ReadonlyMap<string, Turn>): Turn[] {
  const listed = order.filter((id) => turns.has(id)).map((id) => turns.get(id)!);
  const known = new Set(order);
  const strays = [...turns.values()]
    .filter((t) => !known.has(t.id))
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  return [...listed, ...strays];
}

describe('the kept interview summary', () => {
  it('equals a full recomputation after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.array(edit, { maxLength: 12 }),
        overrides,
        fc.option(fc.integer({ min: 0, max: 70 * MIN }), { nil: undefined }),
        fc.array(fc.integer({ min: 0, max: 60 * MIN }), { maxLength: 2 }),
        byHand,
        (edits, corrections, endOffset, pauseAt, hand) => {
          const turns = new Map<string, Turn>();
          let order: string[] = [];
          let facts: TurnFacts = {};
          for (const change of edits) {
            if (change.kind === 'put') {
              for (const t of change.turns) turns.set(t.id, t);
              facts = withTurnChanges(facts, change.turns, []) ?? facts;
            } else if (change.kind === 'remove') {
              for (const id of change.ids) turns.delete(id);
              facts = withTurnChanges(facts, [], change.ids) ?? facts;
            } else {
              order = change.order;
            }
          }
          const sortedPauses = [...pauseAt].sort((a, b) => a - b);
          const interview: Interview = {
            id: 'i1',
            studyId: 's1',
            respondentId: 'r1',
            guide: GUIDE,
            status: endOffset === undefined ? 'running' : 'ended',
            startedAt: T0,
            ...(endOffset === undefined ? {} : { endedAt: T0 + endOffset }),
            pauses:
              sortedPauses.length === 2 && sortedPauses[0]! < sortedPauses[1]!
                ? [{ start: T0 + sortedPauses[0]!, end: T0 + sortedPauses[1]! }]
                : [],
            askedByHand: hand.asked,
            notAskedByHand: hand.notAsked,
            turnOrder: order,
            createdAt: T0,
            updatedAt: T0,
          };
          const reading = readingOrderOf(order, turns);
          const kept = summarize(interview, facts);

          expect(kept).toEqual(summarize(interview, factsOf([...turns.values()])));
          expect(coverageOfSummary(interview, kept)).toEqual(interviewCoverage(interview, reading));
          expect(talkShareOfSummary(kept)).toEqual(talkShare(reading));
          expect(timePerSectionOfSummary(interview, kept, T0 + 30 * MIN)).toEqual(
            timePerSection(interview, reading, T0 + 30 * MIN),
          );
          const classified = classifiedTurns(order, facts, (id) => turns.get(id)!.text);
          expect(questionShareOfClassified(classified, corrections)).toEqual(questionShare(reading, corrections));
          expect(kept.turnCount).toBe(turns.size);
          const counted: Record<string, number> = {};
          for (const c of automaticCodings(interview, [...turns.values()])) counted[c.codeId] = (counted[c.codeId] ?? 0) + 1;
          expect(kept.automaticCounts).toEqual(counted);
          // The study overview from the kept outline, as from the guide and every turn.
          expect(overviewOfOutlines([{ interviewId: 'i1', label: 'BA', outline: kept.overview }])).toEqual(
            studyOverview([{ interview, turns: reading, label: 'BA' }]),
          );
          expect(kept.overview).toMatchObject({ respondentId: 'r1', status: interview.status, heldAt: T0 });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports no change when a save repeats what the facts already hold', () => {
    const turn: Turn = { id: 'a', speaker: 'respondent', text: 'Een hecht team.', startedAt: T0 };
    const facts = factsOf([turn]);
    expect(withTurnChanges(facts, [turn], [])).toBeUndefined();
    expect(withTurnChanges(facts, [{ ...turn, text: 'Een heel hecht team.' }], [])?.a?.words).toBe(4);
  });
});
