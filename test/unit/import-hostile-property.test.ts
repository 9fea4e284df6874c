/**
 * Every import path fed hostile input: a study file, a questionnaire answers CSV (or zip),
 * a CSV turned into a questionnaire. Each input ends in a result or a clear, short error
 * (ImportError / a refused study file), never in another exception or a hang.
 */
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { proposeQuestions } from '../../shared/design/questionnaire-from-csv';
import { exampleStudy } from '../../shared/example/study';
import {
  answersFromRow,
  identifyQuestionnaire,
  ImportError,
  proposeRow,
  readSpreadsheet,
  requireMatchingColumns,
} from '../../shared/import';
import { parseStudyFile, serialiseStudy } from '../../shared/study/study-file';
import { deflateBomb, rawZip } from '../support/hostile-zip';

const MB = 1024 * 1024;
const encoder = new TextEncoder();
const questionnaire = exampleStudy.questionnaires[0]!;
const validStudy = serialiseStudy(exampleStudy, new Date('2024-05-01T10:00:00Z'));
const validCsv = [
  ['Tijdstempel', ...questionnaire.questions.map((q) => q.text)].join(','),
  ['2024-05-01 10:00', ...questionnaire.questions.map(() => 'Eens')].join(','),
].join('\n');
const validZip = zipSync({ 'antwoorden.csv': encoder.encode(validCsv) });
/** Built once: the bomb itself is cheap, what it would unpack to is not. */
const bombData = deflateBomb(400);

/** Everything a CSV or zip can be made into that a careful user would never choose. */
const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.nat(validCsv.length).map((n) => encoder.encode(validCsv.slice(0, n))),
  fc.nat(validZip.length).map((n) => validZip.slice(0, n)),
  fc.tuple(fc.nat(validZip.length - 1), fc.integer({ min: 1, max: 255 })).map(([at, flip]) => {
    const copy = validZip.slice();
    copy[at] = copy[at]! ^ flip;
    return copy;
  }),
  fc
    .integer({ min: 1000, max: 5000 })
    .map((columns) =>
      encoder.encode(`${Array.from({ length: columns }, (_, i) => `v${i}`).join(',')}\n${'x,'.repeat(columns)}\n`),
    ),
  fc
    .integer({ min: 1000, max: 20000 })
    .map((rows) => encoder.encode(`Tijdstempel,Naam\n${'2024-05-01,Anna\n'.repeat(rows)}`)),
  fc.integer({ min: 10000, max: 200000 }).map((length) => encoder.encode(`a,b\n"${'x'.repeat(length)}`)),
  fc.constantFrom(...[0, 1, 2, 3]).map((kind) => {
    // Wrong encodings: UTF-16 without its byte-order mark, Latin-1 bytes, UTF-32, a lone BOM.
    if (kind === 0) return Uint8Array.from([...validCsv].flatMap((c) => [c.charCodeAt(0) & 0xff, 0]));
    if (kind === 1) return Uint8Array.from([...'Naam,Gemeente\nRen\u00e9,Li\u00e8ge\n'].map((c) => c.charCodeAt(0)));
    if (kind === 2)
      return Uint8Array.from([0xff, 0xfe, 0, 0, ...[...validCsv].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]);
    return Uint8Array.from([0xef, 0xbb, 0xbf]);
  }),
  fc
    .record({
      declared: fc.oneof(fc.constant(400 * MB), fc.nat(10 * MB), fc.constant(0xfffffffe)),
      name: fc.constantFrom('antwoorden.csv', '../../etc/passwd.csv', 'x'.repeat(5000) + '.csv', 'a.txt'),
    })
    .map(({ declared, name }) => rawZip([{ name, method: 8, data: bombData, declaredSize: declared }])),
  fc
    .array(
      fc.record({
        name: fc.string({ maxLength: 40 }),
        data: fc.uint8Array({ maxLength: 64 }),
        declared: fc.nat(1000),
        method: fc.constantFrom(0 as const, 8 as const),
      }),
      { maxLength: 5 },
    )
    .map((entries) =>
      rawZip(entries.map((e) => ({ name: e.name, method: e.method, data: e.data, declaredSize: e.declared }))),
    ),
);

/** Text a study file can be instead of one. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.nat(validStudy.length).map((n) => validStudy.slice(0, n)),
  fc.integer({ min: 100, max: 200000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc
    .integer({ min: 100, max: 100000 })
    .map(
      (depth) => `{"kind":"veldwerk-study","formatVersion":1,"study":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`,
    ),
  fc
    .integer({ min: 65, max: 5000 })
    .map((depth) => validStudy.replace('"topicLists": [', `"topicLists": [${'['.repeat(depth)}${']'.repeat(depth)},`)),
  fc
    .tuple(fc.nat(validStudy.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
    .map(([at, junk]) => validStudy.slice(0, at) + junk + validStudy.slice(at + 1)),
  fc.uint8Array({ maxLength: 4096 }).map((b) => new TextDecoder().decode(b)),
  fc.constant(`{"kind":"veldwerk-study","formatVersion":1,"study":{"name":"${'x'.repeat(100000)}"}}`),
  fc.constant(`{"kind":"veldwerk-study","formatVersion":1,"study":{"topicLists":[${'{},'.repeat(2000)}{}]}}`),
);

function expectCleanImportError(error: unknown): void {
  expect(error).toBeInstanceOf(ImportError);
  // Short enough to read: what the UI shows is the translation; this is its log line.
  expect((error as ImportError).message.length).toBeLessThan(1000);
}

describe('hostile input to every import path', () => {
  it('answers CSV / zip: a table or an ImportError, never another throw', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        try {
          const table = readSpreadsheet('hostile.csv', bytes);
          // The steps the answers import takes after reading must cope with what was read.
          identifyQuestionnaire(table, questionnaire, exampleStudy.questionnaires);
          const row = proposeRow(table, questionnaire, 'Anna');
          requireMatchingColumns(table, questionnaire);
          if (table.rows.length > 0) answersFromRow(table, questionnaire, row ?? 0);
          // …and the questionnaire-from-CSV design path.
          proposeQuestions(table);
        } catch (error) {
          expectCleanImportError(error);
        }
      }),
      { numRuns: 120 },
    );
  }, 180_000);

  it('study file: an import or a refusal with short messages, never a throw', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = parseStudyFile(text);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect(issue.message.length).toBeLessThanOrEqual(300);
            expect(issue.path.length).toBeLessThanOrEqual(200);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 180_000);

  it('refuses a study file nested 1,000 levels deep as too deep, and one over 20 MB as too large', () => {
    const deep = parseStudyFile(
      `{"kind":"veldwerk-study","formatVersion":1,"study":${'['.repeat(1000)}${']'.repeat(1000)}}`,
    );
    expect(deep).toMatchObject({ ok: false, reason: 'tooDeep' });
    const large = parseStudyFile(validStudy + ' '.repeat(20 * MB));
    expect(large).toMatchObject({ ok: false, reason: 'tooLarge' });
    // A brace inside a string is text, not nesting.
    expect(parseStudyFile(validStudy.replace('"name": "', `"name": "${'{['.repeat(500)}`))).toMatchObject({ ok: true });
  }, 180_000);
});
