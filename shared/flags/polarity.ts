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

/** Two answers contradict when one clearly says yes and the other clearly says no. */
export function contradicts(a: AnswerPolarity, b: AnswerPolarity): boolean {
  return (a === 'yes' && b === 'no') || (a === 'no' && b === 'yes');
}
