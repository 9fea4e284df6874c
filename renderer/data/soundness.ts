/**
 * Whether a record read back may be shown in a list. The full check (each record against
 * its schema, shared/backup/record-check.ts, with zod) loads once the first screen
 * is shown (ui/after-first-screen.ts), so the start does not wait for the schemas. Until it is there, a check of each
 * record's top-level shape keeps out what would stop a screen (a study without its lists,
 * a respondent without a type); when it arrives, the lists run their queries again
 * (`useRecordCheck` in their dependencies) and leave out whatever the full check finds,
 * which the damaged-records notice names.
 */
import { useSyncExternalStore } from 'react';
import type { CheckedTable } from '../../shared/backup/record-check';

type FullCheck = (table: CheckedTable, raw: unknown) => boolean;

let fullCheck: FullCheck | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

/**
 * Loads the full record check (once); resolves when `isSound` uses it. Once loaded it
 * returns nothing to wait for, so a live query calling it awaits no foreign promise.
 */
export function loadRecordCheck(): Promise<void> | undefined {
  if (fullCheck) return undefined;
  loading ??= import('../../shared/backup/record-check').then((m) => {
    fullCheck = m.isSound;
    for (const listener of listeners) listener();
  });
  return loading;
}

/** Whether the full check is loaded: a dependency of every list that leaves damaged records out. */
export function useRecordCheck(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => fullCheck !== undefined,
  );
}

const isText = (value: unknown) => typeof value === 'string';
const isFilledText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const isList = Array.isArray;
const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown) => typeof value === 'number';

/** The top-level fields each list reads, with what they must be (the schemas say the rest). */
const SHAPES: Record<CheckedTable, Record<string, (value: unknown) => boolean>> = {
  studies: {
    id: isFilledText,
    name: isFilledText,
    language: isText,
    respondentTypes: isList,
    organisations: isList,
    codeScheme: isObject,
    topicLists: isList,
    questionnaires: isList,
    flagRules: isList,
    unclearAnswers: isList,
    comparisons: isList,
    codeTrees: isList,
    transcriptFormat: isObject,
  },
  respondents: {
    id: isFilledText,
    studyId: isFilledText,
    name: isFilledText,
    typeId: isFilledText,
    organisation: isText,
    function: isText,
    email: isText,
    phone: isText,
    notes: isText,
    createdAt: isNumber,
    updatedAt: isNumber,
  },
  interviews: { id: isFilledText, studyId: isFilledText, respondentId: isFilledText, status: isText },
  turns: { id: isFilledText, interviewId: isFilledText, speaker: isText, text: isText },
  memos: { id: isFilledText, interviewId: isFilledText, text: isText },
  reflections: { interviewId: isFilledText, studyId: isFilledText },
};

/** The top-level shape only: what stands in for the full check until it has loaded. */
export function hasSoundShape(table: CheckedTable, raw: unknown): boolean {
  if (!isObject(raw)) return false;
  const record = raw as Record<string, unknown>;
  return Object.entries(SHAPES[table]).every(([field, ok]) => ok(record[field]));
}

/** Whether a record may be shown: the full check once loaded, its top-level shape before that. */
export function isSound(table: CheckedTable, raw: unknown): boolean {
  return fullCheck ? fullCheck(table, raw) : hasSoundShape(table, raw);
}
