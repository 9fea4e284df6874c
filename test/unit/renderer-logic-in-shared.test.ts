/**
 * What the preparation, the interview and the carry-forward compute, now pure functions in
 * shared/: assembling a preparation from stored records, starting an interview with a frozen
 * guide, numbering a section's questions, and naming who raised a carried topic.
 */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { currentSection, numberedQuestions, openFollowUps } from '../../shared/interview/section-questions';
import { newInterview, snapshotGuide } from '../../shared/interview/start';
import { assemblePreparation, type PreparationRecords } from '../../shared/preparation/assemble';
import { withWho } from '../../shared/reflection/carried-view';
import type { Respondent } from '../../shared/respondents/schema';

const respondent = (typeId: string): Respondent => ({
  id: 'r1',
  studyId: exampleStudy.id,
  name: 'Anja Bakker',
  typeId,
  organisation: 'Aalten',
  function: 'beleidsmedewerker',
  email: '',
  phone: '',
  notes: '',
  createdAt: 1,
  updatedAt: 1,
});

const records = (typeId: string, answers?: Record<string, { values: string[] }>): PreparationRecords => ({
  respondent: respondent(typeId),
  peers: [],
  ...(answers
    ? {
        response: {
          id: 'r1',
          studyId: exampleStudy.id,
          questionnaireId: 'vl-beleid',
          source: 'manual' as const,
          answers,
          unmatchedColumns: [],
          unknownAnswers: [],
          updatedAt: 1,
        },
      }
    : {}),
});

describe('assembling a preparation', () => {
  it('gives a policy officer without answers the emergency list in her role, with no flags', () => {
    const data = assemblePreparation(exampleStudy, records('beleidsmedewerker'))!;
    expect(data.topicList.id).toBe('tl-nood');
    expect(data.choice.role).toBe('BELEIDSMEDEWERKER');
    expect(data.flags).toEqual([]);
  });

  it('gives a policy officer with answers her own list, with the flags her answers raise in the guide', () => {
    const data = assemblePreparation(exampleStudy, records('beleidsmedewerker', { V5: { values: ['Weet ik niet'] } }))!;
    expect(data.topicList.id).toBe('tl-beleid');
    expect(data.flags.length).toBeGreaterThan(0);
    const inGuide = data.guide.flatMap((s) =>
      s.topics.flatMap((t) => [...t.flags, ...t.questions.flatMap((q) => q.flags)].map((f) => f.id)),
    );
    expect(inGuide).toEqual(
      expect.arrayContaining(data.flags.filter((f) => !data.flagsElsewhere.includes(f)).map((f) => f.id)),
    );
    expect(inGuide).toContain('rule:beleid-tijd-voor-reflectie-v5');
  });

  it('ignores answers to another questionnaire than the type’s own', () => {
    const data = assemblePreparation(exampleStudy, records('manager', { V5: { values: ['Weet ik niet'] } }))!;
    expect(data.flags).toEqual([]);
  });

  it('is null when the respondent’s type is no longer in the study', () => {
    expect(assemblePreparation(exampleStudy, records('no-such-type'))).toBeNull();
  });
});

describe('starting an interview', () => {
  const data = assemblePreparation(exampleStudy, records('beleidsmedewerker', { V5: { values: ['Weet ik niet'] } }))!;
  const guide = snapshotGuide(data.topicList.id, data.topicList.title, data.choice.role, data.guide);
  const interview = newInterview({ id: 'i1', studyId: exampleStudy.id, respondentId: 'r1' }, guide, 1000);

  it('freezes the prepared guide, section by section, with the ticks of the preparation', () => {
    expect(guide.sections.map((s) => s.id)).toEqual(data.guide.map((s) => s.id));
    const ticked = (sections: { topics: { questions: { ticked: boolean }[] }[] }[]) =>
      sections.flatMap((s) => s.topics.flatMap((t) => t.questions.filter((q) => q.ticked))).length;
    expect(ticked(guide.sections)).toBe(ticked(data.guide));
    expect(JSON.parse(JSON.stringify(guide))).toEqual(guide);
  });

  it('begins at consent, in the first section, with nothing typed yet', () => {
    expect(interview).toMatchObject({
      status: 'consent',
      currentSectionId: guide.sections[0]!.id,
      turnOrder: [],
      createdAt: 1000,
    });
  });

  it('numbers a section’s questions in play: unticked follow-ups stay out', () => {
    const section = currentSection(interview)!;
    const numbered = numberedQuestions(section);
    const all = section.topics.flatMap((t) => t.questions);
    expect(numbered).toEqual(all.filter((q) => !q.followUp || q.ticked));
    const open = openFollowUps(section, () => false);
    expect(open.every((q) => q.followUp && q.ticked)).toBe(true);
    expect(openFollowUps(section, () => true)).toEqual([]);
  });
});

describe('who raised a carried topic', () => {
  const carried = [
    {
      topicKey: 'k',
      label: 'Tijd voor reflectie',
      raisedBy: [
        { interviewId: 'i2', note: 'kort gebleven', at: 2 },
        { interviewId: 'i1', at: 1 },
        { interviewId: 'i3', note: 'weer kort', at: 0 },
      ],
    },
  ];
  const respondentOf = new Map([
    ['i1', 'r1'],
    ['i2', 'r2'],
    ['i3', 'r2'],
  ]);
  const codes = new Map([
    ['r1', 'BA'],
    ['r2', 'MOIJ'],
  ]);

  it('names each respondent once, newest first, with each note and where it came from', () => {
    expect(withWho(carried, respondentOf, codes)[0]).toMatchObject({
      who: 'MOIJ, BA',
      notes: [
        { who: 'MOIJ', note: 'kort gebleven' },
        { who: 'MOIJ', note: 'weer kort' },
      ],
    });
  });

  it('shows “?” for an interview whose respondent is unknown', () => {
    expect(withWho(carried, new Map(), codes)[0]!.who).toBe('?');
  });
});
