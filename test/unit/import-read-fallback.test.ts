/**
 * Reading an answers file where no Web Worker can be made (here: Node, which has no
 * `Worker` global): the file is still read, with the same result and errors, and a
 * stop before the read begins discards it.
 */
import { describe, expect, it } from 'vitest';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { ImportError } from '../../shared/import';
import { openAnswersReader, ReadStopped } from '../../renderer/features/preparation/read-answers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const request = (text: string) => ({
  fileName: 'antwoorden.csv',
  bytes: utf8(text),
  questionnaire: beleidQuestionnaire,
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
    const row = await file.row(1);
    expect(row).toMatchObject({ rowNumber: 3, answers: { naam: { values: [], text: 'Piet Jansen' } } });
    await expect(file.row(5)).rejects.toMatchObject({ code: 'rowOutOfRange' });
  });

  it('rejects a file of another questionnaire with its import error', async () => {
    const read = openAnswersReader(request('Kleur,Maat\nrood,M\n'), () => {}, new AbortController().signal);
    await expect(read).rejects.toBeInstanceOf(ImportError);
    await expect(read).rejects.toMatchObject({ code: 'noMatchingColumns' });
  });

  it('discards the read when it is stopped', async () => {
    const stop = new AbortController();
    const read = openAnswersReader(request('Tijdstempel,Wat is uw naam?\n2017/04/03,Piet Jansen\n'), () => {}, stop.signal);
    stop.abort();
    await expect(read).rejects.toBeInstanceOf(ReadStopped);
  });
});
