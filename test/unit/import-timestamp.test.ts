/**
 * Reading the "Tijdstempel"/"Timestamp" column: Google Forms' own format with a.m./p.m.
 * and a zone, the locale formats of Google Sheets and Excel, and values it must not guess.
 */
import { describe, expect, it } from 'vitest';
import { answersFromRow, dateOrderOf, parseTimestamp, readSpreadsheet } from '../../shared/import';
import type { Questionnaire } from '../../shared/study/schema';

describe('parseTimestamp', () => {
  it.each([
    ['2017/04/03 8:48:17 p.m. CET', '2017-04-03T20:48:17+01:00'],
    ['2017/04/03 12:05:00 a.m. CEST', '2017-04-03T00:05:00+02:00'],
    ['2017/04/03 12:05:00 p.m. CEST', '2017-04-03T12:05:00+02:00'],
    ['2017/04/03 8:48:17 PM GMT+2', '2017-04-03T20:48:17+02:00'],
    ['2017/04/03 8:48:17 nm. CET', '2017-04-03T20:48:17+01:00'],
    ['2017/04/03 8:48:17 AM UTC', '2017-04-03T08:48:17Z'],
    ['3-4-2017 20:48:17', '2017-04-03T20:48:17'],
    ['03.04.2017 20:48', '2017-04-03T20:48:00'],
    ['13/4/2017 9:00:00', '2017-04-13T09:00:00'],
    ['4/13/2017 9:00:00', '2017-04-13T09:00:00'],
    ['2017-04-03T20:48:17Z', '2017-04-03T20:48:17Z'],
    ['2017-04-03 20:48:17 +0200', '2017-04-03T20:48:17+02:00'],
    ['2017-04-03', '2017-04-03'],
  ])('reads %s', (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso);
  });

  it.each(['4/3/2017 20:48:17', '2017-02-30 10:00', '2017/04/03 13:00:00 p.m. CET', '2017/04/03 8:48:17 XYZ', 'gisteren', ''])(
    'does not guess at %j',
    (text) => {
      expect(parseTimestamp(text)).toBeUndefined();
    },
  );

  it('reads an ambiguous slash date the way the rest of the column shows', () => {
    expect(parseTimestamp('4/3/2017 20:48:17', 'mdy')).toBe('2017-04-03T20:48:17');
    expect(parseTimestamp('4/3/2017 20:48:17', 'dmy')).toBe('2017-03-04T20:48:17');
    expect(dateOrderOf(['4/3/2017 20:48:17', '4/13/2017 9:00:00'])).toBe('mdy');
    expect(dateOrderOf(['4/3/2017 20:48:17', '13/4/2017 9:00:00'])).toBe('dmy');
    expect(dateOrderOf(['4/3/2017 20:48:17'])).toBeUndefined();
  });

  it('uses the whole timestamp column to read a US Google Sheets export', () => {
    const questionnaire: Questionnaire = {
      id: 'vl',
      title: 'Vragenlijst',
      questions: [{ id: 'naam', text: 'Wat is uw naam?', kind: 'open', options: [] }],
    };
    const table = readSpreadsheet(
      'sheets.csv',
      new TextEncoder().encode('Timestamp,Wat is uw naam?\n4/3/2017 20:48:17,Piet\n4/13/2017 9:00:00,Anna\n'),
    );
    expect(answersFromRow(table, questionnaire, 0).submittedAt).toBe('2017-04-03T20:48:17');
  });
});
