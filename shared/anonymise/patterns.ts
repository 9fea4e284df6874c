/**
 * Identifiers recognised by their shape rather than by a list: e-mail addresses, phone
 * numbers (phone.ts), Dutch postcodes and web addresses. These are certain findings
 * with fixed labels. Matched on the original text: case matters for postcodes.
 */
import { findPhoneNumbers, type Span } from './phone';
import { BARE_DOMAIN_TLDS } from './rules';

export type PatternKind = 'email' | 'phone' | 'postcode' | 'url';

export interface PatternMatch extends Span {
  kind: PatternKind;
}

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

/**
 * "1234 AB" and "1234AB"; lowercase only without a space ("1234ab"), because "2015 en"
 * is a year and a word. SA, SD and SS are never issued.
 */
const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3}(?:[ \u00a0]?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}\p{N}])/gu;

const URL_WITH_SCHEME = /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const BARE_DOMAIN = new RegExp(
  `(?<![\\p{L}\\p{N}@./-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:${BARE_DOMAIN_TLDS.join('|')})(?:/[^\\s<>"]*)?(?![\\p{L}\\p{N}@])`,
  'gu',
);
/** Punctuation that ends the sentence after an address rather than the address itself. */
const URL_TRAILING = /[.,;:!?)\]}'"’”]+$/u;

function matchAll(text: string, pattern: RegExp, kind: PatternKind, trim?: RegExp): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const m of text.matchAll(pattern)) {
    const value = trim ? m[0].replace(trim, '') : m[0];
    if (value) found.push({ kind, start: m.index, end: m.index + value.length });
  }
  return found;
}

/** All pattern matches in `text`; they may overlap (an e-mail contains a domain), find.ts resolves that. */
export function findPatterns(text: string): PatternMatch[] {
  const all = [
    ...matchAll(text, EMAIL, 'email'),
    ...matchAll(text, URL_WITH_SCHEME, 'url', URL_TRAILING),
    ...matchAll(text, BARE_DOMAIN, 'url', URL_TRAILING),
    ...findPhoneNumbers(text).map((span): PatternMatch => ({ ...span, kind: 'phone' })),
    ...matchAll(text, POSTCODE, 'postcode'),
  ];
  // "www.aalten.nl" is found as a www address and as a bare domain: report it once.
  const seen = new Set<string>();
  return all.filter((m) => {
    const key = `${m.kind}:${m.start}:${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when `value` as a whole is an e-mail address (a registry entry written as one). */
export function isEmailAddress(value: string): boolean {
  const text = value.trim();
  return matchAll(text, EMAIL, 'email').some((m) => m.start === 0 && m.end === text.length);
}
