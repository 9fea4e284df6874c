/**
 * Builds spreadsheet exports of a questionnaire as Google Forms, Google Sheets and Dutch
 * Excel produce them, so the tests import files shaped like the researcher's own.
 */
import type { Questionnaire } from '../../../shared/study/schema';
import { encodeWindows1252 } from '../../support/windows-1252';

export type Row = Record<string, string | string[]>;

interface Flavour {
  delimiter: ',' | ';';
  /** How checkbox answers are joined in one cell. */
  multiJoin: string;
  timestampTitle: string;
  encoding: 'utf-8' | 'windows-1252';
  sepLine?: boolean;
}

export const GOOGLE_FORMS: Flavour = { delimiter: ',', multiJoin: ';', timestampTitle: 'Tijdstempel', encoding: 'utf-8' };
export const DUTCH_EXCEL: Flavour = { delimiter: ';', multiJoin: ';', timestampTitle: 'Tijdstempel', encoding: 'windows-1252', sepLine: true };

function cell(value: string, delimiter: string): string {
  return /["\n\r]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function exportOf(questionnaire: Questionnaire, rows: Row[], flavour: Flavour = GOOGLE_FORMS): Uint8Array {
  const headers = [flavour.timestampTitle, ...questionnaire.questions.map((q) => q.text)];
  const lines = [headers, ...rows.map((row, i) => [
    `2017/04/0${(i % 9) + 1} 8:48:17 p.m. CET`,
    ...questionnaire.questions.map((q) => {
      const value = row[q.id];
      return Array.isArray(value) ? value.join(flavour.multiJoin) : (value ?? '');
    }),
  ])].map((cells) => cells.map((c) => cell(c, flavour.delimiter)).join(flavour.delimiter));
  const text = `${flavour.sepLine ? `sep=${flavour.delimiter}\r\n` : ''}${lines.join('\r\n')}\r\n`;
  return flavour.encoding === 'windows-1252' ? encodeWindows1252(text) : new TextEncoder().encode(text);
}

/**
 * A Google Forms export of `count` responses with the e-mail column Forms adds when it
 * collects addresses; `rowAt` gives each response's address and answers. Built as one
 * string, so tens of thousands of rows take well under a second.
 */
export function formsExportWithEmail(
  questionnaire: Questionnaire,
  count: number,
  rowAt: (index: number) => { email: string; answers: Row },
): Uint8Array {
  const { delimiter, multiJoin } = GOOGLE_FORMS;
  const lines = [[GOOGLE_FORMS.timestampTitle, 'E-mailadres', ...questionnaire.questions.map((q) => q.text)].map((c) => cell(c, delimiter)).join(delimiter)];
  for (let i = 0; i < count; i++) {
    const { email, answers } = rowAt(i);
    const timestamp = `2017/${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')} ${8 + (i % 10)}:${String(i % 60).padStart(2, '0')}:17 a.m. CET`;
    const cells = questionnaire.questions.map((q) => {
      const value = answers[q.id];
      return Array.isArray(value) ? value.join(multiJoin) : (value ?? '');
    });
    lines.push([timestamp, email, ...cells].map((c) => cell(c, delimiter)).join(delimiter));
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}
