/**
 * Reads the "Tijdstempel"/"Timestamp" cell into ISO 8601. Google Forms writes
 * "2017/04/03 8:48:17 p.m. CET", Google Sheets and Excel write the date in the user's
 * locale ("3-4-2017 20:48:17", "4/3/2017 20:48:17"). The time zone is kept as an offset
 * when the cell names one; without it the ISO string has no zone (local time).
 */

/** Day-first or month-first, for dates like 3/4/2017. */
export type DateOrder = 'dmy' | 'mdy';

const ZONE_OFFSETS: Record<string, string> = {
  Z: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  WET: '+00:00',
  WEST: '+01:00',
  BST: '+01:00',
  CET: '+01:00',
  MET: '+01:00',
  MEZ: '+01:00',
  CEST: '+02:00',
  MEST: '+02:00',
  MESZ: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
};

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** "CET", "GMT+2", "UTC+05:30", "+0200", "Z" → "+01:00" / "Z"; undefined if unknown. */
function zoneOffset(zone: string): string | undefined {
  const named = ZONE_OFFSETS[zone.toUpperCase()];
  if (named) return named;
  const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(zone);
  if (!numeric) return undefined;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return hours === 0 && minutes === 0 ? 'Z' : `${numeric[1]}${pad(hours)}:${pad(minutes)}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function readDate(text: string, order: DateOrder | undefined): DateParts | undefined {
  const ymd = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (ymd) return { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) };
  const other = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!other) return undefined;
  const [first, second, year] = [Number(other[1]), Number(other[3]), Number(other[4])];
  // Dashes and dots are European, day first. With slashes it depends on the locale: the
  // caller may know from other rows; a value that cannot be a month decides it too.
  const dayFirst = other[2] !== '/' || first > 12 || (second <= 12 && order === 'dmy');
  const monthFirst = other[2] === '/' && (second > 12 || (first <= 12 && order === 'mdy'));
  if (dayFirst === monthFirst) return undefined;
  return dayFirst ? { year, month: second, day: first } : { year, month: first, day: second };
}

const TIMESTAMP =
  /^(\d[\d/.-]*\d)(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(?:\s*([ap]\.?\s?m\.?|[vn]\.?\s?m\.?))?(?:\s*(Z|[A-Z]{3,4}|(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?))?$/i;

/** The ISO 8601 form of a timestamp cell, or undefined when it cannot be read for sure. */
export function parseTimestamp(text: string, order?: DateOrder): string | undefined {
  const match = TIMESTAMP.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const date = readDate(match[1]!, order);
  if (!date || date.month < 1 || date.month > 12 || date.day < 1) return undefined;
  if (date.day > daysInMonth(date.year, date.month)) return undefined;
  const day = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
  if (match[2] === undefined) return match[5] || match[6] ? undefined : day;

  let hour = Number(match[2]);
  const minute = Number(match[3]);
  const second = Number(match[4] ?? 0);
  const meridiem = match[5]?.toLowerCase().replace(/[.\s]/g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    // "am"/"vm" (voormiddag) and "pm"/"nm" (namiddag); 12 a.m. is midnight.
    const afternoon = meridiem === 'pm' || meridiem === 'nm';
    hour = (hour % 12) + (afternoon ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let zone = '';
  if (match[6]) {
    const offset = zoneOffset(match[6]);
    if (offset === undefined) return undefined;
    zone = offset;
  }
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
}

/**
 * Whether slash dates in this column are day-first or month-first, judged from the
 * values that leave no doubt (a first number above 12 means day-first).
 */
export function dateOrderOf(values: readonly string[]): DateOrder | undefined {
  for (const value of values) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}\b/.exec(value);
    if (!match) continue;
    if (Number(match[1]) > 12) return 'dmy';
    if (Number(match[2]) > 12) return 'mdy';
  }
  return undefined;
}
