/**
 * One exported transcript as plain data, independent of Word: the Bijlage 6 header
 * ("Naam respondent:", "Werkend bij: gemeente …", …), the note on left-out filler words
 * and the turns with their speaker labels. The .docx writer only lays this out, so what
 * a transcript says is decided (and tested) here once, whatever the output format.
 */
import type { Speaker } from '../interview/turn';
import type { TranscriptFormat } from '../study/schema';
import { formatTimestamp } from '../transcription/time';
import { HEADER_KEYS, VALUE_PLACEHOLDER } from '../study/transcript-format';
import { documentLanguage, exportWording } from './language';

export interface TranscriptDocument {
  /** BCP-47 with region, e.g. 'nl-NL', so Word checks the spelling in that language. */
  language: string;
  headerLines: { label: string; value: string }[];
  /** The note on filler words; empty when the study has none. */
  note: string;
  /** `time`: "00:12:34" where the turn begins in the recording, when times were asked for and it has one. */
  turns: { speakerLabel: string; text: string; time?: string }[];
  /** False → the document opens with `notAnonymisedLabel`, so a copy can't pass for anonymised. */
  anonymised: boolean;
  /** The warning line shown when not anonymised, in the document's language. */
  notAnonymisedLabel: string;
  /** Neutral (code and date), never a name: it lands in the file's properties. */
  metadata: { title: string };
}

export type HeaderKey = TranscriptFormat['headerFields'][number]['key'];

/** What fills the header; when anonymised, `respondent` is the respondent code ("BA"). */
export type TranscriptHeaderValues = Record<HeaderKey, string>;

export interface TranscriptDocumentOptions {
  /** The study's language ('nl') or a full tag ('nl-NL'). */
  language: string;
  anonymised: boolean;
  title: string;
  /** Defaults to the wording for `language`. */
  notAnonymisedLabel?: string;
  /** Put each turn's time in the recording before it ("[00:12:34] Onderzoeker: …"). */
  turnTimes?: boolean;
}

/** Line breaks as typed on any platform (and pasted from Word) become '\n'. */
const normaliseBreaks = (text: string) => text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');

const PLACEHOLDER = VALUE_PLACEHOLDER;

/**
 * "gemeente {value}" + "Aalten" → "gemeente Aalten". A template without the placeholder
 * is a fixed prefix. No template text around an empty value (the line stays a blank to
 * fill in, as in the format), and no doubled prefix when the value already carries it
 * ("Gemeente Aalten" becomes "gemeente Aalten", not "gemeente Gemeente Aalten").
 */
export function applyTemplate(template: string | undefined, value: string): string {
  const trimmed = value.trim();
  if (template === undefined || template.trim() === '' || trimmed === '') return trimmed;
  const [before = '', ...after] = template.includes(PLACEHOLDER)
    ? template.split(PLACEHOLDER)
    : [`${template.trimEnd()} `];
  const prefix = before.trim();
  // Whole words only: "Gemeentewerken" does not already carry "gemeente".
  const already =
    prefix !== '' && trimmed.toLowerCase().startsWith(prefix.toLowerCase()) && /^\s/.test(trimmed.slice(prefix.length));
  const core = already ? trimmed.slice(prefix.length).trimStart() : trimmed;
  return (before + core + after.join(core)).trim();
}

/**
 * One header line's value: `{respondent}`, `{date}` … in the template take those values,
 * then `{value}` (or a template without placeholders, as a prefix) takes the line's own.
 * A template of only named placeholders is the whole line, blank when they all are.
 */
export function headerLineValue(field: { key: HeaderKey; template?: string }, values: TranscriptHeaderValues): string {
  const clean = (key: HeaderKey) => normaliseBreaks(values[key]).replace(/\n+/g, ' ').trim();
  const template = field.template ?? '';
  const named = HEADER_KEYS.filter((key) => template.includes(`{${key}}`));
  const filled = named.reduce((text, key) => text.split(`{${key}}`).join(clean(key)), template);
  if (named.length > 0 && !template.includes(PLACEHOLDER))
    return named.every((key) => clean(key) === '') ? '' : filled.replace(/\s+/g, ' ').trim();
  return applyTemplate(filled, clean(field.key));
}

export function transcriptDocumentFrom(
  format: TranscriptFormat,
  values: TranscriptHeaderValues,
  turns: readonly { speaker: Speaker; text: string; timeMs?: number }[],
  options: TranscriptDocumentOptions,
): TranscriptDocument {
  const language = documentLanguage(options.language);
  return {
    language,
    headerLines: format.headerFields.map((field) => ({
      label: field.label.trim(),
      value: headerLineValue(field, values),
    })),
    note: normaliseBreaks(format.note).trim(),
    turns: turns
      .map((turn) => ({
        speakerLabel: format.speakers[turn.speaker].trim(),
        text: normaliseBreaks(turn.text).trim(),
        ...(options.turnTimes && turn.timeMs !== undefined ? { time: formatTimestamp(turn.timeMs) } : {}),
      }))
      // A turn is often created before anything is typed in it; an empty one says nothing.
      .filter((turn) => turn.text !== ''),
    anonymised: options.anonymised,
    notAnonymisedLabel: options.notAnonymisedLabel?.trim() || exportWording(language).notAnonymised,
    metadata: { title: options.title.trim() },
  };
}
