/**
 * The one rule for a passphrase chosen at set-up and when changing it: long enough to
 * resist guessing against a stolen database, and typed the same twice because a typo here
 * locks the researcher out of their own interviews (the recovery key is the only way back).
 */
export const MIN_PASSPHRASE_LENGTH = 10;

/** What is wrong with a new passphrase and its repetition, as an interface text key, or nothing. */
export function newPassphraseProblem(
  passphrase: string,
  repeat: string,
): 'atRest.tooShort' | 'atRest.notSame' | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'atRest.tooShort';
  if (passphrase !== repeat) return 'atRest.notSame';
  return undefined;
}
