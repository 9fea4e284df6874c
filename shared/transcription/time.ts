/**
 * Times in a recording as a transcriber writes them: "[00:12:34]" before a turn or in
 * the text (oTranscribe and f4 write them so), hours always shown so that a time in a
 * three-hour interview sorts and reads like one in the first minute.
 */

/** "00:12:34" for 754 000 ms; whole seconds, rounded down (a time never points past what was said). */
export function formatTimestamp(ms: number): string {
  const total = Math.max(0, Math.floor((Number.isFinite(ms) ? ms : 0) / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** "[00:12:34]": a timestamp as it stands in a transcript. */
export const bracketedTimestamp = (ms: number): string => `[${formatTimestamp(ms)}]`;

/**
 * The text with a timestamp inserted at the caret (replacing a selection), with a space
 * on either side where a word would otherwise touch it, and where the caret goes after.
 */
export function insertTimestamp(
  text: string,
  start: number,
  end: number,
  ms: number,
): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const after = text.slice(to);
  const spaceBefore = before !== '' && !/\s$/.test(before) ? ' ' : '';
  // Typing goes on as a new word: a space after the stamp, the one already there or a new one.
  const spaceAfter = /^\s/.test(after) ? '' : ' ';
  const inserted = `${spaceBefore}${bracketedTimestamp(ms)}${spaceAfter}`;
  return { text: before + inserted + after, caret: before.length + inserted.length + (spaceAfter === '' ? 1 : 0) };
}
