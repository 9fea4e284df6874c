/** The interface language, kept with the data (and outside it for the unlock screen). */
import { isLanguage, type Language } from '../i18n/languages';
import type { VeldwerkDatabase } from './database';

const LANGUAGE = 'language';

export async function languageSetting(db: VeldwerkDatabase): Promise<Language> {
  const value = (await db.settings.get(LANGUAGE))?.value;
  return isLanguage(value) ? value : 'nl';
}

export async function saveLanguage(db: VeldwerkDatabase, language: Language): Promise<void> {
  await db.settings.put({ key: LANGUAGE, value: language });
  rememberLanguageOutside(language);
}

// The unlock screen speaks before the database can be read: the language is kept in
// localStorage as well (it identifies nobody).
const LANGUAGE_HINT = 'veldwerk:interface-language';

export function rememberLanguageOutside(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_HINT, language);
  } catch {
    // Only the unlock screen's language depends on it.
  }
}

export function languageBeforeUnlock(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_HINT);
    return isLanguage(value) ? value : 'nl';
  } catch {
    return 'nl';
  }
}
