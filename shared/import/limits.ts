/**
 * How much of a chosen file the import looks at, and how much it accepts. Sniffing the
 * separator and encoding reads a sample: papaparse searching a whole 50 MB file for a
 * separator it does not contain took 18–50 s. The size cap keeps a file that is not a
 * questionnaire export (or a zip bomb) from exhausting memory; a Forms export of 50,000
 * answers is about 20 MB. Error texts quote file names, column titles and zip entries,
 * which a hostile file can make arbitrarily long; they are clipped.
 */
export const IMPORT_LIMITS = {
  /** Bytes (for the encoding) and characters (for the separator) sniffed from the start. */
  sniffSample: 64 * 1024,
  /** The largest CSV read, before or after unzipping. */
  maxCsvBytes: 100 * 1024 * 1024,
  /** The longest text an error repeats from the file (a name, a title, a list). */
  maxQuotedChars: 120,
  /** The most items an error lists (zip entries, column titles). */
  maxListedItems: 10,
  /** The longest error message. */
  maxMessageChars: 400,
} as const;

/** `text` cut to `max` characters, with "…" where it was cut. */
export function clip(text: string, max: number = IMPORT_LIMITS.maxQuotedChars): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * The first few items, comma-separated, with "… (+N)" for the rest, short enough to be
 * quoted whole in an error.
 */
export function listExcerpt(items: readonly string[], maxItems: number = IMPORT_LIMITS.maxListedItems): string {
  const budget = IMPORT_LIMITS.maxQuotedChars - ', … (+000000)'.length;
  const shown: string[] = [];
  let length = 0;
  for (const item of items.slice(0, maxItems)) {
    const next = clip(item, 40);
    if (shown.length > 0 && length + 2 + next.length > budget) break;
    shown.push(next);
    length += (shown.length > 1 ? 2 : 0) + next.length;
  }
  const rest = items.length - shown.length;
  return `${shown.join(', ')}${rest > 0 ? `, … (+${rest})` : ''}`;
}

/** Megabytes with one decimal, as the size cap message shows them. */
export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
