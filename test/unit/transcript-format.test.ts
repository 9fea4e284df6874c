/**
 * The transcript header as the researcher shapes it: which lines, in which order, with
 * which labels and templates, and the wording a new study starts with in its language.
 */
import { describe, expect, it } from 'vitest';
import { createStudy } from '../../shared/design/new-study';
import { exampleStudy } from '../../shared/example/study';
import { headerLineValue, transcriptDocumentFrom } from '../../shared/export';
import { studySchema, transcriptFormatSchema, type TranscriptFormat } from '../../shared/study/schema';
import {
  defaultHeaderLabel,
  defaultTranscriptFormat,
  moveHeaderField,
  unknownPlaceholders,
} from '../../shared/study/transcript-format';

const values = {
  respondent: 'DA',
  organisation: 'De Esch',
  respondentType: 'Docent',
  date: '3 april 2017',
  startTime: '3 april 2017, 10:00',
  duration: '52 minuten',
};
const options = { language: 'nl', anonymised: true, title: 'Transcript DA' };
const study = (language: string) =>
  createStudy({ id: 's', name: 'Scholen', language, respondentTypes: [{ name: 'Docent', codeLetter: 'D' }] });

describe('a new study’s transcript format', () => {
  it('says nothing about a municipality, so a school study exports its school as it is', () => {
    const format = study('nl').transcriptFormat;
    expect(format.headerFields.every((field) => field.template === undefined)).toBe(true);
    const doc = transcriptDocumentFrom(format, values, [], options);
    expect(doc.headerLines).toContainEqual({ label: 'Werkend bij:', value: 'De Esch' });
  });

  it('is worded in English for an English study', () => {
    const format = study('en-GB').transcriptFormat;
    expect(format.headerFields.map((field) => field.label)).toEqual([
      'Respondent name:',
      'Works at:',
      'Interview time:',
      'Interview duration:',
    ]);
    expect(format.speakers).toEqual({ interviewer: 'Interviewer', respondent: 'Respondent' });
    expect(format.note).toMatch(/^Words such as ‘uh’ have been left out/);
    expect(defaultHeaderLabel('date', 'en')).toBe('Interview date:');
    expect(defaultHeaderLabel('date', 'nl')).toBe('Datum interview:');
  });

  it('is valid for both languages', () => {
    expect(transcriptFormatSchema.safeParse(defaultTranscriptFormat('en')).success).toBe(true);
    expect(transcriptFormatSchema.safeParse(defaultTranscriptFormat('nl')).success).toBe(true);
  });
});

describe('header lines', () => {
  it('write the line’s own value through {value}, the other values through their names', () => {
    expect(headerLineValue({ key: 'organisation', template: 'basisschool {value}' }, values)).toBe(
      'basisschool De Esch',
    );
    expect(headerLineValue({ key: 'organisation', template: '{value} ({respondentType})' }, values)).toBe(
      'De Esch (Docent)',
    );
    expect(headerLineValue({ key: 'date', template: '{date}, {duration}' }, values)).toBe('3 april 2017, 52 minuten');
    expect(headerLineValue({ key: 'respondentType' }, values)).toBe('Docent');
  });

  it('stay a blank to fill in when their values are empty', () => {
    const empty = { ...values, organisation: '', date: '', duration: '' };
    expect(headerLineValue({ key: 'organisation', template: 'school {value}' }, empty)).toBe('');
    expect(headerLineValue({ key: 'date', template: '{date}, {duration}' }, empty)).toBe('');
  });

  it('follow the order, labels and templates of the format', () => {
    const format: TranscriptFormat = {
      ...defaultTranscriptFormat('nl'),
      headerFields: [
        { key: 'date', label: 'Datum:' },
        { key: 'organisation', label: 'School:', template: 'basisschool {value}' },
        { key: 'respondent', label: 'Code:' },
      ],
    };
    const doc = transcriptDocumentFrom(format, values, [], options);
    expect(doc.headerLines.map((line) => `${line.label} ${line.value}`)).toEqual([
      'Datum: 3 april 2017',
      'School: basisschool De Esch',
      'Code: DA',
    ]);
  });
});

describe('the stored format', () => {
  it('refuses a placeholder no value fills, naming it', () => {
    const format = {
      ...defaultTranscriptFormat('nl'),
      headerFields: [{ key: 'organisation', label: 'School:', template: '{school} {value}' }],
    };
    const result = transcriptFormatSchema.safeParse(format);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/onbekende plaatshouder \{school\}/);
    expect(unknownPlaceholders('{value} {date} {x}')).toEqual(['{x}']);
  });

  it('needs at least one header line', () => {
    expect(transcriptFormatSchema.safeParse({ ...defaultTranscriptFormat('nl'), headerFields: [] }).success).toBe(
      false,
    );
  });

  it('still reads a study stored before the header could be edited', () => {
    // The example study's format is the shape stored since the first version.
    const stored = JSON.parse(JSON.stringify(exampleStudy)) as unknown;
    const parsed = studySchema.parse(stored);
    expect(parsed.transcriptFormat.headerFields[1]).toEqual({
      key: 'organisation',
      label: 'Werkend bij:',
      template: 'gemeente {value}',
    });
    const { fillerWords: _omitted, ...withoutFillers } = exampleStudy.transcriptFormat;
    expect(
      studySchema.parse({ ...exampleStudy, transcriptFormat: withoutFillers }).transcriptFormat.fillerWords,
    ).toEqual(exampleStudy.transcriptFormat.fillerWords);
  });
});

describe('moving a header line', () => {
  it('moves one place and never past either end', () => {
    expect(moveHeaderField(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveHeaderField(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveHeaderField(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveHeaderField(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
