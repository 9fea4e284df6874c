/** Small preferences kept with the data: the interface language, the automatic codes shown per study. */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
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

const TRANSCRIPTION_KEYS = 'transcriptionKeys';

/** A chord as the command tables write it (ui/commands KeyChord), checked when read back. */
const storedChordSchema = z.object({
  code: z.string().min(1).max(40),
  ctrl: z.boolean().optional(),
  alt: z.boolean().optional(),
  shift: z.boolean().optional(),
});
const storedKeysSchema = z.record(z.string().min(1).max(60), z.array(storedChordSchema).min(1).max(4));
export type StoredKeys = z.infer<typeof storedKeysSchema>;

/**
 * The keys the researcher chose for the transcription commands, per command id; the
 * defaults of the command table for the rest. A value that does not read as keys (an
 * older or damaged setting) counts as no choice, so the keys always work.
 */
export async function transcriptionKeysSetting(db: VeldwerkDatabase): Promise<StoredKeys> {
  const parsed = storedKeysSchema.safeParse((await db.settings.get(TRANSCRIPTION_KEYS))?.value);
  return parsed.success ? parsed.data : {};
}

export async function saveTranscriptionKeys(db: VeldwerkDatabase, keys: StoredKeys): Promise<void> {
  await db.settings.put({ key: TRANSCRIPTION_KEYS, value: storedKeysSchema.parse(keys) });
}

export function useTranscriptionKeys(): StoredKeys | undefined {
  return useLiveQuery(() => transcriptionKeysSetting(database()), []);
}
