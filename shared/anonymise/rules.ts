/**
 * The matching rules as data: titles and initials that belong to a name, Dutch name
 * particles, the endings a name may carry and still be that name, and what ends a
 * sentence. Change a list here, never a branch in the matcher. All words are folded
 * (lowercase, no accents) unless a comment says otherwise.
 */
import type { EntryKind } from './registry';

/**
 * Titles and forms of address before a name. They say a name follows, but they are
 * not the name: they stay in the text before the replacement ("mevrouw [BA]"), so a
 * transcript still reads as the speech it was. Functions ("wethouder", "collega") play
 * the same part; they are listed in lists/name-context.ts.
 *
 * Written-out titles count only when a space follows: "Ik sprak de dokter. Jansen
 * kwam later" ends a sentence after "dokter".
 */
export const NAME_TITLE_WORDS: readonly string[] = [
  'de heer',
  'heer',
  'mevrouw',
  'mejuffrouw',
  'juffrouw',
  'meneer',
  'mijnheer',
  'professor',
  'dokter',
];

/** Abbreviated titles; the dot is optional ("mw. de Vries", "mw de Vries"). */
export const NAME_TITLE_ABBREVIATIONS: readonly string[] = [
  'dhr',
  'hr',
  'mevr',
  'mw',
  'mvr',
  'mej',
  'mr',
  'mrs',
  'ms',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'ds',
];

/**
 * Initials that may stand before a surname besides a single capital and a dot, as
 * written (case-sensitive): "Th. Jansen", "Chr. de Vries", "IJ. Bakker".
 */
export const INITIAL_DIGRAPHS: readonly string[] = ['Th', 'Ch', 'Chr', 'Ph', 'Joh', 'Jac', 'IJ', 'Wm'];

/** Particles that begin a Dutch surname ("van der Berg") or join name words. */
export const NAME_PARTICLES: readonly string[] = [
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  't',
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'aan',
  'bij',
  'uit',
  'onder',
  'la',
  'le',
  'du',
  'da',
  'di',
  'del',
  'dos',
  'das',
  'von',
  'zu',
  // Arabic: "Fatima el Amrani", "Mohammed al Hassan", "Youssef ibn Ali".
  'el',
  'al',
  'ibn',
  'bin',
  'abu',
];

/**
 * Particle runs that, in lowercase before a capitalised word mid-sentence, lead a
 * surname ("met de Boer", "van der Linden"). A lone "van" is not one: "de burgemeester
 * van Lochem" names a place.
 */
export const SURNAME_LEAD_PARTICLES: readonly string[] = [
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'van de',
  'van der',
  'van den',
  "van 't",
  'el',
  'al',
];

/**
 * Particles that are also everyday prepositions. They still split a registered name
 * ("Jan in 't Veld"), but never join capitalised words into one suggested name.
 */
export const PREPOSITION_PARTICLES: readonly string[] = ['in', 'op', 'aan', 'bij', 'uit', 'onder', 'te'];

/** Abbreviated particle runs people write for the full ones: "P. v.d. Berg". */
export const PARTICLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'van der': ['v.d.', 'vd', 'v/d'],
  'van den': ['v.d.', 'vd', 'v/d'],
  'van de': ['v.d.', 'vd', 'v/d'],
  van: ['v.'],
};

/**
 * Endings that keep a word the same identifier ("Jansen's", "Jansens", "Aaltenaar",
 * "Winterswijkse"). A registered form followed by one of these and then a word end is
 * a certain match; followed by any other letters ("Jansenisme", "Doetinchemmer") it is
 * only suggested. A bare apostrophe ("Niels'") is not taken: it is as often a closing
 * quote, and leaving it behind reveals nothing.
 */
export const NAME_SUFFIXES: Readonly<Record<EntryKind, readonly string[]>> = {
  person: ["'s", 's'],
  place: ["'s", 's', 'se', 'er', 'ers', 'aar', 'aars', 'aren', 'naar', 'naars', 'naren', 'enaar', 'enaren'],
  organisation: ["'s", 's'],
  other: ["'s", 's'],
};

/** A capital after one of these (and spaces, quotes or brackets) starts a sentence. */
export const SENTENCE_END = '.!?…:';

/** A capital after one of these at the start of a line starts a list item, like a sentence. */
export const LIST_BULLETS = '-–—•*';

/** Opening quotes and brackets skipped when looking back for a sentence end. */
export const OPENING_MARKS = '"\'“‘„«([';

/**
 * Top-level domains recognised in a bare domain ("aalten.nl"), lowercase as typed.
 * "de" and "nu" are left out on purpose: "besproken.De" and "dat.nu" (a missed space)
 * are far more common in fast transcription than German sites.
 */
export const BARE_DOMAIN_TLDS: readonly string[] = [
  'nl',
  'com',
  'org',
  'net',
  'eu',
  'be',
  'info',
  'io',
  'frl',
  'gov',
  'edu',
];
