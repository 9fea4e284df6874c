/**
 * The forms in which a registry entry is written, compiled to patterns over folded text
 * (fold.ts). A person "Piet van der Berg" is found as the full name, the surname with
 * its particles ("van der Berg", also "v.d. Berg"), the surname without particles
 * ("Berg") and the first name alone ("Piet"); places, organisations and other entries
 * as written; every alias as written. E-mail addresses and phone numbers registered
 * as entries are matched by their own shape (any grouping of the same digits).
 *
 * Certainty:
 * - What the researcher typed (the text, the surname with particles, aliases) is
 *   certain in any case: "de vries" is De Vries.
 * - A one-word part derived from a person's name (the first name alone, the surname
 *   without its particles) is certain when it starts with a capital, and only a
 *   suggestion in lowercase: "Roos", "Bas" and "Dijk" (of "van Dijk") are also words.
 * - `alsoCommonWord` entries ("Best", "Bakker") get that rule for all their forms.
 *
 * Word boundaries: a form never starts inside a word, and ends at a word end or at one
 * of its kind's endings ("Jansen's", "Jansens", "Aaltenaar"; rules.ts) and then a word
 * end. Hyphens and apostrophes are boundaries, so "Oost-Aalten" contains "Aalten".
 * A longer word that merely starts with the entry ("Jansenisme", "Doetinchemmer") is a
 * suggestion, for the text, the surname and aliases only. Words inside a name may be
 * split by any whitespace, line breaks included ("Piet\nJansen"), and a hyphen inside a
 * name may be written as a space ("Anne Marie" for "Anne-Marie").
 */
import { fold } from './fold';
import { isEmailAddress } from './patterns';
import { dutchNationalNumber } from './phone';
import type { IdentifierEntry } from './registry';
import { NAME_PARTICLES, NAME_SUFFIXES, PARTICLE_ABBREVIATIONS } from './rules';

export type EntryShape = 'name' | 'email' | 'phone';
export type FormCertainty = 'always' | 'ifCapitalised';

export interface EntryForm {
  entry: IdentifierEntry;
  shape: EntryShape;
  /** Global pattern over the folded text. */
  pattern: RegExp;
  certainty: FormCertainty;
  /** Initials before the match belong to it, and a title before it is kept (person names). */
  titles: boolean;
  /** Longer words that start with this form, suggested only. */
  continuation?: RegExp;
}

const PARTICLES = new Set(NAME_PARTICLES);
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
/** A form shorter than this (in letters and digits) is ignored: "P" or "A" would match everywhere. */
const MIN_FORM_LETTERS = 2;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isParticle = (token: string): boolean => PARTICLES.has(token);
/** "jansen-de" in "Jansen-de Vries" starts a double surname. */
const endsInParticle = (token: string): boolean =>
  token.includes('-') && isParticle(token.slice(token.lastIndexOf('-') + 1));
const isInitials = (token: string): boolean => token.includes('.');
const letterCount = (text: string): number => (text.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** Folded name words split into first names and surname (with its particles). */
export function splitPersonName(name: string): { given: string[]; surname: string[] } {
  const tokens = fold(name).split(' ').filter(Boolean);
  if (tokens.length <= 1) return { given: [], surname: tokens };
  let at = tokens.findIndex((token, i) => i > 0 && (isParticle(token) || endsInParticle(token)));
  if (at === -1 || tokens.slice(at).every(isParticle)) at = tokens.length - 1;
  return { given: tokens.slice(0, at), surname: tokens.slice(at) };
}

function tokenSource(token: string, first: boolean): string {
  // "'s-Heerenberg" is often typed without its apostrophe.
  const optionalApostrophe = first && token.startsWith("'") && token.length > 1;
  const body = optionalApostrophe ? token.slice(1) : token;
  const source = body.split('-').map(escapeRegExp).join('(?:\\s*-\\s*|\\s+)');
  return optionalApostrophe ? `'?${source}` : source;
}

function wordsSource(tokens: readonly string[]): string {
  return tokens
    .map((token, i) => (i === 0 ? '' : tokens[i - 1]!.endsWith('.') ? '\\s*' : '\\s+') + tokenSource(token, i === 0))
    .join('');
}

interface NameForm {
  tokens: string[];
  certainty: FormCertainty;
  strong: boolean;
}

/** Particle runs at the start of a surname replaced by their abbreviations: "v.d. berg". */
function abbreviatedSurnames(surname: readonly string[]): string[][] {
  const joined = surname.join(' ');
  const run = Object.keys(PARTICLE_ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .find((particles) => joined.startsWith(`${particles} `));
  if (!run) return [];
  const rest = joined.slice(run.length + 1).split(' ');
  return PARTICLE_ABBREVIATIONS[run]!.map((abbreviation) => [abbreviation, ...rest]);
}

function withoutParticles(tokens: readonly string[]): string[] {
  const at = tokens.findIndex((token) => !isParticle(token));
  return at === -1 ? [] : tokens.slice(at);
}

function personForms(text: string): NameForm[] {
  const { given, surname } = splitPersonName(text);
  const forms: NameForm[] = [{ tokens: [...given, ...surname], certainty: 'always', strong: true }];
  if (given.length > 0) forms.push({ tokens: surname, certainty: 'always', strong: true });

  // "Jansen-de Vries" is also "Jansen" and "de Vries".
  const surnames = [surname];
  const parts = surname.join(' ').split('-');
  if (parts.length > 1) surnames.push(...parts.map((part) => part.trim().split(' ').filter(Boolean)));
  for (const name of surnames) {
    if (name !== surname) forms.push({ tokens: name, certainty: 'always', strong: false });
    const core = withoutParticles(name);
    if (core.length > 0 && core.length < name.length)
      forms.push({ tokens: core, certainty: 'ifCapitalised', strong: false });
    for (const abbreviated of abbreviatedSurnames(name))
      forms.push({ tokens: abbreviated, certainty: 'always', strong: false });
  }

  const firstNames = given.filter((token) => !isInitials(token));
  if (firstNames.length > 1) forms.push({ tokens: firstNames, certainty: 'always', strong: false });
  for (const first of firstNames) {
    forms.push({ tokens: [first], certainty: 'ifCapitalised', strong: false });
    if (first.includes('-')) {
      for (const part of first.split('-')) forms.push({ tokens: [part], certainty: 'ifCapitalised', strong: false });
    }
  }
  return forms;
}

/** What a registry text is: an e-mail address, a phone number or a name. */
export function entryShape(text: string): EntryShape {
  if (isEmailAddress(text)) return 'email';
  if (dutchNationalNumber(text) !== null) return 'phone';
  if (/^\+?[\d\s().\-/]+$/.test(text.trim()) && (text.match(/\d/g) ?? []).length >= 8) return 'phone';
  return 'name';
}

function phoneSource(text: string): string {
  const sep = '[\\s.\\-/()]*';
  const national = dutchNationalNumber(text);
  if (national !== null) {
    const body = [...national].join(sep);
    return `(?<![\\p{N}+])(?:(?:\\+|00)31${sep}(?:\\(0\\)${sep})?|\\(?0${sep})${body}(?!\\p{N})`;
  }
  const digits = text.replace(/\D/g, '');
  return `(?<![\\p{N}])\\+?${[...digits].join(sep)}(?!\\p{N})`;
}

function emailSource(text: string): string {
  return `(?<![\\p{L}\\p{N}._%+-])${escapeRegExp(fold(text))}(?![\\p{L}\\p{N}_%+-]|\\.[\\p{L}\\p{N}])`;
}

/** All forms of one entry; an entry with nothing matchable has none. */
export function entryForms(entry: IdentifierEntry): EntryForm[] {
  const forms: EntryForm[] = [];
  const seen = new Set<string>();
  const add = (
    shape: EntryShape,
    source: string,
    certainty: FormCertainty,
    titles: boolean,
    continuation?: string,
  ): void => {
    const effective: FormCertainty = entry.alsoCommonWord && shape === 'name' ? 'ifCapitalised' : certainty;
    const key = `${source}\u0000${effective}`;
    if (seen.has(key)) return;
    seen.add(key);
    forms.push({
      entry,
      shape,
      pattern: new RegExp(source, 'gu'),
      certainty: effective,
      titles,
      ...(continuation ? { continuation: new RegExp(continuation, 'gu') } : {}),
    });
  };
  const suffixes = [...NAME_SUFFIXES[entry.kind]]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const person = entry.kind === 'person';
  const addName = (form: NameForm): void => {
    // "De" or "van der" alone would replace every article in the transcript.
    if (letterCount(form.tokens.join('')) < MIN_FORM_LETTERS || form.tokens.every(isParticle)) return;
    const words = wordsSource(form.tokens);
    const continuation = form.strong ? `${WORD_START}(?:${words})[\\p{L}\\p{N}]+` : undefined;
    // The ending is captured: a possessive stays after the replacement ("[Persoon 1]'s").
    add('name', `${WORD_START}(?:${words})(?<suffix>${suffixes})?${WORD_END}`, form.certainty, person, continuation);
  };

  const texts = [entry.text, ...(entry.aliases ?? [])];
  texts.forEach((text, i) => {
    const shape = entryShape(text);
    if (shape === 'email') add('email', emailSource(text), 'always', false);
    else if (shape === 'phone') add('phone', phoneSource(text), 'always', false);
    else if (person && i === 0) personForms(text).forEach(addName);
    else addName({ tokens: fold(text).split(' ').filter(Boolean), certainty: 'always', strong: true });
  });
  return forms;
}
