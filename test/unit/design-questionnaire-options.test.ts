/** Answer options as the researcher edits them: typed per line, each keeping its polarity and "other" mark. */
import { describe, expect, it } from 'vitest';
import { optionsFromLines, withOther, withPolarity } from '../../shared/design/questionnaire-options';
import { polarityOf } from '../../shared/flags/polarity';
import type { AnswerOption } from '../../shared/study/schema';

const before: AnswerOption[] = [
  { label: 'Ja', polarity: 'yes' },
  { label: 'Nee', polarity: 'no' },
  { label: 'Op een andere manier, namelijk:', other: true },
];

describe('optionsFromLines', () => {
  it('keeps what is known about an option whose wording stays, drops blank lines and repeats', () => {
    expect(optionsFromLines('Ja\n\n  Soms \nJa\nOp een andere manier, namelijk:', before)).toEqual([
      { label: 'Ja', polarity: 'yes' },
      { label: 'Soms' },
      { label: 'Op een andere manier, namelijk:', other: true },
    ]);
  });
});

describe('withPolarity and withOther', () => {
  it('sets the polarity of one option; clearing it lets the label decide again', () => {
    const set = withPolarity([{ label: 'Ja, maar te weinig' }, ...before], 'Ja, maar te weinig', 'no');
    expect(set[0]).toEqual({ label: 'Ja, maar te weinig', polarity: 'no' });
    expect(set.slice(1)).toEqual(before);
    const cleared = withPolarity(set, 'Ja, maar te weinig', undefined);
    expect(cleared[0]).toEqual({ label: 'Ja, maar te weinig' });
    expect(polarityOf(cleared[0]!)).toBe('partial');
  });

  it('marks an option as the free-text "other" option and unmarks it', () => {
    const marked = withOther([{ label: 'Anders, namelijk:' }], 'Anders, namelijk:', true);
    expect(marked).toEqual([{ label: 'Anders, namelijk:', other: true }]);
    expect(polarityOf(marked[0]!)).toBe('other');
    expect(withOther(before, 'Op een andere manier, namelijk:', false)[2]).toEqual({
      label: 'Op een andere manier, namelijk:',
    });
  });
});
