/**
 * Names of exported transcripts: the respondent code and the interview date, never a
 * name, in characters every file system and e-mail attachment keeps ("BA_2017-04-03.docx").
 * A copy that is not anonymised says so in its name too, so it is not sent on by mistake.
 */

const NOT_ANONYMISED_SUFFIX = '_niet-geanonimiseerd';

/** The interview's calendar date where the researcher is (local time), as YYYY-MM-DD. */
export function isoDate(date: Date | number): string {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) throw new RangeError('ongeldige datum');
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Letters, digits and hyphens only: accents are taken off ("Ö" → "O"), anything else
 * (spaces, slashes, dots, quotes) becomes a hyphen, so a code can't leave the folder or
 * hide an extension. Underscores are kept out because they separate code and date.
 */
/** Letters NFKD does not take apart into a base letter and an accent. */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  ł: 'l',
  Ł: 'L',
};

export function safeFilePart(text: string): string {
  return text
    .replace(/[ßæÆøØœŒłŁ]/g, (char) => SPELLED_OUT[char]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function transcriptFileName(code: string, date: Date | number, anonymised: boolean): string {
  const part = safeFilePart(code) || 'transcript';
  return `${part}_${isoDate(date)}${anonymised ? '' : NOT_ANONYMISED_SUFFIX}.docx`;
}

/** The neutral document title for the file's properties: "Transcript BA 2017-04-03". */
export function transcriptTitle(code: string, date: Date | number): string {
  return `Transcript ${code.trim()} ${isoDate(date)}`.replace(/\s+/g, ' ');
}

/** A zip of several transcripts is named by the export date, never by a person: "transcripten_2017-04-20.zip". */
export function transcriptsZipName(date: Date | number, anonymised: boolean): string {
  return `transcripten_${isoDate(date)}${anonymised ? '' : NOT_ANONYMISED_SUFFIX}.zip`;
}
