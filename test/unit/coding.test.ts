/** Codings: what a coding covers, the automatic codes of a held interview, and how codings are stored. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { codingsOfInterview, codingsOfStudy, deleteCoding, saveCoding } from '../../renderer/data/codings';
import { createDatabase, openDatabase } from '../../renderer/data/database';
import {
  automaticCodeTree,
  automaticCodings,
  sectionCodeId,
  speakerCodeId,
  topicCodeId,
} from '../../shared/coding/automatic';
import { codedText, type Coding } from '../../shared/coding/schema';
import type { GuideSnapshot } from '../../shared/interview/interview';
import type { Turn } from '../../shared/interview/turn';

const guide = (prefix: string): GuideSnapshot =>
  ({
    topicListId: prefix,
    topicListTitle: prefix,
    sections: [
      {
        id: `${prefix}:s1`,
        title: 'Kernonderdeel 1',
        topics: [
          {
            id: `${prefix}:t1`,
            label: 'Openheid voor nieuwe ideeën',
            flags: [],
            questions: [
              { id: `${prefix}:q1`, own: false, text: 'Vraag', followUp: false, ticked: false, probes: [], flags: [] },
            ],
          },
        ],
      },
    ],
  }) as GuideSnapshot;

const turns: Turn[] = [
  { id: 'a', speaker: 'interviewer', text: 'Hoe gaat dat bij u?', startedAt: 1, nodeId: 'tl-beleid:q1' },
  { id: 'b', speaker: 'respondent', text: 'Wij proberen veel uit. 😀', startedAt: 2 },
];

describe('what a coding covers', () => {
  it('takes the whole turn, or the characters of its span, cut to the text as it is now', () => {
    expect(codedText({ kind: 'turn' }, 'Wij proberen')).toBe('Wij proberen');
    expect(codedText({ kind: 'text', start: 4, end: 12 }, 'Wij proberen veel')).toBe('proberen');
    expect(codedText({ kind: 'text', start: 4, end: 40 }, 'Wij proberen')).toBe('proberen');
  });
});

describe('automatic codes', () => {
  it('code every turn by its speaker, and by the section and topic its guide link places it in', () => {
    expect(automaticCodings({ guide: guide('tl-beleid') }, turns)).toEqual([
      { turnId: 'a', codeId: speakerCodeId('interviewer') },
      { turnId: 'a', codeId: sectionCodeId('Kernonderdeel 1') },
      { turnId: 'a', codeId: topicCodeId('Openheid voor nieuwe ideeën') },
      { turnId: 'b', codeId: speakerCodeId('respondent') },
    ]);
  });

  it('give one code per section title and topic across interviews held with different topic lists', () => {
    const tree = automaticCodeTree([guide('tl-beleid'), guide('tl-manager')], {
      root: 'Automatisch',
      speakers: 'Spreker',
      sections: 'Onderdeel',
      topics: 'Onderwerp',
      speaker: { interviewer: 'Onderzoeker', respondent: 'Respondent' },
    });
    const [speakers, sections, topics] = tree.children;
    expect(speakers!.children.map((c) => c.name)).toEqual(['Onderzoeker', 'Respondent']);
    expect(sections!.children).toHaveLength(1);
    expect(topics!.children.map((c) => c.id)).toEqual(['auto:topic:openheid-voor-nieuwe-ideeen']);
  });
});

describe('stored codings', () => {
  const coding = (id: string, interviewId: string, studyId = 's1'): Coding => ({
    id,
    studyId,
    interviewId,
    turnId: 'b',
    codeId: 'c1',
    span: { kind: 'text', start: 4, end: 12 },
    createdAt: 1,
    updatedAt: 1,
  });

  it('are found per interview and per study, and removed one at a time', async () => {
    const db = await openDatabase(createDatabase(`veldwerk-codings-${Date.now()}`));
    await saveCoding(db, coding('x', 'i1'));
    await saveCoding(db, coding('y', 'i2'));
    await saveCoding(db, coding('z', 'i3', 's2'));
    expect((await codingsOfInterview(db, 'i1')).map((c) => c.id)).toEqual(['x']);
    expect((await codingsOfStudy(db, 's1')).map((c) => c.id).sort()).toEqual(['x', 'y']);
    await deleteCoding(db, 'x');
    expect(await codingsOfInterview(db, 'i1')).toEqual([]);
  });

  it('refuse a span that ends before it starts', async () => {
    const db = await openDatabase(createDatabase(`veldwerk-codings-bad-${Date.now()}`));
    await expect(saveCoding(db, { ...coding('x', 'i1'), span: { kind: 'text', start: 5, end: 2 } })).rejects.toThrow();
    expect(await codingsOfInterview(db, 'i1')).toEqual([]);
  });
});
