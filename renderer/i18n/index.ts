/**
 * Interface language: Dutch by default, English on request. The instruments
 * themselves (topic lists, questionnaires) are in the study's own language and are
 * never translated.
 *
 * The texts come in two parts per language: the first screen's (nl-start.ts), loaded with
 * the app, and the rest (nl-rest.ts), loaded by `loadAllTexts` before any other screen
 * shows and, after the first screen, in the background. English loads only when chosen.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nlStart } from './nl-start';

import { type Language } from './languages';

export { isLanguage, LANGUAGES, type Language } from './languages';

type Bundle = object;

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

async function addBundle(language: Language, load: () => Promise<Bundle>): Promise<void> {
  // Deep, without overwriting: the start and the rest share no keys, and neither replaces the other.
  i18next.addResourceBundle(language, 'translation', await load(), true, false);
}

/** The first screen's texts of `language`, and the rest too once they were asked for. */
async function ensureLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) await addBundle(language, START[language]);
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
    [...new Set<Language>(['nl', i18next.language as Language])].map((language) => ensureRest(language)),
  ).then(() => undefined);
  return allTexts;
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    resources: { nl: { translation: nlStart } },
    interpolation: { escapeValue: false },
    returnNull: false,
    // Texts that arrive later (the rest, another language) re-render what is shown.
    react: { bindI18nStore: 'added' },
    // A key asked for before its texts loaded (or one that does not exist) is said in the console.
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`[i18n] missing interface text: ${key}`),
  });
  await ensureLanguage(language);
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await ensureLanguage(language);
  if (allAsked) allTexts = Promise.all([allTexts, ensureRest(language)]).then(() => undefined);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
