/**
 * Which way an answer points (yes / partly / no / don't know), so that the answers of
 * two respondents to mirrored questions can be compared. Options carry their polarity
 * as data; for options typed without one (a researcher's own questionnaire), the label
 * gives a reasonable guess.
 */
import type { AnswerOption, AnswerPolarity } from '../study/schema';

export function polarityOf(option: AnswerOption): AnswerPolarity {
  if (option.polarity) return option.polarity;
  if (option.other) return 'other';
  const label = option.label.trim().toLowerCase();
  if (/^weet ik niet|^don.t know|^geen idee/.test(label)) return 'unknown';
  if (/^(ja|yes),? (maar )?(te weinig|too little)|^soms|^sometimes/.test(label)) return 'partial';
  if (/^(ja|yes)\b/.test(label)) return 'yes';
  if (/^(nee|no)\b/.test(label)) return 'no';
  return 'other';
}

/**
 * Where an answer stands on the scale yes → partly → no. "Don't know" and free-text
 * answers have no place on it, so they never differ from anything.
 */
export const DIRECTION_STEP: Readonly<Record<AnswerPolarity, number | undefined>> = {
  yes: 2,
  partial: 1,
  no: 0,
  unknown: undefined,
  other: undefined,
};

/**
 * Two answers differ when they stand on different steps: a plain "Ja" against
 * "Ja, maar te weinig" differs as much as "Ja" against "Nee" does, since the thesis
 * reads "te weinig" as a signal in its own right.
 */
export function differ(a: AnswerPolarity, b: AnswerPolarity): boolean {
  const stepA = DIRECTION_STEP[a];
  const stepB = DIRECTION_STEP[b];
  return stepA !== undefined && stepB !== undefined && stepA !== stepB;
}
