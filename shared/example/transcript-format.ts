/**
 * Bijlage 6 of the thesis ("Format transcript"): the header of every transcript, the note
 * on left-out filler words and the speaker labels ("Onderzoeker: Vraag", "Respondent: Antwoord").
 * The source writes the organisation line as "Werkend bij: gemeente …."; the "…." is the
 * blank to fill in, so the template is "gemeente {value}".
 */
import type { TranscriptFormat } from '../study/schema';

export const exampleTranscriptFormat = {
  headerFields: [
    { key: 'respondent', label: 'Naam respondent:' },
    { key: 'organisation', label: 'Werkend bij:', template: 'gemeente {value}' },
    { key: 'startTime', label: 'Tijd interview:' },
    { key: 'duration', label: 'Tijdsduur interview:' },
  ],
  note: 'Woorden zoals ‘uh’ zijn weggelaten in het transcript maar de zinsconstructies van de respondenten blijven onaangetast.',
  speakers: { interviewer: 'Onderzoeker', respondent: 'Respondent' },
  fillerWords: ['uh', 'uhm', 'uhh', 'eh', 'ehm', 'ehh', 'hm', 'hmm'],
} satisfies TranscriptFormat;
