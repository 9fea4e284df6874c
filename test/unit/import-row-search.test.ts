/**
 * The row picker's search over a large export: by name, e-mail address or timestamp,
 * ignoring case and accents, never more than the limit shown, the total counted.
 */
import { describe, expect, it } from 'vitest';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { exampleStudy } from '../../shared/example/study';
import { matchColumns, readAnswersFile, readSpreadsheet, rowLabel, searchRows, summariseRows } from '../../shared/import';

const utf8 = (text: string) => new TextEncoder().encode(text);

function exportWith(rows: number): string {
  const lines = ['Tijdstempel,E-mailadres,Wat is uw naam?,Bij welke gemeente bent u werkzaam?'];
  for (let i = 0; i < rows; i++) lines.push(`2017/04/${String((i % 28) + 1).padStart(2, '0')} 8:48:17,r${i}@aalten.nl,Respondent ${i},Aalten`);
  lines.push('2017/05/02 9:00:00,a.devries@winterswijk.nl,Anna de Vriës,Winterswijk');
  return `${lines.join('\n')}\n`;
}

describe('row search', () => {
  const table = readSpreadsheet('export.csv', utf8(exportWith(20_000)));
  const rows = summariseRows(table, beleidQuestionnaire, matchColumns(table.headers, beleidQuestionnaire));

  it('summarises each row by name, e-mail address and timestamp with its spreadsheet row number', () => {
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toMatchObject({
      index: 20_000,
      rowNumber: 20_002,
      name: 'Anna de Vriës',
      email: 'a.devries@winterswijk.nl',
      timestamp: '2017/05/02 9:00:00',
    });
    expect(rowLabel(rows[20_000]!)).toBe('20002 — Anna de Vriës · a.devries@winterswijk.nl · 2017/05/02 9:00:00');
    expect(rowLabel({ ...rows[0]!, name: '', email: '', timestamp: '' })).toBe('2');
  });

  it('finds a row by part of the name, whatever the case and accents', () => {
    const found = searchRows(rows, 'anna VRIES', 10);
    expect(found.total).toBe(1);
    expect(found.rows.map((row) => row.rowNumber)).toEqual([20_002]);
  });

  it('finds a row by e-mail address or by timestamp', () => {
    expect(searchRows(rows, 'r19999@', 10).rows.map((row) => row.name)).toEqual(['Respondent 19999']);
    expect(searchRows(rows, '2017/05/02', 10).rows.map((row) => row.name)).toEqual(['Anna de Vriës']);
  });

  it('shows at most the limit, in file order, and counts every match', () => {
    const found = searchRows(rows, '@AALTEN.nl', 8);
    expect(found.rows.map((row) => row.name)).toEqual(Array.from({ length: 8 }, (_, i) => `Respondent ${i}`));
    expect(found.total).toBe(20_000);
    expect(searchRows(rows, '', 8)).toMatchObject({ total: 20_001 });
    expect(searchRows(rows, 'niemand', 8)).toEqual({ rows: [], total: 0 });
  });

  it('comes with the table when a file is read for the import, with the proposed row and progress to the end', () => {
    const shares: number[] = [];
    const file = readAnswersFile('export.csv', utf8(exportWith(50)), beleidQuestionnaire, exampleStudy.questionnaires, 'Anna de Vries', (share) => shares.push(share));
    expect(file.proposed).toBe(50);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
    expect(file.summaries[50]!.email).toBe('a.devries@winterswijk.nl');
  });
});
