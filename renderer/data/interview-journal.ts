/**
 * The interview's journals (see autosave/journal.ts): typed text per turn, structural
 * edits, and the memo draft, each under its own key so that a keystroke reads and writes
 * only the small text entry, never the structure. When the interview opens again,
 * entries newer than the database are put back and saved.
 */
import {
  foldStructure,
  unsavedStructureSchema,
  type StructureChange,
  type UnsavedStructure,
} from '../../shared/interview/unsaved-structure';
import { journal, journalKey, journalStorage, TEXT_FORMAT, type JournalStorage } from './autosave';

export interface JournalEntry {
  text: string;
  at: number;
}

type TextJournal = Record<string, JournalEntry>;

const isEntry = (value: unknown): value is JournalEntry =>
  typeof (value as JournalEntry | null)?.text === 'string' && typeof (value as JournalEntry).at === 'number';

function parseTexts(raw: unknown): TextJournal | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return Object.fromEntries(Object.entries(raw).filter(([, entry]) => isEntry(entry))) as TextJournal;
}

const texts = (interviewId: string, storage?: JournalStorage) =>
  journal(journalKey.turnText(interviewId), parseTexts, storage);

function keepTexts(interviewId: string, entries: TextJournal, storage?: JournalStorage): void {
  const j = texts(interviewId, storage);
  if (Object.keys(entries).length === 0) j.clear();
  else j.write(entries);
}

export function journalText(
  interviewId: string,
  turnId: string,
  text: string,
  at: number,
  storage?: JournalStorage,
): void {
  // One journal for the read and the write: finding the storage (window.localStorage) costs about 0.1 ms each time.
  const j = texts(interviewId, storage);
  const entries = j.read() ?? {};
  entries[turnId] = { text, at };
  j.write(entries);
}

/** Forgets entries that are now in the database (unless typed again since). */
export function forgetSaved(
  interviewId: string,
  saved: readonly { id: string; text: string }[],
  storage?: JournalStorage,
): void {
  const entries = texts(interviewId, storage).read();
  if (!entries) return;
  for (const turn of saved) if (entries[turn.id]?.text === turn.text) delete entries[turn.id];
  keepTexts(interviewId, entries, storage);
}

/**
 * Whether a journalled text should replace what the database holds for that turn: only
 * when it differs and was typed after the stored text (turns saved before `textAt` existed
 * have no time, and then the journal wins, as it always did).
 */
export function journalWins(entry: JournalEntry | undefined, stored: { text: string; textAt?: number }): boolean {
  if (!entry || entry.text === stored.text) return false;
  return stored.textAt === undefined || entry.at > stored.textAt;
}

export function unsavedText(interviewId: string, storage?: JournalStorage): TextJournal {
  return texts(interviewId, storage).read() ?? {};
}

// ------------------------------------------------------------- structure

const parseStructure = (raw: unknown) => {
  const parsed = unsavedStructureSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
};
const structure = (interviewId: string, storage?: JournalStorage) =>
  journal(journalKey.structure(interviewId), parseStructure, storage);

/** Folds a structural edit into the journal, synchronously, before it goes to the database. */
export function journalStructure(interviewId: string, change: StructureChange, storage?: JournalStorage): void {
  const j = structure(interviewId, storage);
  j.write(foldStructure(j.read(), change));
}

export function unsavedStructure(interviewId: string, storage?: JournalStorage): UnsavedStructure | undefined {
  return structure(interviewId, storage).read();
}

/** Forgets the structure once the database holds it as of `savedAt` (not if edited again since). */
export function forgetStructure(interviewId: string, savedAt: number, storage?: JournalStorage): void {
  const j = structure(interviewId, storage);
  const entry = j.read();
  if (entry === undefined || entry.at <= savedAt) j.clear();
}

// ----------------------------------------------------------------- memos

// A memo being written is the interviewer's own observation and as hard to recall as
// a turn, so its draft is journalled the same way until it is kept.
const memo = (interviewId: string, storage?: JournalStorage) =>
  journal(
    journalKey.memoDraft(interviewId),
    (raw) => (typeof raw === 'string' ? raw : undefined),
    storage,
    TEXT_FORMAT,
  );

export function journalMemoDraft(interviewId: string, text: string, storage?: JournalStorage): void {
  if (text) memo(interviewId, storage).write(text);
  else memo(interviewId, storage).clear();
}

export function memoDraft(interviewId: string, storage?: JournalStorage): string {
  return memo(interviewId, storage).read() ?? '';
}

/**
 * A turn-text journal that does not read as one ("null", half a write, garbage) is moved
 * aside, so the interview opens from the database and nothing is thrown away; says
 * whether that happened.
 */
export function setAsideDamagedJournal(interviewId: string, storage: JournalStorage = journalStorage()): boolean {
  const key = journalKey.turnText(interviewId);
  try {
    const raw = storage.getItem(key);
    if (raw === null) return false;
    let readable: boolean;
    try {
      readable = parseTexts(JSON.parse(raw)) !== undefined;
    } catch {
      readable = false;
    }
    if (readable) return false;
    storage.setItem(journalKey.damagedTurnText(interviewId), raw);
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
