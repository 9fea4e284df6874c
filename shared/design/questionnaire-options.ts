/**
 * A questionnaire question's answer options as the researcher edits them: typed one per
 * line, each keeping what is known about it (its polarity, whether it is the free-text
 * "other" option) as long as its wording stays the same.
 */
import type { AnswerOption, AnswerPolarity } from '../study/schema';

export const POLARITIES: readonly AnswerPolarity[] = ['yes', 'partial', 'no', 'unknown', 'other'];

/** Options as typed, one per line, blank lines and repeats left out. */
export function optionsFromLines(text: string, before: readonly AnswerOption[]): AnswerOption[] {
  const seen = new Set<string>();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((label) => label && !seen.has(label) && seen.add(label))
    .map((label) => before.find((o) => o.label === label) ?? { label });
}

/** Sets (or, with undefined, clears: the label then decides) the polarity of the option `label`. */
export function withPolarity(
  options: readonly AnswerOption[],
  label: string,
  polarity: AnswerPolarity | undefined,
): AnswerOption[] {
  return options.map((option) => {
    if (option.label !== label) return option;
    const { polarity: _old, ...rest } = option;
    return polarity ? { ...rest, polarity } : rest;
  });
}

/** Marks the option `label` as the free-text "other" option ("Op een andere manier, namelijk:"), or not. */
export function withOther(options: readonly AnswerOption[], label: string, other: boolean): AnswerOption[] {
  return options.map((option) => {
    if (option.label !== label) return option;
    const { other: _old, ...rest } = option;
    return other ? { ...rest, other: true } : rest;
  });
}
