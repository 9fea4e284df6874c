/**
 * The Word export's option to put each turn's time in the recording before it, read back
 * from the .docx: "[00:12:34] Onderzoeker: …", the time from the turn's place in the
 * recording or else the interview clock, and nothing added when the option is off.
 */
import { describe, expect, it } from 'vitest';
import { exampleStudy } from '../../shared/example/study';
import { exportFiles, type InterviewForExport } from '../../shared/export';
import type { Interview } from '../../shared/interview/interview';
import type { Turn } from '../../shared/interview/turn';
import type { Respondent } from '../../shared/respondents/schema';
import { readDocx } from '../support/docx-reader';

const START = Date.UTC(2017, 3, 3, 8, 0);
const respondent: Respondent = {
  id: 'r1',
  studyId: exampleStudy.id,
  name: 'Piet Jansen',
  typeId: 'beleidsmedewerker',
  organisation: 'Aalten',
  function: '',
  email: '',
  phone: '',
  notes: '',
  createdAt: 1,
  updatedAt: 1,
};

const turns: (Turn & { startMs?: number })[] = [
  // Typed against the recording: its own place in it.
  { id: 't1', speaker: 'interviewer', text: 'Hoe begon het?', startedAt: START + 99_000_000, startMs: 754_000 },
  // Noted live, 5 minutes in, after a pause of one minute: 4 minutes on the clock.
  { id: 't2', speaker: 'respondent', text: 'Met een brief.', startedAt: START + 5 * 60_000 },
  // Typed after the interview ended, without a time: no time is made up.
  { id: 't3', speaker: 'interviewer', text: 'Later toegevoegd.', startedAt: START + 60 * 60_000 },
];
const interview: Interview = {
  id: 'i1',
  studyId: exampleStudy.id,
  respondentId: respondent.id,
  guide: { topicListId: 'tl', topicListTitle: 'Topiclijst', sections: [] },
  status: 'ended',
  startedAt: START,
  endedAt: START + 52 * 60_000,
  pauses: [{ start: START + 60_000, end: START + 2 * 60_000 }],
  askedByHand: [],
  notAskedByHand: [],
  turnOrder: turns.map((t) => t.id),
  createdAt: START,
  updatedAt: START,
};
const item: InterviewForExport = { interview, turns, respondent, code: 'BA' };

async function turnParagraphs(turnTimes: boolean | undefined): Promise<string[]> {
  const [file] = await exportFiles(exampleStudy, [item], { anonymised: false, now: START, turnTimes });
  const doc = readDocx(file!.bytes);
  return doc.paragraphs.map((p) => p.text).filter((text) => /Onderzoeker:|Respondent:/.test(text));
}

describe('turn times in the Word transcript', () => {
  it('stand before each turn that has one, the speaker label still bold', async () => {
    expect(await turnParagraphs(true)).toEqual([
      '[00:12:34] Onderzoeker: Hoe begon het?',
      '[00:04:00] Respondent: Met een brief.',
      'Onderzoeker: Later toegevoegd.',
    ]);
    const [file] = await exportFiles(exampleStudy, [item], { anonymised: false, now: START, turnTimes: true });
    expect(readDocx(file!.bytes).boldRuns).toContain('Onderzoeker:');
    expect(readDocx(file!.bytes).boldRuns.some((run) => run.includes('['))).toBe(false);
  });

  it('are left out unless asked for', async () => {
    expect(await turnParagraphs(undefined)).toEqual([
      'Onderzoeker: Hoe begon het?',
      'Respondent: Met een brief.',
      'Onderzoeker: Later toegevoegd.',
    ]);
  });
});
