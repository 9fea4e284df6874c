/**
 * The import's input limits: the separator and encoding are judged from the start of a
 * large file and still come out right, a file larger than the cap is refused with its
 * size, and no error message grows with what a hostile file puts in it.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { exampleStudy } from '../../shared/example/study';
import { IMPORT_LIMITS, ImportError, readAnswersFile, readSpreadsheet, requireMatchingColumns } from '../../shared/import';
import { encodeWindows1252 } from '../support/windows-1252';

const utf8 = (text: string) => new TextEncoder().encode(text);
const SAMPLE = IMPORT_LIMITS.sniffSample;

function thrown(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

/** `rows` data lines after a header, each a Dutch answer with commas in it. */
function lines(rows: number, delimiter: string, answer: (i: number) => string): string {
  const out = [['Tijdstempel', 'Wat is uw naam?', 'Toelichting, indien van toepassing'].join(delimiter)];
  for (let i = 0; i < rows; i++) out.push([`2017/04/03 8:${String(i % 60).padStart(2, '0')}:17`, `Respondent ${i}`, answer(i)].join(delimiter));
  return `${out.join('\r\n')}\r\n`;
}

describe('sniffing from the first 64 KB', () => {
  it('reads a large semicolon file with unquoted commas in every answer as semicolon-separated', () => {
    const text = lines(4000, ';', (i) => `Ja, ${i} keer, soms vaker`);
    expect(text.length).toBeGreaterThan(3 * SAMPLE);
    const table = readSpreadsheet('export.csv', utf8(text));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Tijdstempel', 'Wat is uw naam?', 'Toelichting, indien van toepassing']);
    expect(table.rows).toHaveLength(4000);
    expect(table.rows[3999]).toEqual(['2017/04/03 8:39:17', 'Respondent 3999', 'Ja, 3999 keer, soms vaker']);
  });

  it('judges the separator on whole records when the sample ends inside a quoted cell', () => {
    // Long multi-line answers: the 64 KB sample holds only a few records and cuts one.
    const answer = (i: number) => `"Regel ${i}; met een puntkomma\n${'tekst, met komma '.repeat(900)}"`;
    const table = readSpreadsheet('lang.csv', utf8(lines(12, ',', answer)));
    expect(table.delimiter).toBe(',');
    expect(table.rows).toHaveLength(12);
    expect(table.rows[11]![2]).toMatch(/^Regel 11; met een puntkomma\ntekst, met komma/);
  });

  it('reads a large Windows-1252 file as Windows-1252, accents in the last row too', () => {
    const text = lines(3000, ';', (i) => (i === 2999 ? 'Geëvalueerd – één keer' : `Coördinatie ${i}`));
    const table = readSpreadsheet('excel.csv', encodeWindows1252(text));
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[0]![2]).toBe('Coördinatie 0');
    expect(table.rows[2999]![2]).toBe('Geëvalueerd – één keer');
  });

  it('still finds Windows-1252 when the first 64 KB are plain ASCII', () => {
    const text = lines(3000, ';', (i) => (i === 2999 ? 'Geëvalueerd' : `Antwoord ${i}`));
    expect(text.indexOf('ë')).toBeGreaterThan(SAMPLE);
    const table = readSpreadsheet('excel.csv', encodeWindows1252(text));
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[2999]![2]).toBe('Geëvalueerd');
  });

  it('reads UTF-8 whose character is cut in two by the end of the sample', () => {
    const head = 'Tijdstempel,Naam,Toelichting\r\n';
    const filler = `2017/04/03,Piet,${'a'.repeat(SAMPLE - head.length - '2017/04/03,Piet,'.length - 1)}`;
    const text = `${head}${filler}é\r\n2017/04/04,Anna,één\r\n`;
    const bytes = utf8(text);
    expect(bytes[SAMPLE - 1]).toBe(0xc3); // the first byte of "é" ends the sample
    const table = readSpreadsheet('forms.csv', bytes);
    expect(table.encoding).toBe('utf-8');
    expect(table.rows[0]![2]!.endsWith('aé')).toBe(true);
    expect(table.rows[1]).toEqual(['2017/04/04', 'Anna', 'één']);
  });

  it('reports progress through the parse, ending at the whole file', () => {
    const text = lines(5000, ',', (i) => `"Ja, ${i}"`);
    const seen: number[] = [];
    readSpreadsheet('export.csv', utf8(text), { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });

  it('names the row of a broken quote deep in a large file', () => {
    const text = lines(3000, ';', (i) => (i === 2500 ? '"niet gesloten' : `Antwoord ${i}`));
    const error = thrown(() => readSpreadsheet('kapot.csv', encodeWindows1252(text)));
    expect(error.code).toBe('malformed');
    expect(error.params).toMatchObject({ row: 2502, line: 2502, column: 3, columnTitle: 'Toelichting, indien van toepassing' });
  });
});

describe('size cap', () => {
  it('refuses a CSV larger than the cap and says how large it is', () => {
    const bytes = new Uint8Array(IMPORT_LIMITS.maxCsvBytes + 1024 * 1024).fill(0x41);
    const error = thrown(() => readSpreadsheet('enorm.csv', bytes));
    expect(error.code).toBe('tooLarge');
    expect(error.params).toEqual({ fileName: 'enorm.csv', megabytes: 101, limit: 100 });
    expect(error.message).toBe('enorm.csv is 101 MB; the import reads files of at most 100 MB.');
  });

  it('refuses a zip whose CSV is declared larger than the cap, before unpacking it', () => {
    const zipped = zipSync({ 'export.csv': utf8('Naam,Gemeente\nPiet,Aalten\n') }, { level: 0 });
    // The size the central directory declares (offset 24 of its entry): 200 MB.
    const directory = zipped.findIndex((_, i) => zipped[i] === 0x50 && zipped[i + 1] === 0x4b && zipped[i + 2] === 0x01 && zipped[i + 3] === 0x02);
    new DataView(zipped.buffer).setUint32(directory + 24, 200 * 1024 * 1024, true);
    const error = thrown(() => readSpreadsheet('bom.zip', zipped));
    expect(error.code).toBe('zipTooLarge');
    expect(error.params).toEqual({ fileName: 'bom.zip', entryName: 'export.csv', limitMb: 100 });
  });
});

describe('bounded error messages', () => {
  const longName = `${'antwoorden-'.repeat(2000)}.csv`;

  it('clips a long file name and column title in a malformed-file error', () => {
    const title = 'Toelichting '.repeat(5000);
    const error = thrown(() => readSpreadsheet(longName, utf8(`Naam,${title}\nPiet,"niet gesloten\n`)));
    expect(error.code).toBe('malformed');
    expect(error.message.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxMessageChars);
    const params = error.params as { fileName: string; columnTitle: string };
    expect(params.fileName.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxQuotedChars);
    expect(params.fileName.endsWith('…')).toBe(true);
    expect(params.columnTitle.startsWith('Toelichting Toelichting')).toBe(true);
    expect(params.columnTitle.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxQuotedChars);
  });

  it('lists a few entries of a zip without a CSV and counts the rest', () => {
    const entries = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`foto-${i}.jpg`, new Uint8Array([i % 256])]));
    const error = thrown(() => readSpreadsheet('fotos.zip', zipSync(entries)));
    expect(error.code).toBe('zipWithoutCsv');
    expect(error.params).toMatchObject({ entryCount: 5000 });
    const { entries: listed } = error.params as { entries: string };
    expect(listed).toMatch(/^foto-0\.jpg, foto-1\.jpg, .*, … \(\+49\d\d\)$/);
    expect(error.message.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxMessageChars);
  });

  it('keeps the column list of another questionnaire’s export short', () => {
    const headers = Array.from({ length: 3000 }, (_, i) => `Kolom ${i}`);
    const table = readSpreadsheet('ander.csv', utf8(`${headers.join(',')}\n${headers.map(() => 'x').join(',')}\n`));
    const error = thrown(() => requireMatchingColumns(table, beleidQuestionnaire));
    expect(error.code).toBe('noMatchingColumns');
    expect(error.params).toMatchObject({ columns: 3000 });
    expect((error.params as { headers: string }).headers).toMatch(/^Kolom 0, Kolom 1, .*, … \(\+29\d\d\)$/);
    expect(error.message.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxMessageChars);
  });

  it('gives malformed, binary and empty input a clear error, never a crash', () => {
    expect(thrown(() => readAnswersFile('leeg.csv', new Uint8Array(0), beleidQuestionnaire, exampleStudy.questionnaires, 'Piet')).code).toBe('empty');
    expect(thrown(() => readAnswersFile('ruis.csv', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1]), beleidQuestionnaire, exampleStudy.questionnaires, 'Piet')).code).toBe(
      'notCsv',
    );
    expect(thrown(() => readAnswersFile('half.csv', utf8('Wat is uw naam?;"Piet'), beleidQuestionnaire, exampleStudy.questionnaires, 'Piet')).code).toBe('malformed');
    expect(thrown(() => readAnswersFile('kop.csv', utf8('Wat is uw naam?;Gemeente\n'), beleidQuestionnaire, exampleStudy.questionnaires, 'Piet')).code).toBe('noRows');
    expect(thrown(() => readAnswersFile('ander.csv', utf8('Kleur;Maat\nrood;M\n'), beleidQuestionnaire, exampleStudy.questionnaires, 'Piet')).code).toBe('noMatchingColumns');
  });
});
