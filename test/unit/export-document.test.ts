/**
 * The transcript model before any Word layout: the study's header labels and templates,
 * speaker labels, empty turns, line breaks and the document language.
 */
import { describe, expect, it } from 'vitest';
import { exampleTranscriptFormat } from '../../shared/example/transcript-format';
import { applyTemplate, documentLanguage, exportWording, transcriptDocumentFrom } from '../../shared/export';
import type { TranscriptFormat } from '../../shared/study/schema';

const values = {
  respondent: 'BA',
  organisation: 'Aalten',
  respondentType: 'Beleidsmedewerker',
  date: '3 april 2017',
  startTime: '3 april 2017, 10:00',
  duration: '52 minuten',
};
const options = { language: 'nl', anonymised: true, title: 'Transcript BA 2017-04-03' };

describe('transcriptDocumentFrom', () => {
  it('writes the Bijlage 6 header with the study labels and the organisation template', () => {
    const doc = transcriptDocumentFrom(exampleTranscriptFormat, values, [], options);
    expect(doc.headerLines).toEqual([
      { label: 'Naam respondent:', value: 'BA' },
      { label: 'Werkend bij:', value: 'gemeente Aalten' },
      { label: 'Tijd interview:', value: '3 april 2017, 10:00' },
      { label: 'Tijdsduur interview:', value: '52 minuten' },
    ]);
    expect(doc.note).toBe(exampleTranscriptFormat.note);
    expect(doc.language).toBe('nl-NL');
    expect(doc.metadata).toEqual({ title: 'Transcript BA 2017-04-03' });
    expect(doc.anonymised).toBe(true);
  });

  it('follows the order and labels of another study format', () => {
    const format: TranscriptFormat = {
      headerFields: [
        { key: 'duration', label: 'Duration:' },
        { key: 'respondent', label: 'Respondent:' },
        { key: 'organisation', label: 'Organisation:', template: '{value} (municipality)' },
      ],
      note: '',
      speakers: { interviewer: 'Interviewer', respondent: 'Participant' },
      fillerWords: [],
    };
    const doc = transcriptDocumentFrom(format, values, [{ speaker: 'respondent', text: 'Yes.' }], {
      ...options,
      language: 'en',
    });
    expect(doc.headerLines.map((line) => `${line.label} ${line.value}`)).toEqual([
      'Duration: 52 minuten',
      'Respondent: BA',
      'Organisation: Aalten (municipality)',
    ]);
    expect(doc.turns).toEqual([{ speakerLabel: 'Participant', text: 'Yes.' }]);
    expect(doc.language).toBe('en-GB');
  });

  it('labels the speakers and leaves empty turns out', () => {
    const doc = transcriptDocumentFrom(
      exampleTranscriptFormat,
      values,
      [
        { speaker: 'interviewer', text: 'Hoe lang werkt u hier al?' },
        { speaker: 'respondent', text: '' },
        { speaker: 'respondent', text: '  \n\t ' },
        { speaker: 'respondent', text: 'Sinds 2012.' },
      ],
      options,
    );
    expect(doc.turns).toEqual([
      { speakerLabel: 'Onderzoeker', text: 'Hoe lang werkt u hier al?' },
      { speakerLabel: 'Respondent', text: 'Sinds 2012.' },
    ]);
  });

  it('keeps line breaks inside a turn, whatever the platform wrote', () => {
    const doc = transcriptDocumentFrom(
      exampleTranscriptFormat,
      values,
      [{ speaker: 'respondent', text: 'Eén.\r\nTwee.\rDrie.\u2028Vier.\n\nVijf.\n' }],
      options,
    );
    expect(doc.turns[0]!.text).toBe('Eén.\nTwee.\nDrie.\nVier.\n\nVijf.');
  });

  it('says it is not anonymised, in the study language unless told otherwise', () => {
    expect(
      transcriptDocumentFrom(exampleTranscriptFormat, values, [], { ...options, anonymised: false }).notAnonymisedLabel,
    ).toBe('Niet geanonimiseerd – alleen voor eigen archief');
    expect(
      transcriptDocumentFrom(exampleTranscriptFormat, values, [], { ...options, anonymised: false, language: 'en' })
        .notAnonymisedLabel,
    ).toBe('Not anonymised – for your own archive only');
    expect(
      transcriptDocumentFrom(exampleTranscriptFormat, values, [], {
        ...options,
        anonymised: false,
        notAnonymisedLabel: 'Eigen kopie',
      }).notAnonymisedLabel,
    ).toBe('Eigen kopie');
  });
});

describe('applyTemplate', () => {
  it.each([
    [undefined, 'Aalten', 'Aalten'],
    ['gemeente {value}', 'Aalten', 'gemeente Aalten'],
    ['gemeente {value}', ' Oude IJsselstreek ', 'gemeente Oude IJsselstreek'],
    // A value that already carries the template's words is not given them twice.
    ['gemeente {value}', 'Gemeente Aalten', 'gemeente Aalten'],
    ['gemeente {value}', 'Gemeentewerken', 'gemeente Gemeentewerken'],
    // The blank stays a blank: no "gemeente" without a municipality.
    ['gemeente {value}', '', ''],
    ['gemeente', 'Aalten', 'gemeente Aalten'],
    ['{value} ({value})', 'A', 'A (A)'],
    ['€ {value},-', '$1', '€ $1,-'],
  ])('%s with %j → %j', (template, value, expected) => {
    expect(applyTemplate(template, value)).toBe(expected);
  });
});

describe('document language', () => {
  it.each([
    ['nl', 'nl-NL'],
    ['NL', 'nl-NL'],
    ['nl-BE', 'nl-BE'],
    ['nl_be', 'nl-BE'],
    ['en', 'en-GB'],
    ['en-us', 'en-US'],
    ['fy', 'fy'],
    ['sr-latn-rs', 'sr-Latn-RS'],
  ])('%s → %s', (study, tag) => expect(documentLanguage(study)).toBe(tag));

  it('words the page numbers in Dutch for Dutch documents and in English otherwise', () => {
    expect(exportWording('nl-BE').page).toEqual({ before: 'Pagina ', between: ' van ', after: '' });
    expect(exportWording('en-GB').page).toEqual({ before: 'Page ', between: ' of ', after: '' });
  });
});
