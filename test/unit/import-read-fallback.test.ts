/**
 * Reading an answers file where no Web Worker can be made (here: Node, which has no
 * `Worker` global): the file is still read, with the same result and errors, and a
 * stop before the read begins discards it.
 */
import { describe, expect, it } from 'vitest';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { managerQuestionnaire } from '../../shared/example/questionnaires/manager';
import { exampleStudy } from '../../shared/example/study';
import { ImportError } from '../../shared/import';
import { exportOf } from '../e2e/support/forms-export';
import { openAnswersReader, ReadStopped } from '../../renderer/features/preparation/read-answers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const request = (text: string | Uint8Array) => ({
  fileName: 'antwoorden.csv',
  bytes: typeof text === 'string' ? utf8(text) : text,
  questionnaire: beleidQuestionnaire,
  questionnaires: exampleStudy.questionnaires,
  respondentName: 'Piet Jansen',
});

describe('reading answers without a worker', () => {
  it('reads the file, proposes the row and answers for any row', async () => {
    const file = await openAnswersReader(
      request('Tijdstempel,Wat is uw naam?\n2017/04/03,Anna de Vries\n2017/04/04,Piet Jansen\n'),
      () => {},
      new AbortController().signal,
    );
    expect(file.facts).toMatchObject({ fileName: 'antwoorden.csv', rowCount: 2, delimiter: ',', encoding: 'utf-8' });
    expect(file.proposed).toBe(1);
    expect(file.verdict).toMatchObject({ kind: 'fits' });
    const row = await file.row(1);
    expect(row).toMatchObject({ rowNumber: 3, answers: { naam: { values: [], text: 'Piet Jansen' } } });
    await expect(file.row(5)).rejects.toMatchObject({ code: 'rowOutOfRange' });
  });

  it('rejects a file of another questionnaire with its import error', async () => {
    const read = openAnswersReader(request('Kleur,Maat\nrood,M\n'), () => {}, new AbortController().signal);
    await expect(read).rejects.toBeInstanceOf(ImportError);
    await expect(read).rejects.toMatchObject({ code: 'noMatchingColumns' });
  });

  it('says whose export a file of another questionnaire of the study is, for the review to refuse', async () => {
    const read = await openAnswersReader(
      request(exportOf(managerQuestionnaire, [{ naam: 'Mieke Bakker', gemeente: 'Aalten', V3: 'Nee' }])),
      () => {},
      new AbortController().signal,
    );
    expect(read.verdict).toMatchObject({ kind: 'otherQuestionnaire', other: { id: managerQuestionnaire.id } });
  });

  it('discards the read when it is stopped', async () => {
    const stop = new AbortController();
    const read = openAnswersReader(request('Tijdstempel,Wat is uw naam?\n2017/04/03,Piet Jansen\n'), () => {}, stop.signal);
    stop.abort();
    await expect(read).rejects.toBeInstanceOf(ReadStopped);
  });
});
