/**
 * Whatever file a researcher picks, reading it as questionnaire answers ends in a table
 * or in an ImportError with a short message: random bytes, truncated and broken exports,
 * stray quotes, odd separators and encodings, very long titles and cells. Never another
 * exception, never a message that grows with the file.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { beleidQuestionnaire } from '../../shared/example/questionnaires/beleid';
import { exampleStudy } from '../../shared/example/study';
import { IMPORT_LIMITS, ImportError, readAnswersFile } from '../../shared/import';
import { encodeWindows1252 } from '../support/windows-1252';

const HEADER = ['Tijdstempel', 'Wat is uw naam?', 'Bij welke gemeente bent u werkzaam?', beleidQuestionnaire.questions[3]!.text];

/** A cell as exports and hand edits leave them: quotes, separators, line breaks, accents. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('Ja', 'Nee', 'Weet ik niet', 'Ja, maar te weinig', 'één; twee', '"', '""', '\n', ';', ',', '\t', 'sep=;'),
  fc.string({ unit: fc.constantFrom('a', 'ë', '"', ',', ';', '\n', '\r', ' ', '€', '\u00a0'), maxLength: 20 }),
);

/** A CSV-like text: a header, rows of any width, a separator, perhaps cut short. */
const csvText = fc
  .record({
    separator: fc.constantFrom(',', ';', '\t', '|'),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
    quote: fc.boolean(),
    cutAt: fc.option(fc.nat(), { nil: undefined }),
    crlf: fc.boolean(),
  })
  .map(({ separator, rows, quote, cutAt, crlf }) => {
    const field = (value: string) => (quote ? `"${value.replace(/"/g, '""')}"` : value);
    const text = [HEADER, ...rows].map((row) => row.map(field).join(separator)).join(crlf ? '\r\n' : '\n');
    return cutAt === undefined ? text : text.slice(0, cutAt % (text.length + 1));
  });

const encoded = fc.oneof(
  csvText.map((text) => new TextEncoder().encode(text)),
  csvText.map((text) => encodeWindows1252(text, '?')),
  csvText.map((text) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])),
  fc.uint8Array({ maxLength: 300 }),
  // A Forms zip, whole or truncated.
  fc.tuple(csvText, fc.nat()).map(([text, cut]) => {
    const zip = zipSync({ 'antwoorden.csv': new TextEncoder().encode(text) });
    return zip.subarray(0, Math.max(4, cut % (zip.length + 1)));
  }),
  // Huge titles and cells.
  fc.tuple(fc.nat({ max: 200_000 }), fc.constantFrom(',', ';')).map(([size, separator]) =>
    new TextEncoder().encode(`${'Titel '.repeat(size / 6)}${separator}Wat is uw naam?\n${'x'.repeat(size)}${separator}Piet\n`),
  ),
);

function outcome(bytes: Uint8Array, fileName: string): 'read' | ImportError {
  try {
    readAnswersFile(fileName, bytes, beleidQuestionnaire, exampleStudy.questionnaires, 'Piet Jansen');
    return 'read';
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
}

describe('hostile answer files', () => {
  it('every input ends in a table or a short ImportError', () => {
    fc.assert(
      fc.property(encoded, fc.string({ maxLength: 400 }), (bytes, name) => {
        const result = outcome(bytes, `${name}.csv`);
        if (result === 'read') return;
        expect(result.message.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxMessageChars);
        for (const value of Object.values(result.params)) {
          if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(IMPORT_LIMITS.maxQuotedChars);
        }
      }),
      { numRuns: 300, seed: 20170403 },
    );
  });

  it('the inputs reach both ends: some are read, and each kind of refusal occurs', () => {
    const codes = new Set(fc.sample(fc.tuple(encoded, fc.string({ maxLength: 10 })), { numRuns: 300, seed: 20170403 }).map(([bytes, name]) => {
      const result = outcome(bytes, `${name}.csv`);
      return result === 'read' ? 'read' : result.code;
    }));
    expect([...codes].sort()).toEqual(expect.arrayContaining(['empty', 'malformed', 'noMatchingColumns', 'notCsv', 'read', 'zipUnreadable']));
  });
});
