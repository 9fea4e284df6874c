/**
 * Interface language: Dutch by default, English on request. The instruments
 * themselves (topic lists, questionnaires) are in the study's own language and are
 * never translated.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl';

import { type Language } from './languages';

export { isLanguage, LANGUAGES, type Language } from './languages';

/** English is loaded when asked for: most starts are in Dutch and need not carry it. */
async function englishResources(language: Language): Promise<Record<string, { translation: object }>> {
  if (language !== 'en') return {};
  const { en } = await import('./en');
  return { en: { translation: en } };
}

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, ...(await englishResources(language)) },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    const loaded = (await englishResources(language))[language];
    if (loaded) i18next.addResourceBundle(language, 'translation', loaded.translation);
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
