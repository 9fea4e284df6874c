import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, newPassphraseProblem } from '../../renderer/ui/lock/new-passphrase';

describe('a new passphrase', () => {
  it('is refused when shorter than the minimum, before the repetition is looked at', () => {
    const short = 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1);
    expect(newPassphraseProblem(short, short)).toBe('atRest.tooShort');
    expect(newPassphraseProblem(short, 'other')).toBe('atRest.tooShort');
  });

  it('is refused when the repetition differs, even by one character', () => {
    expect(newPassphraseProblem('gemeentehuis 2026', 'gemeentehuis 2O26')).toBe('atRest.notSame');
  });

  it('is accepted at the minimum length when typed the same twice', () => {
    const exact = 'y'.repeat(MIN_PASSPHRASE_LENGTH);
    expect(newPassphraseProblem(exact, exact)).toBeUndefined();
  });
});
