/** The keys the researcher chose for the transcription commands, kept with the data. */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import type { VeldwerkDatabase } from './database';
import { database } from './instance';

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
