/** What was asked, who talked, and where the time went, for one interview with the 5.1 guide. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { durationMs, InvalidPausesError, type Pause } from '../../shared/interview/clock';
import { guideSnapshotSchema, type GuideSnapshot } from '../../shared/interview/interview';
import type { Turn } from '../../shared/interview/turn';
import { buildGuide } from '../../shared/preparation/guide';
import { emptyPreparation } from '../../shared/preparation/schema';
import { interviewCoverage } from '../../shared/reflection/coverage';
import { sectionOfTurns, timePerSection, UNASSIGNED } from '../../shared/reflection/section-time';
import { countWords, talkShare } from '../../shared/reflection/talk-share';

const MIN = 60_000;
const T0 = Date.UTC(2019, 4, 14, 9, 30);

/** The 5.1 guide as the interviewer got it, with the follow-ups ticked that the questionnaire called for. */
function beleidGuide(ticked: string[] = []): GuideSnapshot {
  const list = exampleStudy.topicLists.find((l) => l.id === 'tl-beleid')!;
  const preparation = {
    ...emptyPreparation('r1', exampleStudy.id, 0),
    ticks: Object.fromEntries(ticked.map((id) => [id, true])),
  };
  const sections = buildGuide(list, { role: 'BELEIDSMEDEWERKER', flags: [], preparation });
  return guideSnapshotSchema.parse({ topicListId: list.id, topicListTitle: list.title, sections });
}

const Q = {
  opening: 'tl-beleid:openingsvraag:q1',
  safety: 'tl-beleid:psychologische-veiligheid:q1',
  ideas: 'tl-beleid:openheid-voor-nieuwe-ideeen:q1',
  effects1: 'tl-beleid:effecten:q1',
  effects4: 'tl-beleid:effecten:q4',
  experiment: 'tl-beleid:experimenteren:q1',
  analyses: 'tl-beleid:analyses:q1',
  askingFollowUp: 'tl-beleid:actief-bevragen-en-luisteren:q1',
};
const T = {
  introduce: 'tl-beleid:voorstellen',
  consent: 'tl-beleid:toestemming-vragen-voor-opname',
  safety: 'tl-beleid:psychologische-veiligheid',
  ideas: 'tl-beleid:openheid-voor-nieuwe-ideeen',
  effects: 'tl-beleid:effecten',
  experiment: 'tl-beleid:experimenteren',
  analyses: 'tl-beleid:analyses',
  informationTransfer: 'tl-beleid:informatie-overdracht',
  asking: 'tl-beleid:actief-bevragen-en-luisteren',
  thanks: 'tl-beleid:bedanken',
};

let seq = 0;
function turn(speaker: Turn['speaker'], text: string, startedAt: number, nodeId?: string): Turn {
  seq += 1;
  return { id: `t${seq}`, speaker, text, startedAt, ...(nodeId ? { nodeId } : {}) };
}

describe('interviewCoverage', () => {
  const guide = beleidGuide([Q.experiment, Q.analyses, Q.askingFollowUp]);
  const coverageOf = (turns: Turn[], askedByHand: string[] = [], notAskedByHand: string[] = []) =>
    interviewCoverage({ guide, askedByHand, notAskedByHand }, turns);
  const topic = (coverage: ReturnType<typeof coverageOf>, id: string) =>
    coverage.sections.flatMap((s) => s.topics).find((t) => t.id === id)!;
  const question = (coverage: ReturnType<typeof coverageOf>, id: string) =>
    coverage.sections.flatMap((s) => s.topics.flatMap((t) => t.questions)).find((q) => q.id === id)!;

  it('counts a question inserted from the guide as asked, and its topic with it', () => {
    const coverage = coverageOf([
      turn('interviewer', 'In hoeverre voelt u zich comfortabel …?', T0, Q.safety),
      turn('respondent', 'Heel comfortabel.', T0 + 1, Q.safety),
    ]);
    expect(question(coverage, Q.safety)).toMatchObject({ asked: true, via: 'turn' });
    expect(topic(coverage, T.safety)).toMatchObject({ asked: true, via: 'question', key: 'psychologische-veiligheid' });
    expect(question(coverage, Q.ideas)).toMatchObject({ asked: false, via: 'nothing' });
    expect(topic(coverage, T.ideas).asked).toBe(false);
  });

  it('counts a question or a topic ticked by hand as asked', () => {
    const coverage = coverageOf([], [Q.ideas, T.introduce]);
    expect(question(coverage, Q.ideas)).toMatchObject({ asked: true, via: 'hand' });
    expect(topic(coverage, T.ideas)).toMatchObject({ asked: true, via: 'question' });
    // "Voorstellen" has no questions: it can only be ticked itself.
    expect(topic(coverage, T.introduce)).toMatchObject({ asked: true, via: 'hand' });
    expect(topic(coverage, T.consent).asked).toBe(false);
  });

  it('lets an untick by hand override an inserted turn, for a question and for a topic', () => {
    const turns = [
      turn('interviewer', 'Voelt u zich gesteund …?', T0, Q.ideas),
      turn('interviewer', 'Hoe …?', T0 + 1, Q.effects1),
    ];
    const coverage = coverageOf(turns, [Q.ideas], [Q.ideas, T.effects]);
    expect(question(coverage, Q.ideas)).toMatchObject({ asked: false, via: 'untickedByHand' });
    expect(topic(coverage, T.ideas).asked).toBe(false);
    // The question stays asked, but the researcher says the topic as a whole was not covered.
    expect(question(coverage, Q.effects1).asked).toBe(true);
    expect(topic(coverage, T.effects)).toMatchObject({ asked: false, via: 'untickedByHand' });
  });

  it('lists the ticked follow-ups that were asked and those that were forgotten', () => {
    const coverage = coverageOf([turn('interviewer', 'In de vragenlijst …', T0, Q.experiment)], [Q.askingFollowUp]);
    expect(coverage.tickedFollowUps.asked.map((q) => [q.id, q.via])).toEqual([
      [Q.experiment, 'turn'],
      [Q.askingFollowUp, 'hand'],
    ]);
    expect(coverage.tickedFollowUps.notAsked).toEqual([
      expect.objectContaining({ id: Q.analyses, topicLabel: 'Analyses', sectionId: 'tl-beleid:s5' }),
    ]);
  });

  it('sums topics per section and tells planned topics from follow-ups nobody asked for', () => {
    const coverage = coverageOf([
      turn('interviewer', '…', T0, Q.opening),
      turn('interviewer', '…', T0 + 1, Q.experiment),
    ]);
    const core1 = coverage.sections.find((s) => s.id === 'tl-beleid:s2')!;
    expect(core1.topicsAsked.map((t) => t.label)).toEqual(['Openingsvraag']);
    expect(core1.topicsNotAsked.map((t) => t.label)).toEqual([
      'Voorstellen respondent, met name met betrekking tot functie',
    ]);
    expect(coverage.topicsAsked).toBe(2);
    expect(coverage.topicsTotal).toBe(guide.sections.flatMap((s) => s.topics).length);
    expect(topic(coverage, T.informationTransfer)).toMatchObject({ asked: false, planned: false });
    expect(topic(coverage, T.analyses)).toMatchObject({ asked: false, planned: true });
    expect(topic(coverage, T.thanks)).toMatchObject({ planned: true });
  });
});

describe('talkShare', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Zo’n team-overleg – dat is 2019 … toch ?')).toBe(6);
    expect(countWords('  ')).toBe(0);
    expect(countWords('…')).toBe(0);
  });

  it('shows who did the talking', () => {
    const share = talkShare([
      turn('interviewer', 'Hoe ging dat?', T0),
      turn('respondent', 'Nou, dat ging eigenlijk heel goed, we hebben veel geleerd.', T0 + 1),
      turn('interviewer', 'Waarom?', T0 + 2),
      turn('respondent', '', T0 + 3),
    ]);
    expect(share).toEqual({ interviewerWords: 4, respondentWords: 10, interviewerShare: 4 / 14 });
    expect(talkShare([])).toEqual({ interviewerWords: 0, respondentWords: 0 });
  });
});

describe('timePerSection', () => {
  const guide = beleidGuide([Q.experiment]);
  const minutes = (result: ReturnType<typeof timePerSection>) =>
    Object.fromEntries([
      ...result.sections.filter((s) => s.ms > 0).map((s) => [s.sectionId, s.ms / MIN]),
      [UNASSIGNED, result.unassignedMs / MIN],
    ]);

  it('gives each turn the time until the next, per section of its node, with pauses taken out', () => {
    const turns = [
      turn('interviewer', 'Toestemming?', T0 + 2 * MIN, T.consent), // s1 from minute 2
      turn('interviewer', 'Als u denkt aan uw team …', T0 + 5 * MIN, Q.opening), // s2 from 5
      turn('respondent', 'Nou …', T0 + 6 * MIN), // no node: still s2
      turn('interviewer', 'In hoeverre voelt u zich comfortabel …?', T0 + 20 * MIN, Q.safety), // s3 from 20
      turn('interviewer', 'In hoeverre vindt u …?', T0 + 40 * MIN, Q.effects1), // s4 from 40
    ];
    const pauses: Pause[] = [{ start: T0 + 10 * MIN, end: T0 + 14 * MIN }]; // phone call during s2
    const result = timePerSection({ guide, startedAt: T0, endedAt: T0 + 50 * MIN, pauses }, turns);
    expect(minutes(result)).toEqual({
      [UNASSIGNED]: 2,
      'tl-beleid:s1': 3,
      'tl-beleid:s2': 11,
      'tl-beleid:s3': 20,
      'tl-beleid:s4': 10,
    });
    expect(result.totalMs).toBe(durationMs(T0, T0 + 50 * MIN, pauses));
    expect(result.sections.map((s) => s.title)).toEqual(guide.sections.map((s) => s.title));
  });

  it('puts turns without a node in the section of the previous linked turn, else unassigned', () => {
    const turns = [
      turn('interviewer', 'Goedemorgen.', T0),
      turn('respondent', 'Goedemorgen.', T0 + MIN),
      turn('interviewer', '…', T0 + 3 * MIN, Q.safety),
      turn('respondent', '…', T0 + 4 * MIN),
      turn('interviewer', 'Nog even terug …', T0 + 6 * MIN, 'a-node-no-longer-in-the-guide'),
    ];
    expect(sectionOfTurns({ guide }, turns)).toEqual([
      UNASSIGNED,
      UNASSIGNED,
      'tl-beleid:s3',
      'tl-beleid:s3',
      'tl-beleid:s3',
    ]);
    const result = timePerSection({ guide, startedAt: T0, endedAt: T0 + 10 * MIN, pauses: [] }, turns);
    expect(minutes(result)).toEqual({ [UNASSIGNED]: 3, 'tl-beleid:s3': 7 });
  });

  it('runs a running interview up to now, leaves out an open pause, and gives nothing before the start', () => {
    const turns = [turn('interviewer', '…', T0, Q.opening)];
    const running = { guide, startedAt: T0, pauses: [{ start: T0 + 15 * MIN }] };
    expect(minutes(timePerSection(running, turns, T0 + 20 * MIN))).toEqual({ [UNASSIGNED]: 0, 'tl-beleid:s2': 15 });
    expect(timePerSection({ guide, pauses: [] }, turns).totalMs).toBe(0);
    expect(timePerSection(running, turns).totalMs).toBe(0);
  });

  it('follows the clock when turns were moved out of time order', () => {
    const turns = [
      turn('interviewer', '…', T0 + 10 * MIN, Q.safety), // moved up in the transcript
      turn('interviewer', '…', T0, Q.opening),
    ];
    const result = timePerSection({ guide, startedAt: T0, endedAt: T0 + 30 * MIN, pauses: [] }, turns);
    expect(minutes(result)).toEqual({ [UNASSIGNED]: 0, 'tl-beleid:s2': 10, 'tl-beleid:s3': 20 });
  });

  it('refuses broken pauses, like the clock does', () => {
    const pauses = [{ start: T0 - MIN, end: T0 + MIN }];
    expect(() => timePerSection({ guide, startedAt: T0, endedAt: T0 + 5 * MIN, pauses }, [])).toThrow(
      InvalidPausesError,
    );
  });

  it('always adds up to the talking time of the interview', () => {
    const nodes = [undefined, Q.opening, Q.safety, Q.effects1, T.experiment, 'unknown'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5 * MIN, max: 70 * MIN }), fc.constantFrom(...nodes)), { maxLength: 20 }),
        fc.integer({ min: 0, max: 50 * MIN }),
        fc.integer({ min: 0, max: 10 * MIN }),
        (spec, pauseAt, pauseLength) => {
          const turns = spec.map(([at, node]) => turn('interviewer', '…', Math.max(0, T0 + at), node));
          const pauses = [{ start: T0 + pauseAt, end: T0 + pauseAt + pauseLength }];
          const result = timePerSection({ guide, startedAt: T0, endedAt: T0 + 60 * MIN, pauses }, turns);
          expect(result.totalMs).toBe(durationMs(T0, T0 + 60 * MIN, pauses));
          for (const s of result.sections) expect(s.ms).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
