/**
 * Small preferences kept with the data: the automatic codes shown per study, and the
 * interface language (language-setting.ts, apart for the first screen; the transcription keys,
 * checked with zod, are in transcription-keys.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { AUTOMATIC_FAMILIES, type AutomaticFamily } from '../../shared/coding/automatic';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';

export { languageBeforeUnlock, languageSetting, rememberLanguageOutside, saveLanguage } from './language-setting';

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
