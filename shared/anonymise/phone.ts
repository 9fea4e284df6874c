/**
 * Phone numbers as people write them in Dutch texts: 06-12345678, 06 1234 5678,
 * 0612345678, 0314-123456, (0314) 12 34 56, +31 6 12345678, +31 (0)6-12345678,
 * 0031 6 12345678, and foreign numbers that start with "+". A number is read as digit
 * groups with separators between them and accepted by its digit count (a Dutch number
 * has nine digits after the 0 or +31), not by a fixed layout, so any grouping works.
 * Dates ("06-05-2020") and plain numbers ("2015") are not phone numbers.
 */

/** Characters allowed between digit groups (besides brackets around an area code). */
const SEPARATORS = ' \t\u00a0-./';
const SPACES = ' \t\u00a0';
/** Digits after the trunk 0 or the country code 31 in a Dutch number. */
const DUTCH_NATIONAL_DIGITS = 9;
/** A foreign number ("+44 20 7946 0958") has this many digits, country code included. */
const FOREIGN_DIGITS = { min: 8, max: 15 };

interface Group {
  digits: string;
  /** Index just after the group (and its closing bracket). */
  end: number;
  bracketed: boolean;
  /** The non-space separator before this group ('' for spaces only). */
  separator: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A separator of at most three characters (spaces around one of -./) that leads to a digit or '('. */
function separatorAt(text: string, at: number): { length: number; mark: string } | null {
  let i = at;
  while (i < text.length && i - at < 3 && SPACES.includes(text[i]!)) i++;
  let mark = '';
  if (i < text.length && '-./'.includes(text[i]!)) mark = text[i++]!;
  while (i < text.length && i - at < 3 && SPACES.includes(text[i]!)) i++;
  if (i === at || !(isDigit(text[i]) || text[i] === '(')) return null;
  return SEPARATORS.includes(text[at]!) ? { length: i - at, mark } : null;
}

function scanGroups(text: string, from: number): Group[] {
  const groups: Group[] = [];
  let i = from;
  let separator = '';
  while (i < text.length) {
    let j = i;
    const bracketed = text[j] === '(';
    if (bracketed) j++;
    const digitsStart = j;
    while (isDigit(text[j])) j++;
    if (j === digitsStart) break;
    const digits = text.slice(digitsStart, j);
    if (bracketed) {
      if (text[j] !== ')') break;
      j++;
    }
    groups.push({ digits, end: j, bracketed, separator });
    i = j;
    const sep = separatorAt(text, i);
    if (sep) {
      separator = sep.mark;
      i += sep.length;
    } else if (text[i] === '(' || (bracketed && isDigit(text[i]))) {
      separator = ''; // "+31(0)6…" and "(0)6…": a bracket is a separator of its own
    } else {
      break;
    }
  }
  return groups;
}

/** "06-05-2020": three groups of 2, 2 and 2–4 digits joined by the same mark is a date. */
function looksLikeDate(groups: readonly Group[]): boolean {
  const [a, b, c] = groups;
  if (!a || !b || !c) return false;
  return (
    a.digits.length <= 2 &&
    b.digits.length <= 2 &&
    c.digits.length >= 2 &&
    c.digits.length <= 4 &&
    b.separator !== '' &&
    b.separator === c.separator
  );
}

/** The first group of a grouped national number must be an area code: 06, 0xx or 0xxx. */
function plausibleAreaCode(digits: string): boolean {
  if (digits.length === 2) return digits === '06';
  return (digits.length === 3 || digits.length === 4) && /^0[1-9]/.test(digits);
}

/** End of the longest phone number starting at `start`, or null. */
function phoneEndAt(text: string, start: number): number | null {
  const plus = text[start] === '+';
  const groups = scanGroups(text, plus ? start + 1 : start);
  if (groups.length === 0 || looksLikeDate(groups)) return null;
  const joined = groups.map((g) => g.digits).join('');
  const international = plus || joined.startsWith('00');
  const countryDigits = international ? (plus ? joined : joined.slice(2)) : '';
  if (international && !countryDigits.startsWith('31') && !plus) return null;
  const dutch = !international || countryDigits.startsWith('31');
  if (!international && !joined.startsWith('0')) return null;
  // "(0612345678)": the brackets enclose the whole number, not an area code; the scan
  // that starts at the 0 takes it without them.
  if (groups[0]!.bracketed && (international || !plausibleAreaCode(groups[0]!.digits))) return null;

  // Digits that precede the national number: "0", "+31" or "0031".
  const prefixLength = !international ? 1 : plus ? 2 : 4;
  let best: number | null = null;
  let digits = '';
  groups.forEach((group, k) => {
    // "+31 (0)6…": the bracketed trunk 0 is not part of the number.
    if (!(international && group.bracketed && group.digits === '0' && k > 0)) digits += group.digits;
    if (dutch) {
      const national = digits.slice(prefixLength);
      if (national.length !== DUTCH_NATIONAL_DIGITS || national[0] === '0') return;
      if (!international && k > 0 && !plausibleAreaCode(groups[0]!.digits)) return;
      best = group.end;
    } else if (digits.length >= FOREIGN_DIGITS.min && digits.length <= FOREIGN_DIGITS.max) {
      best = group.end;
    }
  });
  return best;
}

export interface Span {
  start: number;
  end: number;
}

/** Every phone number in `text`, left to right, not overlapping. */
export function findPhoneNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '+' && c !== '(' && c !== '0') continue;
    const before = text[i - 1];
    if (isWordChar(before) || before === '+') continue;
    const end = phoneEndAt(text, i);
    if (end !== null) {
      spans.push({ start: i, end });
      i = end - 1;
    }
  }
  return spans;
}

/**
 * The nine digits after the 0 / +31 when `value` is one Dutch phone number, so a
 * registered number is found however it is grouped; null otherwise.
 */
export function dutchNationalNumber(value: string): string | null {
  const text = value.trim();
  const [span] = findPhoneNumbers(text);
  if (!span || span.start !== 0 || span.end !== text.length) return null;
  const digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  const national = digits.startsWith('0031')
    ? digits.slice(4)
    : digits.startsWith('31') && text.startsWith('+')
      ? digits.slice(2)
      : digits.slice(1);
  return national.length === DUTCH_NATIONAL_DIGITS ? national : null;
}
