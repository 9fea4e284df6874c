/**
 * Reading spreadsheet exports into a table: the formats Google Forms, Google Sheets and
 * Dutch Excel produce, and every way a chosen file can fail to be one.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError, readSpreadsheet, type ImportErrorCode } from '../../shared/import';
import { encodeWindows1252 } from '../support/windows-1252';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** ASCII strings and raw byte values, concatenated: exact bytes for encoding tests. */
function bytes(...parts: (string | number)[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else for (const char of part) out.push(char.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

function importError(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

function expectCode(read: () => unknown, code: ImportErrorCode): ImportError {
  const error = importError(read);
  expect(error.code).toBe(code);
  return error;
}

describe('readSpreadsheet: delimiters', () => {
  it('reads a Google Forms CSV: commas, quoted fields, ";"-joined checkbox answers', () => {
    const text =
      'Tijdstempel,Wat is uw naam?,"Zo ja, op welke manier? (meerdere antwoorden mogelijk)"\n' +
      '2017/04/03 8:48:17 p.m. CET,Piet Jansen,In een gesprek/vergadering;Op een online forum zoals intranet\n' +
      '2017/04/04 9:01:02 a.m. CET,"Jansen, Anna","Ja, gemiddeld één keer per week"\n';
    const table = readSpreadsheet('Vragenlijst.csv', utf8(text));
    expect(table.delimiter).toBe(',');
    expect(table.encoding).toBe('utf-8');
    expect(table.fileName).toBe('Vragenlijst.csv');
    expect(table.headers).toEqual([
      'Tijdstempel',
      'Wat is uw naam?',
      'Zo ja, op welke manier? (meerdere antwoorden mogelijk)',
    ]);
    expect(table.rows).toEqual([
      ['2017/04/03 8:48:17 p.m. CET', 'Piet Jansen', 'In een gesprek/vergadering;Op een online forum zoals intranet'],
      ['2017/04/04 9:01:02 a.m. CET', 'Jansen, Anna', 'Ja, gemiddeld één keer per week'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('reads a semicolon file whose titles and answers are full of unquoted commas', () => {
    const text =
      'Wat is uw expertise (Wmo, Participatiewet, Jeugdwet)?;Vraag 1: Ja, nee, of soms?\n' +
      'Wmo;Ja, gemiddeld één keer per week\n' +
      'Jeugdwet, Wmo;Nee\n';
    const table = readSpreadsheet('excel.csv', utf8(text));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Wat is uw expertise (Wmo, Participatiewet, Jeugdwet)?', 'Vraag 1: Ja, nee, of soms?']);
    expect(table.rows[1]).toEqual(['Jeugdwet, Wmo', 'Nee']);
  });

  it('detects the delimiter from the rows, or takes it from a "sep=" line', () => {
    const body = 'Naam,Opmerking\nPiet,"a;b;c"\n';
    expect(readSpreadsheet('a.csv', utf8(body)).delimiter).toBe(',');
    const withSep = readSpreadsheet('b.csv', utf8('sep=;\r\nNaam;Opmerking\r\nPiet;a,b,c\r\n'));
    expect(withSep.delimiter).toBe(';');
    expect(withSep.headers).toEqual(['Naam', 'Opmerking']);
    expect(withSep.rows).toEqual([['Piet', 'a,b,c']]);
    // Excel hides the sep= line: the first data row is row 2 as the user sees it.
    expect(withSep.rowNumbers).toEqual([2]);
  });

  it('obeys a "sep=" line even where detection would choose otherwise', () => {
    // Each line has more commas than semicolons, but the file says it uses ";".
    const table = readSpreadsheet('c.csv', utf8('sep=;\nA, B, C;D\n1, 2, 3;4\n'));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['A, B, C', 'D']);
    expect(table.rows).toEqual([['1, 2, 3', '4']]);
  });

  it('reads a tab-separated file', () => {
    const table = readSpreadsheet('export.tsv', utf8('Naam\tOpmerking, kort\nPiet\tJa, graag\n'));
    expect(table.delimiter).toBe('\t');
    expect(table.rows).toEqual([['Piet', 'Ja, graag']]);
  });

  it('keeps empty trailing separators and short rows from shifting columns', () => {
    const table = readSpreadsheet('ragged.csv', utf8('A;B;C\n1;2;3;\n4;5\n'));
    expect(table.headers).toEqual(['A', 'B', 'C']);
    expect(table.rows).toEqual([
      ['1', '2', '3'],
      ['4', '5', ''],
    ]);
  });

  it('keeps cells beyond the header under an untitled column instead of dropping them', () => {
    const table = readSpreadsheet('long.csv', utf8('A;B\n1;2;extra\n'));
    expect(table.headers).toEqual(['A', 'B', '']);
    expect(table.rows).toEqual([['1', '2', 'extra']]);
  });

  it('skips blank lines and rows of empty cells, and numbers rows as a spreadsheet does', () => {
    const table = readSpreadsheet('gaps.csv', utf8('A;B\n\n1;2\n;\n3;4\n'));
    expect(table.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table.rowNumbers).toEqual([3, 5]);
  });
});

describe('readSpreadsheet: encodings and line ends', () => {
  it('strips a UTF-8 byte order mark from the first title', () => {
    const table = readSpreadsheet('bom.csv', bytes(0xef, 0xbb, 0xbf, 'Tijdstempel,Naam\r\n1,Jos', 0xc3, 0xa9, '\r\n'));
    expect(table.encoding).toBe('utf-8');
    expect(table.headers[0]).toBe('Tijdstempel');
    expect(table.rows).toEqual([['1', 'José']]);
  });

  it('handles a BOM followed by a sep= line', () => {
    const table = readSpreadsheet('bom-sep.csv', bytes(0xef, 0xbb, 0xbf, 'sep=;\r\nA;B\r\n1;2\r\n'));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['A', 'B']);
  });

  it('decodes Windows-1252 bytes written out explicitly (€ ‘ ’ “ ” é ë)', () => {
    // sep=;
    // Ideeën van collega’s;Opmerking
    // “Café”;€ 5 ‘ja’
    const file = bytes(
      'sep=;\r\n',
      'Idee', 0xeb, 'n van collega', 0x92, 's;Opmerking\r\n',
      0x93, 'Caf', 0xe9, 0x94, ';', 0x80, ' 5 ', 0x91, 'ja', 0x92, '\r\n',
    );
    const table = readSpreadsheet('excel-1252.csv', file);
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['Ideeën van collega’s', 'Opmerking']);
    expect(table.rows).toEqual([['“Café”', '€ 5 ‘ja’']]);
  });

  it('decodes the Windows-1252 helper output the same way', () => {
    const text = 'Naam;Toelichting\r\nJosé Müller;“Één keer” per week – soms € 0,50 • ‘ok’\r\n';
    const table = readSpreadsheet('helper.csv', encodeWindows1252(text));
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows).toEqual([['José Müller', '“Één keer” per week – soms € 0,50 • ‘ok’']]);
  });

  it('reads UTF-16 with a byte order mark (Excel "Unicode text", tab-separated)', () => {
    const text = 'Naam\tAntwoord\r\nJosé\tIdeeën, ja\r\n';
    const units = [0xfeff, ...[...text].map((char) => char.charCodeAt(0))];
    const file = new Uint8Array(units.length * 2);
    units.forEach((unit, i) => {
      file[i * 2] = unit & 0xff;
      file[i * 2 + 1] = unit >> 8;
    });
    const table = readSpreadsheet('unicode.txt', file);
    expect(table.encoding).toBe('utf-16le');
    expect(table.delimiter).toBe('\t');
    expect(table.rows).toEqual([['José', 'Ideeën, ja']]);
  });

  it('reads CRLF line ends and keeps line breaks inside quoted cells as "\\n"', () => {
    const text =
      'Tijdstempel,Heeft u nog opmerkingen?,Naam\r\n' +
      '2017/04/03 8:48:17 p.m. CET,"Eerste regel\r\nTweede regel, met komma\r\n""Citaat""",Piet\r\n' +
      '2017/04/03 9:00:00 p.m. CET,Kort,Anna\r\n';
    const table = readSpreadsheet('crlf.csv', utf8(text));
    expect(table.rows).toEqual([
      ['2017/04/03 8:48:17 p.m. CET', 'Eerste regel\nTweede regel, met komma\n"Citaat"', 'Piet'],
      ['2017/04/03 9:00:00 p.m. CET', 'Kort', 'Anna'],
    ]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('reads quoted line breaks in a semicolon file with LF inside and CRLF between rows', () => {
    const text = 'Naam;Opmerking\r\nPiet;"regel 1\nregel 2; nog steeds"\r\nAnna;kort\r\n';
    const table = readSpreadsheet('mixed.csv', encodeWindows1252(text));
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([
      ['Piet', 'regel 1\nregel 2; nog steeds'],
      ['Anna', 'kort'],
    ]);
  });
});

describe('readSpreadsheet: zip files', () => {
  const csv = utf8('Tijdstempel,Naam\n2017/04/03 8:48:17 p.m. CET,Piet\n');

  it('takes the CSV out of a Google Forms zip', () => {
    const zip = zipSync({ 'Vragenlijst beleidsmedewerkers.csv': csv });
    const table = readSpreadsheet('Vragenlijst beleidsmedewerkers.csv.zip', zip);
    expect(table.fileName).toBe('Vragenlijst beleidsmedewerkers.csv.zip');
    expect(table.entryName).toBe('Vragenlijst beleidsmedewerkers.csv');
    expect(table.rows).toEqual([['2017/04/03 8:48:17 p.m. CET', 'Piet']]);
  });

  it('takes the first CSV and ignores folders, other files and macOS resource forks', () => {
    const zip = zipSync({
      'lees mij.txt': utf8('hallo'),
      '__MACOSX/export/._eerste.csv': new Uint8Array([0, 5, 22, 7]),
      export: { 'eerste.CSV': csv, 'tweede.csv': utf8('X,Y\n1,2\n') },
    });
    const table = readSpreadsheet('export.zip', zip);
    expect(table.entryName).toBe('export/eerste.CSV');
    expect(table.headers).toEqual(['Tijdstempel', 'Naam']);
  });

  it('says what a zip without a CSV holds', () => {
    const zip = zipSync({ 'antwoorden.pdf': bytes('%PDF-1.4\n'), 'foto.png': new Uint8Array([0x89, 0x50]) });
    const error = expectCode(() => readSpreadsheet('export.zip', zip), 'zipWithoutCsv');
    expect(error.params).toMatchObject({ fileName: 'export.zip', entryCount: 2 });
    expect(error.message).toContain('export.zip');
    expect(error.message).toContain('antwoorden.pdf');
  });

  it('calls an .xlsx workbook what it is rather than an empty zip', () => {
    const zip = zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'xl/workbook.xml': utf8('<workbook/>') });
    const error = expectCode(() => readSpreadsheet('antwoorden.xlsx', zip), 'notCsv');
    expect(error.params).toMatchObject({ detected: 'xlsx' });
  });

  it('reports a damaged zip', () => {
    const zip = zipSync({ 'a.csv': csv });
    expectCode(() => readSpreadsheet('kapot.zip', zip.subarray(0, 40)), 'zipUnreadable');
  });
});

describe('readSpreadsheet: files that are no usable CSV', () => {
  it('rejects an empty file, whitespace, a lone BOM and a lone sep= line as empty', () => {
    for (const file of [new Uint8Array(), utf8('  \r\n\n\t '), bytes(0xef, 0xbb, 0xbf), utf8('sep=;\r\n'), utf8(';;;\n;;\n')]) {
      const error = expectCode(() => readSpreadsheet('leeg.csv', file), 'empty');
      expect(error.message).toContain('leeg.csv');
    }
  });

  it('recognises a PDF', () => {
    const pdf = bytes('%PDF-1.7\n%', 0xe2, 0xe3, 0xcf, 0xd3, '\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    expect(expectCode(() => readSpreadsheet('antwoorden.pdf', pdf), 'notCsv').params).toMatchObject({
      detected: 'pdf',
    });
  });

  it('recognises a PNG', () => {
    const png = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'IHDR', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0);
    expect(expectCode(() => readSpreadsheet('scherm.png', png), 'notCsv').params).toMatchObject({ detected: 'png' });
  });

  it('rejects other binary data (NUL bytes) and an old .xls', () => {
    expect(expectCode(() => readSpreadsheet('x.bin', bytes('A,B\n1,', 0, 2, '\n')), 'notCsv').params).toMatchObject({
      detected: 'binary',
    });
    const xls = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0);
    expect(expectCode(() => readSpreadsheet('oud.xls', xls), 'notCsv').params).toMatchObject({ detected: 'xls' });
  });

  it('rejects plain text without any separator and a saved web page', () => {
    const text = expectCode(() => readSpreadsheet('notities.txt', utf8('Boodschappen\nmelk\nbrood\n')), 'notCsv');
    expect(text.params).toMatchObject({ detected: 'text' });
    const html = '<!DOCTYPE html>\n<html><head><title>Google Drive</title></head><body>a,b</body></html>';
    expect(expectCode(() => readSpreadsheet('export.csv', utf8(html)), 'notCsv').params).toMatchObject({
      detected: 'html',
    });
  });

  it('rejects a header without rows', () => {
    const error = expectCode(
      () => readSpreadsheet('alleen-kop.csv', utf8('Tijdstempel,Wat is uw naam?,Vraag 1\r\n\r\n')),
      'noRows',
    );
    expect(error.params).toMatchObject({ fileName: 'alleen-kop.csv', columns: 3 });
  });

  it('names the row, column and line of an unclosed quote', () => {
    const text = 'Naam,Opmerking\nPiet,prima\nAnna,"begint hier\nen houdt nooit op\nKees,ook goed\n';
    const error = expectCode(() => readSpreadsheet('kapot.csv', utf8(text)), 'malformed');
    expect(error.params).toEqual({
      fileName: 'kapot.csv',
      reason: 'unclosedQuote',
      row: 3,
      line: 3,
      column: 2,
      columnTitle: 'Opmerking',
    });
    expect(error.message).toContain('row 3');
    expect(error.message).toContain('column 2');
    expect(error.message).toContain('Opmerking');
  });

  it('counts the sep= line in the line number but not in the row number', () => {
    const text = 'sep=;\nNaam;Opmerking\nPiet;"open\n';
    const error = expectCode(() => readSpreadsheet('kapot.csv', utf8(text)), 'malformed');
    expect(error.params).toMatchObject({ row: 2, line: 3, column: 2 });
  });

  it('reports text after a closing quote as malformed', () => {
    const error = expectCode(() => readSpreadsheet('q.csv', utf8('A,B\n1,"x"y\n2,3\n')), 'malformed');
    expect(error.params).toMatchObject({ reason: 'badQuote', row: 2, column: 2, columnTitle: 'B' });
  });
});
