/**
 * Interface language: Dutch by default, English on request. The instruments
 * themselves (topic lists, questionnaires) are in the study's own language and are
 * never translated.
 *
 * The texts come in two parts per language: the first screen's (nl-start.ts), loaded with
 * the app, and the rest (nl-rest.ts), loaded by `loadAllTexts` before any other screen
 * shows and, after the first screen, in the background. English loads only when chosen.
 */
import { i18n } from './instance';
import { nlStart } from './nl-start';
import type { Bundle } from './translate';

import { type Language } from './languages';

export { isLanguage, LANGUAGES, type Language } from './languages';
export { i18n } from './instance';
export type { TextKey, TFunction } from './keys';

const START: Record<Language, () => Promise<Bundle>> = {
  nl: () => Promise.resolve(nlStart),
  en: () => import('./en-start').then((m) => m.enStart),
};

const REST: Record<Language, () => Promise<Bundle>> = {
  nl: () => import('./nl-rest').then((m) => m.nlRest),
  en: () => import('./en-rest').then((m) => m.enRest),
};

/** Set once every screen's texts were asked for: a language chosen later gets all of its texts at once. */
let allAsked = false;
let allTexts: Promise<void> | undefined;

let started = false;

/** Whether `initI18n` ran: a start-up error shown before the language was read still needs texts. */
export function isI18nStarted(): boolean {
  return started;
}

async function addBundle(language: Language, load: () => Promise<Bundle>): Promise<void> {
  // Deep, without overwriting; what is shown re-renders with the new texts.
  i18n.addBundle(language, await load());
}

/** The first screen's texts of `language`, and the rest too once they were asked for. */
async function ensureLanguage(language: Language): Promise<void> {
  if (!i18n.hasBundle(language)) await addBundle(language, START[language]);
  if (allAsked) await ensureRest(language);
}

const restLoaded = new Set<Language>();
async function ensureRest(language: Language): Promise<void> {
  if (restLoaded.has(language)) return;
  await addBundle(language, REST[language]);
  restLoaded.add(language);
}

/**
 * Every screen's texts in the languages in use (Dutch always: it is the fallback).
 * Awaited before a screen other than the first is shown; resolves at once when done.
 */
export function loadAllTexts(): Promise<void> {
  allAsked = true;
  allTexts ??= Promise.all(
    [...new Set<Language>(['nl', i18n.language as Language])].map((language) => ensureRest(language)),
  ).then(() => undefined);
  return allTexts;
}

export async function initI18n(language: Language): Promise<void> {
  started = true;
  if (!i18n.hasBundle('nl')) i18n.addBundle('nl', nlStart);
  await ensureLanguage(language);
  i18n.setLanguage(language);
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureLanguage(language);
  if (allAsked) allTexts = Promise.all([allTexts, ensureRest(language)]).then(() => undefined);
  i18n.setLanguage(language);
  document.documentElement.lang = language;
}
