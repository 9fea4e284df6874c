/**
 * Small preferences kept with the data: the interface language, the automatic codes shown
 * per study (the transcription keys, checked with zod, are in transcription-keys.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { AUTOMATIC_FAMILIES, type AutomaticFamily } from '../../shared/coding/automatic';
import { isLanguage, type Language } from '../i18n/languages';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';

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

const AUTOMATIC_CODES = (studyId: string) => `automaticCodes:${studyId}`;

/**
 * Which families of automatic codes a study shows beside the turns and counts in its
 * matrix; all of them until the researcher leaves some out.
 */
export async function automaticFamiliesSetting(db: VeldwerkDatabase, studyId: string): Promise<AutomaticFamily[]> {
  const value = (await db.settings.get(AUTOMATIC_CODES(studyId)))?.value;
  return Array.isArray(value) ? AUTOMATIC_FAMILIES.filter((f) => value.includes(f)) : [...AUTOMATIC_FAMILIES];
}

export async function saveAutomaticFamilies(
  db: VeldwerkDatabase,
  studyId: string,
  families: readonly AutomaticFamily[],
): Promise<void> {
  await db.settings.put({ key: AUTOMATIC_CODES(studyId), value: [...families] });
}

export function useAutomaticFamilies(studyId: string): AutomaticFamily[] | undefined {
  return useLiveQuery(() => automaticFamiliesSetting(database(), studyId), [studyId]);
}
