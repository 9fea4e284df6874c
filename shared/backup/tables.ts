/**
 * What a backup holds: every table of the database, each record checked against the
 * domain's own zod schema on the way in. The table list is data, so a table added to the
 * database is added here once and the format, validation, merge and summary follow.
 */
import { z } from 'zod';
import { replacementBookSchema } from '../anonymise/replacements';
import { codingSchema } from '../coding/schema';
import { interviewSchema, memoSchema } from '../interview/interview';
import { turnSchema } from '../interview/turn';
import { preparationSchema, questionnaireResponseSchema } from '../preparation/schema';
import { backupChunkSchema } from '../recording/chunk-backup';
import { recordingSchema } from '../recording/recording';
import { reflectionSchema } from '../reflection/reflection';
import { respondentSchema } from '../respondents/schema';
import { studySchema } from '../study/schema';

const storedTurnSchema = turnSchema.extend({ interviewId: z.string().min(1) });
const storedReflectionSchema = reflectionSchema.extend({ studyId: z.string().min(1) });
const storedReplacementBookSchema = z.object({ studyId: z.string().min(1), book: replacementBookSchema });
const settingSchema = z.object({ key: z.string().min(1), value: z.unknown() });

/** Each table: its record schema and the field that is its primary key. */
export const BACKUP_TABLES = {
  studies: { schema: studySchema, key: 'id' },
  respondents: { schema: respondentSchema, key: 'id' },
  responses: { schema: questionnaireResponseSchema, key: 'id' },
  preparations: { schema: preparationSchema, key: 'id' },
  interviews: { schema: interviewSchema, key: 'id' },
  turns: { schema: storedTurnSchema, key: 'id' },
  memos: { schema: memoSchema, key: 'id' },
  reflections: { schema: storedReflectionSchema, key: 'interviewId' },
  replacementBooks: { schema: storedReplacementBookSchema, key: 'studyId' },
  codings: { schema: codingSchema, key: 'id' },
  settings: { schema: settingSchema, key: 'key' },
  /** Interview recordings; their audio chunks travel as base64 (recording/chunk-backup.ts). */
  recordings: { schema: recordingSchema, key: 'id' },
  recordingChunks: { schema: backupChunkSchema, key: 'id' },
} as const;

export type BackupTableName = keyof typeof BACKUP_TABLES;
export const BACKUP_TABLE_NAMES = Object.keys(BACKUP_TABLES) as BackupTableName[];

export type BackupTables = { [T in BackupTableName]: z.output<(typeof BACKUP_TABLES)[T]['schema']>[] };

export function emptyTables(): BackupTables {
  return Object.fromEntries(BACKUP_TABLE_NAMES.map((name) => [name, []])) as unknown as BackupTables;
}

export function keyOf(table: BackupTableName, record: unknown): string {
  return String((record as Record<string, unknown>)[BACKUP_TABLES[table].key]);
}

/** One record that did not pass its schema: where it is and why, short enough to show. */
export interface InvalidRecord {
  table: BackupTableName;
  index: number;
  id: string;
  problem: string;
}

const MAX_REPORTED = 20;

/**
 * Checks every record of every table. Returns the records unchanged,
 * or the first invalid records (at most 20, so a badly damaged file gives a readable
 * list). Unknown tables are an error too: they come from a newer Veldwerk.
 */
export function validateTables(
  raw: unknown,
): { ok: true; tables: BackupTables; count: number } | { ok: false; invalid: InvalidRecord[] } {
  const invalid: InvalidRecord[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, invalid: [{ table: 'studies', index: -1, id: '', problem: 'geen tabellen' }] };
  const tables = emptyTables() as Record<BackupTableName, unknown[]>;
  let count = 0;
  for (const name of BACKUP_TABLE_NAMES) {
    const records = (raw as Record<string, unknown>)[name] ?? [];
    if (!Array.isArray(records)) {
      invalid.push({ table: name, index: -1, id: '', problem: 'geen lijst' });
      continue;
    }
    const seen = new Set<string>();
    records.forEach((record, index) => {
      const parsed = BACKUP_TABLES[name].schema.safeParse(record);
      if (!parsed.success) {
        if (invalid.length < MAX_REPORTED)
          invalid.push({
            table: name,
            index,
            id: String((record as Record<string, unknown> | null)?.[BACKUP_TABLES[name].key] ?? '').slice(0, 80),
            problem: parsed.error.issues
              .slice(0, 3)
              .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
              .join('; ')
              .slice(0, 300),
          });
        return;
      }
      const key = keyOf(name, record);
      if (seen.has(key)) {
        if (invalid.length < MAX_REPORTED) invalid.push({ table: name, index, id: key.slice(0, 80), problem: 'dubbel id' });
        return;
      }
      seen.add(key);
      // The record as it was, not the parsed copy: a field the schema does not name
      // (from a later minor change) must survive the round trip unchanged.
      tables[name].push(record);
      count++;
    });
  }
  for (const name of Object.keys(raw)) {
    if (!(BACKUP_TABLE_NAMES as string[]).includes(name))
      invalid.push({ table: 'settings', index: -1, id: name.slice(0, 80), problem: 'onbekende tabel' });
  }
  if (invalid.length > 0) return { ok: false, invalid };
  return { ok: true, tables: tables as unknown as BackupTables, count };
}

/** What a backup holds, for the screen before a restore. */
export interface BackupSummary {
  studies: { id: string; name: string; respondents: number; interviews: number }[];
  respondents: number;
  interviews: number;
  turns: number;
  /** Earliest and latest interview start (epoch ms), when any interview started. */
  firstInterviewAt?: number;
  lastInterviewAt?: number;
}

export function summarise(tables: BackupTables): BackupSummary {
  const starts = tables.interviews.map((i) => i.startedAt ?? i.createdAt);
  return {
    studies: tables.studies.map((study) => ({
      id: study.id,
      name: study.name,
      respondents: tables.respondents.filter((r) => r.studyId === study.id).length,
      interviews: tables.interviews.filter((i) => i.studyId === study.id).length,
    })),
    respondents: tables.respondents.length,
    interviews: tables.interviews.length,
    turns: tables.turns.length,
    ...(starts.length > 0 ? { firstInterviewAt: Math.min(...starts), lastInterviewAt: Math.max(...starts) } : {}),
  };
}

/** One study with everything recorded under it, for moving it to another machine. */
export function studyOnly(tables: BackupTables, studyId: string): BackupTables {
  const interviewIds = new Set(tables.interviews.filter((i) => i.studyId === studyId).map((i) => i.id));
  const ofStudy = <R extends { studyId: string }>(records: R[]) => records.filter((r) => r.studyId === studyId);
  const recordings = tables.recordings.filter((r) => interviewIds.has(r.interviewId));
  const recordingIds = new Set(recordings.map((r) => r.id));
  return {
    studies: tables.studies.filter((s) => s.id === studyId),
    respondents: ofStudy(tables.respondents),
    responses: ofStudy(tables.responses),
    preparations: ofStudy(tables.preparations),
    interviews: ofStudy(tables.interviews),
    turns: tables.turns.filter((t) => interviewIds.has(t.interviewId)),
    memos: tables.memos.filter((m) => interviewIds.has(m.interviewId)),
    reflections: ofStudy(tables.reflections),
    replacementBooks: ofStudy(tables.replacementBooks),
    codings: ofStudy(tables.codings),
    settings: [],
    recordings,
    recordingChunks: tables.recordingChunks.filter((c) => recordingIds.has(c.recordingId)),
  };
}
