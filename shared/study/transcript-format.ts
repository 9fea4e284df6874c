/**
 * What a transcript header can say, and the default wording of a new study's transcript
 * format per study language. The researcher edits the fields (which value, label,
 * template, order) in the study settings; the defaults only give a sensible start, so
 * an English study does not begin with Dutch labels and no study begins with the
 * example study's "gemeente …".
 */
import type { TranscriptFormat } from './schema';

/** The values a header line can show. Appending keeps stored studies valid. */
export const HEADER_KEYS = ['respondent', 'organisation', 'respondentType', 'date', 'startTime', 'duration'] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

/** `{value}` is the line's own value; `{respondent}`, `{date}` … name any other. */
export const VALUE_PLACEHOLDER = '{value}';

/** Placeholders in `template` that no header value fills, e.g. ["{gemeente}"]. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>([VALUE_PLACEHOLDER, ...HEADER_KEYS.map((key) => `{${key}}`)]);
  return [...new Set(template.match(/\{[^{}]*\}/g) ?? [])].filter((token) => !known.has(token));
}

type FormatWording = Omit<TranscriptFormat, 'headerFields'> & { labels: Record<HeaderKey, string> };

const DUTCH: FormatWording = {
  labels: {
    respondent: 'Naam respondent:',
    organisation: 'Werkend bij:',
    respondentType: 'Functie:',
    date: 'Datum interview:',
    startTime: 'Tijd interview:',
    duration: 'Tijdsduur interview:',
  },
  note: 'Woorden zoals ‘uh’ zijn weggelaten in het transcript maar de zinsconstructies van de respondenten blijven onaangetast.',
  speakers: { interviewer: 'Onderzoeker', respondent: 'Respondent' },
  fillerWords: ['uh', 'uhm', 'uhh', 'eh', 'ehm', 'ehh', 'hm', 'hmm'],
};

const ENGLISH: FormatWording = {
  labels: {
    respondent: 'Respondent name:',
    organisation: 'Works at:',
    respondentType: 'Role:',
    date: 'Interview date:',
    startTime: 'Interview time:',
    duration: 'Interview duration:',
  },
  note: 'Words such as ‘uh’ have been left out of the transcript, but the respondents’ sentence constructions are untouched.',
  speakers: { interviewer: 'Interviewer', respondent: 'Respondent' },
  fillerWords: ['uh', 'uhm', 'um', 'erm', 'hm', 'hmm'],
};

/** English for an English study, Dutch otherwise (the app's two languages). */
function wordingFor(language: string): FormatWording {
  return language.trim().toLowerCase().startsWith('en') ? ENGLISH : DUTCH;
}

/** The label a field for `key` starts with, in the study's language. */
export function defaultHeaderLabel(key: HeaderKey, language: string): string {
  return wordingFor(language).labels[key];
}

/** Respondent, organisation, time and duration, as in the thesis' format, without a fixed prefix. */
export function defaultTranscriptFormat(language: string): TranscriptFormat {
  const { labels, note, speakers, fillerWords } = wordingFor(language);
  const keys: HeaderKey[] = ['respondent', 'organisation', 'startTime', 'duration'];
  return {
    headerFields: keys.map((key) => ({ key, label: labels[key] })),
    note,
    speakers: { ...speakers },
    fillerWords: [...fillerWords],
  };
}

/** Fields as edited: one moved by `delta` places (a move past either end changes nothing). */
export function moveHeaderField<T>(fields: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= fields.length || target < 0 || target >= fields.length) return [...fields];
  const next = [...fields];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved!);
  return next;
}
