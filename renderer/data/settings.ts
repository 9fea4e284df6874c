/** Small preferences kept with the data: the interface language. */
import { isLanguage, type Language } from '../i18n/languages';
import type { VeldwerkDatabase } from './database';

const LANGUAGE = 'language';

export async function languageSetting(db: VeldwerkDatabase): Promise<Language> {
  const value = (await db.settings.get(LANGUAGE))?.value;
  return isLanguage(value) ? value : 'nl';
}

export async function saveLanguage(db: VeldwerkDatabase, language: Language): Promise<void> {
  await db.settings.put({ key: LANGUAGE, value: language });
}
